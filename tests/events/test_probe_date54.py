"""The date probe of session 54 (issue 11, h-date54): a visit dated by its visitor's arrival.

``tests/data/probe_date54.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), annotated by reading before the coder was run, in the schema of
``probe_date42.jsonl``. Each tells an agreement signed during a visit, a trip or a tour named by its noun, and the
visitor's arrival on a day ("Mahama, who arrived on Tuesday, held talks ..."): the visit takes the arrival's day, as
the dev conventions date a visit (``DateRules._arrival_of_the_visit``). The controls: an old visit with its own year
and a visit to come with its own month while someone else arrives, the arrival of another person than the visitor
(the visit stays a clause of the dated lead). Only the date field is checked: the rule sets no other. A third of the
items (4 of 12) carry ``"aside": true``: their output was not looked at while writing the rule, only their counts.

Wrong dates before the rule (main, 26fca83d): working 5 (items 1, 2, 3, 6 and 8: the visit, trip or tour dated by
the signing or agreement, not the arrival), aside 3. After it: working 1 (item 8, an arrival two weeks before the news,
beyond the week the rule looks back), aside 0: the limits below. Item 2 first ended its lead with "Marcos Jr.", which
the sentence splitter joined to the next sentence; the suffix was dropped (not this rule's matter) after the first run.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date54.jsonl"
MAX_WRONG = 1
MAX_WRONG_ASIDE = 0


def test_probe_date54_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_date54_wrong_dates(wrong):
    print(wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_date54_wrong_dates_aside(wrong):
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
