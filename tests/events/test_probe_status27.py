"""The status probe of session 27 (issue 11, "real wire copy": the place of a meeting or signing the lead tells with
no place of its own, the day of an act done "during the call" or "during the talks", and the day of a lead's act
joined to a verb whose infinitive complement holds the day or a deadline; h-status27).
``tests/data/probe_status27.jsonl`` holds 18 short synthetic articles (a dateline with its agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), about real actors,
annotated by reading before the coder was run, in the format of ``probe_status26.jsonl``. The constructions: an
encounter the lead tells with no place of its own whose dateline country is a party ("HANOI - Vietnam and Laos
signed five cooperation agreements on Thursday": annotated `VNM`); controls (a dateline country that is no party,
a telephone call, talks with a place of their own); "ordered X to leave ... on Thursday and summoned Y" (both
Thursday's) and its control with a deadline ("to leave by Saturday and summoned": undated); an act "during the
call" or "during the meeting" a sentence before dates (its day), and its control ("during the talks" after a
sentence dated only "this year": undated).

About a third of the items are marked ``"aside": true``: their output was not looked at while fixing, and they are
counted separately. When written (on 64bd8ce), wrong fields on the working items: date 3 (the deadline control 009
dated by "by Saturday"; the two "during" items undated), location 5 (the three dateline items; the control 004,
placed in China by "giving Nepal access to Chinese ports"; the act during a meeting in Athens, 011), the rest 0 (one
act, the telephone call of 005, has no event); aside: date 1, location 2, the rest 0.

After this session's fixes (events/dating.py: `tied_day` cues, deadlines, the lead's day on an infinitive
complement): working date 0, location 5; aside date 0, location 2. The place rule was measured and left out
(patch and figures in h-status27's report): an encounter (CAMEO 040, 042, 043, 046, 057) the lead tells as done with
no place, a party of the dateline's country, takes that country. It fixed the three dateline items and dev 108,
140, 149 and 232 (dev right locations 1346 -> 1350, d237 116 -> 117, strict and false dyads unchanged), but it
contradicts five working items of earlier probes annotated by reading (status-057, status-068, status-116,
dates21-018, status25-012: a lead signing under a dateline of a party's city, location null) and made three aside
items of probe_dates wrong (its aside location count 6 -> 9): the gold and the probes are split on it.
MAX below is the count after the fixes.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_status27.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 5, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 2, "attribution": 0}


def test_probe_status27_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_status27_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_status27_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
