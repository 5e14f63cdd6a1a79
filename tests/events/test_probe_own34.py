"""The instrument probe (issue 11, "targets that are not actors": one's own forces, weapons and vessels; session 34,
h-own).

``tests/data/probe_own34.jsonl`` holds 32 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each telling a state or group
sending, moving, massing, flying, launching or firing its own forces or hardware ("launched drones at X", "moved
tanks to the Syrian border", "fired a ballistic missile off its east coast", "accused X of massing troops on their
border"). The hardware or troops are the doer's instrument: never a target (``not_target``: their words may not
stand among the event's targets) and never another side's country; the target is the place or party after
at/on/toward/against/into/to, or none. A missile fired into the sea or off a coast is a launch (``MOBILIZE``), no
attack (``not_plover``: ``ASSAULT``). Nine guards hold the same verbs where main already did right ("fired missiles
at Ukraine's power grid", "sent troops into Afghanistan").

Each act was annotated by reading, before the coder was run (format and counts as ``test_probe_names33``: a missing
source counts as wrong). A third of the items carry ``"aside": true``: they were not used while fixing, and their
counts are reported apart.

Counts when written (session 34, main 98284032), working items: 13 wrong (the instrument among the targets, as
words or as the target's military: "drones at Israel" read as Israel's drones, "troops" in "accused Eritrea of
massing troops" given the dateline's country), 1 wrong type (a launch off the coast coded as an attack), 1 with no
event ("flew fighter jets toward Taiwan"); aside: 7 wrong, 1 wrong type, 1 with no event. After the first fix
(the aim preposition read on the thing fired, hardware never "at" an owner, hardware a dispatch_verb or aim_verb
moves left out of the targets; verbs.tsv "fire/launch off +coast", "fly +jet"): working 3 wrong (the accusations:
own-10, 11, 21); aside 1 wrong, 1 with no event (coast guard ships sent: "send +ship" is not in the lexicon, as
ships sent are as often aid).

Session 39 (h-loc39): own-18 ("deployed troops to its border with Guyana") was first annotated with the neighbour as
its target; the evaluation gold codes a deployment to one's own border as no act on the neighbour (the border is
where the troops go), and the rule for a border after a preposition of place or destination now says so, so its
target is none.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_own34.jsonl"
MAX = {"no event": 1, "wrong source": 0, "wrong": 4, "missing": 0, "wrong type": 0}


def test_probe_own34_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_own34_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)  # a missing source counts as wrong here
