"""The own-ground probe (issue 11, session 39, h-ctx39b): whether a state's deed told as done on its own ground, a
joint operation's act, or an act on unknown people at home takes the story's other party as its target.

``tests/data/probe_ctx39b.jsonl`` holds 24 short synthetic articles (a dateline, an agency tag and three sentences
of a story of two states, written for this probe the way wires write; none is taken from an evaluation set), each
built on one construction: a deed on the doer's own side, soil, territory or waters ("burned rafts on the
Venezuelan side of the river", "on their own side of the line": no target), the same deed on the other party's
side (that party), the same deed with no ground named told by the victim (the victim, as the gold convention
codes it), a word about the doer's own soil ("rejected any such raid on Pakistani soil": the other party), an act
done in a joint operation with the other party's forces (no target: the partner is no victim), and an act on
unknown people at home ("arrested seven suspects in Kisumu": no target).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is
the target). A third of the items carry ``"aside": true``: they were not looked at while writing the rule, and
their counts are reported apart.

Counted per act as in ``test_probe_wrongtgt.py`` (:func:`tests.probes.target_counts`; acts with no event are
printed, not counted: three here, the lexicon's business). Before the session's rule
(``events/context.on_own_ground``) the coder had 6 wrong targets on the 16 working items (four deeds on the doer's
own side given the other party; a deed on a town the knowledge base places in the other state, "on the Sudanese
side of ... Adre", given that state by the place; "arrested ... together with Malaysian officers": the partner,
a target of "with"), 0 wrong sources and 1 missing target (the word about own soil), and 2 wrong on the 8 aside
items (unknown people detained at home; tear gas "at a crowd on Greek soil", the ground on the crowd, not the
verb); after it 2 wrong (the place, the partner), 0 and 1 missing, aside unchanged: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_ctx39b.jsonl"
MAX_WRONG = 4
MAX_WRONG_SOURCE = 0
MAX_MISSING = 1


def test_probe_ctx39b_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_ctx39b_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_ctx39b_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_ctx39b_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
