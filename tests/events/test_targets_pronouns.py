"""Targets named by a pronoun object of a verb joined to another ("left the bloc, accusing it of ...",
"spoke to X and Y and urged them to ..."): the pronoun stands for what the verb it is joined to was
done to, not for the doers.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def test_targets_pronoun_object_of_a_participle_is_the_object_before(code):
    result = code("Chad quit the African Union on Monday, accusing it of ignoring the crisis.")
    [event] = [e for e in events_of(result, "ACCUSE") if e.trigger.text.startswith("accusing")]
    assert actors_of(event.source) == {"TCD"}
    assert [p.actor for p in event.target] == ["african-union"]


def test_targets_plural_pronoun_object_of_a_conjunct_is_both_named_before(code):
    result = code("The Qatari envoy met Ethiopia and Eritrea on Monday and urged them to return to talks.")
    [event] = [e for e in events_of(result, "REQUEST") if "urged" in e.trigger.text]
    assert actors_of(event.source) & {"QAT"}
    assert actors_of(event.target) >= {"ETH", "ERI"}


def test_targets_pronoun_object_after_a_thing_is_not_the_doer_nor_another_party(code):
    # "it" is the tanker, which no actor names: no target, and never the doer itself
    result = code("Iran's navy seized a tanker near Oman on Friday, accusing it of smuggling fuel.")
    for event in events_of(result, "ACCUSE"):
        assert not actors_of(event.target) & {"IRN", "OMN"}
