"""The date probe of session 43 (issue 11, "real wire copy", h-date43): a word act its speaker adds with "and" after
a dated saying ("said on Tuesday that ..., and urged Colombia to ...").

``tests/data/probe_date43.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set), annotated by reading before the
coder was run, in the schema of ``probe_date28.jsonl``. The construction: a saying with a day, what was said, then
the speaker's own word act in the simple past joined with "and" (an accusation, an appeal, a demand, a rejection),
with no subject or a pronoun for the speaker; it is dated by the saying (eval/wire/README.md: a date on the saying
dates a statement, and an act of the same statement shares it). Controls: the same shape with an undated saying
(undated), and a joined clause with a doer of its own (undated). A third of the items (5 of 15) carry
``"aside": true``: their output was not looked at while writing the rule, and they are counted apart.

Before the rule (main cf200026), wrong fields on the working items: date 4 (the act joined to the saying itself, or to
what was said in another tense: undated; the three joined to a clause said in the same simple past were dated already),
modality 1 (item 05's accusation read as ``intended`` after "would be released": not this rule's business); aside:
date 3, and one act with no event. After it (``DateRules._speakers_saying``): working date 0, modality 1; aside date
0: the limits below. After the run, item 03's stock saying phrase, which dev copy also uses, was reworded ("in a
written statement"; same construction and annotation): on it the aside count before the rule is date 2, after it 0.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date43.jsonl"
MAX_WRONG = {"negated": 0, "modality": 1, "historical": 0, "date": 0, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}


def test_probe_date43_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_date43_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_date43_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
