"""The own-unit probe of session 48 (issue 11, h-side48): a deed of a state's forces told and then sourced to a unit,
command or office of the doer's own body named by a possessive ("the army's eastern command", "the Philippine Navy's
Western Command") or to a prefecture (a state's own organ in the province).

``tests/data/probe_unit48.jsonl`` holds 12 short synthetic articles (a dateline with its agency tag, a lead and one
more sentence, written for this probe the way wires write; none is taken from an evaluation set), about real states
with invented facts, annotated by reading before the coder was run, in the format of ``probe_vouch43.jsonl``; only
``modality`` and ``attribution`` are checked. The doer's own side vouches for its deed (eval/wire/README.md: the
doer's side includes its state organs), so the deed is asserted, its attribution kept (``VouchRules._unit_of_the_doer``,
the ``prefecture`` line of ``state_body`` in ``lexicon/cues.tsv``). Controls: a third party's office and an
opposition party's spokesman keep the deed ``reported``. Four items are marked ``"aside": true``: their output was
not looked at while writing the rule, and they are counted separately.

Before the rule (h-side48 at 23140bf1) the working items had 7 wrong modalities (the six own units and the
prefecture read as someone else's account, and the control of the opposition party's spokesman read as the doer's
unnamed spokesperson, ``VouchRules._spokesperson``, already so before), the aside items 2 (two acts have no event);
no attribution was wrong. After it: working 1 (that control, not this rule's business), aside 1, attribution 0 and
0: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_unit48.jsonl"
FIELDS = ("modality", "attribution")
MAX_WRONG = {"modality": 1, "attribution": 0}
MAX_WRONG_ASIDE = {"modality": 1, "attribution": 0}


def test_probe_unit48_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_unit48_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_unit48_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
