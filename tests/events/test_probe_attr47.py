"""The attribution probe of session 47 (issue 11, status fields on right events; h-attr47): a word act or plan
relayed by the doer's own side.
``tests/data/probe_attr47.jsonl`` holds 19 short synthetic articles (a dateline with its agency tag and two
sentences, written for this probe the way wires write; none is taken from an evaluation set), about real actors with
invented facts, annotated by reading before the coder was run, in the format of ``probe_att40.jsonl``. The
constructions, chosen from a count of the attribution errors on strict matches of the dev articles: a request,
appeal, warning, demand, proposal or meeting to come relayed by an unnamed official of a doer's state whose own words
place it ("A Kenyan official ... said Nairobi had asked Kampala to ...", "Slovak and Hungarian border officials will
meet ..., a Slovak government source said"), and a plan of a deed relayed by such an official or by a text or
statement nothing places ("Norway will give Ghana's coast guard two patrol boats next year, according to the text
of the pact"): the doer's own word, no attribution (eval/wire/README.md). Controls: a third party's unnamed source
keeps the attribution (`reported`), so does the side acted on's (a visit expected at the host's), a deed relayed by
an unnamed official of the doer's or the victim's state, and every side's officials. Six of the 19 items are marked
``"aside": true``: their output was not looked at while writing the rules (the sixth, attr47-019, was added after
the first run, annotated before its own), and they are counted separately. Only modality and attribution are
counted (the fields the rules touch).
Before the rules (main 2188613c): working attribution 9 wrong, modality 1; aside attribution 3, modality 1. After
them (``VouchRules.official_of_a_word_act``, ``VouchRules.plan_rule``): working attribution 1, modality
1; aside attribution 0, modality 1. Left: attr47-011 ("officials on both sides said" of talks between two doers:
the annotation keeps the attribution, as the dev gold does for every side's officials; the coder drops it, before
and after the rules), and attr47-017, a deployment "next month" the doer's official announces, which the coder
reads `future` (a reported "would" with a date to come) where the annotation reads `intended` (before and after).
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_attr47.jsonl"
FIELDS = ("modality", "attribution")
MAX_WRONG = {"modality": 1, "attribution": 1}
MAX_WRONG_ASIDE = {"modality": 1, "attribution": 0}


def test_probe_attr47_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=FIELDS)


def test_probe_attr47_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_attr47_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
