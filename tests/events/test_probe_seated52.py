"""The seated-government probe of session 52 (issue 11, h-tgt52): "the authorities in <capital>", "the government in
<capital>" as the target of an act.

``tests/data/probe_seated52.jsonl`` holds 10 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells an act aimed at a state named by a government noun for its rule
itself (words.tsv ``seated_noun``: authorities, government, regime) placed "in" its capital: an appeal, a demand, an
accusation, a warning, a criticism, talks, ties broken or restored (``actors/doc_resolver.py``, ``_placed_body``,
``_seated``). One item is "diplomats in <capital>", people there, annotated as no target (the resolver gives them the
story's state from the context, before and after this round).

Every act was annotated by reading, before the coder was run on the items. Three items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-tgt52 at 5f589118): working items 1 missing (the accusation), 1 wrong
(the diplomats), 0 with no event; aside items 1 missing, 0 wrong. After it (the limits below, working and aside
together): working 0 missing, 1 wrong (the diplomats, unchanged); aside 0 missing, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_seated52.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 1, "missing": 0, "wrong type": 0}


def test_probe_seated52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_seated52_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
