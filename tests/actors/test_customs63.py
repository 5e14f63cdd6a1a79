"""A country's customs service named by its demonym is a state body (sectors.tsv "customs", GOV; session 63,
h-res63b): "Belgian customs seized ...", as "Belgian police" is the state's police. Parses are built by hand
(tests.conftest.code_tree); the sentences are synthetic."""

from tests.conftest import code_tree, side_codes


def test_customs_under_a_demonym_is_that_states_government(blank_coder):
    result = code_tree(blank_coder, """
        Ivorian  Ivorian  ADJ   JJ   amod   1  B-NORP
        customs  customs  NOUN  NNS  nsubj  2  O
        seized   seize    VERB  VBD  ROOT   2  O
        a        a        DET   DT   det    5  O
        Ghanaian Ghanaian ADJ   JJ   amod   5  B-NORP
        truck    truck    NOUN  NN   dobj   2  O
        .        .        PUNCT .    punct  2  O
    """)
    assert "CIVGOV" in side_codes(result, "seized")[0]


def test_customs_compounded_on_a_thing_it_deals_in_is_no_body(blank_coder):
    # "customs fees" are a thing the service deals in (words.tsv sector_free_noun), not the service: no side
    result = code_tree(blank_coder, """
        Venezuelan Venezuelan ADJ   JJ   amod     1  B-NORP
        truckers   trucker    NOUN  NNS  nsubj    2  O
        protested  protest    VERB  VBD  ROOT     2  O
        against    against    ADP   IN   prep     2  O
        new        new        ADJ   JJ   amod     7  O
        customs    customs    NOUN  NNS  compound 7  O
        fees       fee        NOUN  NNS  pobj     3  O
        .          .          PUNCT .    punct    2  O
    """)
    assert not any(code and code.endswith("GOV") for code in side_codes(result, "protested")[1])
