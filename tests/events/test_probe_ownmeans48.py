"""The own-means probe of session 48 (issue 11, h-tgtm48): a step a state takes with its own envoy, forces, border or
airspace and that names no one it is aimed at ("recalled its ambassador", "placed its army on alert", "closed its
airspace", "withdrew its last troops"), told after the quarrel a story of two states sets up.

``tests/data/probe_ownmeans48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). The target annotated is the story's other state (``events/own_means.py``). Two
items name a third country in the step's sentence (the rule does not guess there: missing is the expected failure),
one tells the withdrawal as not done (no target).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-tgtm48 at 9eb8a273): working items 3 missing (no target where one is
annotated), 2 with no event (a charge d'affaires recalled, a navy put on alert: the lexicon codes neither), 1 wrong
(the withdrawal told as not done takes Somalia from another rule); aside items 1 missing, 0 with no event, 0 wrong.
After it (the limits below, working and aside together): working 1 missing (the third country named: the rule's
guard), 2 with no event, 1 wrong (the same); aside 1 missing, 0 with no event, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_ownmeans48.jsonl"
MAX = {"no event": 2, "wrong source": 0, "wrong": 1, "missing": 2, "wrong type": 0}


def test_probe_ownmeans48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_ownmeans48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
