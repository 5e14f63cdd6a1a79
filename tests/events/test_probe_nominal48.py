"""The nominal-measure probe of session 48 (issue 11, h-tgtm48): a sanction, ban, embargo, seizure or act of force
told by a noun that names its doer ("Canada's retaliatory tariffs", "the Russian embargo", "Chinese blockades") and no
target, in a story of two states.

``tests/data/probe_nominal48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells a quarrel between two states, then one state's measure or act of
force told by a noun with a possessive or demonym doer; the target annotated is the story's other state
(``events/nominal_sides.py``). Two items name a third country where the strikes fell (its target is that country,
and the story's other party would be wrong).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-tgtm48 after the leaving rule, 4956afb3): working items 5 missing (no
target where one is annotated), 0 with no event, 0 wrong; aside items 2 missing, 1 with no event, 0 wrong. After it
(the limits below, working and aside together): working 0 missing, 0 with no event, 0 wrong; aside 0 missing, 1 with
no event, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_nominal48.jsonl"
MAX = {"no event": 1, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_nominal48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_nominal48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
