"""The occasion-talks probe of session 52 (issue 11, h-miss52): talks an act was done at, told by a noun with no doer.

``tests/data/probe_talks52.jsonl`` holds 9 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from an
evaluation set). Each tells an act of two states (an agreement, a compromise, a signing, a pledge, a reopening, a
release) done "after", "following", "at" or "during" talks or a meeting whose noun names no doer: the talks annotated as
a consultation of the act's parties, symmetric when both are the act's (``events/occasion_talks.py``).

Every act was annotated by reading before the coder was run on the items; the items were written after the rule (the
round's time), and three (``"aside": true``) were not looked at beyond their counts and did not change the rule.

Counts by ``target_counts`` before (the rule's parent commit): working items 4 with no event (all but the officials
agreeing "at talks" and the pledge "at a meeting of their prime ministers", which other rules code), 0 missing, 0 wrong;
aside items 2 with no event. After (the limits below, working and aside together): working 2 with no event
(talks52-02, "reached a compromise after talks": no act is coded on "reached a compromise" to lend its parties;
talks52-05, a release "after talks with Oman", one party and the talks' own target: not coded), aside 1 with no event.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_talks52.jsonl"
MAX = {"no event": 3, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_talks52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_talks52_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
