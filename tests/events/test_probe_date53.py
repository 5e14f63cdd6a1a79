"""The date probe of session 53 (issue 11, h-date53): an act tied by a phrase to the occasion or document the lead
names, and an accepted invitation dated by the visit's month.

``tests/data/probe_date53.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real countries with invented facts; none is taken from
an evaluation set), annotated by reading before the coder was run, in the schema of ``probe_date47.jsonl``. The
construction: a sentence after the lead opens with a phrase naming the occasion or document of the lead's dated act
("During the handover, ...", "In the note, ...", "During the visit, ...", "During their meeting, ...") while the
sentence just before it tells another act with a date of its own (the incident protested, an older delivery): the
act takes the lead's day (README "Dates": a phrase names the occasion or its document, "In the note", 252;
``DateRules._named_occasion_day``); controls, the occasion told with its day in the sentence just before (that
day), and a note the lead does not name (the sentence before's day). Items 013-015 (added with the second rule):
an accepted invitation to a visit in a month named without a year ("accepted an invitation to visit La Paz in
February"), dated by the next such month, the visit's (``DateRules._on_the_infinitive_named``, cues.tsv
``invitation``). A third of the items (5 of 15) carry ``"aside": true``: their output was not looked at while
writing the rules, and they are counted apart. Only the date is scored (the field of the rules).

Before the rules (main fa30865b), wrong dates: working 8 (items 001-012: 6; 013-015: 2), aside 5 (4 and 1). After
them: working 0, aside 0: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date53.jsonl"
MAX_WRONG = 0
MAX_WRONG_ASIDE = 0


def test_probe_date53_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_date53_wrong_dates(wrong):
    print("date", len(wrong[False]["date"]), wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_date53_wrong_dates_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(wrong[True]["date"]))
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
