"""The visits probe of session 44 (issue 11, h-visit44): visits and planned trips the coder missed or gave no doer.

``tests/data/probe_visit44.jsonl`` holds 18 short synthetic wire articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write, about real actors with invented facts; none is taken or
paraphrased from an evaluation set), each built on one construction: a party "due in" a place of another state, in
the present or the past tense, bare or with a purpose ("is due in X on Thursday for talks"), or "expected in" one (a
visit to come, CAMEO 042, AGREE accepted as the gold's alternative, to that state); a trip noun after "on" or "during"
with no owner of its own, told with the act its clause's subject did on it ("signed an accord on his first visit to
X", "urged Y ... during a visit to X"); a demonym on a group noun sent for a state ("A <Demonym> consular team will
fly to X", "a negotiating team arrived in X"); with the constructions to leave alone: being due in a city of one's
own state, a ruling "expected in March". The format is that of ``probe_missed43.jsonl`` (each act's trigger, PLOVER
type, accepted types, quad classes and sides; phrases that are no act of the kind).

Every act was annotated by reading, before the coder was run on the items. Six items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts before the session's rules (main 59c75ee9): spurious, missed (with a doer among the act's sources), wrong
quad (``type_failures(doer=True)``) working 0, 11, 0 and aside 0, 5, 0; by ``target_counts`` working 0 wrong, 0
wrong sources, 9 acts with no event, aside 0, 0, 4. After them (the limits below): working 0, 0, 0 and aside 0, 0,
0; working and aside 0 wrong, 0 wrong sources, 0 with no event.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_visit44.jsonl"
MAX_WORKING = (0, 0, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)
MAX_WRONG_TARGETS = 0
MAX_WRONG_SOURCES = 0
MAX_NO_EVENT = 0


def test_probe_visit44_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_visit44_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_visit44_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_visit44_sides(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS, sides[aside]["wrong"]
        assert len(sides[aside]["wrong source"]) <= MAX_WRONG_SOURCES, sides[aside]["wrong source"]
        assert len(sides[aside]["no event"]) <= MAX_NO_EVENT, sides[aside]["no event"]
