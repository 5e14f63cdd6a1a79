"""The probe of session 47's short wave (h-men47): people named with a demonym or a state's possessive, named again
by a plain noun or "them".

``tests/data/probe_men47.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two to five
sentences, written for this probe about real countries with invented facts; none is taken or paraphrased from an
evaluation set): plural people named with a demonym ("seven Ghanaian traders") or as a state's own ("three of its
park rangers"), then named again as "them", "the men", "the detainees" or "the fishermen" as the target of a later
act; with the constructions to leave alone: anonymous people ("nine traders": nobody known), "the men" acting as a
subject (no state doer), and "them" standing for things ("two border protocols").

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts by ``target_counts`` before the rule (main 43289587): working 2 wrong targets, 2 wrong sources, 2 missing,
0 with no event; aside 0, 0, 1, 0. After it (the limits below): working 2, 2, 0, 0; aside 0, 0, 1, 0. Left: the
detainees a court orders deported given the court's state (03), "the men" acting given their state as the doer by
the earlier rule that names people again (05), "them" after things given the signatories (06), and people named
more than two sentences before (12, outside the rule's reach).
"""

from __future__ import annotations

import pytest
from tests.probes import check_type_items, read_items, target_counts

PROBE = "probe_men47.jsonl"
MAX = {False: {"wrong": 2, "wrong source": 2, "missing": 0, "no event": 0},
       True: {"wrong": 0, "wrong source": 0, "missing": 1, "no event": 0}}


def test_probe_men47_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("aside", [False, True])
def test_probe_men47_sides(sides, aside):
    for kind, limit in MAX[aside].items():
        assert len(sides[aside][kind]) <= limit, sides[aside][kind]
