"""Courts, panels and tribunals (issue 11, session 45, h-court45): a ruling or finding by a court or panel against
the party its that-clause finds in the wrong (116; ``verbs.tsv`` ``rule ~* ^court|panel|...``, ``find ~* ^...``), a
case brought before a court or trade body ("challenged ... at the WTO", "appealed the ruling", "turned to the ICJ":
115), and a sentence passed "in absentia" with no court named, done by the accused's own state
(``CodeSides.state_doers``, ``absence_word`` in words.tsv). All sentences are invented for the tests, in agency style;
none comes from an evaluation set or a real article."""

from tests.conftest import events_of


def _countries(participants) -> list[str | None]:
    return [p.country for p in participants]


def test_panel_ruling_is_against_the_owner_of_the_measure(code):
    result = code("GENEVA, April 7 (Reuters) - A World Trade Organization dispute panel ruled on Tuesday that export "
                  "taxes imposed by Argentina on soybean meal broke its trade commitments.", date="2026-04-07")
    [event] = [e for e in events_of(result, cameo="116")]
    assert event.trigger.text.startswith("ruled")
    assert [p.actor for p in event.source] == ["wto"]
    assert _countries(event.target) == ["ARG"]


def test_court_finding_that_a_state_breached_a_treaty(code):
    result = code("THE HAGUE, June 3 (AFP) - In 2009 the International Court of Justice found that Colombia had "
                  "breached its duties under the river treaty, Ecuador's foreign minister recalled on Wednesday.",
                  date="2026-06-03")
    [event] = events_of(result, cameo="116")
    assert [p.actor for p in event.source] == ["icj"]
    assert _countries(event.target) == ["COL"]


def test_findings_of_investigators_and_ruling_out_are_no_judgement(code):
    result = code("LIMA, May 5 (Reuters) - Peru's investigators found that the helicopter had hit a power line, the "
                  "ministry said on Monday. Peru ruled out talks with the miners.", date="2026-05-05")
    assert not events_of(result, cameo="116"), [(e.cameo, e.trigger.text) for e in result.events]


def test_governing_is_no_ruling(code):
    result = code("MINSK, May 5 (Reuters) - Alexander Lukashenko, who has ruled Belarus since 1994, rejected the "
                  "report on Monday.", date="2026-05-05")
    assert not events_of(result, cameo="116"), [(e.cameo, e.trigger.text) for e in result.events]


def test_challenge_at_a_trade_body_is_a_case_brought(code):
    result = code("BANGKOK, July 1 (Reuters) - Thailand challenged India's rice export curbs at the WTO in 2024, "
                  "officials said.", date="2026-07-01")
    [event] = [e for e in result.events if e.trigger.text.startswith("challenged")]
    assert event.cameo == "115"
    assert _countries(event.source) == ["THA"]


def test_appeal_of_a_ruling_is_a_case_not_an_appeal_to_someone(code):
    result = code("CANBERRA, Aug 4 (Reuters) - Australia appealed the panel's ruling on its barley tariffs on "
                  "Tuesday. Fiji appealed for calm.", date="2026-08-04")
    [case] = [e for e in result.events if e.trigger.text.startswith("appealed the")]
    assert case.cameo == "115"
    [call] = [e for e in result.events if e.trigger.text.startswith("appealed") and _countries(e.source) == ["FJI"]]
    assert call.cameo.startswith("02")


def test_turn_to_a_world_court_is_a_case(code):
    result = code("QUITO, Sept 9 (AFP) - Ecuador said on Tuesday it would turn to the International Court of "
                  "Justice about Peru's new fishing limits.", date="2026-09-09")
    assert [e.cameo for e in result.events if e.trigger.text.startswith("turn")] == ["115"]


def test_sentence_in_absentia_is_passed_by_the_accused_state(code):
    result = code("TBILISI, Oct 6 (Reuters) - A former Georgian defence minister was sentenced in absentia to nine "
                  "years in prison on Monday for embezzlement.", date="2026-10-06")
    [event] = events_of(result, cameo="116")
    assert _countries(event.source) == ["GEO"]
    assert _countries(event.target) == ["GEO"]


def test_sentence_of_a_described_person_keeps_no_doer_without_absentia(code):
    # a person the text only describes is as often tried abroad: no doer unless told "in absentia"
    result = code("TBILISI, Oct 6 (Reuters) - A former Georgian defence minister was sentenced to nine years in "
                  "prison on Monday for embezzlement.", date="2026-10-06")
    [event] = events_of(result, cameo="116")
    assert not [p for p in event.source if p.actor is not None]


def test_court_named_on_the_case_noun_is_the_forum_not_the_target(code):
    result = code("HANOI, July 8 (Reuters) - Thailand lost a WTO case brought by Australia over its sugar "
                  "subsidies in 2021.", date="2026-07-08")
    [event] = [e for e in result.events if e.trigger.text.startswith("brought")]
    assert event.cameo == "115"
    assert _countries(event.source) == ["AUS"]
    assert not [p for p in event.target if p.actor == "wto"], [p.text for p in event.target]
