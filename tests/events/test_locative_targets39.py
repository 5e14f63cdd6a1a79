"""Places in a locative phrase give where an act was, not whom it was done to (issue 11, session 39, h-loc39).

A border named "with" a neighbour after a preposition of place or destination ("moved tanks to its border with X"),
a capital a road leads to ("ambushed lorries on the highway to X"), the ground armed men are on ("fought insurgents
in X's north") and a shore a party moves towards ("pulled back towards the X shore") name no side; the frames that
do act on a place keep it ("closed its border with X", "struck camps in X", "fired missiles toward the X coast").
The sentences are invented for these tests."""

from __future__ import annotations

from tests.conftest import code_tree, countries_of, event_on

# "Algeria moved tanks to its border with Morocco." as the model parses it: the "with" on the border
BORDER_WITH = """
Algeria   Algeria  PROPN NNP  nsubj 1 B-GPE
moved     move     VERB  VBD  ROOT  1 O
tanks     tank     NOUN  NNS  dobj  1 O
to        to       ADP   IN   prep  1 O
its       its      PRON  PRP$ poss  5 O
border    border   NOUN  NN   pobj  3 O
with      with     ADP   IN   prep  5 O
Morocco   Morocco  PROPN NNP  pobj  6 B-GPE
.         .        PUNCT .    punct 1 O
"""

# "Chadian troops seized lorries on the highway to Niamey." with the "to" hung on the verb, as the model often does
ROAD_TO = """
Chadian   chadian  ADJ   JJ   amod  1 B-NORP
troops    troop    NOUN  NNS  nsubj 2 O
seized    seize    VERB  VBD  ROOT  2 O
lorries   lorry    NOUN  NNS  dobj  2 O
on        on       ADP   IN   prep  2 O
the       the      DET   DT   det   6 O
highway   highway  NOUN  NN   pobj  4 O
to        to       ADP   IN   prep  2 O
Niamey    Niamey   PROPN NNP  pobj  7 B-GPE
.         .        PUNCT .    punct 2 O
"""


def test_locative_border_with_neighbour_is_no_target(blank_coder):
    event = event_on(code_tree(blank_coder, BORDER_WITH), "moved")
    assert countries_of(event.source) == ["DZA"]
    assert countries_of(event.target) == []


def test_locative_capital_a_road_leads_to_is_no_target(blank_coder):
    event = event_on(code_tree(blank_coder, ROAD_TO), "seized")
    assert countries_of(event.source) == ["TCD"]
    assert "NER" not in countries_of(event.target)


def test_locative_border_as_object_keeps_the_neighbour(code):
    result = code("Tajikistan closed its border with Kyrgyzstan on Tuesday, accusing its neighbour of harbouring "
                  "smugglers.")
    event = event_on(result, "closed")
    assert countries_of(event.target) == ["KGZ"]


def test_locative_capital_on_the_road_gives_no_ground_hit(code):
    result = code("Rebels attacked a fuel convoy on the road to Bangui late on Friday, the U.N. mission said.")
    assert "CAF" not in countries_of(event_on(result, "attacked").target)


def test_locative_armed_men_located_in_a_country_are_not_it(code):
    result = code("Burundian troops have fought Islamist insurgents in Congo's South Kivu province since 2022.")
    event = event_on(result, "fought")
    assert countries_of(event.source) == ["BDI"]
    assert countries_of(event.target) == []


def test_locative_things_hit_in_a_country_still_give_it(code):
    event = event_on(code("Pakistani jets struck militant camps in eastern Afghanistan on Sunday."), "struck")
    assert countries_of(event.target) == ["AFG"]


def test_locative_shore_moved_towards_is_no_target(code):
    event = event_on(code("Malian soldiers retreated towards the Nigerien shore after the clash, the army said."),
                     "retreated")
    assert countries_of(event.source) == ["MLI"]
    assert countries_of(event.target) == []


def test_locative_coast_fired_at_stays_the_target(code):
    event = event_on(code("North Korea fired two ballistic missiles toward the Japanese coast on Monday."), "fired")
    assert countries_of(event.target) == ["JPN"]
