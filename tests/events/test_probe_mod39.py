"""The modality probe of session 39 (issue 11, h-mod39): acts still to come that an agreement provides for or that
were agreed on for a later time, told with "will" under an agreement ("Under the deal, X will ...", "a pact under
which X will ...") or as what two parties "agreed to" do with a time to come of its own ("next month", "later this
year"); controls: trips and visits with "will" and a day to come (future), the doer's own plan told with a reported
"would" (intended), a reported "would" with a week to come (future), an agreement made on the day with no time to
come (asserted).

``tests/data/probe_mod39.jsonl`` holds 24 short synthetic articles (one sentence each, written for this probe; none
is taken from an evaluation set), annotated by reading before the coder was run, in the schema of
``probe_date28.jsonl``. A third of the items (8 of 24) carry ``"aside": true``: their output was not looked at while
fixing, and they are counted apart.

When written (on main 2c7b4e7c), wrong fields on the working items: modality 13, date 6, location 2, attribution 1;
aside: modality 5, date 2, attribution 1. After ``StatusJudge._terms_told_under`` and ``agreed_for_later``: working
modality 2 (an agreement relayed by "the two foreign ministries" read as reported, and "said it would expel ... next
week" coded as a threat: rules of attribution and of threats, left), date 3 (a term "under which" dated by the
signing day, and a "will travel ... on Thursday" read as the publication Thursday, which the item's reading took for
the next one: left), location 2 and attribution 1 (a visit relayed by the doer's ministry: left); aside attribution 1.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_mod39.jsonl"
MAX_WRONG = {"negated": 0, "modality": 2, "historical": 0, "date": 3, "location": 2, "attribution": 1}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 1}


def test_probe_mod39_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_mod39_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_mod39_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
