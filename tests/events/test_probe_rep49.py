"""The repeats probe of session 49 (issue 11 §4, h-rep49): a ship taken in to port after its seizure, one act.

``tests/data/probe_rep49.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe about real states with invented facts; none is taken or paraphrased from an
evaluation set or the shared data), in the format of the repeats probe (``test_probe_repeats.py``: acts annotated by
reading, before the coder was run, with the phrases that mention them). Each tells a coast guard or navy seizing,
intercepting or detaining a vessel, then the vessel taken in ("The vessel was then escorted to the port of Montevideo",
"escorted the boat into Puerto Princesa harbour", "was escorted by a patrol ship to the port of Belawan"): the last
stage of the seizure, one act. The items marked ``lookalike`` hold acts that must stay apart: another ship escorted
out of the waters, a boat escorted to port this week and a seizure years before, a navy escorting its own fleet.
``aside`` marks 4 items written and annotated like the rest whose output was not looked at while fixing.

When written (main, d05666cb), the coder made 4 repeats and no over-merge on the 8 working items (aside: 3 and 1);
after this session's rule (``act_links.taken_in``, a seizure looked for before a detention) 0 and 0 (aside: 0 and
1). Run with ``-s`` to see which acts (of the items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_rep49.jsonl"
MAX_REPEATS = 0
MAX_OVER_MERGES = 1


def test_probe_rep49_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_rep49_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_rep49_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
