"""The doer of an act another act caused: in "prompting/forcing/leading X to V" X does V, not the
subject of the clause that prompted it (``object_control_verb`` in words.tsv; events/participants.py;
issue 11, section 3). A verb whose own subject does its complement ("decided to expel") is unchanged.

Sentences are synthetic, written in agency style for these tests; the parses are built by hand (the
parser's reading of each sentence) so that the rule, not the model, is under test."""

from tests.conftest import actors_of, code_tree, events_of

# synthetic: "Mexico granted asylum to his family, prompting Peru to expel Mexico's ambassador."
PROMPTED = """
    Mexico       Mexico       PROPN NNP  nsubj    1   B-GPE
    granted      grant        VERB  VBD  ROOT     1   O
    asylum       asylum       NOUN  NN   dobj     1   O
    to           to           ADP   IN   dative   1   O
    his          his          PRON  PRP$ poss     5   O
    family       family       NOUN  NN   pobj     3   O
    ,            ,            PUNCT ,    punct    1   O
    prompting    prompt       VERB  VBG  advcl    1   O
    Peru         Peru         PROPN NNP  dobj     7   B-GPE
    to           to           PART  TO   aux      10  O
    expel        expel        VERB  VB   xcomp    7   O
    Mexico       Mexico       PROPN NNP  poss     13  B-GPE
    's           's           PART  POS  case     11  O
    ambassador   ambassador   NOUN  NN   dobj     10  O
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Mexico later decided to expel Peru's ambassador."
DECIDED = """
    Mexico       Mexico       PROPN NNP  nsubj    2   B-GPE
    later        later        ADV   RB   advmod   2   O
    decided      decide       VERB  VBD  ROOT     2   O
    to           to           PART  TO   aux      4   O
    expel        expel        VERB  VB   xcomp    2   O
    Peru         Peru         PROPN NNP  poss     7   B-GPE
    's           's           PART  POS  case     5   O
    ambassador   ambassador   NOUN  NN   dobj     4   O
    .            .            PUNCT .    punct    2   O
"""



def test_participants_the_one_prompted_to_expel_is_the_doer(blank_coder):
    [expulsion] = events_of(code_tree(blank_coder, PROMPTED, date="2024-04-10"), cameo="161")
    assert "PER" in actors_of(expulsion.source)
    assert "MEX" not in actors_of(expulsion.source)


def test_participants_a_subject_control_verb_keeps_its_subject_as_the_doer(blank_coder):
    [expulsion] = events_of(code_tree(blank_coder, DECIDED, date="2024-04-10"), cameo="161")
    assert "MEX" in actors_of(expulsion.source)
    assert "PER" in actors_of(expulsion.target)
