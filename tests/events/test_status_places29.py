"""Where an act took place, session 29 (issue 11, status: location; h-place29): people held by a state's organs, the
ground an occupation takes, the place of a signing's object, of a meeting agreed on and of a meeting's "of" phrase,
and of an event noun held by a verb an act is joined to. Sentences written for the tests (synthetic, wire style)."""

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


def test_status_places29_a_place_on_what_a_signing_signs(code):
    text = ("WELLINGTON, March 4 (AAP) - Samoa's prime minister signed a “comprehensive strategic partnership” "
            "with China in Beijing in February 2025.")
    [signing] = _only(events_of(code(text, date="2026-03-04"), "SUPPORT"), "signed")
    assert signing.location is not None and signing.location.country == "CHN"


def test_status_places29_a_meeting_offered_is_where_it_would_be(code):
    text = ("GABORONE, March 4 (Reuters) - SADC Executive Secretary Elias Magosi offered to convene a meeting of "
            "the two foreign ministers in Lusaka next month.")
    [offer] = _only(events_of(code(text, date="2026-03-04"), "AGREE"), "convene")
    assert offer.location is not None and offer.location.country == "ZMB"


def test_status_places29_a_meeting_place_on_its_of_phrase(code):
    text = ("PARAMARIBO, March 4 (Reuters) - The foreign minister said he would raise the matter with his French "
            "counterpart at a meeting of African Union and European Union ministers in Brussels next week.")
    raising = [e for e in events_of(code(text, date="2026-03-04")) if "raise" in e.trigger.text]
    assert raising and all(e.location is not None and e.location.country == "BEL" for e in raising)


def test_status_places29_a_conjunct_shares_the_place_of_the_event_noun_held(code):
    text = ("HANOI, March 4 (Reuters) - In April 2025 the EU and the ASEAN states held their first summit in "
            "Hanoi and agreed to raise their ties to a strategic partnership.")
    [agreement] = _only(events_of(code(text, date="2026-03-04"), "AGREE"), "agreed")
    assert agreement.location is not None and agreement.location.country == "VNM"
