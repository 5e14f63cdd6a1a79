"""The met-body probe of session 53 (issue 11, h-tgt53): talks at a meeting of a body, with no target.

``tests/data/probe_tgt53.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells a grievance of one state, then an act it does "at a meeting" or "at a summit" of
a body or of a bloc's ministers ("will raise the incursions at a meeting of EU foreign ministers"). The meeting is
coded as a consultation of the act's doer; its target annotated is the body met (``events/occasion_talks.py``,
``met_body``). Two items are built to stay without one: a meeting of a body of the doer's own state (its security
council, its cabinet); one item is a meeting of the two parties' own officials, coded as theirs (symmetric).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, fa30865b): working items 2 missing (a summit and a meeting of a
bloc's leaders), 2 wrong and 4 with no event (both as after the rule), 0 wrong source; aside items 3 missing, 1 with
no event, 0 wrong.
After it (the limits below, working and aside together): working 0 missing, 2 wrong (a grievance noun,
"raise the incursions", "raise the detentions", is coded as the grievance itself over the whole phrase, the meeting
in it, its target the place of the meeting or the meeting's ministers: an event type the rule does not touch), 4 with
no event (talks on a verb with no coded act, "take up", or on one coded with its frame over the whole phrase, "expected
to raise the seizures"; the two parties' own meeting after an agreement; the doer's own security council, told by
"discussed" alone, as annotated); aside 1 missing, 1 with no event, 0 wrong.
The end refit of session 62 (the attacher refitted on the round's rules and the dev gold of the audit of session 62)
left tgt53-08's meeting of a Gulf bloc without its target: working 1 missing; no rule changed (as the limits of
aid47-08 and w2-02 followed the start refit of session 61).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_tgt53.jsonl"
MAX = {"no event": 5, "wrong source": 0, "wrong": 2, "missing": 2, "wrong type": 0}


def test_probe_tgt53_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_tgt53_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
