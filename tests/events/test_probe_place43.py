"""The place probe of session 43 (issue 11, status: location; h-place43): where an act took place when the text places
it in the sentence or the scene but not on the act's own verb.

``tests/data/probe_place43.jsonl`` holds 21 short synthetic articles (a dateline, an agency tag and one to three
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: an act of a state's courts or prosecutors (the court's country); a crossing a state closes, named at a
town the gazetteer puts across the line (the closer's side); a visit by an envoy posted in a named place (that place);
a doer "who was in" a named place (that place; a control "who was in charge"); words said where the speaker's own
opening participle or later verb of saying names a place; a place nested in a place phrase of the act's clause; a
meeting placed on the "of" phrase of the meeting, on whom it is held with, or on the word its verb completes ("is due
in X on Friday to sign"; items 19-21, annotated before the coder was run on them, after the first rules, then
reworded away from a dev article's wording and counted again).

Each act was annotated by reading, before the coder was run, in the format of ``probe_place42.jsonl`` (all status
fields). Seven of the 21 items are marked ``"aside": true``: their output was not read while writing the rules, and
they are counted separately (one aside act gets no event on its trigger).

Before this session's rules (on 73814c68) the working items had location wrong on 12 acts (courts 3, crossings 2, envoys
2, "who was in" 1, speakers 2, meetings 2), modality on 1 (place43-020, "is due ... to sign": intended, the annotation
future) and date on 1 (the same act: "on Friday" read as the Friday before the story); aside: location 6. After them:
working location 4 (the three court acts, whose rule was dropped because the dev gold places court acts both ways, and
"thanked X ... and told reporters in Accra that ...", whose rule was dropped because the dev gold leaves most words told
to reporters in a place unplaced), modality 1 and date 1 (the same); aside location 2 (not read): the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_place43.jsonl"
MAX_WRONG = {"negated": 0, "modality": 1, "historical": 0, "date": 1, "location": 4, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 2, "attribution": 0}


def test_probe_place43_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_place43_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_place43_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
