"""A rebel's commander or leader is the rebels', not the state's army or government (issue 11, session 22; rows
"rebel commander", "rebel leader" in data/actors/sectors.tsv): read as the state's ("commander": MIL), a rebel who
surrendered to the state's forces had them as his own side, and the target was dropped.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import event_on


def test_targets_rebel_commander_surrendering_to_state_forces_targets_them(code):
    result = code("LIMA, May 4 (Reuters) - A rebel commander has surrendered to Peruvian forces.")
    event = event_on(result, "surrendered")
    assert [p.sector for p in event.source] == ["REB"]
    assert any(p.sector == "MIL" and p.country == "PER" for p in event.target)


def test_targets_rebel_leaders_are_rebels(code):
    result = code("N'DJAMENA, May 4 (AFP) - Sudanese rebel leaders met the Chadian president.")
    event = event_on(result, "met")
    assert [(p.country, p.sector) for p in event.source] == [("SDN", "REB")]
