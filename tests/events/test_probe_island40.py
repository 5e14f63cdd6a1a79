"""The described-place probe of session 40 (issue 11, h-island40): places a wire gives by description, "off the
island's northern coast", "in the archipelago's waters" in a story datelined in an island state, and an airport named
by its city ("at X airport", "the airport in X").

``tests/data/probe_island40.jsonl`` holds 10 short synthetic articles (a dateline with its agency tag and two
sentences, written for this probe the way wires write; none is taken from an evaluation set), about real actors,
annotated by reading before the coder was run, in the format of ``probe_loc37.jsonl``; with two controls that keep no
place (words about an act near the island; "the island" under the dateline of a state that is no island state) and
one already placed before the rule (a port named by its city's possessive). Three of the 10 items are marked
``"aside": true``: their output was not looked at while writing the rule, and they are counted apart.

Before the session's rules (on ca00889f) location was wrong on 3 working items (isl40-01, -02: the island and the
archipelago unnamed; isl40-04: "at X airport") and 1 aside item (isl40-08), every other field 0; after them (``
PlaceRules._home_island``, ``place_noun airport``) every field is 0 on both: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_island40.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}


def test_probe_island40_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_island40_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_island40_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while writing the rule
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
