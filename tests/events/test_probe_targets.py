"""The targets probe (issue 11, session 21, h-targets): an act of the right type and doer left with no target
while its own sentence names it.

``tests/data/probe_targets.jsonl`` holds 19 short synthetic articles (a dateline, an agency tag and one
sentence, written for this probe the way wires write; none is taken from an evaluation set), each with one
act whose target the sentence names in a construction the coder read as no one: a state force acting on
people of its own country at a named place of that country ("police fired tear gas at protesters in
<city>": the people, given the country from context, are the target; the place is the force's own ground,
no target), a refusal of a thing whose relative clause names the party it is aimed at ("would not accept
any plan that gives X a role", "will not send a delegation to a summit that Y is hosting"), a government's
own critics or prisoners, and relative objects ("whom X has asked to leave").

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl``
(trigger word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items
carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart.

Counted per act, over the output events of the probe sentence whose trigger contains the act's trigger
word: a WRONG target when a resolved target matches no key; a MISSING target when events were found and
none has a resolved target. Acts with no such event are printed but not counted (the lexicon's business).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, coded_acts, read_items

PROBE = "probe_targets.jsonl"
MAX_WRONG = 99
MAX_MISSING = 99


def test_probe_targets_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    found: dict[bool, dict[str, list]] = {False: {"wrong": [], "missing": [], "no event": []},
                                          True: {"wrong": [], "missing": [], "no event": []}}
    for item, act, events, fits in coded_acts(coder, PROBE):
        mine = found[bool(item.get("aside"))]
        name = (item["id"], item["construction"], act["trigger"])
        if not events:
            mine["no event"].append(name)
        elif any(p.actor is not None and not fits(p, act["target"]) for e in events for p in e.target):
            mine["wrong"].append(name)
        elif act["target"] and not any(p.actor is not None for e in events for p in e.target):
            mine["missing"].append(name)
    print("probe:", found[False])
    print("aside:", {k: len(v) for k, v in found[True].items()})
    return found


def test_probe_targets_wrong(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_targets_missing(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
