"""The restated-place probe of session 41 (issue 11: a lead act's place told in a later sentence; h-restate41).

``tests/data/probe_restate41.jsonl`` holds 12 short synthetic articles (a dateline with its agency tag, or the tag
alone, and three sentences, written for this probe the way wires write; none is taken from an evaluation set), about
real actors, annotated by reading before the coder was run, in the format of ``probe_loc37.jsonl``. The lead states
an act with no place; a later sentence restates it by a definite event noun with where it was ("The agreement was
signed at a ceremony in Kampala", "The talks took place in Almaty"): the act's place is that sentence's
(``acts._restated_place``). Controls: the lead names its own place (kept over a later one), a restating clause in the
future ("will be ratified in Dhaka": no place), and an indefinite noun that is another act ("A separate agreement was
signed in Lima": no place). Four of the 12 items are marked ``"aside": true``: their output was not looked at while
fixing, and they are counted separately.

When written (on ba3296f3, before the rule), wrong fields on the working items: location 5 (001, 002, 008, 009, 011:
no place), every other field 0; aside: location 3, every other field 0; no act without an event. After the rule:
every field 0 on both. Session 42 (h-place42, ``HomeGround.hosted_home``) gives a signing of the day by a party of
the dateline's country that country's ground, as the dev gold does (48 of its 51 signings of the day have a place,
mostly the dateline's): two working controls annotated with no place (restate41-005 and -006: the later sentence's
place is not the lead's, and the lead now has the dateline's) and one aside act: location limits 0 -> 2 and 0 -> 1.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_restate41.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 2, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 1, "attribution": 0}


def test_probe_restate41_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_restate41_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_restate41_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
