"""The aid-receiver probe of session 47 (issue 11, h-aid47): receivers told on the thing given.

``tests/data/probe_aid47.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and one sentence,
written for this probe about real states with invented facts; none taken or paraphrased from an evaluation set),
each a gift whose receiver is named on its object: "for X's <noun>" on a participle ("radar systems built for X's
navy"), "for X's <noun>" on a noun ("a loan for X's power grid", "15 million dollars for X's election
commission"), "to X" on a participle ("supplies flown to X's capital"); with two controls of each kind where the
phrase must not give the receiver: a "for its own ..." beside a "to X" on the verb, and a relative clause ("boats
that once served X's navy") beside a "to Y" on the verb. The format is that of ``probe_aid45.jsonl``.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule (``events/object_receivers.py``); only their counts were looked at.

Counts by ``target_counts`` (wrong, wrong source, missing, no event) before the rule (main 43289587): working
1, 0, 3, 2 and aside 0, 0, 3, 0. After it (the limits below): working 1, 0, 0, 2 and aside 0, 0, 1, 0. Left: the
wrong one is the relative-clause control, whose possessor the target rules already take from the clause of its
own (the rule adds nothing where a target is known); the two with no event are "handed (over)" with a "to" or "at"
phrase the act rules do not take as a gift (not this rule's class); the aside miss is one the rule does not reach.
Session 48's refit (531 dev articles) added one aside miss (aid47-10). Session 49's refit of the attacher on 551 dev
articles turns the relative-clause control (aid47-08) from a wrong target into none at all: working 0, 0, 1, 2 (the
limits below followed it; no rule changed); session 50's refit on 571 dev articles turns it back into the wrong
target: working 1, 0, 0, 2; session 61's refit on 791 dev articles turns it into none again: working 0, 0, 1,
2 (the limits below; no rule changed).
"""

from __future__ import annotations

import pytest
from tests.probes import check_type_items, read_items, target_counts

PROBE = "probe_aid47.jsonl"
MAX = {False: {"wrong": 0, "wrong source": 0, "missing": 1, "no event": 2},
       True: {"wrong": 0, "wrong source": 0, "missing": 2, "no event": 0}}


def test_probe_aid47_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("aside", [False, True])
def test_probe_aid47_sides(sides, aside):
    for kind, limit in MAX[aside].items():
        assert len(sides[aside][kind]) <= limit, (kind, sides[aside][kind])
