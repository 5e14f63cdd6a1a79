"""The police-raid probe of session 53 (issue 11, h-type53): a raid by police or officials coded as an armed
attack (190, ``ASSAULT``) where the wire conventions code law enforcement (173, ``COERCE``: arrest, search, detain).

``tests/data/probe_raid53.jsonl`` holds 10 short synthetic wire items (a dateline, an agency tag and one sentence,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from
an evaluation set): "Cambodian police raided a scam compound", "Philippine authorities raided a gaming hub", "Malian
gendarmes raided a gold mine". The line ``173  raid ^police|policeman|authority|gendarme|...`` of ``verbs.tsv``
codes them by the doer's kind; three controls, troops, soldiers or insurgents raiding, stay 190.

Every act was annotated by reading, before the coder was run on the items. Three items (``"aside": true``) were kept
out of sight while writing the line (only their counts were looked at).

Counts before the change (main fa30865b): spurious, missed (with a doer among the act's sources), wrong quad
(``type_failures(doer=True)``) working 0, 5, 0 and aside 0, 2, 0. After it (the limits below): working 0, 1, 0 (the
insurgents' raid, annotated with no known doer, so that the doer check can never be met: a control of the type
only) and aside 0, 0, 0.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_raid53.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)


def test_probe_raid53_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_raid53_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_raid53_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


def test_a_police_raid_is_law_enforcement(code):
    result = code("VIENTIANE, May 4 (Reuters) - Lao police raided a casino compound in Bokeo on Monday, the ministry "
                  "said.", date="2026-05-04")
    assert [(e.cameo, e.plover) for e in result.events if e.trigger.text == "raided"] == [("173", "COERCE")]


def test_a_troops_raid_stays_an_attack(code):
    result = code("DAMASCUS, May 4 (Reuters) - Israeli troops raided a village in Quneitra on Monday, Syria's "
                  "foreign ministry said.", date="2026-05-04")
    assert [(e.cameo, e.plover) for e in result.events if e.trigger.text == "raided"] == [("190", "ASSAULT")]
