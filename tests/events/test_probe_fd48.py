"""The go-between probe of session 48 (issue 11, h-fd48): a consultation a third state hosts or brings about.

``tests/data/probe_fd48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from
an evaluation set). Each tells talks or negotiations "between" two parties that a third state offers to host, hosts,
will host or facilitates, or a mediation verb joined to a trip with no subject of its own ("flew to X and mediated
between A and B"). The host is the doer, the pair whom the act is done to (``events/extract.py``,
``Extractor._go_between``; ``events/mutual.py``, the between rule leaving a mediation alone). Two items are controls:
talks between two states with no host stay the pair's own, mutual act.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-fd48 at a2a468f8): working items 1 wrong (the pair as the mediator's
target and doers), 4 with a wrong source (the pair, or one of it, as the doer), 3 missing (no target), 1 with no
event (the control "talks ... ended without agreement", which the coder does not code); aside items 0 wrong, 2 with
a wrong source, 2 missing, 1 with no event (the other control). After it (the limits below, working and aside
together): working 0 wrong, 1 wrong source and 1 missing ("Switzerland facilitated talks between ...", which the
parser reads as a noun phrase with the verb as its modifier, where "facilitate" codes only with its object), 1 with
no event; aside 0 wrong, 0 wrong source, 0 missing, 1 with no event.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_fd48.jsonl"
MAX = {"no event": 2, "wrong source": 1, "wrong": 0, "missing": 1, "wrong type": 0}


def test_probe_fd48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_fd48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
