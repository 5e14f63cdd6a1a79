"""Where an act took place, session 29 (issue 11, status: location; h-place29): people held by a state's organs and
the ground an occupation takes. Sentences written for the tests (synthetic, wire style)."""

from tests.conftest import events_of


def _only(events, word):
    found = [e for e in events if word in e.trigger.text]
    assert found, [e.trigger.text for e in events]
    return found


def test_status_places29_soldiers_hold_people_of_no_country_at_home(code):
    text = "ALGIERS, March 4 (Reuters) - Algerian soldiers detained 17 suspected smugglers on Tuesday."
    [detention] = _only(events_of(code(text, date="2026-03-04"), "COERCE"), "detained")
    assert detention.location is not None and detention.location.country == "DZA"


def test_status_places29_a_government_holds_people_at_home(code):
    text = "VIENTIANE, March 4 (Xinhua) -- Lao authorities detained 300 people in raids on Tuesday."
    [detention] = _only(events_of(code(text, date="2026-03-04"), "COERCE"), "detained")
    assert detention.location is not None and detention.location.country == "LAO"


def test_status_places29_a_security_service_holds_foreigners_at_home(code):
    text = ("KAMPALA, March 4 (Reuters) - Ugandan military intelligence officers arrested two Congolese "
            "traders on Tuesday.")
    [arrest] = _only(events_of(code(text, date="2026-03-04"), "COERCE"), "arrested")
    assert arrest.location is not None and arrest.location.country == "UGA"


def test_status_places29_soldiers_holding_another_countrys_people_may_have_crossed(code):
    # soldiers who hold people of another country may be on that country's ground: no place is named
    text = "LUSAKA, March 4 (Reuters) - Congolese soldiers detained four Zambian fishermen on Sunday."
    detentions = _only(events_of(code(text, date="2026-03-04"), "COERCE"), "detained")
    assert all(e.location is None for e in detentions)


def test_status_places29_a_deportation_is_not_placed_by_its_doer(code):
    # the dev gold leaves deportations with no place named without one
    text = "KUALA LUMPUR, March 4 (Bernama) - Malaysia deported 200 Indonesian workers on Monday."
    deportations = _only(events_of(code(text, date="2026-03-04"), "COERCE"), "deported")
    assert all(e.location is None for e in deportations)


def test_status_places29_an_occupation_falls_on_the_ground_it_takes(code):
    text = "ADDIS ABABA, March 4 (AFP) - Eritrean troops occupied three Ethiopian villages on Tuesday."
    [occupation] = _only(events_of(code(text, date="2026-03-04"), "COERCE"), "occupied")
    assert occupation.location is not None and occupation.location.country == "ETH"
