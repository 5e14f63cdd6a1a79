"""A person named by honorific and surname ("Mr Marape", "Ms Kallas"): the NER reads the honorific into the person,
or the surname as a place; neither makes another person (``actors/people.py`` ``_other_given_name``,
``actors/doc_resolver.py``). Issue 11, session 38 (h-pass38).

All sentences here are synthetic, written in agency style for these tests; the parses are built by hand where the
NER's reading is the point."""

from tests.conftest import code_tree, event_on


def _sources(result, trigger: str) -> set[str | None]:
    return {p.actor for p in event_on(result, trigger).source}


def test_honorific_a_surname_the_ner_reads_as_a_place_is_the_person_named_before(coder):
    # "Fiji Prime Minister Sitiveni Rabuka met Winston Peters . Mr Peters thanked Fiji ."; the NER took "Peters"
    # after "Mr" for a place (a surname the knowledge base gives no alias of its own)
    result = code_tree(coder, """
        Fiji       Fiji       PROPN NNP compound 3  B-GPE
        Prime      Prime      PROPN NNP compound 2  O
        Minister   Minister   PROPN NNP compound 4  O
        Sitiveni   Sitiveni   PROPN NNP compound 4  B-PERSON
        Rabuka     Rabuka     PROPN NNP nsubj    5  I-PERSON
        met        meet       VERB  VBD ROOT     5  O
        Winston    Winston    PROPN NNP compound 7  B-PERSON
        Peters     Peters     PROPN NNP dobj     5  I-PERSON
        .          .          PUNCT .   punct    5  O
        Mr         Mr         PROPN NNP compound 10 O
        Peters     Peters     PROPN NNP nsubj    11 B-GPE
        thanked    thank      VERB  VBD ROOT     11 O
        Fiji       Fiji       PROPN NNP dobj     11 B-GPE
        .          .          PUNCT .   punct    11 O
    """, date="2026-03-03")
    assert _sources(result, "thanked") == {"winston-peters"}


def test_honorific_the_ner_person_with_its_honorific_is_the_known_surname(coder):
    # "Ms Kallas condemned Russia ." with "Ms" inside the NER's person: no other person's given name
    result = code_tree(coder, """
        Ms         Ms         PROPN NNP compound 1  B-PERSON
        Kallas     Kallas     PROPN NNP nsubj    2  I-PERSON
        condemned  condemn    VERB  VBD ROOT     2  O
        Russia     Russia     PROPN NNP dobj     2  B-GPE
        .          .          PUNCT .   punct    2  O
    """, date="2026-03-03")
    assert _sources(result, "condemned") == {"kaja-kallas"}


def test_honorific_a_given_name_before_the_surname_is_still_another_person(coder):
    # "Kristo Kallas": a capitalised word that is no honorific before a known surname names someone else
    result = code_tree(coder, """
        Kristo     Kristo     PROPN NNP compound 1  B-PERSON
        Kallas     Kallas     PROPN NNP nsubj    2  I-PERSON
        condemned  condemn    VERB  VBD ROOT     2  O
        Russia     Russia     PROPN NNP dobj     2  B-GPE
        .          .          PUNCT .   punct    2  O
    """, date="2026-03-03")
    assert "kaja-kallas" not in _sources(result, "condemned")
