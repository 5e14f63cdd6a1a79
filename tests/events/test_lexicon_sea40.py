"""Verbs of enforcement at sea (issue 11, session 40, h-sea40): general lines of ``data/lexicon/verbs.tsv`` for a
boat or people intercepted (taken: 171, 1711, 173; aircraft intercepted stay a show of force, 150), a vessel
escorted to a port or town, into port or out of waters (170; a protective escort stays 074, a rescue "to safety" is
no act), warning shots and shots across a bow (170, not a shooting), officers boarding another's boat (171; a
passenger boarding a plane is no act), and ``escort`` as a ``state_act_verb`` of ``words.tsv`` (an agentless
"was escorted to <town>": the town's state).

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from
a real article. Each test also checks the sense the line must leave alone."""

from __future__ import annotations


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _plovers(result) -> list[str | None]:
    return [e.plover for e in result.events]


def test_an_intercepted_boat_is_taken_and_intercepted_aircraft_a_show_of_force(code):
    boat = code("Ruritania's coast guard intercepted a Chilean fishing boat off the island on Monday.",
                date="2026-03-04")
    assert "1711" in _codes(boat) and "150" not in _codes(boat), _codes(boat)
    people = code("Tunisia's coast guard intercepted 300 migrants off Sfax on Monday.", date="2026-03-04")
    assert "173" in _codes(people), _codes(people)
    jets = code("Norwegian fighter jets intercepted two Russian bombers over the Barents Sea on Monday.",
                date="2026-03-04")
    assert "150" in _codes(jets) and "COERCE" not in _plovers(jets), _codes(jets)


def test_a_vessel_escorted_to_a_port_or_out_of_waters_is_coerced(code):
    to_town = code("An Irish navy patrol vessel escorted a Spanish trawler to Castletownbere on Tuesday.",
                   date="2026-03-04")
    assert "170" in _codes(to_town) and "074" not in _codes(to_town), _codes(to_town)
    out = code("Estonian navy ships escorted a Russian survey vessel out of Estonian waters on Tuesday.",
               date="2026-03-04")
    assert "170" in _codes(out) and "074" not in _codes(out), _codes(out)
    through = code("A Danish frigate escorted four cargo ships through the strait on Tuesday.", date="2026-03-04")
    assert "074" in _codes(through) and "170" not in _codes(through), _codes(through)


def test_a_boat_escorted_to_safety_is_no_act(code):
    result = code("A Greek coast guard cutter escorted a damaged fishing boat to safety after a storm on Tuesday.",
                  date="2026-03-04")
    assert not [c for c in _codes(result) if c in ("170", "074")], _codes(result)


def test_an_agentless_escort_to_a_town_is_that_towns_state(code):
    result = code("The trawler was escorted to the port of Cork on Tuesday, the Irish navy said.", date="2026-03-04")
    escorts = [e for e in result.events if e.cameo == "170"]
    assert escorts and any(p.actor is not None and p.country == "IRL" for e in escorts for p in e.source), \
        [(e.cameo, [(p.text, p.country) for p in e.source]) for e in escorts]


def test_warning_shots_are_coercion_and_shots_at_someone_a_shooting(code):
    warning = code("Qatar's coast guard fired warning shots at two Bahraini fishing boats on Monday.",
                   date="2026-03-04")
    assert "170" in _codes(warning) and "193" not in _codes(warning), _codes(warning)
    bow = code("A Uruguayan patrol boat fired shots across the bow of a Spanish trawler on Monday.", date="2026-03-04")
    assert "170" in _codes(bow), _codes(bow)
    shooting = code("Syrian soldiers fired shots at a Turkish border patrol on Monday.", date="2026-03-04")
    assert "193" in _codes(shooting), _codes(shooting)


def test_boarding_a_boat_is_taking_it_and_boarding_a_plane_no_act(code):
    boat = code("Australian fisheries officers boarded an Indonesian boat off the Kimberley coast on Monday.",
                date="2026-03-04")
    assert "171" in _codes(boat), _codes(boat)
    plane = code("Kenya's foreign minister boarded a plane to Addis Ababa on Monday.", date="2026-03-04")
    assert "171" not in _codes(plane), _codes(plane)
