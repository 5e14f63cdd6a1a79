"""The tie probe of session 48 (issue 11, h-date48): "In the same statement" opening the paragraph after the lead.

``tests/data/probe_tied48.jsonl`` holds 12 short synthetic articles (a dateline, an agency tag and three one-sentence
paragraphs, written for this probe the way wires write, about real countries with invented facts; none is taken from
an evaluation set), annotated by reading before the coder was run, in the schema of ``probe_date47.jsonl``. The lead
tells a dated act and ends with the ministry's "said in a statement"; the next paragraph opens with "In the same
statement" (or "In the statement") and tells another word act of that statement, which takes the lead's day
(eval/wire/README.md: an act that continues the dated statement, "In the same statement", is tied to it). The rule is
the lead crossing of ``DateRules._tied`` (a ``tied_said`` phrase of cues.tsv opening the paragraph right after the
lead takes the lead's one date, not one on a noun of the lead: "a breach of the 1904 peace treaty"). Controls: an
undated lead (the act stays undated); the phrase opening a third paragraph after an undated one (item 006: the act
takes the lead's day by reading, which this rule does not reach) and "In the communique" (item 004: no cue phrase).
A third of the items (4 of 12) carry ``"aside": true``: their output was not looked at while writing the rule, and
they are counted apart. Only the date is scored.

Before the rule (main a2a468f8), wrong dates: working 7 (items 001, 002, 003, 004, 006, 007 and 008, all undated),
aside 3. After it: working 2 (the controls 004 and 006, still undated), aside 0: the limits below. Every act gets an
event on its trigger, before and after.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_tied48.jsonl"
MAX_WRONG = 2
MAX_WRONG_ASIDE = 0


def test_probe_tied48_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_tied48_wrong_dates(wrong):
    print("date", len(wrong[False]["date"]), wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_tied48_wrong_dates_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(wrong[True]["date"]))
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
