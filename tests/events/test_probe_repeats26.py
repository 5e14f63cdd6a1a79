"""The repeats probe of session 26 (issue 11 §4, h-repeats26): an act of force told by an event noun and by the toll
it took, in a relative clause or as the noun's verb.

``tests/data/probe_repeats26.jsonl`` holds 15 short synthetic wire articles (a dateline, an agency tag, one or two
sentences, written for this probe; none is taken from an evaluation set), in the format of the repeats probe
(``test_probe_repeats.py``: acts annotated by reading, before the coder was run, with the phrases that mention
them): a strike, raid, shelling or incursion named by an event noun with a relative clause on a noun of its phrase
("a Burkinabe drone strike on a market near the town of Torodi that killed 12 civilians"), an attack noun that is
the subject of its toll ("an Afghan Taliban attack on a Pakistani border post killed three soldiers"), a participle
of result ("fired on a patrol boat ..., wounding a sailor") and a definite noun in a quote ("The detention of our
citizens"). The items marked ``lookalike`` hold two acts that must stay apart (a relative clause on a verb's
object or on a named armed group, two strikes on two days, an attack by militants before the army's raid on them).
``aside`` marks 5 items written and annotated like the rest whose output was not looked at while fixing.

When written, the coder made 3 repeats and 1 over-merge on the 10 items not set aside (aside: 1 repeat, no
over-merge); after this session's fix (``act_links._in_act_phrase``, ``_parties_of``) 0 and 1 (aside: 0 and 0).
Landed after it, anonymous people given no country (1f60e27, with attach.json refitted) made one aside item
over-merge (counted only, not looked at: aside items are never read while fixing): 0 and 1, aside 0 and 1.
Left: "a week after an attack by the group on an army convoy that killed 11 soldiers" after "Malian troops raided
a JNIM camp": the attack is no candidate (its doer, "the group", is not resolved) and the toll, whose doer is read
as the convoy's army, joins the raid. Run with ``-s`` to see which acts (of the items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_repeats26.jsonl"
MAX_REPEATS = 0
MAX_OVER_MERGES = 2


def test_probe_repeats26_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_repeats26_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_repeats26_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
