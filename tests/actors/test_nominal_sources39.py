"""Sources found through a pronoun or a nominal (session 39, h-ant39): a possessive pronoun of an unnamed state
title that says the clause is that title's state ("Egypt's foreign minister said her government ...": Egypt's, not
the government named last); a bare plural title ("the ministers") is whom the same plural noun was named with
before (an organisation's ministers); the people of a body two states own ("officials of the two countries'
joint commission") are both states'. Parses are built by hand (tests.conftest.code_tree) but for the dateline's;
the sentences are synthetic."""

from tests.conftest import code_tree, side_codes


def test_possessive_of_an_unnamed_title_that_says_the_clause_is_its_state(code):
    # the dateline's government was named in the sentence before: "her government" is still Egypt's (the model's
    # parse: the dateline is read off the text)
    result = code("KHARTOUM — Sudan closed its airspace. The government protested. Egypt's foreign minister said "
                  "her government supported Khartoum.", date="2026-03-03")
    assert side_codes(result, "supported") == ({"EGYGOV"}, {"SDNGOV"})


def test_bare_plural_title_is_whom_the_same_noun_was_named_with_before(blank_coder):
    result = code_tree(blank_coder, """
        African    African    PROPN NNP  compound 1  B-ORG
        Union      Union      PROPN NNP  compound 2  I-ORG
        ministers  minister   NOUN  NNS  nsubj    3  O
        condemned  condemn    VERB  VBD  ROOT     3  O
        the        the        DET   DT   det      5  O
        coup       coup       NOUN  NN   dobj     3  O
        .          .          PUNCT .    punct    3  O
        Senegal    Senegal    PROPN NNP  nsubj    8  B-GPE
        closed     close      VERB  VBD  ROOT     8  O
        its        its        PRON  PRP$ poss     10 O
        border     border     NOUN  NN   dobj     8  O
        .          .          PUNCT .    punct    8  O
        The        the        DET   DT   det      13 O
        ministers  minister   NOUN  NNS  nsubj    14 O
        urged      urge       VERB  VBD  ROOT     14 O
        Bamako     Bamako     PROPN NNP  dobj     14 B-GPE
        to         to         PART  TO   aux      17 O
        free       free       VERB  VB   xcomp    14 O
        the        the        DET   DT   det      19 O
        president  president  NOUN  NN   dobj     17 O
        .          .          PUNCT .    punct    14 O
    """)
    assert side_codes(result, "urged") == ({"IGOAFRAFU"}, {"MLIGOV"})


def test_officials_of_a_body_two_states_own_are_both_states(blank_coder):
    result = code_tree(blank_coder, """
        Uganda     Uganda     PROPN NNP  nsubj  1  B-GPE
        accused    accuse     VERB  VBD  ROOT   1  O
        Kenya      Kenya      PROPN NNP  dobj   1  B-GPE
        .          .          PUNCT .    punct  1  O
        Officials  official   NOUN  NNS  nsubj  13 O
        of         of         ADP   IN   prep   4  O
        the        the        DET   DT   det    8  O
        two        two        NUM   CD   nummod 8  O
        countries  country    NOUN  NNS  poss   11 O
        '          '          PART  POS  case   8  O
        joint      joint      ADJ   JJ   amod   11 O
        commission commission NOUN  NN   pobj   5  O
        will       will       AUX   MD   aux    13 O
        meet       meet       VERB  VB   ROOT   13 O
        in         in         ADP   IN   prep   13 O
        Kampala    Kampala    PROPN NNP  pobj   14 B-GPE
        .          .          PUNCT .    punct  13 O
    """)
    source, target = side_codes(result, "meet")
    assert source | target == {"UGAGOV", "KENGOV"}
