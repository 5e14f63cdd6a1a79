"""The relief-receiver probe of session 48 (issue 11, h-aid48): gifts of relief found with no receiver.

``tests/data/probe_aid48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells a flood, a quake, a fire or a shortage from the stricken country's
capital, then a foreign donor's gift or pledge of relief that names no receiver: the receiver annotated is the
dateline's country (``events/aid_here.py``). Three items are built to stay without it or to keep their own: a bloc's
aid told from its own seat (no receiver), the stricken state's own gift to its people (no receiver), and a gift
named with its receiver, another country than the dateline's.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-aid48 at main 871834a5, the rule's call left out): working items 4
missing (no target where one is annotated), 2 with no event (two "sent" the coder does not code as aid), 0 wrong;
aside items 2 missing, 1 with no event, 0 wrong. After it (the limits below, working and aside together): working 0
missing, 2 with no event, 0 wrong; aside 1 missing, 1 with no event, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_aid48.jsonl"
MAX = {"no event": 3, "wrong source": 0, "wrong": 0, "missing": 1, "wrong type": 0}


def test_probe_aid48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_aid48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
