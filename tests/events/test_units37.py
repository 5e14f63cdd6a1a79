"""Patrols that are units, not acts, and ships named again by a general noun (issue 11, session 37, h-ves37:
vessels, crews, patrols and aircraft, whose they are).

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

from tests.conftest import countries_of, events_of, events_with_trigger


# -- a patrol as a unit ---------------------------------------------------------------------------------------------
def test_units_patrol_as_subject_is_the_unit_that_fires(code):
    result = code("RABAT, May 4 (Reuters) - An Algerian patrol opened fire on three Moroccan smugglers near Figuig "
                  "on Sunday, the Moroccan interior ministry said.")
    assert not events_with_trigger(result, "patrol"), [e.trigger.text for e in result.events]
    attacks = events_of(result, "ASSAULT")
    assert attacks and countries_of(attacks[0].source) == ["DZA"]


def test_units_patrol_after_by_is_no_act(code):
    result = code("BEIRUT, May 4 (AFP) - Lebanon protested to Damascus on Tuesday over the detention of two "
                  "Lebanese farmers by a Syrian army patrol near Hermel.")
    assert not events_with_trigger(result, "patrol"), [e.trigger.text for e in result.events]


def test_units_patrol_as_object_of_force_is_the_target(code):
    result = code("BAMAKO, May 4 (AFP) - Gunmen from Niger ambushed a Malian army patrol near Menaka on Monday, "
                  "the Malian army said.")
    assert not events_with_trigger(result, "patrol"), [e.trigger.text for e in result.events]
    attacks = events_of(result, "ASSAULT")
    assert attacks and "MLI" in countries_of(attacks[0].target)


def test_units_patrols_carried_out_or_stepped_up_stay_acts(code):
    joint = code("HANOI, May 4 (Reuters) - Vietnam and Laos carried out their first joint border patrol on "
                 "Tuesday, state media said.")
    assert joint.events and countries_of(joint.events[0].source) == ["LAO", "VNM"]
    stepped = code("TAIPEI, May 4 (Reuters) - Taiwan's coast guard stepped up patrols around Kinmen on Monday.")
    assert events_of(stepped, "MOBILIZE")


def test_units_patrol_that_took_place_stays_an_act():
    from detente.events.lexicon import load_default

    words = load_default().words
    assert "patrol" in words.unit_noun
    assert {"take", "last", "end"} <= words.act_subject_verb


# -- a ship named again ---------------------------------------------------------------------------------------------
def test_units_the_vessel_is_the_ship_named_before_by_another_noun(code):
    result = code("HANOI, May 4 (Reuters) - A Chinese survey ship entered Vietnam's exclusive economic zone on "
                  "Monday. Vietnam's foreign ministry demanded that the vessel leave at once.")
    demands = events_of(result, "REQUEST")
    assert demands and countries_of(demands[0].target) == ["CHN"], [(e.trigger.text, e.target) for e in demands]


def test_units_the_vessel_after_a_demonym_trawler_is_its_country(code):
    result = code("JAKARTA, May 4 (Reuters) - A Vietnamese trawler entered Indonesian waters off Natuna on Sunday. "
                  "An Indonesian navy corvette fired warning shots at the vessel, the navy said.")
    attacks = [e for e in result.events if e.trigger.text.startswith("fired")]
    assert attacks and countries_of(attacks[0].target) == ["VNM"], [(e.trigger.text, e.target) for e in attacks]


def test_units_a_specific_vessel_noun_points_back_only_to_its_own_word():
    from detente.events.lexicon import load_default

    words = load_default().words
    assert "vessel" in words.generic_vessel_noun and "frigate" not in words.generic_vessel_noun
    assert words.generic_vessel_noun <= words.vessel_noun
