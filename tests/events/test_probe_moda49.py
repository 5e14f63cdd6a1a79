"""The unplaced-voice probe of session 49 (issue 11, h-moda49): a deed told first and then sourced to an unnamed
official voice nothing places ("..., officials said", "..., sources said", "..., a security source said").

``tests/data/probe_moda49.jsonl`` holds 12 short synthetic wire items (a dateline with its agency tag, a lead and one
more sentence, written for this probe the way wires write; none is taken from an evaluation set), about real states
with invented facts, annotated by reading before the coder was run, in the format of ``probe_vouch43.jsonl``; only
``modality`` is checked. The article tells the deed as fact and names where it had it; such a voice is a party's far
more often than an outsider's, so the deed is ``asserted``, its attribution kept (``VouchRules.unplaced_voice_after``,
the ``voice`` cues of ``lexicon/cues.tsv``). Controls: witnesses and residents (third parties) keep the deed
``reported`` (eval/wire/README.md), and so does a deed inside the reporting verb of officials who lead the sentence
("Officials said Turkish drones had struck ..."). Four items are marked ``"aside": true``: their output was not looked
at while writing the rule, and they are counted separately.

Before the rule (main 572460b4) the working items had 4 wrong modalities (three deeds sourced to "sources", "security
sources" and "a source" read as an outsider's account, and the EU ministers' agreement to extend sanctions coded as the
act agreed on, ``intended``), the aside items 1. After it: working 1 (the agreement, not this rule's business), aside
0, the limits below. Two working items ("officials said" after the deed) were already right: the resolver places
those officials with the doer's state.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_moda49.jsonl"
FIELDS = ("modality",)
MAX_WRONG = {"modality": 1}
MAX_WRONG_ASIDE = {"modality": 0}


def test_probe_moda49_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_moda49_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_moda49_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
