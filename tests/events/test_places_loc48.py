"""Places of session 48 (issue 11, h-loc48): a target an act takes from another sentence (a reply's, a pronoun's, the
story's other party) does not place the act, neither by a place named on it there ("the embassy in X") nor as a
country force fell on (``PlaceRules._named_here``); a saying that names where it was said ("told reporters in X",
"in a statement issued in X", "speaking at a news conference in X") places the word acts it says, as "here" on the
saying does, but not a quote, an earlier act told in the past perfect, nor an act of another clause with its own
subject (``PlaceRules._said_at``); a war fought with a country is not on that country's ground
(``PlaceRules._fought_with``); a measure reducing relations (CAMEO 16) taken against one's own rebels or by police
is not placed by the home-ground rules.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import events_of


def _place(code, text, trigger, date="2026-03-04"):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # the reply's target is the embassy named two sentences up: its city is no place of the rejection
    ("MINSK, March 4 (Reuters) - The Russian embassy in Minsk demanded consular access on Tuesday to two Russian "
     "students held by police. Belarus's foreign ministry flatly rejected the demand, saying the matter was one for "
     "the courts.", "rejected", None),
    # the country a denied shooting fell on is named only in the sentence before
    ("ACCRA, March 4 (AFP) - Ghana summoned Togo's ambassador on Wednesday after villagers said Togolese soldiers "
     "had chased farmers off their fields. Togo's army said its patrol had been tracking cattle thieves. It denied "
     "that the soldiers had fired on anyone.", "fired", None),
    # a country named in the act's own sentence is still the ground force fell on
    ("ACCRA, March 4 (AFP) - Togolese artillery shelled Ghana on Tuesday, the army said.", "shelled", "GHA"),
])
def test_places_loc48_a_target_from_another_sentence_places_nothing(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("ACCRA, March 4 (Reuters) - The ECOWAS Commission called on Togo and Ghana to settle the row peacefully "
     "in a statement issued in Abuja.", "called", "NGA"),
    ("LIMA, March 4 (EFE) - Peru's interior minister thanked Bolivia for its help and told reporters in Lima that "
     "the two police forces would share more intelligence.", "thanked", "PER"),
    ("BAMAKO, March 4 (Reuters) - Russia would support the request, its deputy U.N. ambassador "
     "told reporters in New York.", "support", "USA"),
    # a saying other than the act's verb with the place on it, and a note released "here"
    ("Vienna (dpa) - Austria summoned the Slovak ambassador on Friday over a planned dam on the Danube, the foreign "
     "ministry said in Vienna.", "summoned", "AUT"),
    ("Brasilia, Mar 4 (Prensa Latina) Brazil on Wednesday asked Bolivia to let its consul visit the detained miners, "
     "the foreign ministry said in a note released here.", "asked", "BRA"),
])
def test_places_loc48_a_saying_that_names_its_place_places_its_words(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


@pytest.mark.parametrize(("text", "trigger"), [
    # a quote under "told reporters in X"
    ("TAIPEI, March 4 (CNA) - \"We ask Manila to release the captain and the boat at once,\" a foreign ministry "
     "spokesman told reporters in Taipei.", "ask"),
    # an earlier act told in the past perfect
    ("BANGKOK, March 4 (Reuters) - The Thai foreign minister told reporters in Bangkok that Thailand had asked "
     "Myanmar to keep the fighting away from the border.", "asked"),
    # an act still to come happens where it will be held
    ("LA PAZ, March 4 (Xinhua) -- Bolivia and Peru will open talks next month on a new border crossing, the two "
     "foreign ministers announced in Lima.", "open"),
    # a word act of a clause with a subject of its own, before another speaker's saying
    ("SEOUL, March 4 (Yonhap) - Japan lodged a protest within hours, and a Japanese government spokesman told "
     "reporters in Tokyo that Japan owned the islets.", "lodged"),
])
def test_places_loc48_not_a_quote_an_earlier_act_nor_another_clause(code, text, trigger):
    assert _place(code, text, trigger) == {None}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # the other side of a fight is no ground of it
    ("TBILISI, March 4 (AP) - Georgia, which fought a brief war with Russia back in 2008, held talks with Moscow on "
     "Tuesday.", "fought", None),
    ("DHAKA, March 4 (AFP) - Myanmar fought Bangladesh briefly in 1991 over a border post.", "fought", None),
    # force one side alone used on a country still falls on its ground
    ("DHAKA, March 4 (AFP) - Myanmar shelled Bangladesh briefly in 1991 over a border post.", "shelled", "BGD"),
])
def test_places_loc48_a_war_fought_with_a_country_is_not_on_its_ground(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # suspending talks with one's own rebels is a decision, no force on the ground
    ("BOGOTA, March 4 (Reuters) - Colombia suspended peace talks with the ELN guerrillas on Tuesday after a bombing "
     "killed two soldiers.", "suspended", None),
    # force a state uses on its own rebels is still at home
    ("BOGOTA, March 4 (Reuters) - Colombian troops killed six ELN guerrillas on Tuesday.", "killed", "COL"),
])
def test_places_loc48_a_measure_on_ones_own_people_is_not_placed_at_home(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}
