"""Integrity checks for data/actors/collectives.tsv (the countries "Western countries" or "the
Europeans" can stand for; actors/sets.py). Standard library only."""

from __future__ import annotations

import csv
import json
from pathlib import Path

DATA = Path(__file__).parents[2] / "src/detente/data/actors"


def _rows() -> list[tuple[int, dict[str, str]]]:
    lines = (DATA / "collectives.tsv").read_text(encoding="utf-8").splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if not line.startswith("#")]
    reader = csv.DictReader([line for _, line in numbered], delimiter="\t")
    assert reader.fieldnames == ["collective", "words", "countries", "scope"], \
        "collectives.tsv header must be: collective<TAB>words<TAB>countries<TAB>scope"
    return [(numbered[i + 1][0], row) for i, row in enumerate(reader)]


def test_collectives_members_are_known_countries():
    countries = {json.loads(line)["id"] for line in (DATA / "countries.jsonl").read_text(encoding="utf-8").splitlines()}
    for number, row in _rows():
        members = row["countries"].split()
        assert members, f"collectives.tsv line {number}: no countries"
        assert len(members) == len(set(members)), f"collectives.tsv line {number}: a country twice"
        assert row["scope"] in ("named", "all"), f"collectives.tsv line {number}: scope is named or all"
        unknown = set(members) - countries
        assert not unknown, f"collectives.tsv line {number}: not in countries.jsonl: {sorted(unknown)}"


def test_collectives_words_are_lowercase_and_name_one_collective():
    seen: dict[str, int] = {}
    for number, row in _rows():
        assert row["collective"] == row["collective"].lower(), f"collectives.tsv line {number}: name not lowercase"
        for word in row["words"].split(","):
            assert word and word == word.strip().lower() and "  " not in word, \
                f"collectives.tsv line {number}: bad word {word!r}"
            assert word not in seen, f"collectives.tsv line {number}: {word!r} already on line {seen[word]}"
            seen[word] = number


def test_collectives_news_usage_not_geography():
    # "the Europeans" of diplomatic copy never include Russia, nor do "Western countries"
    rows = {row["collective"]: set(row["countries"].split()) for _, row in _rows()}
    assert {"FRA", "DEU", "GBR"} <= rows["european"] and "RUS" not in rows["european"]
    assert {"USA", "GBR", "FRA"} <= rows["western"] and not {"RUS", "CHN", "TUR"} & rows["western"]
