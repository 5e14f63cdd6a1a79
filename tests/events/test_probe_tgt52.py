"""The warning-target probe of session 52 (issue 11, h-tgt52): warnings whose that-clause names whom they are aimed
at in two shapes :meth:`detente.events.frames.FrameRules.warned_of` did not read.

``tests/data/probe_tgt52.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells a quarrel between two states, then a warning by one of them that names no one
warned: that the other's people or craft (a demonym on the clause's subject) "were legitimate targets" or "would be
a target" (``FrameRules._marked_subjects``), or that the warner would raise the matter in talks, negotiations, a
meeting or a summit "with" the other (``FrameRules._dealings_with``). One item is a warning the rules leave without a
target (a step that sends exports to a third state, on a condition that names no party), one a warning read before
this round ("would pay a price").

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-tgt52 at 8d214305): working items 6 missing, 0 wrong, 0 with no
event; aside items 4 missing, 0 wrong (item 02's "were legitimate military targets" had its target before).
After it (the limits below, working and aside together): working 2 missing (the exports item; item 03, whose "raise the
detentions" the lexicon reads as a detention threatened, a frame's act, which ``warned_of`` does not see), 0 wrong;
aside 0 missing, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_tgt52.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 2, "wrong type": 0}


def test_probe_tgt52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_tgt52_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
