"""The place probe of session 48 (issue 11, h-loc48): an act whose target is taken from another sentence is not placed
by a place named on that target there ("The Chinese embassy in Astana demanded ... . Kazakhstan's foreign ministry
rejected the demand": no place) nor as the country force fell on when the country is named only there
(``PlaceRules._named_here``); a saying that names where it was said places the word acts it says: "in a statement
issued in X", "thanked ... and told reporters in X", "X would support ..., its envoy told reporters in Y"
(``PlaceRules._said_at``); a war fought with a country ("fought a six-week war with X", "fought X in 1962") is not
placed on that country's ground (``PlaceRules._fought_with``). Controls: a quote under "told reporters in X", an
earlier act told in the past perfect, and a word act in a clause of its own before another speaker's saying (no
place), and words followed by "speaking at a news conference in X" (placed before the rules too).

``tests/data/probe_loc48.jsonl`` holds 16 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), annotated by reading before the
coder was run, in the schema of ``probe_loc45.jsonl``. Six items (``"aside": true``) were not looked at while writing
the rules; only their counts were. Items 15 and 16 (the wars) were added with the third rule, annotated before it was
run on them.

Counts before the rules (main a2a468f8): working location 6 (01 and 02 placed from the earlier sentence, 03-05 with no
place, 15 on the other side's ground), date 1 (09: "within hours" ties the protest to the dated drills, which
eval/wire/README.md counts as a tie; the annotation left it undated), every other field 0; aside location 5, every
other field 0. After them (the limits below): working location 0, date 1; aside location 0.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_loc48.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 1, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}


def test_probe_loc48_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_loc48_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_loc48_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
