"""The agreed-cooperation probe of session 53 (issue 11, h-mod53): an agreement or pledge whose act agreed on is
cooperation of no kind of its own.

``tests/data/probe_mod53.jsonl`` holds 15 short synthetic articles (a dateline with its agency tag, a lead and one
more sentence, written for this probe the way wires write; none is taken from an evaluation set), about real states
with invented facts, annotated by reading before the coder was run, in the format of ``probe_asserted42.jsonl``;
only ``modality`` is checked. The construction, chosen from a count of the dev acts coded ``intended`` where the
gold has ``asserted``: states that "agreed to cooperate", "pledged to coordinate", "committed to closer
cooperation", "pledged closer cooperation". The act coded is the agreement itself (AGREE), and an agreement or
commitment that was made is ``asserted`` (eval/wire/README.md, modality: "committed to consult each other").
Controls stay ``intended``: a material act agreed on, coded as its own kind ("agreed to set up a joint task force",
"agreed to build a bridge"), an offer ("offered to coordinate search flights") and readiness ("was ready to
cooperate", "was willing to cooperate"). Three items (13-15) are of a second construction: a term of an agreement
told with "will" under "it", the agreement named in the sentence before ("signed a pact on Tuesday. Under it, New
Zealand will train ..."): agreed on, ``intended`` (eval/wire/README.md, agreements), with a control where the
sentence before names no agreement (a budget: ``future``). Five items are marked ``"aside": true``: their output
was not looked at while fixing, and they are counted separately.

Before this session's rules (main 1dc1a199) the working items had 6 wrong modalities (the five commitments to
cooperate, all ``intended``, and the term under "it", ``future``), the aside items 2 (one aside act has no event and
is not counted). After them (``StatusJudge._committed_to_cooperate``, cues.tsv ``commitment`` and ``cooperation``;
``StatusJudge._terms_just_named``): working 1, aside 1, the limits below. Left: "agreed to coordinate their flood
warnings" is coded on "warnings" (a light verb with a warning noun, 130), not as cooperation, so the rule does not
see it; the code is not this rule's matter.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_mod53.jsonl"
FIELDS = ("modality",)
MAX_WRONG = {"modality": 1}
MAX_WRONG_ASIDE = {"modality": 1}


def test_probe_mod53_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_mod53_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_mod53_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
