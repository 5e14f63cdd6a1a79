"""The panel probe (issue 11, session 45, h-panel45): a body that hears a case ("panel", "tribunal") told again with
"the", bare or with a modifier that names no one ("the three-member panel", "the arbitral tribunal"), is the latest
such body the article named with its actor ("A WTO panel ruled ... The panel urged Japan ...": the WTO).

``tests/data/probe_panel45.jsonl`` holds 12 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), annotated by reading
before the coder was run, in the schema of ``probe_spk39.jsonl`` (trigger word; acceptable source and target keys).
The construction: a WTO or U.N. panel, or a court's tribunal, is named with its actor, then "the panel" or "the
tribunal" is the doer (or the target) of an act in a later sentence. A third of the items (4 of 12) carry
``"aside": true``: their output was not looked at while writing the rule, and they are counted apart.

Counted per act with :func:`tests.probes.target_counts` (a source is needed). Before the rule (main 6b82a53e): on
the 8 working items 4 wrong sources (items 01, 02, 07, 08: the panel's act has no doer), 0 missing, 1 act with no
event (item 06, "recommended that China bring ...": no event is coded, not counted); aside 1 wrong source, 1 missing
target, 1 act with no event. After it (``DocResolver._judging_body``, ``judging_body_noun`` of
``data/lexicon/words.tsv``): working 0 wrong, 0 wrong sources, 0 missing, 1 no event (06); aside 0 wrong, 0 wrong
sources, 0 missing, 1 no event (item 09, "said Washington should bring ..."). The limits are the after-counts,
working and aside together.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_panel45.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0


def test_probe_panel45_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)


def test_probe_panel45_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_panel45_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_panel45_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
