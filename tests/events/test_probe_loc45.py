"""The place probe of session 45 (issue 11, "real wire copy", h-loc45): a meeting, an agreement or a signing placed by
the occasion told with it, a clause of a meeting or visit of its parties ("signed a rail agreement when the two
presidents met in X in March 2025", "When the president visited X in May 2025, the two governments signed ...", "agreed
on a plan after their army chiefs met in X") or talks or a meeting held at a named place ("reached an agreement after
two days of talks in X", "at the end of three days of talks in X", "following a meeting of their ministers in X"); a
signing placed by the place the parser hangs on the signed text's topic ("signed a memorandum on cross-border trade in
X"); an act done "during the visit" placed by the trip told before.

``tests/data/probe_loc45.jsonl`` holds 27 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), annotated by reading
before the coder was run, in the schema of ``probe_place44.jsonl``. Controls: an occasion that names no place ("when
the talks resumed last month", "after weeks of talks", "after a summit"), fighting that is no meeting ("after fighting
in the area ended"), a deed (a seizure) told with a meeting elsewhere, which the meeting does not place, a signed
text about water ("a declaration on the South China Sea"), and "the visit" after a meeting that names no place. A third
of the items (8 of 27) carry ``"aside": true``: their output was not looked at while writing the rules, and they are
counted apart.

Items 01-18 were written and annotated first, for the occasion rule (``PlaceRules._occasion_place``). Before it (main
f18571db): wrong fields on the working items: location 6 (the five occasions with a place and the glacier accord signed
after a meeting in Santiago under a Buenos Aires dateline, given the dateline's country by the inferred signing home);
aside: location 3, modality 1 (counts only). After it: working location 0; aside
location 0, modality 1. Items 19-25 were then written and annotated for the topic and visit rules
(``PlaceRules._trip_told_before``). On all 25 items, main f18571db: working location 8, date 1 (item 23's
signing dated by the Tuesday of the meeting told before it, where the annotation has none); aside location 3, modality
1, date 1. After the three rules: working location 0, date 1; aside location 0, modality 1, date 1. The topic rule
was then widened from signings to meetings and cooperation ("held a joint exercise on border crime in X") and items
26-27 were written and annotated for it (a joint exercise on a topic with a place, talks on a country under a third
country's dateline): main f18571db already codes both right, so the counts on all 27 items are those above, before and
after: the limits below. Items 06, 07 and 21 were then reworded to keep clear of evaluation-set wording (same
constructions and annotations; the counts above hold on the new wording, before and after).

Session 53's date rule for an act tied to the occasion the lead names (``DateRules._named_occasion_day``: "During the
visit, ..." takes the day of the visit the lead dates, the README's "a phrase names the occasion" tie) also dates item
21's signing by the Monday of the arrival, where the annotation, written for places, has none: working date 1 -> 2
(items 21 and 23, both the day of the occasion told before; the annotation is left as it was read).
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_loc45.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 2, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 1, "historical": 0, "date": 1, "location": 0, "attribution": 0}


def test_probe_loc45_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_loc45_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_loc45_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
