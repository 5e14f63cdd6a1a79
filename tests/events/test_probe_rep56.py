"""The repeats probe of session 56 (issue 11 §4, h-rep56): an arrest restated with a ground no text names.

``tests/data/probe_rep56.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three sentences,
written for this probe about real states with invented facts; none is taken or paraphrased from an evaluation set or
the shared data), in the format of the repeats probe (``test_probe_repeats.py``: acts annotated by reading, before
the coder was run, with the phrases that mention them). Each lead tells an arrest or detention of foreigners by
police at a named town and names the holding country somewhere in the item; the next sentence restates it by a
passive with no place and no reporting verb ("The three men were detained late on Tuesday"), which the home-ground
rule places in the country by its name (``places_home._police_ground``). The items marked ``lookalike`` hold a
further arrest of other people on another day, one of them in a sentence that names the country, which must stay
apart. ``aside`` marks 4 items written and annotated like the rest whose output was not looked at while fixing.

Before this session's rule (h-rep56 at ed12c2e6) the coder made 5 repeats and no over-merge on the 8 working items
(aside: 3 and 0); after it (``same_act._unnamed_ground``) 0 and 0 (aside: 0 and 0). Run with ``-s`` to see which
acts (of the items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_rep56.jsonl"
MAX_REPEATS = 0
MAX_OVER_MERGES = 0


def test_probe_rep56_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_rep56_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_rep56_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
