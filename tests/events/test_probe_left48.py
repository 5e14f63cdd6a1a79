"""The leaving probe of session 48 (issue 11, h-tgtm48): a withdrawal of one's own people or forces "out of" or
"from" a place of another state, with no other target named.

``tests/data/probe_left48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells a state taking its troops, diplomats or nationals out of a country, its
capital or a region of it ("pulled its diplomats out of Tehran", "withdrew its ambassador from Minsk on Tuesday");
the target annotated is that country. Two items take troops out of a town of the doer's own country (no target:
a move at home), one launches drones from a third country's ground (that country is no target).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, a2a468f8): working items 5 missing (no target where one is
annotated), 2 with no event (border guards pulled out, nationals evacuated: the lexicon codes neither), 0 wrong;
aside items 1 missing, 1 with no event, 0 wrong. After it (``ParticipantRules._out_of``, ``_left_place``; the
limits below, working and aside together): working 1 missing (the drones launched from Cyprus "to strike targets
in southern Lebanon": the launch's aim is another rule's), 2 with no event, 0 wrong; aside 0 missing, 1 with no
event, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_left48.jsonl"
MAX = {"no event": 3, "wrong source": 0, "wrong": 0, "missing": 1, "wrong type": 0}


def test_probe_left48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_left48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
