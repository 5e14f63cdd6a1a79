"""The second repeats probe of session 52 (issue 11 §4, h-rep52): an act named back by its doer's name.

``tests/data/probe_rep52b.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe about real states with invented facts; none is taken or paraphrased from an evaluation set or
the shared data), in the format of the repeats probe (``test_probe_repeats.py``: acts annotated by reading, before the
coder was run, with the phrases that mention them). Each tells a complaint, request, accusation or demand, then names
it back by a definite noun whose doer is a demonym or possessive in its own phrase, governed by another word ("Council
members are expected to discuss the Jordanian complaint", "Togo said it was studying Ghana's demand"): one act. The
items marked ``lookalike`` hold acts that must stay apart: another state's request named by its demonym, a protest
of another year ("the Vietnamese protest of 2019"), a plural noun of protests over years.

When written (main, 8d214305), the coder made 4 repeats and no over-merge on the 8 working items (aside: 2 and 0);
after this session's rule (``acts._named_back``) 2 and 0 (aside: 2 and 0). The two working repeats left are no
repeats of the coder: the rejection whose trigger holds the noun ("turned down the Peruvian request ...", "dismissed
the Egyptian accusation") is counted as covering the act the noun names. Run with ``-s`` to see which acts (of the
items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_rep52b.jsonl"
MAX_REPEATS = 4
MAX_OVER_MERGES = 0


def test_probe_rep52b_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_rep52b_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_rep52b_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
