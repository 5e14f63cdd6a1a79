"""Knowledge-base coverage of session 38 (issue 11, h-kb38).

Places: an island named like a town of another country ("Delft island" off Jaffna, not the Dutch town of Delft;
"Tuzla island" in the Kerch Strait, not the Bosnian city) is a place of its own country, with the capital or the
small "island" that wire copy writes; islands wire copy names as where acts happen (Hormuz, Kharg and Kish in the
Gulf, Pemba off Tanzania, Katchatheevu in the Palk Strait) are places of their country.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import events_of

from detente.actors.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize(("place", "country"), [
    ("Delft Island", "LKA"), ("Delft island", "LKA"), ("Delft", "NLD"),
    ("Tuzla Island", "UKR"), ("Tuzla island", "UKR"), ("Tuzla", "BIH"),
    ("Hormuz Island", "IRN"), ("Hormuz island", "IRN"), ("Kharg island", "IRN"), ("Kharg Island", "IRN"),
    ("Pemba Island", "TZA"), ("Katchatheevu", "LKA"), ("Snake Island", "UKR"),
])
def test_kb38_an_island_is_a_place_of_its_country_whatever_town_shares_its_name(kb, place, country):
    assert kb.places.get(place) == country


def test_kb38_pemba_alone_is_no_place(kb):
    # the Tanzanian island and the Mozambican port share the name: only the island's full name is listed
    assert "Pemba" not in kb.places


@pytest.mark.parametrize(("text", "country"), [
    ("COLOMBO, March 2 (Reuters) - The Sri Lankan navy arrested 14 Indian fishermen off Delft island on Monday "
     "for poaching, a navy spokesman said.", "LKA"),
    ("CHENNAI, March 2 (PTI) - The Sri Lankan navy seized two Indian trawlers near Delft Island on Monday, "
     "fishermen's leaders said.", "LKA"),
    ("DUBAI, March 2 (Reuters) - Iran's Revolutionary Guards seized a foreign tanker near Hormuz island on Monday, "
     "state media said.", "IRN"),
    ("DAR ES SALAAM, March 2 (Reuters) - Tanzanian police arrested 30 Kenyan fishermen off Pemba island on Monday.",
     "TZA"),
])
def test_kb38_an_act_off_an_island_takes_the_islands_country(code, text, country):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.plover == "COERCE"]
    assert acts and all(e.location is not None and e.location.country == country for e in acts), acts
