"""The visit probe of session 55 (issue 11, h-loc55): a visit (an arrival) to a party of another country whose clause
names no place the gazetteer knows ("who arrived in the city on Monday for a two-day visit, held talks with X", "in
the Himalayan republic") is on the ground of the party visited (``events/occasions.py``, ``place_visits``); a visit
to the doer's own people, one to parties of two states and one with a named place are the controls.

``tests/data/probe_loc55v.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken from an evaluation
set), annotated by reading before the coder was run, in the schema of ``probe_loc45.jsonl``. Four items (``"aside":
true``) were not looked at while writing the rule; only their counts were.

Counts before the rule (h-loc55 f7ad3c41): working location 5 (01, 02, 04, 06, 07: the arrival with no place known),
other fields 0; aside location 2, other fields 0. After it (the limits below): working location 1 (04: the visited
party is not found as the arrival's target), other fields 0; aside location 1, other fields 0. The controls were
right before and stay right.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_loc55v.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 1, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 1, "attribution": 0}


def test_probe_loc55v_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_loc55v_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_loc55v_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
