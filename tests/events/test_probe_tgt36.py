"""The probe of targets told by a place or by the story's two sides (issue 11, "right type, no target where the gold
names one"; session 36, h-tgt36).

``tests/data/probe_tgt36.jsonl`` holds 34 short synthetic articles (a dateline, an agency tag and one to five
sentences, written for this probe the way wires write; none is taken from an evaluation set) of two shapes: a call by a
third party for de-escalation of fighting between the story's two sides ("The European Union called for an immediate
ceasefire", "Malaysia urged restraint"; a call for calm after riots, one by a side itself, one in a sentence that names
a third party, one in a text of a single sentence), and aid or cooperation told by where the thing goes ("will build a
200-bed hospital in Kandahar", "financed emergency gas purchases for Ukraine", "funded new radar stations for
Philippine forces"; guards: building on one's own ground, in two countries, a pledge made at a venue).

Each act was annotated by reading, before the coder was run (format and counts as ``test_probe_own34``: a missing
source counts as wrong). A third of the items carry ``"aside": true``: they were not looked at while writing the
rules, and their counts are reported apart.

Counts when written (session 36): on main (7eab588c's parent, 2c03d778) working items (23): 15 missing (every
third-party call of the working items, and every aid item the lexicon codes but tgt-13), 4 with no event (tgt-13, 25,
31, 33: "will build a hospital", "will send engineers to rebuild" are no act the lexicon codes); aside (11): 8 missing.
After h-tgt36 (context.mediations for CAMEO 0256; CodeSideRules._aided_ground): working 4 missing (tgt-10, a third party
named in the call's sentence, left alone by design; tgt-17, 21, "homes for earthquake survivors in Syria", "rice for
North Korean flood victims": the people for whom are no actor and the place hangs on them; tgt-26, ports in two
countries, left alone by design), the same 4 with no event; aside 1 missing (tgt-27, "pledged $100 million for Sudan
at a donor conference": a pledge is no giving verb). No wrong target and no wrong source on either.
The lead did not keep the rule for CAMEO 0256 (one false dyad more on the aside articles, no strict match more):
tgt-01, 02, 04 and 05 are missing again (working 8 missing, aside 4; the limits count both).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_tgt36.jsonl"
MAX = {"no event": 4, "wrong source": 0, "wrong": 0, "missing": 12, "wrong type": 0}


def test_probe_tgt36_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_tgt36_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)  # a missing source counts as wrong here
