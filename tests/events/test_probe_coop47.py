"""The cooperative-target probe of session 47 (issue 11, h-coop47): cooperative acts found with no target.

``tests/data/probe_coop47.jsonl`` holds 15 short synthetic wire items (a dateline, an agency tag and three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells a quarrel or a deal between two states, then a cooperative act of
one of them that names no receiver: an offer, a pledge, a promise, an agreement to pay, a welcome, regret
expressed, a visit, relief sent, a gift, a reopening, a ban lifted, troops withdrawn. The receiver annotated is
the story's other state (``events/coop_targets.py``). Two items are built to stay without it: aid whose doing is
denied (no receiver) and a third party's offer (its receivers are both states, which the rule does not give).

Every act was annotated by reading, before the coder was run on the items. Five items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, 512d5bbd): working items 7 missing (no target where one is
annotated), 1 with no event (the denied aid, which the coder does not code), 0 wrong; aside items 5 missing, 0 wrong.
After it (the limits below, working and aside together): working 2 missing (the visit: a consultation takes the
other party only when its sentence names it; the third party's offer), 1 with no event, 0 wrong; aside 1 missing,
0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_coop47.jsonl"
MAX = {"no event": 1, "wrong source": 0, "wrong": 0, "missing": 3, "wrong type": 0}


def test_probe_coop47_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_coop47_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
