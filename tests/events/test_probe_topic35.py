"""The place, topic and other-clause probe (issue 11, "targets and doers taken from phrases that are no party to
the act"; session 35, h-topic35).

``tests/data/probe_topic35.jsonl`` holds 39 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each with a phrase that names a
country or a person but is no party to the act: a place ("on Italian soil", "in Omani waters", "to the border town
of X", "patrol the stretch of coast between X and Y"), a topic ("summoned Georgia's ambassador over the treatment of
jailed former president X": the envoy's state is the target, the one the summons is "over" is not), one's own
forces sent ("sent an additional battalion to the Upper Nile region": no target unless "to fight"/"against" names
one), equipment destroyed ("destroyed dredges, pumps and three excavators": no target), and a side of another
clause ("pulled back" after a clause in which other fighters attacked; "attacks X blamed on the Y army": the doer
is Y). ``not_target`` phrases may not stand among the event's targets; a resolved target not among the act's
``target`` keys is wrong. Guards hold the cases where the place is the target's ground ("struck energy facilities
on Ukrainian territory").

Each act was annotated by reading, before the coder was run (format and counts as ``test_probe_own34``: a missing
source counts as wrong). A third of the items carry ``"aside": true``: they were not used while fixing, and their
counts are reported apart.

Counts when written (session 35, main ec46bc7e), working items (27): 5 wrong (topic-01 "detained anyone on Italian
soil": Italy, from the ground rule of events/ground.py; topic-09, 10 "patrol the stretch of coast/the Nile": the
stretch kept as target words; topic-32 "destroyed dredges, pumps ...": the things kept as target words; topic-37
"bombed any target on Iraqi territory": Iraq, which the ground rule's convention, "struck facilities in X", makes the
target of a strike, so the annotation, target none, is disputable), 1 wrong source (topic-29: "attacks the PKK
blamed on the Turkish army" read by the parser as a verb "attacks" with the summoner as its subject), 3 missing
(topic-23 "sent two more battalions to Borno state to fight Boko Haram": the fight has the target, the sending
none; topic-27 "withdrew" after "entered the Somali town": no target; topic-35 "struck energy facilities on
Ukrainian territory": "on" is no hit_place_prep), 2 with no event (topic-28, 31: an act noun restated after a
comma, or "strikes ... which X blamed on Y", coded as the blaming only); aside: 3 wrong, 1 missing, 1 with no
event. After h-topic35 (fate_noun "treatment"): the same. The fix needs what a one-sentence item rarely has, a
parse that hangs "over the treatment of X" on the verb ("summoned X's envoy over ..."; with "ambassador" the
parser hangs it on the noun and main was already right): tests/events/test_topic35.py holds it. (The branch's
assemble._sent_forces, a dispatch verb's bare forces object never a target, was reverted on main: aside -3
strict, -1 false dyad.)
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_topic35.jsonl"
MAX = {"no event": 3, "wrong source": 1, "wrong": 8, "missing": 4, "wrong type": 0}


def test_probe_topic35_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_topic35_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)  # a missing source counts as wrong here
