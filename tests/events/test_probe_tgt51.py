"""The made-by target probe of session 51 (issue 11, h-tgt51): reactions whose own words name no one, and whose
target is the doer of what they react to, told in the clause above them (``events/made_by.py``), and protests told
by a light verb and its noun held outside an embassy or consulate (``events/context_places.py``, ``_light_objects``).

``tests/data/probe_tgt51.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set): a protest, threat or warning a participle of reaction draws ("prompting", "drawing"), hung
on a that-clause whose subject is a thing or by the parser on the object of a ban; a rejection or denunciation in a
relative clause on the object of a signing, or on an appositive that sums up the clause; a protest, rally or sit-in
staged or held outside a foreign embassy or consulate. One item is a control: a criticism in a relative clause on a
law of the doer's own state, which takes no target from it.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts by ``target_counts`` before the rules (main, 06fffdf1): working items 5 missing (01, 03, 04, 05, 06), 0
wrong, 0 with no event; aside items 2 missing, 0 wrong. After them (the limits below, working and aside together):
working 0 missing, 0 wrong, 0 with no event; aside 1 missing (a relative clause the parser hangs on the time, "last
year that X rejected"), 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_tgt51.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 1, "wrong type": 0}


def test_probe_tgt51_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_tgt51_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
