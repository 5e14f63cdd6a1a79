"""The commanded-forces probe of session 49 (issue 11, h-ante49): "the army", "the police", "the navy" given the
last state's forces of that noun named, where the clause's doer says whose they are.

``tests/data/probe_ante49.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each first names one state's forces by a noun ("Cambodia's army", "China's
coast guard"), then has another state order "the army" ("the police", "the navy", "the military", "the coast
guard") to act, or an armed group of that other state hand something to, or surrender to, "the army". The forces
annotated are the orderer's own, or the armed group's own country's (``actors/nominals.py``,
``_commanded_forces``); an act ordered of one's own forces has the orderer as its doer and no target.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were
kept out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, 572460b4): working items 6 wrong (the other state's forces as
the target of the order, or of a surrender), 2 with no event (a handing over of rifles and an instruction the
coder does not code); aside items 3 wrong, 1 with no event. After it (the limits below, working and aside
together): working 1 wrong (item 02: the order's target is the story's other side, "Pakistan's army", by a
context rule, not the noun), 2 with no event; aside 1 wrong, 1 with no event.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_ante49.jsonl"
MAX = {"no event": 3, "wrong source": 0, "wrong": 2, "missing": 0, "wrong type": 0}


def test_probe_ante49_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_ante49_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
