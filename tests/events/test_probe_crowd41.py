"""The crowd and appeal probe (issue 11, session 41, h-crowd41): protests by crowds the text counts but gives no
country ("Dozens of truck drivers blocked the highway ..."), gatherings to demand, and appeals for a settlement
that name no one they are made to.

``tests/data/probe_crowd41.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), each built on one construction:
a crowd headed by a number word ("Dozens of", "Hundreds of", "Scores of") that protests at home to demand something
of no one named (its own government is the target), or at a foreign mission (that state); people who gather or
assemble to demand (a demonstration) or to watch or celebrate (no act: ``not_acts``); a crowd that demands the
release of people a foreign state holds (that state, never the crowd's own government); a third party's call for
dialogue, talks or de-escalation with no one named (the story's two sides).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_spk39.jsonl`` (trigger;
acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty source list: no resolved doer is
right). Six of the 18 items carry ``"aside": true``: they were not looked at while writing the rules, and their
counts are reported apart.

Counts when written: on main (5caca0fa) the 11 working acts had 9 with no event (crowd-01, 02, 03, 05, 06, 07, 09,
10, 12: a crowd headed by a number word had no doer, so no candidate; people who gathered or walked in protest were no
protest) and 1 missing target (crowd-08: the AU's call for dialogue); the 5 aside acts 4 with no event and 1 missing.
No scene gathering was coded. After h-crowd41 the working acts have 2 with no event (crowd-06: a demand of release
leaves the march no target, so it is no event, rather than a wrong one; crowd-09: the model splits "de-escalation"
into three objects, so the appeal is a bare 020, no settlement appeal) and the aside acts 1; no wrong or missing
side, no scene coded: the limits below.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.probes import check_limits, check_side_items, read_items, target_counts

PROBE = "probe_crowd41.jsonl"
MAX = {"no event": 3, "wrong source": 0, "wrong": 0, "missing": 0}
MAX_SCENE_EVENTS = 0


@pytest.fixture(scope="module")
def items():
    return read_items(PROBE)


def test_probe_crowd41_is_well_formed_and_synthetic(coder, items):
    from detente.evaluate_articles import KeyMatcher

    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    check_side_items([i for i in items if i["acts"]], KeyMatcher(coder.kb), aside_share=False)
    for item in items:
        assert item["acts"] or item["not_acts"], item["id"]
        for phrase in item.get("not_acts", ()):
            assert phrase in item["sentence"], item["id"]


def test_probe_crowd41_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)


def test_probe_crowd41_scenes_are_no_protest(coder, items):
    from detente.model import Article

    coded = []
    for item in items:
        if not item.get("not_acts"):
            continue
        result = coder.code(Article(text=item["text"], date=dt.date.fromisoformat(item["date"])))
        coded += [(item["id"], e.cameo) for e in result.events for phrase in item["not_acts"]
                  if item["sentence"][:-1] in e.sentence.text and phrase in e.trigger.text]
    assert len(coded) <= MAX_SCENE_EVENTS, coded
