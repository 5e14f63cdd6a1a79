"""A rejection alleged in an accusation is part of the accusation (h-rep65, session 65). "accused Austria of
breaching the Schengen code", "accused the government of ignoring warnings": the defiance charged (CAMEO 12,
``ignore``, ``breach``, ``violate``) is what the accuser says the other did, the accusation's content; the dev gold
codes none of 31 such gerunds as an act of its own (all are inside the accusation's evidence). Coded, it matched the
accusation or a rejection the story tells later and came out as a repeat, or took that rejection's act first.
Attacks alleged stay (tests/events/test_nonevents.py). Parses built by hand (tests.conftest.tree); sentences written
for the tests."""

from tests.conftest import code_tree


def test_nonevents_alleged65_rejection_alleged_in_accusation_is_no_act(blank_coder):
    result = code_tree(blank_coder, """
        Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
        accused    accuse    VERB  VBD ROOT  1 O
        Uganda     Uganda    PROPN NNP dobj  1 B-GPE
        of         of        ADP   IN  prep  1 O
        breaching  breach    VERB  VBG pcomp 3 O
        the        the       DET   DT  det   6 O
        treaty     treaty    NOUN  NN  dobj  4 O
        .          .         PUNCT .   punct 1 O
    """)
    assert [e.plover for e in result.events] == ["ACCUSE"], [e.cameo for e in result.events]


def test_nonevents_alleged65_rejection_told_as_done_stays(blank_coder):
    # must not change: the same act told in the article's voice is coded
    result = code_tree(blank_coder, """
        Uganda     Uganda    PROPN NNP nsubj 1 B-GPE
        breached   breach    VERB  VBD ROOT  1 O
        the        the       DET   DT  det   3 O
        treaty     treaty    NOUN  NN  dobj  1 O
        .          .         PUNCT .   punct 1 O
    """)
    assert [e.plover for e in result.events] == ["REJECT"]
