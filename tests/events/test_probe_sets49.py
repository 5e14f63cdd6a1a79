"""The set-target probe of session 49 (issue 11, h-sets49): an act aimed at a set ("the two sides", "the two
countries") that its doer is one of.

``tests/data/probe_sets49.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells of a pact, a deal or a truce between two states, calls them "the
two sides" (or "the two countries", "the two governments"), then has one of them, or a third party, act on the
pact: break it, suspend it, reject it, quit it, welcome it, criticise it. The act of one of the two is aimed at the
other only (``_own_side_of_set`` in ``events/assemble.py``); a third party's at both.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-sets49 from main 572460b4): working items 1 wrong (the pact one side
broke, given both sides as its target), 2 missing (a rejection and a condemnation of the pact, whose target the
coder does not reach), 1 with no event (the suspended deal); aside items 0 wrong, 2 missing, 1 with no event. After
it (the limits below, working and aside together): working 0 wrong, 2 missing, 1 with no event; aside 0 wrong, 2
missing, 1 with no event. The rule fires only where another rule gave the act the set as its target; the misses are
those rules' (and the third parties' items, which must keep both sides, stay right).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_sets49.jsonl"
MAX = {"no event": 2, "wrong source": 0, "wrong": 0, "missing": 4, "wrong type": 0}


def test_probe_sets49_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_sets49_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
