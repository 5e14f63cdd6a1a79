"""The quad probe (issue 11/12, wrong event types and missed acts on the real quad-labelled news sentences): the quad
TSV's confusion cells (gold quad -> coder's quad) show peacekeeping deployments coded as a build-up (154), rescue
operations and war games coded as attacks (190), legal action coded as coercion (170) or missed, and access given to
someone and "set free" missed. ``tests/data/probe_quad.jsonl`` holds 22 short synthetic wire articles (a dateline,
an agency tag and one sentence, written for this probe; none is taken from a development or evaluation set) in seven
classes: peacekeepers deploying with no object (``deploy_pk``), troops joining a peacekeeping mission (``join_pk``),
objects named with a compound modifier (``compound_obj``: a rescue operation is no act, war games are exercises),
legal action (``legal``), access given (``access``), releases (``set_free``) and phrases that must stay as they are
(``keep``: troops deploying is MOBILIZE, a military operation or action is force). The format is that of
``probe_aid.jsonl``; an act is found when an event mentioned at its trigger has one of its PLOVER types and a doer
among its ``source`` keys. About a third of the items (``"aside": true``) were written and annotated with the rest,
and looked at only before (the first run also showed the
first three aside misses) and after the fixes.

Every annotation was made by reading, before the coder was run. When the probe was written (session 22) the coder
had (spurious, missed) 1 and 9 on the working items, 1 and 6 on the aside ones; the session's fixes (``deploy
^peacekeeper``, ``join +peacekeeping``, objects matched joined to a compound or adjective modifier: ``launch
+wargame``, ``- launch +rescueoperation``, ``take|launch +legalaction``; ``allow ~access``, ``give +access``; "set
free" with its particle parsed as an adjective of the object) brought them to the limits below. Left: "Indian troops
deployed along the frontier" (no event: a bare intransitive "deploy" of troops). A test fails when a change makes
more failures than the limits below (run it with ``-s`` to see which).
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.probes import key_fits, read_items

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"}
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (0, 0)
MAX_ASIDE = (0, 1)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase, text.index(" - "))  # after the dateline
    return start, start + len(phrase)


def _inside(event, span: tuple[int, int]) -> bool:
    mentions = [(m.trigger.start, m.trigger.end) for m in event.mentions] or [(event.trigger.start, event.trigger.end)]
    return any(start < span[1] and span[0] < end for start, end in mentions)


def test_probe_quad_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    keys = KeyMatcher(coder.kb)
    items = read_items("probe_quad.jsonl")
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and (item["acts"] or item["nonevents"]), item["id"]
        for phrase in item["nonevents"]:
            _span(item["text"], phrase)
        for act in item["acts"]:
            _span(item["text"], act["trigger"])
            assert {act["plover"], *act["alt"]} <= PLOVER_TYPES, item["id"]
            assert set(act["quad"]) <= {1, 2, 3, 4}, item["id"]
            for key in act["source"] + act["target"]:
                assert key.startswith("~") or not keys.unknown(key), (item["id"], key)


@pytest.fixture(scope="module")
def failures(coder):
    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    fits = key_fits(KeyMatcher(coder.kb))
    found: dict[bool, tuple[list, list]] = {False: ([], []), True: ([], [])}
    for item in read_items("probe_quad.jsonl"):
        result = coder.code(Article(text=item["text"], date=dt.date.fromisoformat(item["date"])))
        spurious, missed = found[item["aside"]]
        for phrase in item["nonevents"]:
            span = _span(item["text"], phrase)
            spurious += [(item["id"], phrase, e.cameo) for e in result.events if _inside(e, span) and not e.negated]
        for act in item["acts"]:
            span = _span(item["text"], act["trigger"])
            at = [e for e in result.events if _inside(e, span) and not e.negated]
            allowed = {act["plover"], *act["alt"]}
            if not any((e.plover or "STATEMENT") in allowed and any(fits(p, act["source"]) for p in e.source)
                       for e in at):
                missed.append((item["id"], act["trigger"], [(e.cameo, [p.text for p in e.source]) for e in at]))
    return found


def _check(counts: tuple[list, list], limits: tuple[int, int]) -> None:
    spurious, missed = counts
    print("\nspurious:", len(spurious), spurious, "\nmissed:", len(missed), missed)
    assert len(spurious) <= limits[0], spurious
    assert len(missed) <= limits[1], missed


def test_probe_quad_working_items(failures):
    _check(failures[False], MAX_WORKING)


def test_probe_quad_aside_items(failures):
    _check(failures[True], MAX_ASIDE)
