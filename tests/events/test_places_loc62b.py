"""Places of session 62 (h-loc62b): another state's embassy or consulate a state closes (``closing_verb`` with an
``abroad_noun`` object of the side acted on) in its own country is closed there, at home, also when the parser hangs
the place on the office ("closed all three X consulates on its territory", "shut the X consulate in <its city>"),
while a place on an office otherwise only says which office it is (``PlaceRules.location``); eval/wire/README.md,
"location".

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rules read where the words hang, not how the model parses the sentence."""

from tests.conftest import code_tree, event_places, trigger_places

DATE = "2026-04-02"

# Chile closed all three Peruvian consulates on its territory on Monday.
TERRITORY = """
    Chile      Chile      PROPN NNP nsubj    1 B-GPE
    closed     close      VERB  VBD ROOT     1 O
    all        all        DET   PDT quantmod 3 O
    three      three      NUM   CD  nummod   5 O
    Peruvian   Peruvian   ADJ   JJ  amod     5 B-NORP
    consulates consulate  NOUN  NNS dobj     1 O
    on         on         ADP   IN  prep     5 O
    its        its        PRON  PRP$ poss    8 O
    territory  territory  NOUN  NN  pobj     6 O
    on         on         ADP   IN  prep     1 O
    Monday     Monday     PROPN NNP pobj     9 B-DATE
    .          .          PUNCT .   punct    1 O
"""

# Chile closed the Peruvian consulate in Arica on Monday.
CITY = """
    Chile      Chile      PROPN NNP nsubj    1 B-GPE
    closed     close      VERB  VBD ROOT     1 O
    the        the        DET   DT  det      4 O
    Peruvian   Peruvian   ADJ   JJ  amod     4 B-NORP
    consulate  consulate  NOUN  NN  dobj     1 O
    in         in         ADP   IN  prep     4 O
    Arica      Arica      PROPN NNP pobj     5 B-GPE
    on         on         ADP   IN  prep     1 O
    Monday     Monday     PROPN NNP pobj     7 B-DATE
    .          .          PUNCT .   punct    1 O
"""

# Chile closed the Peruvian embassy in Lima on Monday.
ABROAD = """
    Chile      Chile      PROPN NNP nsubj    1 B-GPE
    closed     close      VERB  VBD ROOT     1 O
    the        the        DET   DT  det      4 O
    Peruvian   Peruvian   ADJ   JJ  amod     4 B-NORP
    embassy    embassy    NOUN  NN  dobj     1 O
    in         in         ADP   IN  prep     4 O
    Lima       Lima       PROPN NNP pobj     5 B-GPE
    on         on         ADP   IN  prep     1 O
    Monday     Monday     PROPN NNP pobj     7 B-DATE
    .          .          PUNCT .   punct    1 O
"""



def test_places_loc62b_foreign_consulates_closed_on_its_territory_are_closed_at_home(blank_coder):
    result = code_tree(blank_coder, TERRITORY, date=DATE)
    places = trigger_places(result, "closed")
    assert places and set(places) == {"CHL"}, event_places(result)


def test_places_loc62b_a_foreign_consulate_closed_in_a_city_of_its_own_is_closed_there(blank_coder):
    result = code_tree(blank_coder, CITY, date=DATE)
    places = trigger_places(result, "closed")
    assert places and set(places) == {"CHL"}, event_places(result)


def test_places_loc62b_a_foreign_embassy_closed_in_its_own_country_places_nothing(blank_coder):
    result = code_tree(blank_coder, ABROAD, date=DATE)
    places = trigger_places(result, "closed")
    assert places and set(places) == {None}, event_places(result)


# The Chilean president received the Peruvian envoy on Monday.
RECEIVED = """
    The        the        DET   DT  det      2 O
    Chilean    Chilean    ADJ   JJ  amod     2 B-NORP
    president  president  NOUN  NN  nsubj    3 O
    received   receive    VERB  VBD ROOT     3 O
    the        the        DET   DT  det      6 O
    Peruvian   Peruvian   ADJ   JJ  amod     6 B-NORP
    envoy      envoy      NOUN  NN  dobj     3 O
    on         on         ADP   IN  prep     3 O
    Monday     Monday     PROPN NNP pobj     7 B-DATE
    .          .          PUNCT .   punct    3 O
"""


def test_places_loc62b_a_foreign_envoy_received_is_received_at_the_host_s_home(blank_coder):
    # (a reception with no place named is on the host's ground, HomeGround.hosted_home: a visiting envoy or
    # delegation of another state received is no envoy of the host's own abroad)
    result = code_tree(blank_coder, RECEIVED, date=DATE)
    places = trigger_places(result, "received")
    assert places and set(places) == {"CHL"}, event_places(result)


def test_places_loc62b_a_foreign_ambassador_received_is_not_placed_by_the_reception(blank_coder):
    # (an ambassador is posted, no visitor: the dev gold leaves such receptions unplaced)
    result = code_tree(blank_coder, RECEIVED.replace("envoy      envoy", "ambassador ambassador"), date=DATE)
    places = trigger_places(result, "received")
    assert places and set(places) == {None}, event_places(result)
