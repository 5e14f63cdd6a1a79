"""One body named by a demonym is that country's non-state people as plural ones are (``PersonRules._national_body``,
session 63, h-res63): "A Zambian association of traders urged ..." (a ``national_body_noun`` of words.tsv); one
person keeps the rules that describe one. Parses are built by hand (tests.conftest.code_tree); the sentences are
synthetic."""

from tests.conftest import code_tree, side_codes


def test_one_body_named_by_its_demonym_is_that_countrys_people(blank_coder):
    result = code_tree(blank_coder, """
        A            a            DET   DT   det    2  O
        Zambian      Zambian      ADJ   JJ   amod   2  B-NORP
        association  association  NOUN  NN   nsubj  3  O
        accused      accuse       VERB  VBD  ROOT   3  O
        Angola       Angola       PROPN NNP  dobj   3  B-GPE
        .            .            PUNCT .    punct  3  O
    """)
    assert side_codes(result, "accused") == ({"ZMBCVL"}, {"AGO"})


def test_one_person_named_by_a_demonym_is_not_a_body(blank_coder):
    # a guard: one person, in history as his country's people, would be taken up by later plural nouns and sets
    result = code_tree(blank_coder, """
        A          a          DET   DT   det    2  O
        Jordanian  Jordanian  ADJ   JJ   amod   2  B-NORP
        driver     driver     NOUN  NN   nsubj  3  O
        accused    accuse     VERB  VBD  ROOT   3  O
        Israel     Israel     PROPN NNP  dobj   3  B-GPE
        .          .          PUNCT .    punct  3  O
    """)
    assert "JORCVL" not in side_codes(result, "accused")[0]


def test_one_thing_under_a_demonym_stays_no_one(blank_coder):
    # a guard: "pipeline" is no body of people
    result = code_tree(blank_coder, """
        Serbia    Serbia    PROPN NNP  nsubj  1  B-GPE
        rejected  reject    VERB  VBD  ROOT   1  O
        a         a         DET   DT   det    4  O
        Russian   Russian   ADJ   JJ   amod   4  B-NORP
        pipeline  pipeline  NOUN  NN   dobj   1  O
        .         .         PUNCT .    punct  1  O
    """)
    assert "RUSCVL" not in side_codes(result, "rejected")[1]
