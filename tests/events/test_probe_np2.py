"""The ground probe of session 55 (issue 11, h-np2): an act of force on a thing no actor owns, a place named only in
a clause conjoined to the act's with a subject of its own.

``tests/data/probe_np2.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells a state's forces striking, shelling or bombing an unowned thing ("a grain
terminal", "a market") in the dateline's country, then, after "and", another side's officials speaking of a place
of a third country ("..., and Romanian authorities said fragments landed near Tulcea"). Three items are controls
whose place is in the act's own clause ("a power plant in Kharkiv"). The target annotated is the dateline's
country, the ground hit, as a reader takes it; a place of the conjoined clause is never it
(``events/ground.py``, ``own_clause``).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-np2 at 8c4b7578): working items 2 wrong (the conjoined clause's
country), 4 missing, 0 wrong source; aside 1 wrong, 2 missing. After it: working 0 wrong, 6 missing; aside 0 wrong,
3 missing (the coder does not take the dateline's country as the ground of an unplaced thing: left open). The
three controls stay right. The limits below are the after-counts.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_np2.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 9, "wrong type": 0}


def test_probe_np2_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_np2_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
