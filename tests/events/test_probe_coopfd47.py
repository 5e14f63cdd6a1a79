"""The text-approval probe of session 47 (issue 11, h-coopfd47): cooperative acts done to a text a body adopts.

``tests/data/probe_coopfd47.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three
sentences, written for this probe, about real states with invented facts; none is taken or paraphrased from an
evaluation set). Each tells a quarrel between two states, then one of them (its parliament, lawmakers, president)
approves, passes, adopts or signs a text (a bill, law, budget, amendment, resolution, decree): that act is done to
the text, not to the other state, and is annotated with no target. Two items are controls the rule must leave
alone: an offer and a welcome naming no receiver, which take the story's other state (``events/coop_targets.py``),
one of them a ban lifted (a ban is no text).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, 43289587): working items 3 wrong (the other state given to a
bill, a budget and an amendment approved), 3 with no event (the coder codes no act for "passed a law", "adopted a
resolution", "a decree signed by"); aside items 1 wrong, 2 with no event. After it (the limits below, working and
aside together): working 1 wrong (the budget approved in the passive: "Estonia's budget" gives its own state as the
target by another rule, the possessor of the object), 3 with no event; aside 0 wrong, 2 with no event. No item
missing, no wrong source, before or after.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_coopfd47.jsonl"
MAX = {"no event": 5, "wrong source": 0, "wrong": 1, "missing": 0, "wrong type": 0}


def test_probe_coopfd47_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_coopfd47_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
