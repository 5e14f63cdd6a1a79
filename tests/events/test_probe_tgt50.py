"""The object-demonym target probe of session 50 (issue 11, h-tgt50): acts done to an object that names no actor
itself, whose country a name or demonym before it gives (``ParticipantRules._demonym_object``).

``tests/data/probe_tgt50.jsonl`` holds 15 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells an act done to craft, vehicles, goods or a document a demonym names: jets
accused (the demonym on the model name, "two Russian Su-30 jets"), vessels expelled, seized, detained, boarded or
intercepted (some "-flagged" or "-registered"), trains blocked, lorries turned back, tankers halted, a map not
accepted; and, after a preposition, airspace closed to flights, drilling objected to, duties on rice. One item is a
control: a fine in the doer's own currency, whose country is no target.

Every act was annotated by reading, before the coder was run on the items. Five items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at. Items 13-15 (the prepositions) were written
after the object rule and before its extension to them.

Counts by ``target_counts`` before the rule (main, cec6d3c9): working items 6 missing (no target where one is
annotated: the accused jets, the flagged ship, the trains, the map, the closed airspace, the drilling), 0 wrong, 0
with no event; aside items 1 missing, 0 wrong, 2 with no event (acts the coder does not find). After the object rule
alone: working 2 missing (13, 14), aside as after. After it (the limits below, working and aside together): working
0 missing, 0 wrong, 0 with no event; aside 0 missing, 0 wrong, 2 with no event.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_tgt50.jsonl"
MAX = {"no event": 2, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_tgt50_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_tgt50_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
