"""Integrity of the team's whole-article gold set (eval/wire): the files follow the gold format.

These tests check form, not accuracy: every evidence and not_events phrase is verbatim in the text,
every field has an allowed value, every CAMEO code exists in the project's table. They say nothing
about how well detente codes the articles (that is `detente eval`).
"""

from __future__ import annotations

import csv
import functools
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "eval" / "wire"
FILES = sorted(WIRE.glob("*/*.gold.json"))
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "reported", "intended", "hypothetical", "future", "question"}
EVENT_KEYS = {"plover", "alt_plover", "cameo", "source", "target", "symmetric", "negated", "modality",
              "historical", "date", "location", "attribution", "core", "evidence"}
ISO_DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
ISO3 = re.compile(r"[A-Z]{3}")


@functools.cache
def _cameo_codes() -> frozenset[str]:
    with (ROOT / "src" / "detente" / "data" / "cameo.tsv").open(encoding="utf-8") as handle:
        return frozenset(row["cameo"] for row in csv.DictReader(handle, delimiter="\t"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_wire_set_has_its_three_parts():
    parts = {path.parent.name for path in FILES}
    assert parts == {"dev", "aside", "fresh"}
    assert len(FILES) >= 30


def test_wire_ids_and_numbers_are_unique():
    ids = [_load(path)["id"] for path in FILES]
    numbers = [path.name.split("-")[0] for path in FILES]
    assert len(set(ids)) == len(ids)
    assert len(set(numbers)) == len(numbers)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_wire_article_follows_the_gold_format(path):
    article = _load(path)
    text = article["text"]
    assert article["synthetic"] is True
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", article["date"])
    assert 250 <= len(text.split()) <= 600, "an article has 250-600 words"
    codes = _cameo_codes()
    for event in article["events"]:
        where = f"{path.name}: {event['evidence'][:1]}"
        assert set(event) == EVENT_KEYS, where
        assert event["plover"] in PLOVER and set(event["alt_plover"]) <= PLOVER, where
        assert event["cameo"] in codes, where
        assert event["modality"] in MODALITIES, where
        assert all(isinstance(key, str) and key for key in event["source"] + event["target"]), where
        assert not (event["symmetric"] and event["target"]), f"{where}: a symmetric act lists everyone in source"
        assert event["date"] is None or ISO_DATE.fullmatch(event["date"]), where
        assert event["location"] is None or ISO3.fullmatch(event["location"]), where
        attribution = event["attribution"]
        if attribution is not None:
            assert set(attribution) == {"text", "anonymous"} and attribution["text"] in text, where
        assert event["evidence"], where
        for phrase in event["evidence"]:
            assert phrase in text, f"{path.name}: evidence not verbatim: {phrase!r}"
    assert len(article["not_events"]) <= 6
    for phrase in article["not_events"]:
        assert phrase in text, f"{path.name}: not_events phrase not verbatim: {phrase!r}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_wire_not_events_never_overlap_evidence(path):
    article = _load(path)
    text = article["text"]
    spans = [(m.start(), m.end()) for event in article["events"] for phrase in event["evidence"]
             for m in re.finditer(re.escape(phrase), text)]
    for phrase in article["not_events"]:
        for m in re.finditer(re.escape(phrase), text):
            assert not any(m.start() < end and start < m.end() for start, end in spans), phrase
