"""The repeats probe of session 25 (issue 11 §4, h-repeats25): a protest restated by the note handed with it, and
an appeal said again with less; and look-alike acts kept apart.

``tests/data/probe_repeats25.jsonl`` holds 15 short synthetic wire articles (a dateline, an agency tag, one to
three paragraphs, written for this probe; none is taken from an evaluation set), in the format of the repeats
probe (``test_probe_repeats.py``: acts annotated by reading, before the coder was run, with the phrases that
mention them): a protest or summons restated by the minister who handed the note ("Foreign Minister X handed a
protest note to Y's ambassador") or by a passive with no doer phrase in someone's account ("told reporters that
the envoy had been handed a protest note", "The ambassador was handed a ... note, the ministry said"); an appeal
restated by its root's general code ("asked the Council to hold a meeting" / "urged the Council to act"). The items
marked ``lookalike`` hold two acts that must stay apart (appeals to two addressees, notes to two states or of two
dates, summonses by two states). ``aside`` marks 5 items written and annotated like the rest whose output was not
looked at while fixing.

When written, the coder made 6 repeats and no over-merge on the 10 items not set aside (aside: 4 repeats, no
over-merge); after this session's fixes (``same_act._named_targets``, ``retold_act`` with ``undone``, appeals in
``same_words``) 1 and none (aside: 0 and none). Left: "Ethiopia appealed to the United Nations for emergency
food aid" gets no target (the addressee of "appealed to"), so its restatement "urged the United Nations to act"
has no same words to join. Run with ``-s`` to see which acts (of the items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_repeats25.jsonl"
MAX_REPEATS = 1
MAX_OVER_MERGES = 0


def test_probe_repeats25_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_repeats25_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_repeats25_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
