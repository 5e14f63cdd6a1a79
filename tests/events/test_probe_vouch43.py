"""The each-side probe of session 43 (issue 11, h-vouch43): an act between two countries told and then sourced to
speakers named as every side ("officials on both sides said", "the two armies said").

``tests/data/probe_vouch43.jsonl`` holds 14 short synthetic articles (a dateline with its agency tag, a lead and one
more sentence, written for this probe the way wires write; none is taken from an evaluation set), about real actors
with invented facts, annotated by reading before the coder was run, in the format of ``probe_mod42.jsonl``; only
``modality`` is checked. The participants of the act vouch for it (eval/wire/README.md: ``asserted`` when the doer or
a participant confirms it), so the act is asserted, its attribution kept (``VouchRules._each_side``, the
``each_side`` cues of ``lexicon/cues.tsv``). Controls: residents, two officials with no side named, aid workers on
both sides of a border and third-party diplomats keep the deed ``reported``. Five items are marked
``"aside": true``: their output was not looked at while fixing, and they are counted separately.

Before the rule (main cf200026) the working items had 2 wrong modalities (the two countries' diplomats told as a
third party's account; the control of two unnamed officials read as the doer's own side, already so on main), the
aside items 3. After it: working 1 (that control, not this rule's business), aside 1, the limits below. One working
act has no event (not counted).
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_vouch43.jsonl"
FIELDS = ("modality",)
MAX_WRONG = {"modality": 1}
MAX_WRONG_ASIDE = {"modality": 1}


def test_probe_vouch43_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_vouch43_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_vouch43_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
