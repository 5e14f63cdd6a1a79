"""The repeats probe of session 48 (issue 11 §4, h-rep48): a signing restated on a definite noun, one act.

``tests/data/probe_rep48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe about real states with invented facts; none is taken or paraphrased from an evaluation set or
the shared data), in the format of the repeats probe (``test_probe_repeats.py``: acts annotated by reading, before
the coder was run, with the phrases that mention them). Each tells two states signing a text, then the signing again
by the same verb on a definite noun that names no text of its own: "signed the document during a ceremony", "The accord
was signed at the foreign ministry by ...", "signed the memorandum in Hanoi", "signed the agreement at State
House" (after "signed a trade agreement ... to cut tariffs", whose purpose clause is a mention of the signing). The
items marked ``lookalike`` hold two texts that must stay apart: a further memorandum signed ("also signed a
memorandum on police training"), a named declaration signed years before. ``aside`` marks 4 items written and
annotated like the rest whose output was not looked at while fixing.

When written (main, a2a468f8), the coder made 2 repeats and no over-merge on the 8 working items (aside: 1 and 0);
after this session's rules (``same_act._signed_again``; a mention detailing another compared by its sides alone,
``acts._joins_by_rules``) 0 and 0 (aside: 0 and 0). Items 02-05 were one act before already (by the rules of
session 32: the restatement names no target of its own, or its noun is the same or an event noun of the code). Run
with ``-s`` to see which acts (of the items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_rep48.jsonl"
MAX_REPEATS = 0
MAX_OVER_MERGES = 0


def test_probe_rep48_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_rep48_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_rep48_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
