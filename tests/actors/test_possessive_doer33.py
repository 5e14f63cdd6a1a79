"""A possessive on the object of a verb whose doer is a control verb's object is that doer's ("urged China to stop
sending its warships": China's), not the earlier subject's; not on a verb of force ("warned Israel against attacking
its nuclear sites": Iran's); and "it" in a relative clause never stands for the noun the clause describes ("the troops
it sent"). Session 33. Parses are built by hand (tests.conftest.code_tree); the sentences are synthetic."""

from tests.conftest import code_tree


def _mentions(result, text: str) -> set[str | None]:
    """The actors whose mentions have the words ``text``."""
    return {a.code or a.id for a in result.actors for m in a.mentions if m.text == text}


def test_possessive_doer_of_a_controlled_clause_is_the_object_of_the_control_verb(blank_coder):
    result = code_tree(blank_coder, """
        Canada     Canada    PROPN NNP  nsubj  1 B-GPE
        urged      urge      VERB  VBD  ROOT   1 O
        China      China     PROPN NNP  dobj   1 B-GPE
        to         to        PART  TO   aux    4 O
        stop       stop      VERB  VB   xcomp  1 O
        sending    send      VERB  VBG  xcomp  4 O
        its        its       PRON  PRP$ poss   7 O
        warships   warship   NOUN  NNS  dobj   5 O
        near       near      ADP   IN   prep   5 O
        Taiwan     Taiwan    PROPN NNP  pobj   8 B-GPE
        .          .         PUNCT .    punct  1 O
    """)
    assert _mentions(result, "its") == {"CHN"}


def test_possessive_doer_of_an_accusation_clause_is_the_accused(blank_coder):
    result = code_tree(blank_coder, """
        Ukraine    Ukraine   PROPN NNP  nsubj  1 B-GPE
        accused    accuse    VERB  VBD  ROOT   1 O
        Russia     Russia    PROPN NNP  dobj   1 B-GPE
        of         of        ADP   IN   prep   1 O
        moving     move      VERB  VBG  pcomp  3 O
        its        its       PRON  PRP$ poss   6 O
        troops     troop     NOUN  NNS  dobj   4 O
        to         to        ADP   IN   prep   4 O
        the        the       DET   DT   det    9 O
        border     border    NOUN  NN   pobj   7 O
        .          .         PUNCT .    punct  1 O
    """)
    assert _mentions(result, "its") == {"RUS"}


def test_possessive_on_the_object_of_a_verb_of_force_is_not_the_doers(blank_coder):
    result = code_tree(blank_coder, """
        Iran       Iran      PROPN NNP  nsubj  1 B-GPE
        warned     warn      VERB  VBD  ROOT   1 O
        Israel     Israel    PROPN NNP  dobj   1 B-GPE
        against    against   ADP   IN   prep   1 O
        attacking  attack    VERB  VBG  pcomp  3 O
        its        its       PRON  PRP$ poss   7 O
        nuclear    nuclear   ADJ   JJ   amod   7 O
        sites      site      NOUN  NNS  dobj   4 O
        .          .         PUNCT .    punct  1 O
    """)
    assert _mentions(result, "its") == {"IRN"}


def test_it_in_a_relative_clause_is_not_the_noun_described(blank_coder):
    result = code_tree(blank_coder, """
        Poland     Poland    PROPN NNP  nsubj  1 B-GPE
        said       say       VERB  VBD  ROOT   1 O
        the        the       DET   DT   det    3 O
        troops     troop     NOUN  NNS  nsubj  8 O
        it         it        PRON  PRP  nsubj  5 O
        sent       send      VERB  VBD  relcl  3 O
        to         to        ADP   IN   prep   5 O
        Lithuania  Lithuania PROPN NNP  pobj   6 B-GPE
        would      would     AUX   MD   aux    9 O
        stay       stay      VERB  VB   ccomp  1 O
        .          .         PUNCT .    punct  1 O
    """)
    assert _mentions(result, "it") == {"POL"}


def test_possessive_doer_of_a_to_clause_on_a_noun_is_the_nouns_owner(blank_coder):
    result = code_tree(blank_coder, """
        Seoul      Seoul     PROPN NNP  nsubj  1 B-GPE
        condemned  condemn   VERB  VBD  ROOT   1 O
        Pyongyang  Pyongyang PROPN NNP  poss   4 B-GPE
        's         's        PART  POS  case   2 O
        decision   decision  NOUN  NN   dobj   1 O
        to         to        PART  TO   aux    6 O
        send       send      VERB  VB   acl    4 O
        its        its       PRON  PRP$ poss   8 O
        troops     troop     NOUN  NNS  dobj   6 O
        to         to        ADP   IN   prep   6 O
        Russia     Russia    PROPN NNP  pobj   9 B-GPE
        .          .         PUNCT .    punct  1 O
    """)
    assert _mentions(result, "its") == {"PRKGOV"}  # the capital stands for the government


def test_possessive_in_a_to_clause_on_a_noun_of_asking_is_left_to_the_general_rules(blank_coder):
    # the one asked closes the embassy: the requester is not the doer (who is, the sentence does not say)
    result = code_tree(blank_coder, """
        Kenya      Kenya     PROPN NNP  nsubj  1 B-GPE
        rejected   reject    VERB  VBD  ROOT   1 O
        Somalia    Somalia   PROPN NNP  poss   4 B-GPE
        's         's        PART  POS  case   2 O
        request    request   NOUN  NN   dobj   1 O
        to         to        PART  TO   aux    6 O
        close      close     VERB  VB   acl    4 O
        its        its       PRON  PRP$ poss   8 O
        embassy    embassy   NOUN  NN   dobj   6 O
        .          .         PUNCT .    punct  1 O
    """)
    assert "SOM" not in _mentions(result, "its")


def test_forces_a_relative_clause_of_sending_is_on_are_the_senders(blank_coder):
    # the troops are the sender's, not the article's country's nor the welcoming state's
    result = code_tree(blank_coder, """
        Poland     Poland    PROPN NNP  nsubj  1 B-GPE
        welcomed   welcome   VERB  VBD  ROOT   1 O
        the        the       DET   DT   det    3 O
        troops     troop     NOUN  NNS  dobj   1 O
        Germany    Germany   PROPN NNP  nsubj  5 B-GPE
        sent       send      VERB  VBD  relcl  3 O
        to         to        ADP   IN   prep   5 O
        Poland     Poland    PROPN NNP  pobj   6 B-GPE
        .          .         PUNCT .    punct  1 O
    """)
    assert _mentions(result, "the troops") == {"DEUMIL"}
