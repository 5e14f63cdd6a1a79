"""The labelled-reaction probe of session 54 (issue 11, h-ctx54): reactions done to a free relative.

``tests/data/probe_ctx54.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells an act or a charge of one state, then the other state's reaction whose object is
a free relative that labels it ("rejected what it called baseless claims", "condemned what it termed a ..."): the
target annotated is the doer of the act or the words labelled (``events/labelled.py``). One item is built to stay
without a target: a label that names no act of anyone ("double standards").

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-ctx54 at f6dd80b5): working items 4 missing (the ban, the decision,
the report, the gesture), 0 wrong, 0 with no event; aside items 0 missing, 0 wrong (the neighbouring-sentence answer
of ``events/context.py`` already gives the other party when the labelled act is the last one told, as in items 1-3:
the aside items do not tell the rule apart). After it (the limits below, working and aside together): working 2
missing (a label of words no lexicon names, "a false report" of a state's statement; a label that names no kind of
act, "a goodwill gesture"), 0 wrong (the label naming no act, item 8, takes no one), 0 with no event; aside 0
missing, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_ctx54.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 2, "wrong type": 0}


def test_probe_ctx54_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_ctx54_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
