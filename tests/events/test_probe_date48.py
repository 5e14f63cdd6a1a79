"""The date probe of session 48 (issue 11, h-date48): an act told in the past perfect and the one date of its sentence.

``tests/data/probe_date48.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real countries with invented facts; none is taken from an
evaluation set), annotated by reading before the coder was run, in the schema of ``probe_date47.jsonl``. Each second
sentence is background told in the past perfect with one explicit date. The constructions: that date said in
another clause with a doer of its own, which does not date the act (README "A date is the act's own only when it
is said of the act"): a clause joined by "and" or "but" ("Stockholm had protested the detentions in December, and
Moscow had rejected the protest"), a relative clause ("a second shipment, which customs officers found on Feb. 2"),
a "when" clause, a participle with its own doer ("a cargo boat seized by coast guards in March"), a verb still to
come ("and would take the dispute to an ECOWAS meeting next month"); and controls that keep it: the date in the
act's own clause, a date opening the sentence whose first clause the act is joined to ("In November 2025, ..., and
Benin had protested"), a date before the act's own object ("had hosted a 2024 round of talks"). The rule is
``DateRules._in_the_acts_clause``. A third of the items (5 of 15) carry ``"aside": true``: their output was not
looked at while writing the rule, and they are counted apart. Only the date is scored.

Before the rule (main a2a468f8), wrong dates: working 7 (items 001, 002, 003, 007, 008, 009 and 010, each given the
date of the other clause), aside 3. After it: working 0, aside 0: the limits below. Every act gets an event on its
trigger, before and after.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date48.jsonl"
MAX_WRONG = 0
MAX_WRONG_ASIDE = 0


def test_probe_date48_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_date48_wrong_dates(wrong):
    print("date", len(wrong[False]["date"]), wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_date48_wrong_dates_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(wrong[True]["date"]))
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
