"""A participle of force after a parenthetical report ("X overran a post, officials said, killing nine
policemen") is done by the reported clause's doer, not by whoever reports it (doers._reported_before; issue
11, session 22, h-wrong2: the officials were coded as killing their own police). A word act there stays the
speaker's business and is left as it was.

All texts here are synthetic, written in agency style for these tests; none comes from a development
set or from a real article."""

from tests.conftest import event_on


def test_reported_participle_of_force_goes_with_the_reported_doer(code):
    result = code("BAMAKO, May 4 (Reuters) - Jihadist fighters overran an army post in central Mali, local "
                  "officials said on Tuesday, killing at least eleven soldiers.")
    event = event_on(result, "killing")
    assert [p.text for p in event.source] == ["Jihadist fighters"]


def test_reported_participle_does_not_take_a_speaker_from_another_country(code):
    result = code("NIAMEY, May 4 (AFP) - Boko Haram militants attacked a village near Diffa, the Nigerien army "
                  "said, killing six civilians.")
    # the killing goes with the attack (one act, or another with the militants for doers), never the army's
    assert not [e for e in result.events if any(p.code == "NERMIL" for p in e.source)]
