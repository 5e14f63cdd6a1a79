"""Directives to an addressee (issue 11, session 34, h-tell): "told X (not) to V", "instructed X to V", "wants X to
V", "told X that S", "sought assurances from X that S".

A verb of telling someone what to do is a demand by the teller on the one told; a verb of wanting with another
party as the doer of its to-infinitive is an appeal to that party; what is told or wanted is the content, not an
act. All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set."""

from tests.conftest import actors_of, events_of


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _sides(participants) -> set[str]:
    return actors_of(participants) | {p.code for p in participants if p.code}


def test_directives_told_to_is_a_demand_on_the_one_told(code):
    result = code("Beijing on Wednesday told Hanoi to halt dredging near the disputed reef.", date="2025-06-04")
    demands = events_of(result, cameo="10")
    assert demands and "CHN" in _sides(demands[0].source) and "VNM" in _sides(demands[0].target), _codes(result)


def test_directives_told_not_to_is_a_demand_not_a_negated_act(code):
    result = code("Moscow told Kazakhstan not to join the Western sanctions.", date="2025-06-04")
    demands = events_of(result, cameo="10")
    assert demands and "KAZ" in _sides(demands[0].target) and not demands[0].negated, _codes(result)
    assert not [e for e in result.events if e.negated], _codes(result)


def test_directives_instructed_another_country_is_a_demand_whose_content_is_no_act(code):
    result = code("Israel instructed Lebanon to pull its forces back from the frontier.", date="2025-06-04")
    assert not events_of(result, "RETREAT"), _codes(result)
    demands = events_of(result, cameo="10")
    assert demands and "LBN" in _sides(demands[0].target), _codes(result)


def test_directives_instructed_own_agents_is_no_demand(code):
    # the teller's own embassy told what to do: the protest it is told to lodge is the act, no demand on anyone
    result = code("Ghana's foreign ministry instructed its embassy in Abuja to lodge a protest with the Nigerian "
                  "government.", date="2025-06-04")
    assert not events_of(result, cameo="10"), _codes(result)


def test_directives_told_in_the_passive_targets_the_one_told(code):
    result = code("Armenia was told to withdraw its border guards from the village.", date="2025-06-04")
    demands = events_of(result, cameo="10")
    assert demands and "ARM" in _sides(demands[0].target), _codes(result)


def test_directives_wants_another_party_to_act_is_an_appeal(code):
    result = code("Washington wants Caracas to free the detained oil executives.", date="2025-06-04")
    assert not events_of(result, cameo="03"), _codes(result)
    appeals = events_of(result, cameo="02")
    assert appeals and "VEN" in _sides(appeals[0].target), _codes(result)


def test_directives_told_a_threat_targets_the_one_told(code):
    result = code("North Korea told South Korea it would respond to any provocation.", date="2025-06-04")
    threats = events_of(result, cameo="13")
    assert threats and "KOR" in _sides(threats[0].target), _codes(result)


def test_directives_told_that_must_is_a_demand_on_the_one_told(code):
    result = code("Turkey told Greece that its warships must leave the area.", date="2025-06-04")
    demands = events_of(result, cameo="10")
    assert demands and "GRC" in _sides(demands[0].target), _codes(result)


def test_directives_assurances_sought_from_a_party_are_a_request_and_their_content_no_act(code):
    result = code("Kenya sought assurances from Somalia that it would not admit foreign troops.", date="2025-06-04")
    assert [c for c in _codes(result) if c.startswith("02")], _codes(result)
    assert not [c for c in _codes(result) if c[:2] in ("03", "05", "06", "12")], _codes(result)
    assert "SOM" in _sides(events_of(result, cameo="02")[0].target), _codes(result)


def test_directives_assurances_asked_for_hold_no_act(code):
    result = code("Chad asked Libya for guarantees that it would not shelter the rebels.", date="2025-06-04")
    assert not [c for c in _codes(result) if c[:2] in ("03", "05", "06", "07", "12")], _codes(result)


def test_directives_own_act_told_to_a_party_targets_it(code):
    # the speaker's own act in the that-clause, naming no one it is done to: done to the one told
    result = code("Japan told Manila it would fund two new coast guard cutters.", date="2025-06-04")
    aid = events_of(result, cameo="07")
    assert aid and "PHL" in _sides(aid[0].target), _codes(result)


def test_directives_act_of_a_third_party_told_keeps_no_addressee_target(code):
    # what the speaker reports of another party is not done to the one told
    result = code("Japan told Manila that China would build a new base on the reef.", date="2025-06-04")
    assert not [e for e in result.events if "PHL" in _sides(e.target)], _codes(result)
