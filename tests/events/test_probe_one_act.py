"""The one-act probe (session 21): two verbs of one act in one sentence, a joint act detailed by one of its doers,
a lead's act restated; and look-alike acts kept apart.

``tests/data/probe_one_act.jsonl`` holds 42 short synthetic wire articles (a dateline, an agency tag, one to four
paragraphs, written for this probe; none is taken from an evaluation set), in the format of the repeats probe
(``test_probe_repeats.py``: acts annotated by reading, before the coder was run, with the phrases that mention
them). The items marked ``lookalike`` hold two acts that look alike and must stay apart (two places or days, a
raid and the arrests it made, a demand and its refusal, a joint act and one party's later act, a visit and a
meeting with a third party, two expulsions by two countries, a closure and a reopening). ``aside`` marks 14 items
written and annotated like the rest whose output was not looked at while fixing. Items one-25 to one-33 were
written after the session's first fixes, one-34 to one-42 after its last, each batch before the coder was run
on it.

Before this session's fixes the coder made 7 repeats and no over-merge on the 28 items not set aside (aside: 4
repeats, no over-merge); after them (events/acts.py, same_act.py, act_links.py, status.py) 2 and none (aside: 2
and none). Left: a participle hung on a verb the lexicon does not code, itself a conjunct of an act of force
("bombed a village and strafed its fields, killing five civilians"); an event noun coded by its lemma alone
where the verb of the same act is coded by its object ("expelled a Russian diplomat" 161 / "Estonia's expulsion
of the diplomat" 166: nouns.tsv has one code a noun). Run with ``-s`` to see which acts (of the items not set
aside).

Session 49 (h-moda49) raised the limit from 4 to 5: one-07's detail sourced to "a military source" is now asserted
(``VouchRules.unplaced_voice_after``), and the lead's act no longer takes it in as a reported detail of its own.
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_one_act.jsonl"
MAX_REPEATS = 5
MAX_OVER_MERGES = 0


def test_probe_one_act_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_one_act_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_one_act_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
