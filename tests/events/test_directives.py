"""Directives to an addressee (issue 11, session 34, h-tell): "told X (not) to V", "instructed X to V", "wants X to
V", "told X that S", "sought assurances from X that S".

A verb of telling someone what to do is a demand by the teller on the one told; a verb of wanting with another
party as the doer of its to-infinitive is an appeal to that party; what is told or wanted is the content, not an
act. All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set."""

import pytest
from tests.conftest import actors_of, events_of


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _sides(participants) -> set[str]:
    return actors_of(participants) | {p.code for p in participants if p.code}


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("Beijing on Wednesday told Hanoi to halt dredging near the disputed reef.", "10", "VNM"),
    ("Israel instructed Lebanon to pull its forces back from the frontier.", "10", "LBN"),
    ("Armenia was told to withdraw its border guards from the village.", "10", "ARM"),  # the passive's subject
    ("Turkey told Greece that its warships must leave the area.", "10", "GRC"),  # on the one told, whoever "its" is
    ("Washington wants Caracas to free the detained oil executives.", "02", "VEN"),  # another party wanted to act
    ("North Korea told South Korea it would respond to any provocation.", "13", "KOR"),  # a threat said to X
    # the speaker's own act in the that-clause, naming no one it is done to: done to the one told
    ("Japan told Manila it would fund two new coast guard cutters.", "07", "PHL"),
    ("Kenya sought assurances from Somalia that it would not admit foreign troops.", "02", "SOM"),  # a request
])
def test_directives_target_the_one_told(code, text, cameo, target):
    result = code(text, date="2025-06-04")
    events = events_of(result, cameo=cameo)
    assert events and target in _sides(events[0].target), _codes(result)


def test_directives_told_to_is_a_demand_by_the_teller(code):
    result = code("Beijing on Wednesday told Hanoi to halt dredging near the disputed reef.", date="2025-06-04")
    demands = events_of(result, cameo="10")
    assert demands and "CHN" in _sides(demands[0].source), _codes(result)


def test_directives_told_not_to_is_a_demand_not_a_negated_act(code):
    result = code("Moscow told Kazakhstan not to join the Western sanctions.", date="2025-06-04")
    demands = events_of(result, cameo="10")
    assert demands and "KAZ" in _sides(demands[0].target) and not demands[0].negated, _codes(result)
    assert not [e for e in result.events if e.negated], _codes(result)


def test_directives_what_is_told_or_wanted_is_no_act(code):
    instructed = code("Israel instructed Lebanon to pull its forces back from the frontier.", date="2025-06-04")
    assert not events_of(instructed, "RETREAT"), _codes(instructed)
    wanted = code("Washington wants Caracas to free the detained oil executives.", date="2025-06-04")
    assert not events_of(wanted, cameo="03"), _codes(wanted)  # no intent of the one who wants


def test_directives_instructed_own_agents_is_no_demand(code):
    # the teller's own embassy told what to do: the protest it is told to lodge is the act, no demand on anyone
    result = code("Ghana's foreign ministry instructed its embassy in Abuja to lodge a protest with the Nigerian "
                  "government.", date="2025-06-04")
    assert not events_of(result, cameo="10"), _codes(result)


@pytest.mark.parametrize(("text", "roots"), [
    ("Kenya sought assurances from Somalia that it would not admit foreign troops.", ("02",)),
    ("Chad asked Libya for guarantees that it would not shelter the rebels.", ()),
])
def test_directives_assurances_asked_for_hold_no_act(code, text, roots):
    # what the pledge sought would promise is its content, no act; sought from a party, a request (02)
    result = code(text, date="2025-06-04")
    assert all(any(c.startswith(r) for c in _codes(result)) for r in roots), _codes(result)
    assert not [c for c in _codes(result) if c[:2] in ("03", "05", "06", "07", "12")], _codes(result)


def test_directives_act_of_a_third_party_told_keeps_no_addressee_target(code):
    # what the speaker reports of another party is not done to the one told
    result = code("Japan told Manila that China would build a new base on the reef.", date="2025-06-04")
    assert not [e for e in result.events if "PHL" in _sides(e.target)], _codes(result)
