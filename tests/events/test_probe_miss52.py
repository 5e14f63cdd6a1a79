"""The joint-body probe of session 52 (issue 11, h-miss52): acts the gold annotates that the coder did not code.

``tests/data/probe_miss52.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Nine tell a meeting of a body two states run together whose subject names no
actor ("A joint ministerial commission will meet in ...", "The mixed commission ... is due to meet", "Their
intergovernmental commission", "That commission has not met", "The council met" after "a joint energy council"): the
two states annotated as its doers, symmetric (``events/joint_bodies.py``). Three tell the acts of the session's
lexicon lines: a dry port granted to the other state (061), a joint command post set up by two states (062), a
foreign firm's exploration licence extended (061, the firm's state as target).

Every act was annotated by reading before the coder was run on the items; the items were written after the rule and
the lines (the round's time), and four (``"aside": true``) were not looked at beyond their counts and did not change
the rule.

Counts by ``target_counts`` before (8d214305): working items 7 with no event (all but "Their intergovernmental
commission", whose possessive the actors step already reads as the two states), 0 missing, 0 wrong; aside items 4 with
no event. After (the limits below, working and aside together):
working 1 with no event (miss52-03, "That commission has not met since last spring": the
non-event rules drop a meeting denied for a span, events/nonevents.py), 0 missing, 0 wrong; aside 0 failures.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_miss52.jsonl"
MAX = {"no event": 1, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_miss52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_miss52_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
