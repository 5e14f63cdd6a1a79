"""The locative-phrase probe (issue 11, session 39, h-loc39).

``tests/data/probe_loc39.jsonl`` holds 24 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set) in which a place in a locative
phrase may be read as the act's target: a border named "with" a neighbour where forces are sent or moved
(``border-with-dispatch``: "moved armoured units to its eastern frontier with X"), a capital a road leads to
after the thing hit (``route-capital``: "ambushed fuel tankers on the highway to X"), the ground armed men are
fought on (``armed-people-in``: "fought Boko Haram fighters in X's Borno state"), a shore a party moves towards
(``shore-motion``); and, against them, frames whose target is the place's state (``control-border-object``:
"closed its border with X"; ``control-ground-hit``: "struck militant camps in X"; ``control-place-of``: "shelled
the X village of Y"; ``control-into-country``: "crossed the border into X"; ``control-aim-coast``: "fired missiles
toward the X coast").

Each act was annotated by reading, before the coder was run, in the schema of ``probe_set35.jsonl`` (keys
``~XXX``: any actor of that country; an empty target: no one). Eight items carry ``"aside": true``; they were not
looked at while writing the rules, except loc39-21, looked at once its count showed (the "for a decade" phrase
counted as a thing hit; fixed in ``Ground.struck``). Counted per act by ``tests.probes.target_counts``.

When written (main 2c7b4e7c): working 6 wrong targets (loc39-01, -03: the neighbour of the border; -05, -06, -07:
the capital a road leads to; -09: the country insurgents are in) and 3 without an event (loc39-04 "sent extra
border guards", -10 "hunted", -15 "crossed the border into": verbs or objects the lexicon does not code); aside 2
wrong (loc39-19, -21) and 1 without an event (loc39-17, "moved more border police"). (loc39-11's trigger, first
written "pulled back", was cut to the verb the coder's trigger holds.) After this branch: working 3 without an
event, no wrong target; aside 1 without an event (MAX, working and aside together).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_loc39.jsonl"
MAX = {"wrong": 0, "missing": 0, "wrong source": 0, "wrong type": 0, "no event": 4}


def test_probe_loc39_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_loc39_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
