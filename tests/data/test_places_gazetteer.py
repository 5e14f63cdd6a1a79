"""The gazetteer below the country (src/detente/data/actors/places.tsv with the capitals, seats, cities and regions
of countries.jsonl): every place name belongs to one country only, written exactly or folded (case and diacritics),
no one-word place is the name or surname of a listed person, and a place named in an act's clause gives the act its
country as location without becoming an actor. Sentences written for the tests (synthetic, wire style)."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest
from tests.conftest import events_of

DATA = Path(__file__).parents[2] / "src/detente/data/actors"


def _entries(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _place_rows() -> list[tuple[str, str]]:
    with (DATA / "places.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [(row["place"], row["country"]) for row in rows]


def _places() -> list[tuple[str, str]]:
    """Every place name of the two files with its country."""
    out = []
    for country in _entries("countries.jsonl"):
        for text in (*([country["capital"]] if country.get("capital") else []), *country.get("seats", []),
                     *country.get("cities", []), *country.get("regions", [])):
            out.append((text, country["id"]))
    return out + _place_rows()


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


# "Beja" (Portugal) and "Béja" (Tunisia) fold alike: a reader writing either would get the other's country
@pytest.mark.parametrize("key", [pytest.param(str, id="written_exactly"), pytest.param(_fold, id="folded")])
def test_no_place_name_belongs_to_two_countries(key):
    owners: dict[str, set[str]] = {}
    for text, country in _places():
        owners.setdefault(key(text), set()).add(country)
    assert {text: sorted(c) for text, c in owners.items() if len(c) > 1} == {}


# A place that is only a given name of a person (never an alias of hers on its own) is kept: the person's full
# name is the longer match and wins, and news names the person alone by the surname.
GIVEN_NAMES_KEPT = {"Farah": "farah-dakhlallah"}  # Farah province (AFG), listed before the person


def test_no_one_word_place_is_a_listed_persons_name():
    words: dict[str, str] = {}
    for person in _entries("people.jsonl"):
        for name in (person["name"], *person.get("aliases", [])):
            for word in name.replace("-", " ").split():
                words.setdefault(word, person["id"])
    clashes = {place: words[place] for place, _ in _place_rows() if " " not in place and place in words}
    assert clashes == GIVEN_NAMES_KEPT
    for place, ident in GIVEN_NAMES_KEPT.items():
        person = next(p for p in _entries("people.jsonl") if p["id"] == ident)
        assert place not in person.get("aliases", []) and person["name"].split()[0] == place


def test_first_level_divisions_and_border_towns_are_places():
    from detente.actors.kb import load_default

    places = load_default().places
    expected = {"Niassa": "MOZ", "Zambezia": "MOZ", "Gash-Barka": "ERI", "Lualaba": "COD", "Kolofata": "CMR",
                "Kherson": "UKR", "Khatlon": "TJK", "Tavush": "ARM", "Qazax": "AZE", "Kakheti": "GEO",
                "North Hamgyong": "PRK", "Ratanakiri": "KHM", "Darayya": "SYR", "Khanaqin": "IRQ",
                "Mahabad": "IRN", "Nangarhar": "AFG", "Dhi Qar": "IRQ", "Tachira": "VEN", "Guaviare": "COL"}
    assert {name: places.get(name) for name in expected} == expected


def test_an_act_named_at_a_listed_town_takes_its_country_and_no_actor(code):
    text = ("YAOUNDE, March 3 (Reuters) - Suspected Boko Haram fighters attacked an army post near Kolofata on "
            "Monday, killing two soldiers, Cameroon's defence ministry said.")
    attacks = events_of(code(text, date="2026-03-03"), "ASSAULT")
    assert attacks
    assert all(e.location is not None and e.location.country == "CMR" for e in attacks)
    sides = [p.text for e in attacks for p in (*e.source, *e.target)]
    assert not any("Kolofata" in side for side in sides), sides
