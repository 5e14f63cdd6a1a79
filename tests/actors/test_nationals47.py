"""Private people a demonym on their own noun gives a country (``PersonRules._nationals``), and the people nouns
of words.tsv and sectors.tsv this reads, session 47 (h-freed47). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import countries_of, event_on


def test_freed_traders_are_their_demonyms_country(code):
    result = code("ACCRA, March 4 (Reuters) - Togo on Tuesday freed nine Ghanaian traders it had held since January, "
                  "the foreign ministry said.")
    assert countries_of(event_on(result, "freed").target) == ["GHA"]


def test_prisoners_inside_a_long_trigger_still_give_the_target(code):
    # the handing over's trigger takes in its object; the people it names are still whom it is done to
    result = code("TBILISI, Georgia (AP) - Georgia and Azerbaijan settled a section of their frontier on Thursday, and "
                  "Baku handed over four Georgian detainees it had kept since 2023.")
    event = next(e for e in result.events if e.trigger.text.startswith("handed over"))
    assert countries_of(event.target) == ["GEO"]


def test_a_states_own_demonym_on_the_people_it_arrests(code):
    result = code("DOHA, Feb 3 (KUNA) - Qatar's interior ministry said on Tuesday it had arrested four Qatari men "
                  "suspected of financing an armed group abroad.")
    assert countries_of(event_on(result, "arrested").target) == ["QAT"]


def test_a_birthplace_gives_no_country(code):
    result = code("Latvia on Monday deported a Russian-born trader accused of spying.")
    assert "RUS" not in countries_of(event_on(result, "deported").target)


def test_people_with_no_demonym_get_none_from_it(code):
    result = code("Togo on Tuesday freed nine traders it had held since January, officials said.")
    assert countries_of(event_on(result, "freed").target) == []


def test_people_acting_are_not_read_as_their_state(code):
    # a subject is no state: traders who say they will block a crossing are their country's people (CVL, session 62
    # ``_national_body``), never India or its government threatening
    result = code("KATHMANDU, May 4 (AFP) - Indian traders said on Monday they would blockade the Raxaul border "
                  "crossing from Friday.")
    sides = [p for e in result.events for p in e.source if p.actor]
    assert sides and all(p.sector == "CVL" for p in sides)


def test_investigators_are_a_states_police(code):
    # sectors.tsv "investigators": a state's criminal investigators, named by their demonym
    result = code("Russian investigators charged two Kazakh students with arson on Thursday.")
    event = event_on(result, "charged")
    assert [p.sector for p in event.source if p.actor] == ["COP"]
    assert countries_of(event.source) == ["RUS"]


def test_an_act_noun_of_such_people_is_done_to_their_country(code):
    # the people are an actor of their own now; the arrest "of" them still is done to their country (ground.py)
    result = code("VIENTIANE, June 2 (Reuters) - Laos's security minister on Monday ordered the arrest of 14 Thai "
                  "nationals running a casino near the border.")
    event = next(e for e in result.events if e.trigger.text.startswith("ordered"))
    assert countries_of(event.target) == ["THA"]

