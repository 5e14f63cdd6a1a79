"""The no-event probe (issue 11, acts the coder missed entirely): real news sentences where the coder found no event
at all (``bio.py`` category ``no_event`` on the dev sentences with actor spans) show constructions that carry an
act with no verb of the lexicon on it. ``tests/data/probe_noevent.jsonl`` holds 18 short synthetic wire articles
(a dateline, an agency tag and one sentence, written for this probe; none is taken from a development or evaluation
set) in four classes: a light verb whose object is an effort named by an event noun ("launched a mediation effort
between X and Y", class ``effort``); a doer held culpable for an act ("X was responsible for the killing of ...",
"were guilty of violating the truce", ``culpable``); a stated pessimism ("said it was skeptical about X's pledge",
``pessimism``: CAMEO 012, which has no PLOVER type and is written ``"STATEMENT"``); and phrases that must yield no
event: a duty, not a deed ("the minister responsible for peace talks", ``duty``), and efforts no actor makes ("the
war effort", "the relief effort"). The format is that of ``probe_senses.jsonl``; an act is found when an event
mentioned at its trigger has one of its PLOVER types and a doer among its ``source`` keys. About a third of the
items (``"aside": true``) were written and annotated with the rest but kept out of sight while the coder was fixed.

Every annotation was made by reading, before the coder was run. When the probe was written (session 22) the coder
had (spurious, missed) 0 and 9 on the working items, 0 and 5 on the aside ones; the session's fixes (effort nouns,
culpable doers, ``be ~skeptical``) brought them to the limits below. Left: a pronoun subject of the stance ("said it
was skeptical", "said she was pessimistic") that the resolver does not bind to the speaker. A test fails when a
change makes more (run it with ``-s`` to see which).
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.probes import key_fits, read_items

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"}
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (0, 2)
MAX_ASIDE = (0, 1)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase, text.index(" - "))  # after the dateline
    return start, start + len(phrase)


def _inside(event, span: tuple[int, int]) -> bool:
    mentions = [(m.trigger.start, m.trigger.end) for m in event.mentions] or [(event.trigger.start, event.trigger.end)]
    return any(start < span[1] and span[0] < end for start, end in mentions)


def test_probe_noevent_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    keys = KeyMatcher(coder.kb)
    items = read_items("probe_noevent.jsonl")
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
    for item in read_items("probe_noevent.jsonl"):
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


def test_probe_noevent_working_items(failures):
    _check(failures[False], MAX_WORKING)


def test_probe_noevent_aside_items(failures):
    _check(failures[True], MAX_ASIDE)
