"""Places of session 62 (h-loc62): an embassy or consulate a state opens or reopens "in X" (``opening_verb`` with an
``abroad_noun`` object) is opened in X, the place's country, while the place on an office abroad is otherwise only
which office it is ("recalled its ambassador in X", "closed the consulate in X": no place), and a place that names
the side acted on still gives the opening its place (``PlaceRules.location``); eval/wire/README.md, "location".

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rules read where the words hang, not how the model parses the sentence."""

from tests.conftest import code_tree, event_places, trigger_places

DATE = "2026-04-02"

# Chile reopened its embassy in Asuncion on Monday.
REOPEN = """
    Chile      Chile      PROPN NNP nsubj    1 B-GPE
    reopened   reopen     VERB  VBD ROOT     1 O
    its        its        PRON  PRP$ poss    3 O
    embassy    embassy    NOUN  NN  dobj     1 O
    in         in         ADP   IN  prep     3 O
    Asuncion   Asuncion   PROPN NNP pobj     4 B-GPE
    on         on         ADP   IN  prep     1 O
    Monday     Monday     PROPN NNP pobj     6 B-DATE
    .          .          PUNCT .   punct    1 O
"""

# Kenya will open a consulate in Lusaka next year.
OPEN = """
    Kenya      Kenya      PROPN NNP nsubj    2 B-GPE
    will       will       AUX   MD  aux      2 O
    open       open       VERB  VB  ROOT     2 O
    a          a          DET   DT  det      4 O
    consulate  consulate  NOUN  NN  dobj     2 O
    in         in         ADP   IN  prep     4 O
    Lusaka     Lusaka     PROPN NNP pobj     5 B-GPE
    next       next       ADJ   JJ  amod     8 B-DATE
    year       year       NOUN  NN  npadvmod 2 I-DATE
    .          .          PUNCT .   punct    2 O
"""

# Chile closed its embassy in Asuncion on Monday.
CLOSE = """
    Chile      Chile      PROPN NNP nsubj    1 B-GPE
    closed     close      VERB  VBD ROOT     1 O
    its        its        PRON  PRP$ poss    3 O
    embassy    embassy    NOUN  NN  dobj     1 O
    in         in         ADP   IN  prep     3 O
    Asuncion   Asuncion   PROPN NNP pobj     4 B-GPE
    on         on         ADP   IN  prep     1 O
    Monday     Monday     PROPN NNP pobj     6 B-DATE
    .          .          PUNCT .   punct    1 O
"""



def test_places_loc62_a_reopened_embassy_is_where_the_text_places_it(blank_coder):
    result = code_tree(blank_coder, REOPEN, date=DATE)
    places = trigger_places(result, "reopened")
    assert places and set(places) == {"PRY"}, event_places(result)


def test_places_loc62_a_consulate_to_be_opened_is_where_the_text_places_it(blank_coder):
    result = code_tree(blank_coder, OPEN, date=DATE)
    places = trigger_places(result, "open")
    assert places and set(places) == {"ZMB"}, event_places(result)


def test_places_loc62_a_closed_embassy_s_place_names_which_office(blank_coder):
    result = code_tree(blank_coder, CLOSE, date=DATE)
    places = trigger_places(result, "closed")
    assert places and set(places) == {None}, event_places(result)
