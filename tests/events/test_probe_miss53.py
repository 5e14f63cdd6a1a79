"""The joint-sitting probe of session 53 (issue 11, h-miss53): acts the gold annotates that the coder did not code.

``tests/data/probe_miss53.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells a deal of two states, then a sitting of a body they run together
told with no doer: a passive "will be held" or "was held" whose subject is the sitting ("The next joint session ...
will be held in X", "The commission's next session will be held", "An intergovernmental session ... will be held"),
or the sitting's own noun ("The first meeting of the mixed committee took place", "The last bilateral summit took
place"). The two states are annotated as its doers, symmetric (``events/joint_bodies.py``, joint_sitting).

Every act was annotated by reading before the coder was run on the items; four (``"aside": true``) were not looked at
beyond their counts and did not change the rule.

Counts by ``target_counts`` before (fa30865b): working items 6 with no event and 1 missing (miss53-01, whose "of the
two cabinets" gave one doer), 0 wrong (miss53-08, the session in a reported clause, was already coded); aside items 3
with no event. After (the limits below, working and aside together): working 0 failures; aside 0 failures.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_miss53.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_miss53_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_miss53_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
