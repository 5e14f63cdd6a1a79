"""The aid probe (issue 11, material cooperation missed on real news sentences): real news sentences labelled
material cooperation with no event (the quad TSV and ``bio.py`` category ``no_event`` on the dev sentences) show
ways of giving aid that the lexicon did not know. ``tests/data/probe_quad.jsonl`` holds 21 short synthetic wire
articles (a dateline, an agency tag and one sentence, written for this probe; none is taken from a development or
evaluation set) in seven classes: money given with the currency as object ("gave 40 million dollars to help ...",
class ``money``); aid announced as an amount "in" aid ("announced $25 million in humanitarian assistance",
``announce_in``); aid flown to a place ("flew 50 tonnes of medicine into Libya", ``fly``); troops taking part in
peacekeeping ("take part in peacekeeping operations in Lebanon", ``peacekeeping``); troops leaving a country
(a withdrawal, ``leave``); funds made available to someone (``available``); and phrases that must stay as they are:
a delegation leaving a city, tourists leaving a country, an office making its figures available (no event), a
minister flying to a capital (a visit). The format is that of ``probe_noevent.jsonl``; an act is found when an
event mentioned at its trigger has one of its PLOVER types and a doer among its ``source`` keys. About a third of
the items (``"aside": true``) were written and annotated with the rest but kept out of sight while the coder was
fixed.

Every annotation was made by reading, before the coder was run. When the probe was written (session 22) the coder
had (spurious, missed) 0 and 10 on the working items, 0 and 6 on the aside ones; the session's fixes (money and
"in aid" objects, "fly +aid to|into", peacekeeping participation, forces leaving, an ``xcomp``'s subject for
``^subject``) brought them to the limits below. Left: funds "made available" to someone (``make ~available`` would
also code an office making its figures available). A test fails when a change makes more failures than the
limits below (run it with ``-s`` to see which).
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.probes import key_fits, read_items

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"}
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (0, 9)
MAX_ASIDE = (0, 9)


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
