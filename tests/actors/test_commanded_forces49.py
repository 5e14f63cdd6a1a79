"""A definite force noun whose owner the clause's doer gives (session 49, issue 11, h-ante49): the object of a
verb of ordering whose doer is a state's leader or body is that state's forces ("Thailand ordered the army to ...":
Thailand's, though Cambodia's army was named before); the object of "to" in a clause whose doer is an armed group
of a country is that country's forces ("the rebels handed the town back to the military").

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import codes_of


def _sides(result, trigger: str) -> set[str]:
    """The codes of the sides of the events whose trigger starts with ``trigger``; the events must exist."""
    events = [e for e in result.events if e.trigger.text.startswith(trigger)]
    assert events, result.events
    return {c for e in events for c in codes_of(e.source) | codes_of(e.target)}


def test_commanded_forces_an_order_goes_to_the_orderers_own_army(code):
    text = ("BANGKOK, Aug 4 (Reuters) - Laos's army moved troops towards the Mekong islands on Sunday, Thai "
            "officials said. Thailand's government ordered the army to shut the crossing at Chiang Khong on Monday.")
    sides = _sides(code(text, date="2026-08-04"), "ordered")
    assert "LAOMIL" not in sides and "THAGOV" in sides, sides


def test_commanded_forces_a_foreign_appeal_is_no_order(code):
    # "urged" is no verb of ordering: the army named before (Laos's, the one asked) stands
    text = ("BANGKOK, Aug 4 (Reuters) - Laos's army moved troops towards the Mekong islands on Sunday, Thai "
            "officials said. Thailand's government urged the army to pull them back on Monday.")
    sides = _sides(code(text, date="2026-08-04"), "urged")
    assert "LAOMIL" in sides and "THAMIL" not in sides, sides


def test_commanded_forces_an_armed_group_hands_back_to_its_own_states_army(code):
    text = ("BEIRUT, June 26 (Reuters) - Israel's army shelled a village in the south on Thursday. Hezbollah "
            "returned two captured soldiers to the army on Friday, a Lebanese official said.")
    sides = _sides(code(text, date="2026-06-26"), "returned")
    assert "ISRMIL" not in sides and "LBNREBHZB" in sides, sides


def test_commanded_forces_a_state_doer_handing_to_the_army_is_not_the_rule(code):
    # a state's handing to "the army" is no armed group's: not the doer's own army
    text = ("BEIRUT, June 26 (Reuters) - Israel's army shelled a village in the south on Thursday. Qatar "
            "returned two captured soldiers to the army on Friday, a Lebanese official said.")
    sides = _sides(code(text, date="2026-06-26"), "returned")
    assert "QATMIL" not in sides and "QAT" in sides, sides
