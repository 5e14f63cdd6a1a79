"""The place probe of session 46 (issue 11, h-loc46): an arrest, a detention or a seizure of the day told in the lead
sentence by organs of the dateline's own state, with no place named, is placed in the dateline's country
(``HomeGround.lead_held_home``: "ACCRA (Reuters) - Ghana's navy seized a Togolese trawler on Tuesday").

``tests/data/probe_loc46.jsonl`` holds 12 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), annotated by reading before the
coder was run, in the schema of ``probe_loc45.jsonl``. Controls: a seizure at sea ("in the Gulf of X"), a detention by
another state's organs than the dateline's, a deportation and a border closure in the lead (no place: the dev gold
leaves about half of those without one), and an older seizure told after the lead. Four items (``"aside": true``) were
not looked at while writing the rule; only their counts were.

Counts before the rule (main e9ac8539): working location 4 (items 01-04, no place), every other field 0; aside
location 2, every other field 0. After it (the limits below): 0 in every field, working and aside.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_loc46.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}


def test_probe_loc46_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_loc46_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_loc46_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
