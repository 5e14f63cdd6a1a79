"""A "counterpart" with a demonym on it and no name apposed is the holder of the possessor's office in that country
(``PersonRules._counterpart_side``, session 63, h-res63): that state's government, or the state organ the possessor
is of ("their Ghanaian counterparts" of commanders: Ghana's forces); the demonym inside the phrase is no side of its
own. Parses are built by hand (tests.conftest.code_tree); the sentences are synthetic."""

from tests.conftest import code_tree, side_codes


def test_a_coordinated_counterpart_is_that_countrys_government(blank_coder):
    # the demonym inside the phrase is not a side of its own (no 'Venezuelan' target)
    result = code_tree(blank_coder, """
        The          the          DET   DT   det    2  O
        Guyanese     Guyanese     ADJ   JJ   amod   2  B-NORP
        president    president    NOUN  NN   nsubj  7  O
        and          and          CCONJ CC   cc     2  O
        his          his          PRON  PRP$ poss   6  O
        Venezuelan   Venezuelan   ADJ   JJ   amod   6  B-NORP
        counterpart  counterpart  NOUN  NN   conj   2  O
        signed       sign         VERB  VBD  ROOT   7  O
        the          the          DET   DT   det    9  O
        accord       accord       NOUN  NN   dobj   7  O
        .            .            PUNCT .    punct  7  O
    """)
    assert side_codes(result, "signed") == ({"GUYGOV", "VENGOV"}, set())


def test_a_counterpart_acted_on_is_that_countrys_government(blank_coder):
    result = code_tree(blank_coder, """
        The          the          DET   DT   det    2  O
        Polish       Polish       ADJ   JJ   amod   2  B-NORP
        minister     minister     NOUN  NN   nsubj  3  O
        criticised   criticise    VERB  VBD  ROOT   3  O
        his          his          PRON  PRP$ poss   6  O
        Danish       Danish       ADJ   JJ   amod   6  B-NORP
        counterpart  counterpart  NOUN  NN   dobj   3  O
        .            .            PUNCT .    punct  3  O
    """)
    assert side_codes(result, "criticised") == ({"POLGOV"}, {"DNKGOV"})


def test_the_counterparts_of_commanders_are_that_countrys_forces(blank_coder):
    result = code_tree(blank_coder, """
        Togolese      Togolese     ADJ   JJ   amod   1  B-NORP
        commanders    commander    NOUN  NNS  nsubj  2  O
        accused       accuse       VERB  VBD  ROOT   2  O
        their         their        PRON  PRP$ poss   5  O
        Ghanaian      Ghanaian     ADJ   JJ   amod   5  B-NORP
        counterparts  counterpart  NOUN  NNS  dobj   2  O
        .             .            PUNCT .    punct  2  O
    """)
    assert side_codes(result, "accused") == ({"TGOMIL"}, {"GHAMIL"})
