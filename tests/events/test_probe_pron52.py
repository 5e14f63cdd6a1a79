"""The antecedent probe of session 52 (issue 11, h-pron52): "he" after an unnamed office holder, when a person of
another state was named before the title.

``tests/data/probe_pron52.jsonl`` holds 15 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each names a leader or minister of one state first, then a state's office
holder by title only ("Lithuania's interior minister", "the transport minister"), then "he" doing an act: in the
title's own sentence ("... toured the crossing, where he accused Minsk ...", "... rejected the charge, and he urged
..."), or in the sentence after the title spoke. "He" is the office holder's state (``actors/pronouns.py``,
``_spoken_title``), not the person named before. Three items give the title a modifier that names no actor and
have it speak in its capital ("the transport minister told reporters in Dodoma": that government,
``actors/nominals.py``, ``_spoken_in``), after a firm of another state was named; two are controls where a named
person comes after the title and stays "he".

Every act was annotated by reading, before the coder was run on the items. Five items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts by ``target_counts`` with ``source_needed`` before the rules (main, 8d214305): working items 6 wrong
sources (01, 02, 04, 05, 07, 09), 1 missing target (07), 0 wrong targets, 0 with no event; aside items 2 wrong
sources, 0 else. After them (the limits below): working and aside 0 of every kind.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_pron52.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_pron52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_pron52_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)
