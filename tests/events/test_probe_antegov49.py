"""The reporter's-government probe of session 49 (issue 11, h-ante49): a bare "the government" in what a state's
body reports given the dateline's country.

``tests/data/probe_antegov49.jsonl`` holds 10 short synthetic wire items (a dateline, an agency tag and two
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each is datelined in one state, which quarrels with another; then the other
state's ministry (or minister) says that "the government" did something: rejected a protest, arrested someone,
released fishermen, condemned an attack. The doer annotated is the reporting ministry's state
(``actors/nominals.py``, ``_reporters_government``), not the dateline's.

Every act was annotated by reading, before the coder was run on the items. Three items (``"aside": true``) were
kept out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, 572460b4): working items 7 wrong source (the dateline's
government as the doer), 1 wrong target, 3 missing (the doer's own state taken for the target's, it has none
left); aside items 3 wrong source, 2 wrong, 1 missing. After it (the limits below, working and aside together):
working 0 wrong source, 1 wrong (item 02: the arrest given a target where none is annotated), 0 missing; aside
0 wrong source, 1 wrong, 1 missing.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_antegov49.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 2, "missing": 1, "wrong type": 0}


def test_probe_antegov49_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_antegov49_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
