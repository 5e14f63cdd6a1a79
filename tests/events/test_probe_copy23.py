"""The copy-conventions probe (session 23, issue 11): datelines and agency tags are place and outlet, never actors,
and a party's generic name is no other country's party.

``tests/data/probe_copy23.jsonl`` holds 24 synthetic wire leads, written for this probe (none taken from an
evaluation set), each opening with a dateline in one agency's own shape (PTI and IANS with no dash after the tag,
AAP's tag without brackets, EFE's ".-", TASS's slashes, ANI's "[India]", WAM's ordinal day, Interfax's "CITY.",
SPA's two calendars, KUNA, Xinhua, Bernama, Yonhap, Anadolu, MENA, Prensa Latina, a byline above) or naming a party
by a generic name ("the Democratic Party" in a Sofia story, "Britain's Labour Party" in a Wellington one), about
real actors of every continent. Each act was annotated by reading, before the coder was run: its trigger, the
source and target countries (a symmetric act: all its parties as sources, no target). 8 items carry
``"aside": true``: written and annotated with the rest, their output was not looked at while fixing.

Counted per item: no event at the trigger; a source or a target whose countries differ from the annotation
(for a symmetric act, the parties of both sides together); a participant whose span starts in the dateline.
Before the session's fixes the working items had the counts in ``BEFORE`` (aside: ``BEFORE_ASIDE``); the fixes
(datelines of every agency shape blanked; a generic party name of a country the article does not name is no
known actor) brought them to the limits below. Left: a party of the article's country that the knowledge base
lacks ("the opposition Socialist Party" in a Tirana story, "the Democratic Party" in a Sofia one) stays
unresolved, where the annotation has its country (eval/wire's gold keeps such a party as its own actor)."""

from __future__ import annotations

import pytest
from tests.probes import read_items

from detente.nlp import parse_copy

PROBE = "probe_copy23.jsonl"
KINDS = ("no event", "source", "target", "dateline")
BEFORE = dict(zip(KINDS, (0, 3, 0, 7)))
BEFORE_ASIDE = dict(zip(KINDS, (0, 1, 0, 5)))
MAX_WORKING = dict(zip(KINDS, (0, 2, 0, 0)))
MAX_ASIDE = dict(zip(KINDS, (0, 1, 0, 0)))


def _item_faults(item: dict, result) -> list[str]:
    events = [e for e in result.events if e.trigger.text.startswith(item["trigger"].split()[0])]  # "handed (over)"
    if not events:
        return ["no event"]
    event = events[0]
    faults = []
    sources = {p.country for p in event.source if p.country}
    targets = {p.country for p in event.target if p.country}
    if not item["target"]:  # symmetric: all its parties on either side
        sources |= targets
        targets = set()
    if sources != set(item["source"]):
        faults.append("source")
    if targets != set(item["target"]):
        faults.append("target")
    copy = parse_copy(item["text"])
    story = len(copy) - len(copy.lstrip())
    if any(p.start < story for e in result.events for p in (*e.source, *e.target)) or story == 0:
        faults.append("dateline")
    return faults


@pytest.fixture(scope="module")
def faults(code):
    """Per part (False: working items, True: aside), per kind of fault, the ids found."""
    out: dict[bool, dict[str, list[str]]] = {False: {k: [] for k in KINDS}, True: {k: [] for k in KINDS}}
    for item in read_items(PROBE):
        part = out[bool(item.get("aside"))]
        for kind in _item_faults(item, code(item["text"], date=item["date"])):
            part[kind].append(item["id"])
    for kind in KINDS:  # the aside items by count only: their output is not looked at
        print(kind, len(out[False][kind]), out[False][kind], "aside", len(out[True][kind]))
    return out


def test_probe_copy23_items_are_synthetic_and_a_third_aside():
    items = read_items(PROBE)
    assert all(item["synthetic"] for item in items)
    assert len({item["id"] for item in items}) == len(items)
    assert len(items) // 4 <= sum(bool(item.get("aside")) for item in items) <= len(items) // 2


def test_probe_copy23_working_items(faults):
    counts = {k: len(faults[False][k]) for k in KINDS}
    assert {k: n for k, n in counts.items() if n > MAX_WORKING[k]} == {}, faults[False]


def test_probe_copy23_aside_items(faults):
    counts = {k: len(faults[True][k]) for k in KINDS}
    print("aside", counts)
    assert {k: n for k, n in counts.items() if n > MAX_ASIDE[k]} == {}
