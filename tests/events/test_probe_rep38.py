"""The repeats probe of session 38 (issue 11 §4, h-rep38): a protest and what it charges, one act.

``tests/data/probe_rep38.jsonl`` holds 24 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe about real actors with invented facts; none is taken from an evaluation set or the shared
data), in the format of the repeats probe (``test_probe_repeats.py``: acts annotated by reading, before the coder
was run, with the phrases that mention them): a protest lodged, a summons or a complaint or case filed with a
participle of its charge ("lodged a strong protest with Afghanistan, accusing the Taliban government of ..."), and
a summons or protest with a conjoined criticism by the same subject ("summoned Belarus's charge d'affaires and
called the detention ... unacceptable"). The items marked ``lookalike`` hold acts that must stay apart: a summons and
a conjoined accusation (the development wires count two acts), an accusation hung on a demand, an appeal conjoined
to a summons, another subject's criticism, a case filed years before the accusation. ``aside`` marks 8 items
written and annotated like the rest whose output was not looked at while fixing.

When written, the coder made 10 repeats and no over-merge on the 16 working items (aside: 5 and 0); after this
session's fix (``act_links.charge_of``, a summons with a criticism in ``act_links._one_kind``) 1 and 0 (aside: 0
and 0). Left: "summoned Egypt's ambassador and condemned the arrest of an Italian student": the criticism's target is
read as the arrested student (the doer's own national), not Egypt, so the two do not name the same sides. Run with
``-s`` to see which acts (of the items not set aside).
"""

from __future__ import annotations

import pytest
from tests.probes import check_repeat_items, check_repeat_limit, read_items, repeats_and_merges

PROBE = "probe_rep38.jsonl"
MAX_REPEATS = 1
MAX_OVER_MERGES = 0


def test_probe_rep38_is_well_formed_and_synthetic():
    check_repeat_items(read_items(PROBE))


@pytest.fixture(scope="module")
def counted(coder):
    return repeats_and_merges(coder, read_items(PROBE))


def test_probe_rep38_extra_events_per_act(counted):
    check_repeat_limit(counted, 0, MAX_REPEATS, "repeats")


def test_probe_rep38_distinct_acts_not_merged(counted):
    check_repeat_limit(counted, 1, MAX_OVER_MERGES, "over-merges")
