"""Targets of a claim of responsibility (CAMEO 015, issue 11, session 22): whose ground or things the claimed act
of force hit, by the ground rules of an act of force ("claimed its drones had hit the Saudi airport of X",
"claimed responsibility for the attack in <a town of X>", "for the bombings that killed 30 people in X").

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_claimed_attack_on_a_countrys_thing_targets_the_country(code):
    result = code("SANAA, May 4 (Reuters) - The Houthis claimed that their drones had attacked the Saudi airport of "
                  "Najran.")
    event = event_on(result, "claimed")
    assert "SAU" in actors_of(event.target)


def test_targets_claimed_responsibility_for_an_attack_in_a_town(code):
    result = code("KABUL, May 4 (AFP) - The Taliban claimed responsibility for the bombing in Herat.")
    event = event_on(result, "claimed")
    assert "AFG" in actors_of(event.target)


def test_targets_claimed_responsibility_for_bombings_that_killed_people_in_a_country(code):
    result = code("COLOMBO, May 4 (Reuters) - Islamic State claimed responsibility for the bombings that killed 40 "
                  "people in Sri Lanka.")
    event = event_on(result, "claimed")
    assert "LKA" in actors_of(event.target)
