"""The date probe of session 47 (issue 11, h-date47): acts told in a participle and dates the parser hangs on one.

``tests/data/probe_date47.jsonl`` holds 20 short synthetic articles (a dateline, an agency tag and one to two
sentences, written for this probe the way wires write, about real countries with invented facts; none is taken from
an evaluation set), annotated by reading before the coder was run, in the schema of ``probe_date46.jsonl``. The
constructions: a bare participle set off by a comma after a dated act or saying ("Norway imposed sanctions on
Thursday on 12 Russian officials, accusing them of ...", "the foreign ministry said on Tuesday, calling the move
..."), which takes the day, month or year of that clause (``DateRules._participle_date``); controls, a participle
after an undated clause (undated) and after a state bounded by "since" (undated); and a present participle
describing the act's object with the day the parser may hang on it ("intercepted a Honduran fishing boat carrying
20 migrants off Matanzas late Sunday": the act's day, ``DateRules._object_participles``); and a holiday of a fixed
date named without a year ("on New Year's Day", the latest one up to publication; ``holidays`` in data/dates.json).
A third of the items (7 of 20) carry ``"aside": true``: their output was not looked at while writing the rules, and
they are counted apart. Only the date is scored (the field of the rules).

Before the rules (main 2188613c), wrong dates: working 5 (items 001, 002, 003, 016 and 019 undated), aside 2.
After them: working 1 (item 002: the parser hangs "calling" on the relayed "has expelled", not on the dated
saying, and the deed's clause is undated), aside 0: the limits below. One working act (item 008's "calling") gets
no event of its own, before and after.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date47.jsonl"
MAX_WRONG = 1
MAX_WRONG_ASIDE = 0


def test_probe_date47_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_date47_wrong_dates(wrong):
    print("date", len(wrong[False]["date"]), wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_date47_wrong_dates_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(wrong[True]["date"]))
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
