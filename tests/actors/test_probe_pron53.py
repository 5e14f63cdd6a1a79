"""The neighbours probe of session 53 (issue 11, h-pron53): "the two neighbours" resolved to a pair that shares no
border.

``tests/data/probe_pron53.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each names a third state (a donor, lender, backer, host or mediator) beside one or both of
two bordering states, or a pair named together that shares no border, and then "the two neighbours" as a doer or
target; two items (08, 09) are controls whose pair is named together and borders. The pair annotated is the two
states that share a border (``borders.tsv``), as the rule of ``actors/sets.py`` (``_bordering``,
``_bordering_most_named``) reads them.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were not
looked at while the rule was written (the rule was written from the dev failures before the probe; only the
aside counts were looked at).

Counts by ``target_counts`` before the rule (main 1dc1a199): working items 6 wrong sources (the set as the donor,
lender or the pair named together with one of the two, in 01, 02, 03, 06, 08 and 11), 0 wrong targets, 0 missing,
0 with no event; aside 1 wrong source, 0 wrong. After it (the limits below, working and aside together): working 0
wrong sources, 1 wrong target (11: the lender given as the target of the neighbours' closing by the rule of the act
answered, ``events/context.py``, not by the set), 0 missing; aside 0 wrong sources, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_pron53.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 1, "missing": 0, "wrong type": 0}


def test_probe_pron53_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_pron53_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
