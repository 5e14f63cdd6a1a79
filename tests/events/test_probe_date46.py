"""The date probe of session 46 (issue 11, h-date46): the scope of a date that opens a sentence ("In August 2024
Norway expelled three Russian embassy staff, and Moscow answered by expelling three Norwegian diplomats").

``tests/data/probe_date46.jsonl`` holds 12 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real countries with invented facts; none is taken from an
evaluation set), annotated by reading before the coder was run, in the schema of ``probe_date43.jsonl``. The
constructions, in the sentence after a dated lead: a means after "by" on a reply verb of a clause joined under the
fronted date (the fronted date: it is done when its verb is); a clause with a doer of its own in the present perfect
joined to the dated one ("..., and Kenya has accused Somalia of ...": undated, the time up to now). Controls: a
joined clause in the simple past (the fronted date) and one told with "later" (undated). A third of the items (4 of
12) carry ``"aside": true``: their output was not looked at while writing the rule, and they are counted apart. Only
the date is scored (the field of the rule).

Before the rule (main e9ac8539), wrong dates: working 2 (item 01's means after "answered", undated; item 04's
present perfect, dated by the fronted month; the means after "retaliated" and "responded" were dated already), aside
1. After it (``dating.means_of``, ``dating.now_or_since``): working 0, aside 0: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date46.jsonl"
MAX_WRONG = 0
MAX_WRONG_ASIDE = 0


def test_probe_date46_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_date46_wrong_dates(wrong):
    print("date", len(wrong[False]["date"]), wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_date46_wrong_dates_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(wrong[True]["date"]))
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
