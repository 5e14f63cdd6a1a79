"""People named again by a plain noun or "them" after plural people named with a demonym or a state's possessive
(``PersonRules._nationals_again``), session 47 (h-men47). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import countries_of, event_on


def test_them_after_people_with_a_demonym(code):
    result = code("QUITO, March 4 (Reuters) - Colombian police detained six Ecuadorean traders near the border on "
                  "Monday. Colombia released them on Tuesday.")
    assert countries_of(event_on(result, "released").target) == ["ECU"]


def test_the_men_after_a_states_own_people(code):
    # "two of its rangers": the possessor's state, not the soldiers named after them
    result = code("LIMA, March 4 (Reuters) - Chile protested on Wednesday over the arrest of two of its park "
                  "rangers by Peruvian soldiers, the president said, a day after Lima freed the men.")
    assert countries_of(event_on(result, "freed").target) == ["CHL"]


def test_anonymous_people_stay_nobody_known(code):
    result = code("QUITO, March 4 (Reuters) - Colombian police detained six traders near the border on Monday. "
                  "Colombia released them on Tuesday.")
    assert "ECU" not in countries_of(event_on(result, "released").target)


def test_people_acting_are_not_made_their_state(code):
    # a subject "the men" is left alone: rangers who accuse are not their state accusing
    result = code("LIMA, March 4 (Reuters) - Chile said two of its park rangers had been held by Peruvian soldiers "
                  "on the river. The men later accused Peru of beating them.")
    assert "CHL" not in countries_of(event_on(result, "accused").source)


def test_the_same_noun_after_a_states_possessive(code):
    # "two of its fishermen ... the fishermen": the noun named again takes the possessor's state
    result = code("MANILA, March 4 (Reuters) - Indonesia said on Tuesday that two of its fishermen had been held by "
                  "the Malaysian navy. Malaysia released the fishermen on Wednesday, Jakarta said.")
    assert countries_of(event_on(result, "released").target) == ["IDN"]
