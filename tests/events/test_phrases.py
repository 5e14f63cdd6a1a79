"""Acts named inside a container noun: "one of its largest attacks on X", "a package of sanctions
against X" (events/phrases.py, ``container_noun`` in words.tsv; issue 11, item 3, targets in
oblique phrases).

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def test_phrases_light_verb_through_one_of_reaches_the_attacks_target(code):
    result = code("ADDIS ABABA, May 4 (Reuters) - Ethiopia launched one of its largest drone attacks on "
                  "Eritrea overnight, officials said.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) == {"ETH"} and actors_of(event.target) == {"ERI"}
    assert "attacks" in event.trigger.text


def test_phrases_adopted_package_of_sanctions_is_the_doers_act(code):
    result = code("The African Union adopted a new package of sanctions against Niger on Friday.")
    [event] = [e for e in result.events if e.trigger.text == "sanctions"]
    assert event.cameo.startswith("16")
    assert [p.code for p in event.source] == ["IGOAFRAFU"] and actors_of(event.target) == {"NER"}


def test_phrases_container_of_no_act_stays_a_thing(code):
    # "a series of photographs" holds no act: the verb's own reading stands
    result = code("Kenya released a series of photographs of the border on Monday.")
    assert not any(e.trigger.text.endswith("photographs") for e in result.events)


def test_phrases_contained_and_carrier_on_a_built_parse(blank_nlp):
    from tests.conftest import tree

    from detente.events.lexicon import load_default
    from detente.events.phrases import carrier_of, contained

    words = load_default().words
    doc = tree(blank_nlp.language.vocab, """
        Chad       Chad      PROPN NNP nsubj    1 B-GPE
        adopted    adopt     VERB  VBD ROOT     1 O
        a          a         DET   DT  det      3 O
        package    package   NOUN  NN  dobj     1 O
        of         of        ADP   IN  prep     3 O
        sanctions  sanction  NOUN  NNS pobj     4 O
        .          .         PUNCT .   punct    1 O
    """)
    assert contained(doc[3], words).i == 5 and contained(doc[5], words).i == 5
    assert carrier_of(doc[5], words).i == 1


def _opening_view(blank_nlp, table: str):
    from tests.conftest import tree

    from detente.parse_view import ParseView

    return ParseView.of(tree(blank_nlp.language.vocab, table))


def test_phrases_opening_in_gives_the_object_of_an_in_phrase_closed_by_a_comma(blank_nlp):
    from detente.events.phrases import opening_in

    view = _opening_view(blank_nlp, """
        In          in          ADP    IN   prep   4  O
        Sylvania    Sylvania    PROPN  NNP  pobj   0  B-GPE
        ,           ,           PUNCT  ,    punct  4  O
        officials   official    NOUN   NNS  nsubj  4  O
        protested   protest     VERB   VBD  ROOT   4  O
        .           .           PUNCT  .    punct  4  O
    """)
    assert opening_in(view, 0) == [1]


def test_phrases_opening_in_with_the_comma_hung_on_the_phrase(blank_nlp):
    from detente.events.phrases import opening_in

    view = _opening_view(blank_nlp, """
        In          in          ADP    IN   prep   4  O
        Sylvania    Sylvania    PROPN  NNP  pobj   0  B-GPE
        ,           ,           PUNCT  ,    punct  0  O
        officials   official    NOUN   NNS  nsubj  4  O
        protested   protest     VERB   VBD  ROOT   4  O
        .           .           PUNCT  .    punct  4  O
    """)
    assert opening_in(view, 0) == [1]


def test_phrases_opening_in_needs_the_closing_comma_and_the_clause_verb(blank_nlp):
    from detente.events.phrases import opening_in

    # "In Sylvania officials protested": no comma closes the phrase
    unclosed = _opening_view(blank_nlp, """
        In          in          ADP    IN   prep   3  O
        Sylvania    Sylvania    PROPN  NNP  pobj   0  B-GPE
        officials   official    NOUN   NNS  nsubj  3  O
        protested   protest     VERB   VBD  ROOT   3  O
        .           .           PUNCT  .    punct  3  O
    """)
    # "Officials in Sylvania, ..." : the "in" phrase does not open the sentence
    later = _opening_view(blank_nlp, """
        Officials   official    NOUN   NNS  nsubj  4  O
        in          in          ADP    IN   prep   0  O
        Sylvania    Sylvania    PROPN  NNP  pobj   1  B-GPE
        ,           ,           PUNCT  ,    punct  4  O
        protested   protest     VERB   VBD  ROOT   4  O
        .           .           PUNCT  .    punct  4  O
    """)
    assert opening_in(unclosed, 0) == [] and opening_in(later, 0) == []
