"""The repeats probe of session 52 (issue 11 §4, h-rep52): an agreement reached and then signed, one act.

``tests/data/probe_rep52.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe about real states with invented facts; none is taken or paraphrased from an evaluation set or
the shared data), in the format of the repeats probe (``test_probe_repeats.py``: acts annotated by reading, before the
coder was run, with the phrases that mention them). Each tells an agreement in its lead ("Kenya and Ethiopia agreed on
Monday to build a power line", "Vietnam agreed on Tuesday to sell Laos 300 megawatts") and then its signing ("The
energy ministers of the two countries signed the agreement", "The deal was signed in Hanoi by ..."): how the agreement
was made, one act. The items marked ``lookalike`` hold acts that must stay apart: a signing told in the lead beside a
further agreement (the later signing restates the signing), a loan agreement signed with a lender, a signing denied,
another pair signing another agreement. ``aside`` marks 4 items written and annotated like the rest whose output was
not looked at while fixing.

When written (main, 8d214305), the coder made 5 repeats and no over-merge on the 8 working items (aside: 3 and 0);
after this session's rule (``acts._signs_agreed``) 0 and 0 (aside: 0 and 0). Run with ``-s`` to see which acts (of the
items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_rep52.jsonl"
MAX_REPEATS = 0
MAX_OVER_MERGES = 0


def test_probe_rep52_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_rep52_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_rep52_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
