"""The request-target probe of session 52 (issue 11, h-tgt52): whom a request an act was done at was made to.

``tests/data/probe_asked52.jsonl`` holds 10 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells an act done "at X's request" (or "upon X's request"): an extradition,
a deployment, a withdrawal, a relief mission, a suspension by a body, forces a relative clause tells of; the request
is annotated as X's, made to the act's doer (``events/requested.py``). One item is an agentless passive ("was removed
from the draft at X's request"), whose request names no one asked.

Every act was annotated by reading, before the coder was run on the items. Three items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-tgt52 at 8d214305): working items 1 missing (the relative clause's
act), 5 with no event (the request noun is coded but not output next to the act it was the occasion of; not this
rule's part), 0 wrong; aside items 3 with no event. After it (the limits below, working and aside together): working
0 missing, 5 with no event, 0 wrong; aside 3 with no event, 0 wrong. The rule reaches the probe's acts only where
the coder outputs the request, so the aside items test nothing yet; the dev articles it changed are in the README.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_asked52.jsonl"
MAX = {"no event": 8, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_asked52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_asked52_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
