"""The patrol-craft and faction probe (issue 11, session 40, h-unit40): whether a state's patrol craft named after
foreign boats is the acting forces' ("the patrol vessel X fired on the trawlers": not the trawlers' flag), and
whether a group's dissidents are the faction of it the article names.

``tests/data/probe_unit40.jsonl`` holds 9 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set): a patrol vessel, patrol boat or
navy ship acting on a foreign fishing craft its forces were said to hold, "FARC dissidents" or "dissidents of the
FARC" with a faction of it named, and one with no faction named (the group itself).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items carry
``"aside": true``: they were not looked at while writing the rules, and their counts are reported apart.

Counted per act as in ``test_probe_spk39.py`` (:func:`tests.probes.target_counts`). Before the session's rules
(``actors/nominals._state_craft``, ``actors/doc_resolver._splinter_phrase``) the coder had, on the 6 working items,
2 wrong targets (the trawlers' "fired" at itself; "dissidents of the FARC": the FARC), 2 wrong sources (the patrol
vessel: Thailand's; "FARC dissidents": the FARC) and 1 missing target (the navy ship's boarding); on the 3 aside
items 1 wrong target, 0 wrong sources, 1 missing. After them: 0, 0 and 1 on the working items; 0, 0 and 2 on the
aside ones (the escorted boat, wrongly resolved before, now unresolved): the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_unit40.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 0
MAX_MISSING = 3


def test_probe_unit40_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_unit40_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_unit40_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_unit40_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
