"""The leads probe (session 21, issue 11): real-style wire leads, and what the coder plainly gets wrong on them.

``tests/data/probe_leads.jsonl`` holds 60 lead sentences (a dateline, an agency tag and one sentence of 25 to 50
words, written for this probe the way agencies write their first sentence; none is taken from an evaluation
set) about real international actors of every continent and invented 2026 developments: strikes and clashes,
missile and drone attacks, naval incidents, sanctions and tariffs, expulsions, summonses, visits and talks,
agreements signed, aid pledged, court rulings, extraditions, border closures, protests, ceasefires, releases of
hostages and prisoners, a cyberattack blamed on a state, a veto, a recognition, arms deliveries. Their grammar
varies: passives, "after" clauses, participle clauses (", killing ...", ", accusing ..."), nominal acts ("a
Russian drone attack on ..."), "accused X of", "urged X to", "X and Y agreed to", "what it called",
appositions, pronouns. Each act was annotated by reading, before the coder was run: the trigger word, the
PLOVER type with the other types a coder may fairly choose (``alt``), the source and target keys as in
``probe_sides.jsonl`` (``~XXX``: any actor of country XXX; an empty list: nobody named), whether it is
symmetric, its modality and its place (ISO3 or null). 20 items carry ``"aside": true``: written and annotated
with the rest, their output was not looked at while fixing; their counts are reported apart.

An act is matched by the output events of its article whose trigger (or a restating mention's) overlaps the
act's trigger word in its sentence. Counted per act: no event; a wrong type (a matched event whose PLOVER type is
none the act allows; a CAMEO 01 statement is ``"STATEMENT"``); a wrong or missing source or target (a resolved
participant that fits no key of its side, both sides for a symmetric act, or no matched event with one that
fits); a wrong modality; a wrong place (one that differs from an annotated place, or, with none annotated, a
country that is none of the act's sides). Per item: invented events (events of the lead sentence at no
annotated trigger; some are fair acts the annotation left out, so the count is printed with the events).

When the probe was written the coder had, on the 40 working items, the counts in ``BEFORE`` (aside:
``BEFORE_ASIDE``); the session's fixes brought them to the limits below, which the test enforces (run it with
``-s`` to see the acts): an arms sale named as a noun, "what it called <act>", "pressed an offensive",
"approved the extradition", a tariff on "imports from X", "U.N. nuclear inspectors" (the IAEA), a name the
parser hangs as nmod, a reaction "in a move criticised by X", acts measured after a time word. Some counts
rose as acts once missed were found (an offensive coded with no target; an extradition approved, annotated as
to come, is the approval itself by the conventions of ``eval/wire/README.md``). Left, by cause: the parser
("about NZ$20 million" as a preposition phrase, "to Russia" hung on the verb, "the military fired warning
shots" read as a noun phrase), conventions the annotation read otherwise (an act agreed on coded as its own
type, intended; a third party's report is ``reported``; an anonymous official of the side acted on does not
vouch; an accusation's content is asserted), context (a warning's target in an "after" clause, bare "troops"
given the dateline's country in a clause about another's incursion, "its neighbour"), and a meeting told in a
time phrase ("said after talks with X": a rule coding it cost the aside set a false dyad and was dropped).
"""

from __future__ import annotations

import re

import pytest
from tests.probes import check_side_items, key_fits, read_items

PROBE = "probe_leads.jsonl"
KINDS = ("no event", "type", "wrong source", "missing source", "wrong target", "missing target", "modality",
         "place", "invented")
BEFORE = dict(zip(KINDS, (16, 1, 1, 2, 3, 12, 15, 1, 8)))
BEFORE_ASIDE = dict(zip(KINDS, (5, 2, 0, 0, 1, 6, 7, 0, 5)))
# missing targets 10 -> 11 and aside 5 -> 7 in session 23: the attacher refitted on the 91 dev articles attaches
# less (threshold 0.55, chosen by scripts/fit_attach.py for 0.005 fewer false dyads out of fold; docs/attach.md);
# aside 7 -> 8 in session 25: refitted on the 131 dev articles the chooser's threshold went 0.5 -> 0.55 again
# invented 6 -> 7 in session 34: "agreed to reopen border crossings and resume direct flights" now also codes the
# resumption (061, intended; verbs.tsv "resume +flight"), as the dev gold conventions code an agreed resumption of
# flights as an act of its own; the item annotates the agreement only
# invented 7 -> 8 in session 44 (h-call44): "..., the coast guard said, calling the action dangerous and illegal" now
# also codes the judgement (111), a participle on a verb of saying that is no act, as the dev gold conventions code it
# (StanceRules._said_by); the item annotates the water cannon only
# place 1 -> 2 in session 45 (h-loc45): an agreement reached "after two days of talks in X" now takes the talks' place
# (PlaceRules._occasion_place), as the dev gold places agreements reached at the end of or after talks at a named place;
# item lead-016 annotates its agreement with no place (the talks and the hosting with Iraq)
MAX_WORKING = dict(zip(KINDS, (13, 1, 1, 2, 2, 11, 15, 2, 8)))
MAX_ASIDE = dict(zip(KINDS, (5, 2, 0, 0, 1, 8, 6, 0, 5)))
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"}
MODALITIES = {"asserted", "reported", "intended", "hypothetical", "future", "question"}


def _trigger_span(item: dict, act: dict) -> tuple[int, int]:
    found = list(re.finditer(rf"\b{re.escape(act['trigger'])}\b", item["sentence"], flags=re.IGNORECASE))
    assert len(found) == 1, (item["id"], act["trigger"])
    start = item["text"].index(item["sentence"]) + found[0].start()
    return start, start + len(act["trigger"])


def _spans(event) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in [event.trigger] + [m.trigger for m in event.mentions]]


def _at(event, span: tuple[int, int]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in _spans(event))


def test_probe_leads_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    check_side_items(items, KeyMatcher(coder.kb))
    assert sum(bool(i.get("aside")) for i in items) == 20
    for item in items:
        assert item["text"].endswith(" - " + item["sentence"]) and 25 <= len(item["sentence"].split()) <= 50
        for act in item["acts"]:
            _trigger_span(item, act)
            assert {act["plover"], *act["alt"]} <= PLOVER_TYPES and act["modality"] in MODALITIES, item["id"]


def _side_countries(act: dict, iso: dict[str, str]) -> set[str]:
    keys = act["source"] + act["target"]
    return {k[1:] if k.startswith("~") else iso.get(k, k) for k in keys if k.startswith("~") or len(k) == 3}


def _act_faults(act: dict, events: list, fits, iso: dict[str, str]) -> list[str]:
    """The kinds of fault the matched ``events`` make on ``act``."""
    if not events:
        return ["no event"]
    faults = []
    if any((e.plover or "STATEMENT") not in {act["plover"], *act["alt"]} for e in events):
        faults.append("type")
    for side in ("source", "target"):
        # a symmetric act: any split of its participants between the two sides is right
        sides = ("source", "target") if act["symmetric"] else (side,)
        wanted = act["source"] + act["target"] if act["symmetric"] else act[side]
        resolved = [p for e in events for s in sides for p in getattr(e, s) if p.actor is not None]
        if any(not fits(p, wanted) for p in resolved):
            faults.append("wrong " + side)
        elif act[side] and not any(fits(p, act[side]) for p in resolved):
            faults.append("missing " + side)
    if any(e.modality != act["modality"] for e in events):
        faults.append("modality")
    places = {e.location.country for e in events if e.location is not None and e.location.country}
    gold = iso.get(act["location"], act["location"]) if act["location"] else None
    if (gold and places - {gold}) or (not gold and places - _side_countries(act, iso)):
        faults.append("place")
    return faults


@pytest.fixture(scope="module")
def faults(coder):
    """Per part (False: working items, True: aside), per kind of fault, the (id, trigger or event) found."""
    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    keys = KeyMatcher(coder.kb)
    fits = key_fits(keys)
    out: dict[bool, dict[str, list]] = {False: {k: [] for k in KINDS}, True: {k: [] for k in KINDS}}
    for item in read_items(PROBE):
        part = out[bool(item.get("aside"))]
        result = coder.code(Article(text=item["text"], date=item["date"]))
        spans = [_trigger_span(item, act) for act in item["acts"]]
        for act, span in zip(item["acts"], spans):
            for kind in _act_faults(act, [e for e in result.events if _at(e, span)], fits, keys.iso):
                part[kind].append((item["id"], act["trigger"]))
        start = item["text"].index(item["sentence"])
        for e in result.events:
            if start <= e.trigger.start and not any(_at(e, span) for span in spans):
                part["invented"].append((item["id"], e.trigger.text, e.plover or "STATEMENT"))
    for kind in KINDS:  # the aside items by count only: their output is not looked at
        print(kind, len(out[False][kind]), out[False][kind], "aside", len(out[True][kind]))
    return out


def test_probe_leads_working_items(faults):
    counts = {k: len(faults[False][k]) for k in KINDS}
    assert {k: n for k, n in counts.items() if n > MAX_WORKING[k]} == {}, faults[False]


def test_probe_leads_aside_items(faults):
    counts = {k: len(faults[True][k]) for k in KINDS}
    print("aside", counts)
    assert {k: n for k, n in counts.items() if n > MAX_ASIDE[k]} == {}
