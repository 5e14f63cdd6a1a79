"""The plural-pronoun probe of session 51 (issue 11, h-pron51): "them" and "they" bound to a singular body.

``tests/data/probe_pron51.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from
an evaluation set). In each, a state body speaks first (a ministry, a navy), and the next sentence tells plural
people and then a plural pronoun: either "them" in a joined clause with a subject of its own ("Bolivian farmers
blocked the road, and Chilean police detained six of them": the farmers), or "they" as a subject after plural people
were acted on in the pronoun's own sentence ("the navy said its patrol had arrested six fishermen after they
resisted a search": the fishermen). The pronoun is those people (their demonym's state, or nobody known), never the
body that spoke (``actors/pronouns.py``, ``_salient``; session 51).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, 06fffdf1): COUNTS_BEFORE. After it (the limits below, working and
aside together): COUNTS_AFTER.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_pron51.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_pron51_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_pron51_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
