"""The dateline's town named again in the story is a town, never a person the NER misread ("a curfew on
greater Noumea" under "NOUMEA, Oct 15 (AAP) -"): actors/people.py, ``DocActors.dateline``
(antecedents.dateline_names).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_dateline_town_is_no_person(code):
    result = code("NOUMEA, Oct 15 (AAP) - France has imposed a night-time curfew on greater Noumea after a "
                  "second night of clashes.", date="2026-10-15")
    assert not any((p.actor or "").startswith("person:") for p in event_on(result, "imposed").target)


def test_dateline_town_names_of_the_dateline():
    from detente.actors.antecedents import dateline_names

    text = "NOUMEA, Oct 15 (AAP) - France has imposed a curfew."
    parsed = " " * text.index("France") + text[text.index("France"):]
    assert "noumea" in dateline_names(text, parsed)
    assert dateline_names("France has imposed a curfew.", "France has imposed a curfew.") == []
