"""The set-noun probe of session 48 (issue 11, h-sets48): "both governments" after a lead whose act follows a pair's.

``tests/data/probe_sets48.jsonl`` holds 9 short synthetic wire items (a dateline, an agency tag and three sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from
an evaluation set). Each lead tells an act of one state on another ("X recalled its ambassador from Y") done "a day
after", "hours after" or "after" a third pair acted together ("Y and Z signed a pact"); two sentences on, a third party
urges "both governments", "the two countries" or "both sides". The sides annotated are the story's pair, the lead's
doer and target (``actors/set_parties._lead_pair``: a ``mutual_verb``'s subjects in a clause of a ``prior_mark`` come
after them). Two items keep the pair that acted together: its act is the lead's main one ("India and Bangladesh signed
a
deal"), or the lead's main clause names no pair of states ("Protesters marched in Manila after China and the
Philippines agreed ...").

Every act was annotated by reading, before the coder was run on the items. Three items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, 23140bf1): working items 3 wrong (01, 03, 04: the pair of the
time clause given), 0 missing, 0 with no event; aside items 1 wrong. After it (the limits below, working and aside
together): working 2 wrong (01: the lead's target is a phrase on its object, "its ambassador from Nairobi", which the
lead's parties do not count; 03: its target only a demonym, "Moroccan airlines"), aside 1 wrong. Reading a
preposition on the main verb's object as the lead's target fixed 01 but changed nothing on dev and was dropped. The
act triggers of items 02 and 08 were first written "called on" (the coder's trigger is "called") and corrected
after the first run, without looking at item 08's output.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_sets48.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 3, "missing": 0, "wrong type": 0}


def test_probe_sets48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_sets48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
