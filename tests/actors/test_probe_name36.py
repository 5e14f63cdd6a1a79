"""The names-inside-names probe (issue 11, "a knowledge-base name read where the text names something else";
session 36, h-name36).

``tests/data/probe_name36.jsonl`` holds 40 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set).

Each act was annotated by reading, before the coder was run, in the schema of ``probe_set35.jsonl``. Fourteen
items carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart. Counted
per act by ``tests.probes.target_counts``.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_name36.jsonl"
MAX = {"wrong": 0, "missing": 0, "wrong source": 0, "wrong type": 0, "no event": 0}


def test_probe_name36_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_name36_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
