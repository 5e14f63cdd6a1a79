"""The ministry-seat probe (issue 11, session 41, h-ministry41): whose is a ministry that speaks from its own capital
under another country's dateline.

``tests/data/probe_ministry41.jsonl`` holds 12 short synthetic articles (a dateline, an agency tag and three
sentences, written for this probe; none is taken from an evaluation set). In ten a ministry named without its state
("the foreign ministry") speaks "in a statement issued/released/posted/published in <capital>" or "in <capital>"
while the dateline is another country's; the next sentence's "It urged/accused/asked ..." is the act, whose doer is
the capital's state. Two controls: the statement issued in the dateline's own capital, and one with no place.

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl``. A third of
the items (4) carry ``"aside": true``: they were not looked at while writing the rule.

Counted per act as in ``test_probe_spk39.py`` (:func:`tests.probes.target_counts`). Before the rule
(``antecedents.statement_place``): 0 wrong targets, 5 wrong sources (the dateline's state as the doer: items
1-5) and 0 missing on the 8 working items, 0, 3 and 0 on the 4 aside items; after it 0, 0 and 0 on both (the limits
below).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_ministry41.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0


def test_probe_ministry41_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_ministry41_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_ministry41_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_ministry41_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
