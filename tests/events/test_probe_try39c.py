"""The attempt probe of session 39 (issue 11, h-try39c): acts told as tried in the simple past or the past perfect
("tried to storm", "had attempted to board"), coded as the act tried and asserted, dated by their own day; controls:
"is trying to" (intended) and "will try to" (future).

``tests/data/probe_try39c.jsonl`` holds 24 short synthetic articles (one sentence each, written for this probe; none
is taken from an evaluation set), annotated by reading before the coder was run, in the schema of
``probe_mod39.jsonl``. A third of the items (8 of 24) carry ``"aside": true``: their output was not looked at while
fixing, and they are counted apart.

When written (on main 16fcb377), wrong fields on the working items: modality 11, date 7, location 8; aside: modality
6, date 4, location 5 (the attempt read as an intention, so "on Monday" read as the next Monday, and no place for an
intention). After ``FrameRules.attempt_done`` (words.tsv attempt_verb): working modality 1 ("attempted to block" at
sea still intended: left), location 2 (a place at sea and a rescue in a region: left); aside location 1. Four working
acts get no event on their trigger (rules of types and sides, not of this probe).

Session 40 (h-sea40): "attempted to board" a vessel (try39c-002) is now coded (``board +boat|vessel|...`` 171,
verbs.tsv), with no location where the gold has the waters' country: one more wrong location, 2 -> 3.

Session 51 (h-miss51): forces that "cross into" a country are now coded (``cross into ^troop|...`` 192, verbs.tsv),
so try39c-008 ("had attempted to cross into Eritrea near <town> in May") gets its event for the first time: historical
by the past perfect with a date, where the gold reads the May crossing as the month's news, and placed by the town
after "near" (Ethiopian in the knowledge base) where the gold has the country crossed into: historical 0 -> 1,
location 3 -> 4.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_try39c.jsonl"
MAX_WRONG = {"negated": 0, "modality": 1, "historical": 1, "date": 0, "location": 4, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 1, "attribution": 0}


def test_probe_try39c_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_try39c_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_try39c_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
