"""The clause-scope probe of session 43 (issue 11, status and targets that leak across clauses; h-scope43).

``tests/data/probe_scope43.jsonl`` holds 18 short synthetic articles (a dateline with its agency tag and two
sentences, written for this probe the way wires write; none is taken from an evaluation set), about real actors
with invented facts, annotated by reading before the coder was run. Each act carries both the side keys of
``probe_sides.jsonl`` (``~XXX`` any actor of country XXX; an empty target list: no actor is the target;
``not_target``: a phrase that is no target) and the status fields of ``probe_hist38.jsonl``; only ``modality`` and
``historical`` are checked among the status fields. The constructions, chosen from a count of the wrong modality,
history and target flags on the dev articles: a past participle with its agent on the object of a request ("asked
X to free fishermen held by its navy": the holding is done, its target the fishermen's state); an "after" clause
under a past perfect of a background date (background too), with a control of the news week; the reason of a
sentence ("for joining X": X is not sentenced); a "while" clause (no target); reinforcements sent to one's own region
after a raid from abroad (no foreign target). Seven items are marked ``"aside": true``: their output was not looked
at while fixing, and they are counted separately.

Before this session's rules (main 73814c68) the 11 working items had 3 wrong modalities (scope43-02, -03, -04: the
participle read as the act asked for, hypothetical) and 1 wrong history flag (scope43-08: an "after" clause under a
dated past perfect), the 7 aside items 3 and 0; targets, counted per act as in ``test_probe_target42.py``: 2 wrong
(scope43-08, where "hosted a conference of separatists" is given the separatists, which the annotation left out, and
scope43-12, the group joined given as sentenced), 2 missing (scope43-02, -04: the participle's noun unresolved) and
the aside items 1 wrong and 2 missing; 2 working acts and 1 aside have no event. After them
(``history.reduced_relative`` in ``StatusJudge.modality``, the gerund of a ``presupposing`` verb of stopping,
``HistoryRules._before_background``, the actor inside the participle's noun and no "for" reason in
``ParticipantRules.objects``): working modality 0, historical 0; aside modality 1, historical 0; targets 1 wrong
(scope43-08) and 0 missing, aside 1 wrong and 0 missing: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, check_status_items, read_items, target_counts, wrong_status_fields

PROBE = "probe_scope43.jsonl"
FIELDS = ("modality", "historical")
MAX_WRONG = {"modality": 0, "historical": 0}
MAX_WRONG_ASIDE = {"modality": 1, "historical": 0}
MAX_WRONG_TARGETS = 2
MAX_MISSING_TARGETS = 0
MAX_WRONG_SOURCES = 0


def test_probe_scope43_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    check_status_items(items)
    check_side_items(items, KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_scope43_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_scope43_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}


def test_probe_scope43_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG_TARGETS


def test_probe_scope43_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING_TARGETS


def test_probe_scope43_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCES
