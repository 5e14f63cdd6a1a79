"""The titles probe (session 23, h-titles23): a title, a body or a junta that lands on the wrong state.

``tests/data/probe_titles23.jsonl`` holds 15 short synthetic wire articles (a dateline, an agency tag, one or two
sentences, written for this probe; none is taken from an evaluation set) on four constructions of copy whose writers
never saw our rules: a bare title before a name in a story about two states ("Defence Minister X" after "Cambodia's
defence minister, X" in a Bangkok story), a title whose modifier is an organisation the knowledge base lacks
("RENAMO leader X": that organisation's officer, not the dateline state's government), a state body's generic name
that many states have ("the Foreign Intelligence Service" in a Kyiv story: not Russia's) and "the junta" or "junta
aircraft" (the state its military rules). Each act was annotated by reading, before the coder was run: its
trigger, the countries its source and its target may have (an empty list: no state at all, e.g. an organisation
the knowledge base lacks). A third of the items carry ``"aside": true``: they were not looked at while fixing.

Counted per act, over the events of the act's sentence whose trigger holds the act's trigger: a WRONG source or
target (a participant whose country is not among the act's countries), NO EVENT. ``BEFORE`` (``BEFORE_ASIDE``) has
the counts of the working (aside) items when the probe was written, ``MAX_WORKING`` and ``MAX_ASIDE`` what the fixes
left. Fixed: a state body's generic name is no other state's body (``body_word``, ti-06); "the junta" and "junta
aircraft" are Myanmar's military government where the text names Myanmar (``junta_noun``, ti-07, ti-08). Left:
"returned fire" and a body's bare "said" get no event (ti-04, ti-05); RENAMO, which the annotation took for a
body the knowledge base lacks, is in it (ti-02: the coder is right); "20 suspected fighters" of a Myanmar rebel
army are given Myanmar (ti-07's target, right at country level, annotated as no state). Session 61's rule that an
act with no known actor on either side is no event (``acts.no_actor``, h-spur61) leaves one aside item with no event
(its count only was looked at; the limit below followed, no rule was written for it)."""

from __future__ import annotations

import pytest
from tests.probes import read_items

from detente.model import Article

PROBE = "probe_titles23.jsonl"
KINDS = ("no event", "source", "target")
BEFORE = dict(zip(KINDS, (2, 4, 2)))
BEFORE_ASIDE = dict(zip(KINDS, (0, 2, 1)))
MAX_WORKING = dict(zip(KINDS, (2, 1, 1)))
MAX_ASIDE = dict(zip(KINDS, (1, 1, 1)))


@pytest.fixture(scope="module")
def faults(coder):
    """Per part (False: working items, True: aside), per kind of fault, the (id, trigger) found."""
    out: dict[bool, dict[str, list]] = {False: {k: [] for k in KINDS}, True: {k: [] for k in KINDS}}
    for item in read_items(PROBE):
        result = coder.code(Article(text=item["text"], date=item["date"]))
        part = out[bool(item.get("aside"))]
        for act in item["acts"]:
            events = [e for e in result.events if item["sentence"][:-1] in e.sentence.text
                      and act["trigger"].lower() in e.trigger.text.lower()]
            where = (item["id"], act["trigger"])
            if not events:
                part["no event"].append(where)
                continue
            for side in ("source", "target"):
                if any(p.country and p.country not in act[side] for e in events for p in getattr(e, side)):
                    part[side].append(where)
    for kind in KINDS:  # the aside items by count only: their output is not looked at
        print(kind, len(out[False][kind]), out[False][kind], "aside", len(out[True][kind]))
    return out


def test_probe_titles23_items_are_synthetic_and_a_third_aside():
    items = read_items(PROBE)
    assert all(item["synthetic"] and item["sentence"] in item["text"] for item in items)
    assert len({item["id"] for item in items}) == len(items)
    assert 0.25 < sum(bool(item.get("aside")) for item in items) / len(items) < 0.4
    assert all(act["trigger"].lower() in item["sentence"].lower() for item in items for act in item["acts"])


def test_probe_titles23_working_items(faults):
    counts = {k: len(faults[False][k]) for k in KINDS}
    assert {k: n for k, n in counts.items() if n > MAX_WORKING[k]} == {}, faults[False]


def test_probe_titles23_aside_items(faults):
    counts = {k: len(faults[True][k]) for k in KINDS}
    print("aside", counts)
    assert {k: n for k, n in counts.items() if n > MAX_ASIDE[k]} == {}
