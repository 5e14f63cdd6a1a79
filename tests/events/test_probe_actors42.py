"""The doers probe of session 42 (issue 11, h-actors42): doers the coder left unknown, named by a ship's prefix
or by a body's meeting.

``tests/data/probe_actors42.jsonl`` holds 16 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: a state's warship named with its navy's prefix ("HMS", "INS", "KRI", "BRP", "HMNZS"...) as the doer
or the target of an act, a merchant ship's prefix ("MV") that names no state, and a meeting noun ("the session",
"the summit", "the meeting") as the subject of an appeal or a condemnation, the body that held it named in the
sentence before.

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items carry
``"aside": true``: they were not looked at while writing the rules, and their counts are reported apart.

Counted per act with :func:`tests.probes.target_counts` (``source_needed``: an act none of whose events has a
right source is a wrong source; acts with no event are printed, not counted). Before the session's rules
(``NominalRules.prefixed_ship``, ``antecedents.warship_crew``, ``NominalRules.sitting_body``) the coder had, on the
11 working items, 0 wrong targets, 7 wrong sources (every warship but the one done to, and two sessions: no known
doer), 3 missing targets (a doer unknown, the attacher gives no target) and 2 acts with no event (a word act by a
sitting noun alone, which names no known actor, is no event); on the 5 aside items 0 wrong targets, 4 wrong sources,
0 missing and 1 act with no event. After them: 0, 0, 0 and 0 on the working items; 0, 0, 0 and 1 aside (a summit's
threat of sanctions, no event: the lexicon's business). A first form of the prefix rule, read on the parse subtree,
left one aside warship with no doer (1 wrong source aside); the rule was then read on the words, for a unit test
whose parse hangs the prefix on the verb (not for that aside item, which was not looked at). The limits below are
the after-counts.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_actors42.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0


def test_probe_actors42_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)


def test_probe_actors42_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_actors42_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_actors42_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
