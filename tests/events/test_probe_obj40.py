"""The not-a-target probe (issue 11, session 40, h-obj40): forces a state sends after another state's forces were
named, word acts overridden by the clause they hang on, bare plurals of governments, and notes handed or sent.

``tests/data/probe_obj40.jsonl`` holds 21 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), each built on one construction:
"sender-own" (another state's forces named first, then "<country> sent troops to <town>": the sender's own forces,
no target), "overridden" ("adopted the text over the objections of X", "despite protests from X": X did the act
noun, to the clause's subject), "no-one-state" ("urged governments to ...": no one state is the target),
"carried-words" ("handed X's envoy a protest note": the note, a ``not_target`` phrase, is no side).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is
the target). Seven items carry ``"aside": true``: they were not looked at while writing the rules, and their counts
are reported apart.

Counted per act as in ``test_probe_spk39.py`` (:func:`tests.probes.target_counts`; acts with no event are printed,
not counted). On main (ca943ad7) the 14 working items had 3 wrong targets (obj-01: the sent troops given the
country whose forces were named before; obj-11: "governments" given the article's country; obj-19: the protest note
given as a target), 1 wrong source (obj-06: the objections given the adopting council), 2 missing targets (obj-06,
obj-07) and 5 acts with no event (obj-02: "moved" is no act of the lexicon; obj-08, obj-09, obj-10: overridden word
acts with no doer found; obj-20: "sent a diplomatic note" is no act of the lexicon); the 7 aside items 2 wrong and 2
with no event. With the rules (``DocResolver._sender`` read first, ``Extractor._overridden``,
``DocResolver._no_state_in_particular``, ``assemble._own_noun`` on words and documents): working 0 wrong, 0 wrong
sources, 0 missing, 3 with no event (obj-02, obj-20; obj-10: "opposition" is no act noun of the lexicon); aside 1
wrong, 1 with no event: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_obj40.jsonl"
MAX_WRONG = 1
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0


def test_probe_obj40_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_obj40_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_obj40_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_obj40_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
