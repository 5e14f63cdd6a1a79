"""An object "it" after a ship, a drone or a missile named since the salient actor, or before it when that actor only
says what the craft did, is the craft: its owner when it names one, else nobody (session 55; actors/pronouns.py
``_craft_since``, with ``_thing_owner`` taken from session 54's h-pron2).

``tests/data/probe_craftit55.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two
sentences, written for this probe about real states with invented facts; none is taken or paraphrased from an
evaluation set): a state body shoots down, seizes, tows, tracks, boards, follows, destroys, detains or fires at a
foreign craft told by "it" after the state or one of its organs spoke, and two items with no craft where "it" is an
act of another state (kept). Every act was annotated by reading, before the coder was run on the items; four items
(``"aside": true``) were kept out of sight while writing the rule (only their counts were looked at).

Counts by ``target_counts`` before (main 78d3621b): working items 1 wrong (the tanker seized read as the speaking
state's government), 0 missing, 5 with no event (the verbs shot down, towed, tracked, boarded, followed are not coded
on these sentences); aside items 2 wrong, 1 missing, 0 with no event. After (the limits below): working 0 wrong,
0 missing, 5 with no event; aside 0 wrong, 2 missing, 0 with no event.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_craftit55.jsonl"
MAX = {"no event": 5, "wrong source": 0, "wrong": 0, "missing": 2, "wrong type": 0}


def _targets(explaining, text: str, date: str, trigger: str):
    from detente.model import Article

    result = explaining.code(Article(text=text, date=date))
    events = [e for e in result.events if e.trigger.text.startswith(trigger)]
    assert events
    return [p for e in events for p in e.target], [side for e in events for side in e.explanation.sides]


def test_it_after_a_craft_a_state_reports_is_the_crafts_owner(explaining):
    text = ("ROME, July 2 (ANSA) - A Libyan fishing boat entered Italian waters south of Lampedusa on Wednesday, "
            "Italy's interior ministry said. The Italian coast guard seized it at sea.")
    targets, sides = _targets(explaining, text, "2026-07-02", "seized")
    assert [p.actor for p in targets if p.actor] and all(p.country == "LBY" for p in targets if p.actor)
    assert any("_craft_since" in side for side in sides)


def test_it_after_a_craft_with_no_owner_is_nobody(explaining):
    text = ("TOKYO, July 2 (Kyodo) - A fishing vessel with no flag anchored off the Senkaku Islands on Wednesday, "
            "Japan's fisheries agency said. The Japanese coast guard seized it at sea.")
    targets, _ = _targets(explaining, text, "2026-07-02", "seized")
    assert not [p for p in targets if p.actor and p.country == "JPN"]


def test_probe_craftit55_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_craftit55_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
