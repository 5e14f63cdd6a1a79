"""The status probe of session 30 (issue 11, "Status scope": where an act took place; h-status30).

``tests/data/probe_status30.jsonl`` holds 13 short synthetic articles (a dateline with its agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), about real actors with invented
facts, annotated by reading before the coder was run, in the format of ``probe_place29.jsonl``. The constructions,
chosen from a count of the wrong places on the dev articles and on dev 278-297 (most were no place where the gold has
one): an act done during a trip to a named place ("signed an agreement on Wednesday during a visit to Hanoi by X",
"urged Tajikistan ... during a visit to Dushanbe": where the trip goes, eval/wire/README.md "a trip gives the place
it goes to, for the visit and for the act it is made for"), a background one, and an act after an opening "In
Lodwar," (a town news names again and again that places.tsv lacked); controls: a visit that is the occasion of
another clause's act ("protested over remarks a minister made during a visit to Khartoum"), a meeting at a forum with
no place. Four of the 13 items are marked ``"aside": true``: their output was not looked at while fixing, and they are
counted separately.
When written (on efc9ab2): wrong fields on the working items: location 6 (the five trips, one background), every
other field 0, one act with no event (the march in Lodwar); aside: location 2, the rest 0, one act with no event.
After this session's fixes (a `trip_noun` the act was done during or on places it where the trip goes,
``PlaceRules.location``; a visit "by" one party's people with no place of its own is on the other party's ground,
``PlaceRules._visited_party``; Lodwar in places.tsv): working 0 wrong in every field, no act without an event;
aside 0 wrong, one act with no event (the limits below).
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_status30.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}


def test_probe_status30_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_status30_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_status30_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
