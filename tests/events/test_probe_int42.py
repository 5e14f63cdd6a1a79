"""The agreement probe of session 42 (issue 11, asserted versus intended; h-intended42).

``tests/data/probe_int42.jsonl`` holds 12 short synthetic articles (a dateline with its agency tag, a lead and one or
two sentences built on one construction, written for this probe the way wires write; none is taken from an
evaluation set), about real actors with invented facts, annotated by reading before the coder was run, in the format
of ``probe_mod42.jsonl``; only ``modality`` is checked. The constructions, chosen from a count of the asserted and
intended flags swapped on the dev articles (the largest class: an agreement of the day coded as CAMEO 030 on "agreed",
asserted, where the gold codes the act agreed on, intended): "X and Y agreed (on <day>) to <act>" of the day's news.
Controls: an agreement of the background ("had agreed in 2018 to build a bridge"), an agreement on a thing with no
infinitive ("agreed on the line of a stretch of their border"), an agreement not to act. Four items are marked
``"aside": true``: their output was not looked at while writing the rule, and they are counted separately.
Before this session's rule (main 4c67df2a) the working items had 5 wrong modalities (one act with no event), the
aside items 2. After it (``StatusJudge.agreed_to_an_act``): working 1 (the agreement not to deploy troops, coded as a
refusal of a mobilization, intended, elsewhere), aside 1: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_int42.jsonl"
FIELDS = ("modality",)
MAX_WRONG = {"modality": 1}
MAX_WRONG_ASIDE = {"modality": 1}


def test_probe_int42_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_int42_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_int42_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
