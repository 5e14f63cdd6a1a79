"""Street protests (issue 11, session 45, h-protest45): a sit-in held or staged is a demonstration (``verbs.tsv``,
``nouns.tsv``: the parser splits "sit-in", matched as its compound joined, ``sitin``; a non-breaking hyphen is read
as a hyphen, ``nlp.parse_copy``), people of the street blocking a crossing obstruct (144) where a state's forces
restrict movement (191), and a protest whose purpose clause, dropped as its aim, asks a state body to act is aimed
at that body (``events/context_places.py``, ``_demanded`` through ``_asked``), as is a protest against a thing at
home named in its purpose clause of protest (``_grievance_at_home``).

All texts here are synthetic, written in agency style for these tests; none comes from a development or
evaluation set or from a real article."""

from tests.conftest import events_of

from detente.nlp import parse_copy


def countries_of_target(event) -> set[str]:
    return {p.country for p in event.target if p.actor}


def test_protest45_a_sit_in_outside_a_consulate_is_a_demonstration_at_its_state(code):
    result = code("HARARE, March 3 (Reuters) - Dozens of fishermen held a sit-in outside the Zambian consulate in "
                  "Bulawayo on Monday. They want six crewmen freed.")
    [event] = events_of(result, cameo="141")
    assert "sit" in event.trigger.text and countries_of_target(event) == {"ZMB"}


def test_protest45_a_staged_sit_in_is_a_demonstration(code):
    result = code("TUNIS, May 7 (Reuters) - Hundreds of students staged a sit-in outside the Libyan embassy in Tunis "
                  "on Thursday. The embassy made no comment.")
    [event] = events_of(result, cameo="141")
    assert countries_of_target(event) == {"LBY"}


def test_protest45_a_non_breaking_hyphen_reads_as_a_hyphen():
    text = "held a sit\u2011in outside"
    assert parse_copy(text) == "held a sit-in outside" and len(parse_copy(text)) == len(text)


def test_protest45_truckers_blocking_a_crossing_obstruct(code):
    result = code("SOFIA, June 9 (Reuters) - Bulgarian truckers blocked the Kulata crossing for three hours on "
                  "Tuesday. Greece made no comment.")
    assert [e.cameo for e in events_of(result, "PROTEST")] == ["144"]
    assert not [e for e in events_of(result) if e.cameo == "191"]


def test_protest45_troops_blocking_a_crossing_still_restrict_movement(code):
    result = code("SOFIA, June 9 (Reuters) - Bulgarian troops blocked the Kulata crossing for three hours on "
                  "Tuesday. Greece made no comment.")
    assert [e.cameo for e in events_of(result) if e.cameo.startswith(("14", "19"))] == ["191"]


def test_protest45_a_road_blocked_to_demand_that_the_government_act_targets_it(code):
    result = code("SAN JOSE, April 28 (Reuters) - Costa Rican truckers blocked the highway near the Panamanian "
                  "border on Tuesday afternoon to demand that the government scrap the new fees. The blockade lasted "
                  "six hours.")
    [event] = events_of(result, cameo="144")
    assert {p.country for p in event.source if p.actor} == {"CRI"}
    assert countries_of_target(event) == {"CRI"}


def test_protest45_a_march_to_press_the_government_targets_it(code):
    result = code("LIMA, Feb 10 (Reuters) - Hundreds of miners marched through the town of Chala on Tuesday "
                  "afternoon to press the government to reopen the road. Traffic was halted for hours.")
    [event] = events_of(result, cameo="141")
    assert countries_of_target(event) == {"PER"}


def test_protest45_a_demand_that_a_country_act_is_no_body_asked(code):
    # "that Luanda free ...": a country named as the one asked is no state body; the embassy is the seat
    result = code("KINSHASA, Jan 20 (Reuters) - Hundreds of relatives marched on Tuesday to the Angolan embassy in "
                  "Kinshasa to demand that Luanda free the detained traders. Angola has not commented.")
    [event] = events_of(result, cameo="141")
    assert countries_of_target(event) == {"AGO"}


def test_protest45_a_purpose_clause_of_protest_against_a_thing_at_home_targets_the_government(code):
    result = code("SANAA, March 24 (Reuters) - Hundreds of fishermen rallied at the harbour in Aden on Tuesday to "
                  "protest against the new fishing levy. Officials were not available.")
    [event] = events_of(result, cameo="141")
    assert countries_of_target(event) == {"YEM"}


def test_protest45_a_purpose_clause_of_protest_against_a_foreign_actor_takes_no_home_government(code):
    # the clause names an actor of another country: the protest is as often aimed at it
    result = code("SANAA, March 24 (Reuters) - Hundreds of fishermen rallied at the harbour in Aden on Tuesday to "
                  "protest against Saudi Arabia's new fishing levy. Officials were not available.")
    assert not any("YEM" in countries_of_target(e) for e in events_of(result, cameo="141"))
