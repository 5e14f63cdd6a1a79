"""The empty-target probe (issue 11, session 22, h-notarget): an act coded with its doer and no target at all
while its own sentence names the party it is aimed at.

``tests/data/probe_notarget.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one
sentence, written for this probe the way wires write; none is taken from an evaluation set), each with one
act, in the constructions that left targets empty on real news copy: a rejection or denial of a statement
whose author is named ("rejected accusations by X", "denied charges by X", "rejected a request from X",
"rejected X's calls"), its acceptance ("accepted the demands by X"), an appeal's addressee ("urged X to",
"called for X to"), an ultimatum's ("issued an ultimatum to X"), an invitation's counterpart ("accepted an
invitation to meet with X") and a shipment's receiver ("sent supplies to X").

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl``
(trigger word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items
carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart.

Counted per act as in ``test_probe_targets.py``: a WRONG target when a resolved target matches no key; a
MISSING target when events were found and none has a resolved target; acts with no such event are printed,
not counted. When the probe was written the coder had 0 wrong and 6 missing targets on the 12 probe items (the
authors after "by", "denied charges by", "accepted the demands by", "called for X to", an invitation to meet
with X) and 0 wrong and 3 missing on the 6 aside items; the fixes of session 22 (``answered``, ``for_clause``,
``proposed_with`` and their kin) brought both to 0 and 0, the most these tests allow.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_notarget.jsonl"
MAX_WRONG = 0
MAX_MISSING = 0


def test_probe_notarget_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_notarget_wrong(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_notarget_missing(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
