"""The place probe of session 47 (issue 11, h-loc47): a pact named by its noun is where the participle on the noun
says it was made ("under an agreement reached in X in 2019", "the accord, signed in X in May 2022":
``PlaceRules._made_at``); an accepted invitation to visit a place, to pay a visit to it or to travel there is where the
visit goes (``PlaceRules._invited_trip``); force on people of another country than the doers' ("soldiers beat three X
herders"), with no place named, is not placed on the people's country (``HomeGround._foreign_people``). Controls: force
on a country's villages and cities (their country), force on people at a named place (that place), and a pact's
participle that names no place (none).

``tests/data/probe_loc47.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), annotated by reading before the
coder was run, in the schema of ``probe_loc45.jsonl``. Five items (``"aside": true``) were not looked at while writing
the rules; only their counts were.

Counts before the rules (main 2188613c): working location 6 (items 01-04 and 10 with no place, 06 on the traders'
country), historical 1 and date 1 (02: the accord's event is not dated from its participle), every other field 0, one
act with no event (09); aside location 3, historical 2, date 3. After them (the limits below): working location 0,
historical 1, date 1; aside location 0, historical 2, date 3.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_loc47.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 1, "date": 1, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 2, "date": 3, "location": 0, "attribution": 0}


def test_probe_loc47_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_loc47_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_loc47_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
