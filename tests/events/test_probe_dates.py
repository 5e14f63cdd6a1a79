"""The date and place probe (session 20): the date and location of acts in constructions that wires use.

``tests/data/probe_dates.jsonl`` holds 123 short synthetic articles (a dateline with its agency tag, with or
without a date, and one to three sentences, written for this probe the way wires write; none is taken from an
evaluation set), about real actors of every continent. Each act was annotated by reading, before the coder
was run, in the gold format of ``docs/eval.md`` (``eval/wire/README.md`` for its conventions): the trigger
phrase, the acceptable source and target keys, and the status fields (``date`` as an ISO value or null,
``location`` as ISO3 or null, and ``negated``, ``modality``, ``historical``, ``attribution``). The
constructions: a weekday relative to the article date ("on Tuesday" in a Thursday story), "last week",
"earlier this month", "overnight", "at the weekend", "this morning", "yesterday"; dates in a relative or
matrix clause that are not the act's; background acts with years; scheduled acts ("are due to meet in
Bishkek on August 4", "will travel to Luanda on Monday"); acts with no date words of their own in a body
paragraph (undated); acts tied to another ("hours later", "at the time", "the same day", "the following
day", "two years after"); places: "in <city>", "left for <city>", "flew to <city>", "along the border in
<region>", "off the coast of", "in the capital" (the dateline city), summons in a named city, visits, phone
calls (no place), sea and airspace, places that are actors ("struck southern Lebanon").

An act is matched by the output events of its article whose trigger (or a restating mention's) overlaps
the act's trigger phrase in its sentence; a field is wrong when a matched event disagrees with the act (a
week output counts as a null date, ISO codes are mapped as the scorer maps them). About a third of the
items are marked ``"aside": true``: they were written and annotated with the rest but their output was not
looked at while fixing, and are counted separately. The test fails when a field has more wrong acts than
the counts below, which are what was left after session 20's fixes (run it with ``-s`` to see the acts).
Four annotations were corrected to the written conventions after the first run (a day in a relative clause
dates that clause; a deed told first and then sourced to the doer's own side is attributed, twice; a clause
of the dated lead is dated). Left on the probe items: an earlier act in an "after" clause of the lead takes
the lead's day (not dating it lost dev and aside figures), an intention coded as one event with the act it
is about ("agreed on Wednesday to hold a conference in June", "offered on Monday to host talks in Luanda":
the event takes one date and place for both), a threat event of "will resume air strikes, the minister said
on Wednesday" dated by the saying, and places the text gives through "there", "the country" or a town the
knowledge base does not know, "violated Estonian airspace" (a deed on a country's territory noun as its
place lost on the held-out wire set), a road blown up at home and "the capital" of a story datelined abroad.
Modality: a speaker of the side acted on keeps a deed asserted, "is expected to travel" is an intention,
the purpose of a scheduled trip is future.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_dates.jsonl"
# before session 20's fixes: 1, 7, 1, 8, 16, 3 on the probe items and 0, 4, 0, 2, 7, 1 on the aside items
# (historical 0 -> 1 in session 27: dates-067, a background act told in the present perfect, re-annotated historical
# by the audit's rule (d); the coder does not yet read the present perfect of background as historical)
MAX_WRONG = {"negated": 1, "modality": 7, "historical": 1, "date": 4, "location": 9, "attribution": 3}
# h-att40 (signings sourced to the signers' side attributed, word acts of unplaced speakers and border closures
# relayed by the doer's side not): one more aside attribution differs from this probe's reading (1 -> 2)
MAX_WRONG_ASIDE = {"negated": 0, "modality": 4, "historical": 0, "date": 2, "location": 7, "attribution": 2}


def test_probe_dates_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_dates_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_dates_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
