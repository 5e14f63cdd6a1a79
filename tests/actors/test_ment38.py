"""Definite re-mentions of people (``antecedents.remention``) and the crew of a ship (``antecedents.ship_crew``),
session 38 (h-ment38). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import countries_of, event_on


def test_the_same_person_noun_names_the_people_again(code):
    result = code("Moroccan patrol boats detained 12 Spanish fishermen off Dakhla on Friday. "
                  "A court in Rabat charged the fishermen with illegal fishing on Sunday.")
    assert countries_of(event_on(result, "charged").target) == ["ESP"]


def test_a_general_noun_names_the_people_named_before(code):
    result = code("Latvian police detained two Belarusian citizens near Daugavpils on Monday. "
                  "Prosecutors charged the two men with spying on Wednesday.")
    assert countries_of(event_on(result, "charged").target) == ["BLR"]


def test_a_counted_noun_takes_the_people_counted_with_its_number(code):
    # the nearest "men" are the recruits; "the two men" are the two citizens counted with two (the lead has a day
    # of its own, so the charge stays an act apart: undated, the lead would take the body's day, dating.py)
    result = code("A court in Astana on Monday ordered two Russian citizens held for recruiting Kazakh men to fight "
                  "abroad. "
                  "The two men were charged with mercenarism on Friday, prosecutors said.")
    assert countries_of(event_on(result, "charged").target) == ["RUS"]


def test_the_same_word_comes_before_a_nearer_person_noun(code):
    # "the men" are the kidnappers named by the same word, not the engineers (China) they took
    result = code("Unidentified men kidnapped four Chinese engineers near Quetta on Sunday. "
                  "The men fired on a police post as they fled, officials said.")
    assert countries_of(event_on(result, "fired").source) == []


def test_the_crew_of_a_ship_are_its_country(code):
    result = code("Palau police seized a Taiwanese-flagged longliner and detained its 16 crew on Tuesday.")
    assert countries_of(event_on(result, "detained").target) == ["TWN"]


def test_the_captain_of_a_ship_named_before(code):
    result = code("The Mauritanian navy intercepted a Spanish trawler off Nouadhibou on Sunday. "
                  "Officers arrested the trawler's captain and towed the vessel to port, the navy said.")
    assert "ESP" in countries_of(event_on(result, "arrested").target)


def test_their_on_a_passive_patient_is_the_owner_of_the_people_done_to(code):
    # "their" on what was done to is the drivers' (Georgia), not the doers' named as subject (Russia)
    result = code("Russian police detained three Georgian truck drivers on Monday. Their trucks were impounded, "
                  "Tbilisi said.")
    assert countries_of(event_on(result, "impounded").target) == ["GEO"]
