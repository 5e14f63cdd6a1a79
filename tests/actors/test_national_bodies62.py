"""A demonym on a group or body of people gives that country's non-state people (``PersonRules._national_body``,
session 62, h-res62): people acting ("Ruritanian fishermen accused ..."), and bodies a ``national_body_noun`` of
words.tsv names ("Ruritanian inspectors", "Ruritanian factions"), are the country in the civilian sector; goods, places
and topics ("Ruritanian gas") are no one. Parses are built by hand (tests.conftest.code_tree); the sentences are
synthetic."""

from tests.conftest import code_tree, side_codes


def test_a_body_named_by_its_demonym_is_that_countrys_people(blank_coder):
    result = code_tree(blank_coder, """
        Croatian    Croatian   ADJ   JJ   amod   1  B-NORP
        inspectors  inspector  NOUN  NNS  nsubj  2  O
        accused     accuse     VERB  VBD  ROOT   2  O
        Italy       Italy      PROPN NNP  dobj   2  B-GPE
        .           .          PUNCT .    punct  2  O
    """)
    assert side_codes(result, "accused") == ({"HRVCVL"}, {"ITA"})


def test_people_acting_under_their_demonym_are_that_countrys_people(blank_coder):
    # a subject: not the state (a protest stays a protest), but the country's people, not no one
    result = code_tree(blank_coder, """
        Jamaican   Jamaican   ADJ   JJ   amod   1  B-NORP
        fishermen  fisherman  NOUN  NNS  nsubj  2  O
        accused    accuse     VERB  VBD  ROOT   2  O
        Colombia   Colombia   PROPN NNP  dobj   2  B-GPE
        .          .          PUNCT .    punct  2  O
    """)
    assert side_codes(result, "accused") == ({"JAMCVL"}, {"COL"})


def test_goods_under_a_demonym_stay_no_one(blank_coder):
    # a guard: "gas" is no group of people
    result = code_tree(blank_coder, """
        Serbia    Serbia    PROPN NNP  nsubj  1  B-GPE
        rejected  reject    VERB  VBD  ROOT   1  O
        Russian   Russian   ADJ   JJ   amod   3  B-NORP
        gas       gas       NOUN  NN   dobj   1  O
        .         .         PUNCT .    punct  1  O
    """)
    assert "RUSCVL" not in side_codes(result, "rejected")[1]


def test_a_capitalised_kind_of_country_points_back_as_the_lowercase_noun(blank_coder):
    # "The Sultanate" tagged a name: still the kind noun of collectives.tsv, the latest sultanate named before
    result = code_tree(blank_coder, """
        Oman       Oman       PROPN NNP  nsubj  1  B-GPE
        condemned  condemn    VERB  VBD  ROOT   1  O
        the        the        DET   DT   det    3  O
        attack     attack     NOUN  NN   dobj   1  O
        .          .          PUNCT .    punct  1  O
        The        the        DET   DT   det    6  O
        Sultanate  Sultanate  PROPN NNP  nsubj  7  O
        accused    accuse     VERB  VBD  ROOT   7  O
        Israel     Israel     PROPN NNP  dobj   7  B-GPE
        .          .          PUNCT .    punct  7  O
    """)
    assert side_codes(result, "accused") == ({"OMN"}, {"ISR"})


def test_a_capitalised_kingdom_is_first_the_storys_own(blank_coder):
    # copy's "the Kingdom" is the kingdom the story is about, not the latest other kingdom named before it
    result = code_tree(blank_coder, """
        Saudi      Saudi      PROPN NNP  compound 1  B-GPE
        Arabia     Arabia     PROPN NNP  nsubj    2  I-GPE
        condemned  condemn    VERB  VBD  ROOT     2  O
        the        the        DET   DT   det      4  O
        attack     attack     NOUN  NN   dobj     2  O
        .          .          PUNCT .    punct    2  O
        Saudi      Saudi      PROPN NNP  compound 7  B-GPE
        Arabia     Arabia     PROPN NNP  nsubj    8  I-GPE
        hosted     host       VERB  VBD  ROOT     8  O
        talks      talk       NOUN  NNS  dobj     8  O
        .          .          PUNCT .    punct    8  O
        Jordan     Jordan     PROPN NNP  nsubj    12 B-GPE
        welcomed   welcome    VERB  VBD  ROOT     12 O
        the        the        DET   DT   det      14 O
        talks      talk       NOUN  NNS  dobj     12 O
        .          .          PUNCT .    punct    12 O
        The        the        DET   DT   det      17 O
        Kingdom    kingdom    PROPN NNP  nsubj    18 O
        accused    accuse     VERB  VBD  ROOT     18 O
        Israel     Israel     PROPN NNP  dobj     18 B-GPE
        .          .          PUNCT .    punct    18 O
    """)
    assert side_codes(result, "accused") == ({"SAU"}, {"ISR"})
