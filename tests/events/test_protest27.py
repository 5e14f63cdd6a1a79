"""Protests by people the text gives no country (issue 11, spurious protests with nobody on either side;
session 27, h-protest27): the target a protest's seat, demand or grievance gives (events/context_places.py,
``protests``, ``_grievance_at_home``).

Anonymous people ("several hundred people", "relatives of the detained men", "protesters") get no country
(eval/wire/README.md, "Sides"), so a protest of theirs has no known doer; the rules that aim a protest at the
state body it is held at and at the state its participle of demand is addressed to now run for it too.

All texts here are synthetic, written in agency style for these tests; none comes from a development or
evaluation set or from a real article."""

from tests.conftest import actors_of, events_of


def _protest(result, trigger: str):
    [event] = [e for e in events_of(result, "PROTEST") if e.trigger.text.startswith(trigger)]
    return event


def test_protest27_anonymous_people_outside_an_embassy_target_its_state(code):
    result = code("HANOI, May 4 (Reuters) - Several hundred people rallied outside the Chinese embassy in Hanoi on "
                  "Tuesday evening, waving flags and chanting slogans.")
    event = _protest(result, "rallied")
    assert not any(p.actor for p in event.source)  # anonymous people: no country of their own
    assert "CHN" in actors_of(event.target)


def test_protest27_relatives_at_a_consulate_target_its_state(code):
    result = code("ISTANBUL, May 4 (AFP) - About 60 relatives of the detained crew gathered outside the Greek "
                  "consulate in Istanbul on Monday, holding their photographs.")
    event = _protest(result, "gathered")
    assert "GRC" in actors_of(event.target)


def test_protest27_anonymous_people_calling_on_the_government_target_it(code):
    result = code("DHAKA, May 4 (AFP) - About 300 garment workers rallied at the port in Chittagong on Friday, "
                  "calling on the Indian government to reopen the border crossing.")
    event = _protest(result, "rallied")
    assert "IND" in actors_of(event.target)


def test_protest27_against_a_policy_in_a_town_targets_its_government(code):
    result = code("PARIS, May 4 (AFP) - About 200 people marched through the centre of Lyon on Monday evening "
                  "against the new pension rules.")
    event = _protest(result, "marched")
    assert actors_of(event.target) == {"FRAGOV", "FRA"}
    assert [p.text for p in event.target if p.actor] == ["Lyon"]  # the words it stands with: the place


def test_protest27_against_a_policy_naming_a_foreign_place_gets_no_home_government(code):
    result = code("PARIS, May 4 (AFP) - About 200 people marched through the centre of Lyon on Monday evening "
                  "against the new rules for ferries to Dover.")
    assert not any("FRA" in actors_of(e.target) for e in events_of(result, "PROTEST"))


def test_protest27_march_with_no_grievance_named_gets_no_home_government(code):
    # a march that names no grievance is as often against a foreign state holding the marchers' people
    result = code("TEGUCIGALPA, May 4 (EFE) - Some 200 relatives marched through the streets of Choluteca on "
                  "Tuesday carrying banners.")
    assert not any(p.actor for e in events_of(result, "PROTEST") for p in e.target)


def test_protest27_crowd_act_aimed_at_no_known_actor_is_no_event(code):
    # anonymous marchers and no target the text lets us find: no edge between actors (acts.no_actor, CROWD_CODES)
    result = code("TEGUCIGALPA, May 4 (EFE) - Some 200 relatives marched through the streets of Choluteca on "
                  "Tuesday carrying banners.")
    assert events_of(result, "PROTEST") == []


def test_protest27_crowd_act_with_a_known_target_stays(code):
    result = code("TEGUCIGALPA, May 4 (EFE) - Some 200 relatives marched to the Salvadoran embassy in Tegucigalpa on "
                  "Tuesday carrying banners.")
    assert "SLV" in actors_of(_protest(result, "marched").target)


def test_protest27_strike_by_unknown_workers_is_still_an_event(code):
    # a strike (143) is no crowd act of the street: the material-conflict rule keeps it with unknown doers
    result = code("MADRID, May 4 (EFE) - About 1,200 dock workers stopped work at the port on Tuesday over pay.")
    assert [e.cameo for e in result.events if e.cameo.startswith("143")]
