"""Dates of session 44 (h-place44): a possessive day dates its noun, not the clause the noun is in
(``DateAnchors._anchor``): "Serbia welcomed Tuesday's ruling and urged Kosovo to ..." dates the ruling, neither the
welcome nor the appeal, while a day on the verb dates the verb and the verb joined to it. Sentences written for the
tests (synthetic, wire style), parses built by hand."""

from tests.conftest import code_tree, tree

from detente.events.lexicon import load_default
from detente.parse_view import ParseView

POSSESSIVE = """
    Serbia     Serbia     PROPN NNP nsubj   1 B-GPE
    welcomed   welcome    VERB  VBD ROOT    1 O
    Tuesday    Tuesday    PROPN NNP poss    4 B-DATE
    's         's         PART  POS case    2 O
    ruling     ruling     NOUN  NN  dobj    1 O
    and        and        CCONJ CC  cc      1 O
    urged      urge       VERB  VBD conj    1 O
    Kosovo     Kosovo     PROPN NNP dobj    6 B-GPE
    to         to         PART  TO  aux     9 O
    release    release    VERB  VB  xcomp   6 O
    the        the        DET   DT  det     11 O
    officer    officer    NOUN  NN  dobj    9 O
    .          .          PUNCT .   punct   1 O
"""

ON_THE_VERB = """
    Serbia     Serbia     PROPN NNP nsubj   3 B-GPE
    on         on         ADP   IN  prep    3 O
    Tuesday    Tuesday    PROPN NNP pobj    1 B-DATE
    welcomed   welcome    VERB  VBD ROOT    3 O
    the        the        DET   DT  det     5 O
    ruling     ruling     NOUN  NN  dobj    3 O
    and        and        CCONJ CC  cc      3 O
    urged      urge       VERB  VBD conj    3 O
    Kosovo     Kosovo     PROPN NNP dobj    7 B-GPE
    to         to         PART  TO  aux     10 O
    release    release    VERB  VB  xcomp   7 O
    the        the        DET   DT  det     12 O
    officer    officer    NOUN  NN  dobj    10 O
    .          .          PUNCT .   punct   3 O
"""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def test_dates_a_possessive_day_does_not_date_the_clause_of_its_noun(blank_coder):
    result = code_tree(blank_coder, POSSESSIVE, date="2026-05-14")
    urged = _on(result, "urged")
    assert urged and [e.date.value if e.date else None for e in urged] == [None] * len(urged)


def test_dates_a_day_on_the_verb_dates_the_verb_joined_to_it(blank_coder):
    # "Serbia on Tuesday welcomed the ruling and urged ...": the day is the welcome's, and the appeal joined to it
    result = code_tree(blank_coder, ON_THE_VERB, date="2026-05-14")
    urged = _on(result, "urged")
    assert urged and [e.date.value if e.date else None for e in urged] == ["2026-05-12"] * len(urged)


def test_dates_a_possessive_days_anchor_is_its_noun(blank_coder):
    from detente.events.date_anchors import DateAnchors

    doc = tree(blank_coder.nlp.language.vocab, POSSESSIVE)
    anchors = DateAnchors()
    anchors.lex = load_default()
    assert anchors._anchor(ParseView.of(doc), 2, 3) == 4  # "Tuesday 's" -> "ruling"
