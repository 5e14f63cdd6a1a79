"""The denial probe of session 48 (issue 11, h-deny48): denials of a hostile act found with no target.

``tests/data/probe_deny48.jsonl`` holds 9 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells a complaint, protest or report of one state, then a denial by the other whose
that-clause tells its own side's act: an attack, shelling, firing or a seizure on the first state (the target
annotated is the first state, ``events/denied_acts.py``), or, in two controls, a sale or a gift to a third state
(the target annotated is the accuser, and the third state is no target).

Every act was annotated by reading, before the coder was run on the items. Three items (``"aside": true``) were
kept out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-deny48 base, 871834a5): working items 2 missing (no target where one
is annotated), 0 wrong; aside items 1 missing, 0 wrong. After it (the limits below, working and aside together):
working 0 missing, 0 wrong; aside 0 missing, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_deny48.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_deny48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_deny48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
