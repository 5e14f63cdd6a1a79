"""Where an act took place, session 32 (issue 11, the location field): a street protest whose clause names no
place the gazetteer knows was held where the story is told from, and force used on a boat of a country is not
on that country's ground. Sentences written for the tests (synthetic, wire style)."""

import pytest
from tests.conftest import event_on, events_of


def _placed(event, country: str | None) -> bool:
    """Whether the event took place in ``country`` (None: it has no place)."""
    return event.location is None if country is None else \
        event.location is not None and event.location.country == country


# the text, its one act (by PLOVER type and CAMEO prefix, or by the trigger's first word), and the country where it took
# place (None: no place)
@pytest.mark.parametrize(("text", "plover", "cameo", "trigger", "country"), [
    # synthetic: the village is named but unknown to the gazetteer; the story is told from Bangladesh
    pytest.param(
        "DHAKA, May 4 (Reuters) - Families of the detained sailors rallied at the harbour in Kolagram on Monday, "
        "urging the government to secure their release.",
        "PROTEST", None, None, "BGD", id="protest_at_an_unknown_village_is_in_the_dateline_country"),
    # synthetic: a storming told in the background, with no place of its own
    pytest.param(
        "NAIROBI, May 4 (Reuters) - Kenya's parliament passed a new finance bill on Tuesday. "
        "In 2024 demonstrators stormed parliament after lawmakers had passed a similar bill.",
        "PROTEST", None, None, "KEN", id="protest_named_nowhere_is_in_the_dateline_country"),
    # synthetic: a boat sails off its flag's ground; no place is named
    pytest.param(
        "ATHENS, May 4 (AP) - Greece protested to Libya on Monday after a Libyan coast guard cutter fired on a "
        "Greek trawler, wounding its captain.",
        "ASSAULT", "190", None, None, id="fire_on_a_boat_of_a_country_is_not_on_its_ground"),
    # synthetic guard: force on the country itself (its territory, its posts) still falls on its ground
    pytest.param(
        "KYIV, May 4 (Reuters) - Russian forces shelled Ukraine's Kharkiv region overnight, officials said.",
        "ASSAULT", None, None, "UKR", id="fire_on_a_country_s_soldiers_is_still_on_its_ground"),
    # synthetic: "in Bamako" says which junta, not where the protest was lodged
    pytest.param(
        "ALGIERS, May 4 (Reuters) - Algeria lodged a protest with Mali's ruling junta in Bamako on Monday over a "
        "drone strike near the border.",
        "ACCUSE", None, None, None, id="protest_lodged_with_a_body_placed_in_its_capital_has_no_place"),
    # synthetic: the parser hangs "in Pristina" on the verb, right after the addressee: it still says which police
    pytest.param(
        "BELGRADE, May 4 (Reuters) - Serbia's foreign ministry sharply criticised the Kosovo police in Pristina "
        "on Monday over the arrest of a Serb official.",
        "ACCUSE", None, None, None, id="criticism_of_police_placed_in_a_city_has_no_place"),
    # synthetic: the summons names no place of its own; the closure joined after it has one (eval/wire/README.md:
    # summonses are null unless their own clause names a place)
    pytest.param(
        "BANGKOK, May 4 (Reuters) - Thailand summoned Cambodia's ambassador on Monday and closed the border "
        "checkpoint at Aranyaprathet after shells fell on a Thai village.",
        None, None, "summoned", None, id="summons_does_not_take_the_place_of_a_later_deed"),
    # synthetic guard: a seizure joined to a detention placed near a town was made there too
    pytest.param(
        "QUITO, May 4 (Reuters) - Ecuador's navy seized two Peruvian fishing boats and detained their crews near "
        "Guayaquil on Monday.",
        None, None, "seized", "ECU", id="deed_still_takes_the_place_of_a_later_deed"),
])
def test_places32_act_takes_its_place(code, text, plover, cameo, trigger, country):
    result = code(text)
    if trigger is None:
        [act] = events_of(result, plover, cameo)
    else:
        act = event_on(result, trigger)
    assert _placed(act, country)


@pytest.mark.parametrize("text", [
    # synthetic guard: a state "blocking" imports (coded as a block, CAMEO 14) takes a measure, it gathers nowhere
    pytest.param(
        "VIENTIANE, May 4 (Reuters) - Vietnam has blocked imports of Lao timber since January, the Lao trade "
        "ministry said.",
        id="block_a_state_imposes_is_no_gathering_at_the_dateline"),
    # synthetic: a protest only called for did not take place anywhere
    pytest.param(
        "MANILA, May 4 (Reuters) - Opposition leaders called on supporters to keep their protests peaceful on "
        "Monday.",
        id="protest_called_for_is_not_placed"),
])
def test_places32_no_protest_is_placed(code, text):
    assert all(e.location is None for e in events_of(code(text), "PROTEST"))


def test_places32_protest_at_the_dateline_country_s_own_embassy_is_abroad(code):
    # synthetic: the embassy of the country the story is told from stands abroad, not at the dateline
    text = ("BAKU, May 4 (AP) - Azerbaijan recalled its ambassador to Tehran on Monday. "
            "In 2016 protesters stormed its embassy and set part of it on fire.")
    stormings = events_of(code(text), "PROTEST")
    assert stormings and all(e.location is None or e.location.country != "AZE" for e in stormings)


def test_places32_envoy_summoned_in_a_capital_is_still_placed_there(code):
    # synthetic guard: an envoy posted in a capital is acted on there (eval/wire/README.md, summonses)
    text = ("VILNIUS, May 4 (Reuters) - Lithuania's foreign ministry summoned Belarus's chargé d'affaires in Vilnius "
            "on Monday and demanded the release of two Lithuanian truck drivers.")
    acts = [e for e in code(text).events if e.plover in ("ACCUSE", "REQUEST")]
    assert acts and all(e.location is not None and e.location.country == "LTU" for e in acts)
