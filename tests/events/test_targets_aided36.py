"""Whom aid or cooperation goes to when the text says only where the thing given, funded or built is, or for whom
(issue 11, session 36, h-tgt36; ``building_verb``, ``giving_verb`` and ``aid_place_prep`` in words.tsv,
``CodeSideRules._aided_ground``): "agreed to build a hospital in Kabul" goes to Afghanistan, "financed fuel
purchases for Moldova" to Moldova; never to the giver's own country, to places of two countries, to where a pledge is
made, or to where a deed of conflict it funds took place.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def _countries(event) -> set[str]:
    return {p.country for p in event.target if p.actor}


def test_targets_agreed_to_build_a_hospital_in_a_capital_goes_to_its_country(code):
    result = code("NEW DELHI, May 4 (Reuters) - India agreed on Monday to build a 300-bed hospital in Kabul, the "
                  "foreign ministry said.")
    assert _countries(event_on(result, "agreed")) == {"AFG"}


def test_targets_will_fund_a_port_in_a_city_goes_to_its_country(code):
    result = code("BEIJING, May 4 (Reuters) - China will fund a new port in Gwadar, the commerce ministry said on "
                  "Monday.")
    assert _countries(event_on(result, "fund")) == {"PAK"}


def test_targets_financed_purchases_for_a_country_goes_to_it(code):
    result = code("BRUSSELS, May 4 (Reuters) - The European Union financed emergency fuel purchases for Moldova "
                  "last winter, a spokesman said.")
    assert _countries(event_on(result, "financed")) == {"MDA"}


def test_targets_funded_barracks_for_another_countrys_troops_goes_to_it(code):
    result = code("BEIJING, May 4 (Reuters) - China has funded new barracks for Cambodian troops near the Thai "
                  "border, officials said.")
    assert _countries(event_on(result, "funded")) == {"KHM"}


def test_targets_building_at_home_names_no_target(code):
    result = code("NAIROBI, May 4 (Reuters) - Kenya agreed on Monday to build a new hospital in Mombasa, the health "
                  "ministry said.")
    assert all("KEN" not in actors_of(e.target) for e in result.events)


def test_targets_places_of_two_countries_name_no_target(code):
    result = code("TOKYO, May 4 (Reuters) - Japan will build new bridges in Dhaka and Yangon, the embassy said on "
                  "Monday.")
    assert not _countries(event_on(result, "build"))


def test_targets_where_a_pledge_is_made_is_no_receiver(code):
    result = code("ABU DHABI, May 4 (Reuters) - The United Arab Emirates pledged $50 million at a donor conference "
                  "in Paris on Monday.")
    assert all("FRA" not in actors_of(e.target) for e in result.events)


def test_targets_funding_a_protest_is_no_aid_to_where_it_was(code):
    result = code("KYIV, May 4 (Reuters) - Ukraine denied that its diplomats had financed any protest in Georgia.")
    assert all("GEO" not in actors_of(e.target) for e in result.events)
