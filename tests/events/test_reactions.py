"""Reactions an act drew (issue 11, nominal events): "vetoed the text, drawing criticism from Britain" is
Britain's criticism of the one who vetoed it (``reaction_verb`` in words.tsv, ``Extractor._provoker``).

All texts are synthetic, written in agency style for these tests; none comes from a development set or a
real article."""

from tests.conftest import event_on


def _sides(event):
    return sorted(p.country for p in event.source), sorted(p.country for p in event.target)


def test_reactions_criticism_drawn_from_states_targets_the_doer_of_the_act(code):
    result = code("UNITED NATIONS, March 3 (Reuters) - Russia vetoed the resolution on Tuesday, drawing sharp "
                  "criticism from Britain and the United States.")
    assert _sides(event_on(result, "criticism")) == (["GBR", "USA"], ["RUS"])


def test_reactions_protests_from_states_are_official_protests_at_the_acts_doer(code):
    # as for the verb ("Jordan protested"), a state's protest is a complaint (114), not a march (141)
    result = code("AMMAN, March 3 (Reuters) - Israel's strike on the port sparked protests from Jordan and Egypt.")
    protest = event_on(result, "protests")
    assert protest.cameo == "114" and _sides(protest) == (["EGY", "JOR"], ["ISR"])


def test_reactions_a_rally_by_a_leader_stays_a_rally(code):
    result = code("KABUL, March 3 (AP) - A bomb exploded near a campaign rally by President Ashraf Ghani "
                  "on Tuesday.", date="2019-09-17")
    assert not [e for e in result.events if e.cameo == "114"], [(e.cameo, e.trigger.text) for e in result.events]
