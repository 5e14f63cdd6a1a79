"""Integrity checks for src/detente/data/actors/places.tsv, the places below the country (regions,
districts, towns, islands) that the loader adds to their country's cities. Standard library only."""

from __future__ import annotations

import csv
import json
from pathlib import Path

DATA = Path(__file__).parents[2] / "src/detente/data/actors"


def _rows() -> list[dict[str, str]]:
    with (DATA / "places.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _entries(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_places_rows_are_well_formed_and_listed_once():
    rows = _rows()
    assert rows, "places.tsv is empty"
    seen: set[str] = set()
    for row in rows:
        place, country = row["place"], row["country"]
        assert place and place.strip() == place, f"{place!r}: blank or padded"
        assert any(ch.isupper() or ch.isdigit() for ch in place), f"{place!r}: a name has a capital letter"
        assert len(country) == 3 and country.isupper(), f"{place!r}: country {country!r} is no CAMEO id"
        assert place not in seen, f"{place!r} is listed twice"
        seen.add(place)


def test_places_lie_in_a_known_country_and_clash_with_no_other_name():
    countries = {c["id"]: c for c in _entries("countries.jsonl")}
    owner: dict[str, str] = {}  # every surface string of the knowledge base -> whose it is
    for name in ("countries.jsonl", "organisations.jsonl", "groups.jsonl", "people.jsonl"):
        for entry in _entries(name):
            for text in (entry["name"], *entry.get("aliases", []), *entry.get("demonyms", []),
                         *entry.get("ambiguous", [])):
                owner[text] = entry["id"]
    for country in countries.values():
        for text in (*([country["capital"]] if country.get("capital") else []), *country.get("seats", []),
                     *country.get("cities", []), *country.get("regions", [])):
            owner.setdefault(text, f"place of {country['id']}")
    for row in _rows():
        assert row["country"] in countries, f"{row['place']!r}: no country {row['country']!r}"
        assert row["place"] not in owner, f"{row['place']!r} is already a name of {owner[row['place']]}"


def test_places_are_loaded_as_places_of_their_country():
    from detente.actors.kb import load_default

    kb = load_default()
    for row in _rows():
        assert kb.places.get(row["place"]) == row["country"], row["place"]
