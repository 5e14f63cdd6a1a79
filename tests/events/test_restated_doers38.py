"""The doer of an act of holding or judging, or of a summons, told again in an agentless passive after the article
told it with its doer (``events/restated.py``). Issue 11, session 38 (h-pass38).

All sentences here are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, events_with_trigger

from detente.events.restated import family


def _sources(result, trigger: str) -> set[str]:
    return {a for e in events_with_trigger(result, trigger) for a in actors_of(e.source)}


def test_restated_family_groups_holding_and_judging_and_keeps_envoy_acts_apart():
    assert family("173") == family("0841") == family("1711") == family("116") == "custody"
    assert family("114") == "114" and family("161") == "161"
    assert family("190") is None and family("175") is None  # force is not restated


def test_restated_a_named_person_freed_takes_the_arresting_state(code):
    result = code("ATHENS, March 3 (Reuters) - Albanian police arrested Petros Kanaris, an ethnic Greek mayor, in "
                  "Himara on Tuesday.\n\nKanaris was freed on Friday after a court hearing, his lawyer said.",
                  date="2026-03-03")
    assert "ALB" in {a[:3] for a in _sources(result, "freed")}


def test_restated_soldiers_pardoned_take_the_state_that_arrested_them(code):
    result = code("NIAMEY, March 3 (Reuters) - Burkina Faso arrested 12 Nigerien soldiers near the border in "
                  "June, accusing them of spying.\n\nThe soldiers were pardoned on Monday, Niger's army said.",
                  date="2026-03-03")
    assert "BFA" in {a[:3] for a in _sources(result, "pardoned")}


def test_restated_a_killing_after_an_arrest_takes_no_doer(code):
    result = code("NIAMEY, March 3 (Reuters) - Burkina Faso arrested 12 Nigerien soldiers near the border in "
                  "June.\n\nFour Nigerien soldiers were killed in an ambush on Monday, Niger's army said.",
                  date="2026-03-03")
    assert "BFA" not in {a[:3] for a in _sources(result, "killed")}


def test_restated_an_act_on_another_party_takes_no_doer(code):
    result = code("NIAMEY, March 3 (Reuters) - Burkina Faso arrested 12 Nigerien soldiers near the border in "
                  "June.\n\nThree Malian soldiers were pardoned on Monday, Mali's army said.",
                  date="2026-03-03")
    assert "BFA" not in {a[:3] for a in _sources(result, "pardoned")}
