"""Rules pinned to parses built by hand (tests.conftest.tree): no model is loaded, so each test
runs on exactly the tree it names, including trees the small English model gets wrong.
The sentences are synthetic, written for these tests."""

import pytest
from tests.conftest import code_tree, tree


def _sides(event):
    return [p.actor for p in event.source], [p.actor for p in event.target]


def test_rules_subject_and_object_of_a_coded_verb(blank_coder):
    result = code_tree(blank_coder, """
        Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
        condemned  condemn   VERB  VBD ROOT  1 O
        Ethiopia   Ethiopia  PROPN NNP dobj  1 B-GPE
        .          .         PUNCT .   punct 1 O
    """)
    [event] = result.events
    assert event.cameo == "111" and _sides(event) == (["KEN"], ["ETH"])
    assert not event.negated and event.modality == "asserted"
    # the confidence is now fitted (data/confidence.json; tests/events/test_confidence.py tests the function)
    assert 0.0 < event.confidence < 1.0


def test_rules_misparse_name_as_root_keeps_its_predicate(blank_coder):
    # the small model's misparse: the name is the root and "offered" hangs on it as a clause
    result = code_tree(blank_coder, """
        Colombia  Colombia  PROPN NNP ROOT  0 B-GPE
        offered   offer     VERB  VBD acl   0 O
        to        to        PART  TO  aux   3 O
        host      host      VERB  VB  xcomp 1 O
        talks     talk      NOUN  NNS dobj  3 O
        .         .         PUNCT .   punct 0 O
    """)
    intents = [e for e in result.events if e.cameo.startswith("03")]
    assert intents and intents[0].source[0].actor == "COL"


def test_rules_neg_child_negates(blank_coder):
    result = code_tree(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 3 B-GPE
        did       do        AUX   VBD aux   3 O
        not       not       PART  RB  neg   3 O
        condemn   condemn   VERB  VB  ROOT  3 O
        Ethiopia  Ethiopia  PROPN NNP dobj  3 B-GPE
        .         .         PUNCT .   punct 3 O
    """)
    [event] = result.events
    assert event.negated and event.cameo == "111"


def test_rules_future_cooperation_is_an_intention(blank_coder):
    result = code_tree(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 2 B-GPE
        will      will      AUX   MD  aux   2 O
        meet      meet      VERB  VB  ROOT  2 O
        Ethiopia  Ethiopia  PROPN NNP dobj  2 B-GPE
        .         .         PUNCT .   punct 2 O
    """)
    [event] = result.events
    assert event.modality == "future" and event.cameo == "036"  # combinations.tsv: intend + 04 -> 036


def test_rules_negated_future_cooperation_is_a_refusal(blank_coder):
    result = code_tree(blank_coder, """
        Iran       Iran      PROPN NNP nsubj 3 B-GPE
        will       will      AUX   MD  aux   3 O
        not        not       PART  RB  neg   3 O
        lift       lift      VERB  VB  ROOT  3 O
        the        the       DET   DT  det   5 O
        sanctions  sanction  NOUN  NNS dobj  3 O
        .          .         PUNCT .   punct 3 O
    """)
    [event] = result.events
    assert event.cameo == "1244" and not event.negated  # refuse + 085 -> 1244


def test_rules_capital_after_a_place_preposition_is_a_place(blank_coder):
    result = code_tree(blank_coder, """
        Protesters  protester  NOUN  NNS nsubj 1 O
        marched     march      VERB  VBD ROOT  1 O
        through     through    ADP   IN  prep  1 O
        Nairobi     Nairobi    PROPN NNP pobj  2 B-GPE
        .           .          PUNCT .   punct 1 O
    """)
    assert "KENGOV" not in {a.id for a in result.actors}


def test_rules_capital_after_a_target_preposition_is_its_government(blank_coder):
    result = code_tree(blank_coder, """
        Uganda     Uganda    PROPN NNP nsubj 1 B-GPE
        imposed    impose    VERB  VBD ROOT  1 O
        sanctions  sanction  NOUN  NNS dobj  1 O
        on         on        ADP   IN  prep  2 O
        Nairobi    Nairobi   PROPN NNP pobj  3 B-GPE
        .          .         PUNCT .   punct 1 O
    """)
    [event] = result.events
    assert event.cameo.startswith("16") and _sides(event) == (["UGA"], ["KENGOV"])


def test_rules_it_refers_to_the_last_subject(blank_coder):
    result = code_tree(blank_coder, """
        Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
        condemned  condemn   VERB  VBD ROOT  1 O
        Ethiopia   Ethiopia  PROPN NNP dobj  1 B-GPE
        .          .         PUNCT .   punct 1 O
        It         it        PRON  PRP nsubj 5 O
        accused    accuse    VERB  VBD ROOT  5 O
        Somalia    Somalia   PROPN NNP dobj  5 B-GPE
        .          .         PUNCT .   punct 5 O
    """)
    accusation = next(e for e in result.events if e.trigger.text == "accused")
    assert _sides(accusation) == (["KEN"], ["SOM"]) and accusation.sentence.index == 1


@pytest.mark.parametrize("obj, code", [("statement", "010"), ("prisoners", "0841")])
def test_rules_pattern_with_an_object_beats_the_bare_verb(blank_nlp, blank_coder, obj, code):
    lemma = {"statement": "statement", "prisoners": "prisoner"}[obj]
    doc = tree(blank_nlp.language.vocab, f"""
        Kenya     Kenya    PROPN NNP nsubj 1 B-GPE
        released  release  VERB  VBD ROOT  1 O
        {obj}     {lemma}  NOUN  NN  dobj  1 O
    """)
    assert blank_coder.lexicon.match_verb(doc[1]).cameo == code  # verbs.tsv: release +statement 010, release 0841


def test_rules_the_two_countries_are_the_last_two_named(blank_coder):
    result = code_tree(blank_coder, """
        Kenya      Kenya      PROPN NNP nsubj 1 B-GPE
        met        meet       VERB  VBD ROOT  1 O
        Uganda     Uganda     PROPN NNP dobj  1 B-GPE
        .          .          PUNCT .   punct 1 O
        The        the        DET   DT  det   6 O
        two        two        NUM   CD  nummod 6 B-CARDINAL
        countries  country    NOUN  NNS nsubj 7 O
        signed     sign       VERB  VBD ROOT  7 O
        an         an         DET   DT  det   9 O
        agreement  agreement  NOUN  NN  dobj  7 O
        .          .          PUNCT .   punct 7 O
    """)
    signed = next(e for e in result.events if e.trigger.text.startswith("signed"))
    assert sorted(p.actor for p in signed.source) == ["KEN", "UGA"]


def test_rules_according_to_is_the_attribution(blank_coder):
    result = code_tree(blank_coder, """
        Kenya      Kenya      PROPN NNP nsubj 1 B-GPE
        attacked   attack     VERB  VBD ROOT  1 O
        Somalia    Somalia    PROPN NNP dobj  1 B-GPE
        ,          ,          PUNCT ,   punct 1 O
        according  accord     VERB  VBG prep  1 O
        to         to         ADP   IN  prep  4 O
        Uganda     Uganda     PROPN NNP pobj  5 B-GPE
        .          .          PUNCT .   punct 1 O
    """)
    [event] = result.events
    assert event.attribution.actor == "UGA" and event.modality == "reported"
    assert _sides(event) == (["KEN"], ["SOM"])
