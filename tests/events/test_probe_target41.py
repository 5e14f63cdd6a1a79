"""The places, groups and titles probe (issue 11, session 41, h-target41): whether a place where an envoy met someone
unnamed is taken for the host's government, whether "the two groups" are taken for the states named before, whether
a title opening a name is another state's, whether a region's police are the doer's own, and whether an announced plan
is coded as a threat.

``tests/data/probe_target41.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), each built on one construction:
"met <someone> several times in <capital> and <capital>" (meet-place), "fighting between the two groups" after
unnamed herders and fishermen near two states' border, and "the two countries" after two states (two-groups,
two-countries), "<country>'s late <title> <name> mediated between the two sides" (title-possessive), "accused
<region> police of ..." (region-police), "announced that its government would expel ..." (announced-plan).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty list: no actor is that side).
The two announced-plan items were given ``"not_plover": ["THREATEN"]`` (the brief's reading of the construction)
after the first run showed that the probe counted no type. A third of the items carry ``"aside": true``: they were
not looked at while writing the rules, and their counts are reported apart.

Counted per act as in ``test_probe_spk39.py`` (:func:`tests.probes.target_counts`). Before the session's rules the
coder had, on the 12 working items, 2 wrong targets ("met the officer ... in Vilnius and Warsaw": Lithuania's
government; "accused Somaliland police": Djibouti's own police), 2 wrong sources ("the two groups": Niger and
Nigeria; the late sultan, a person out of office the key does not match), 1 wrong type (the announced deportation a
THREATEN) and 2 acts with no event; on the 6 aside items 1 wrong type and 1 with no event. After them: 0 wrong, 1
wrong source (the late sultan), 0 wrong types, 3 with no event (the two groups, now no one known, leave the fight
with no side) on the working items; aside 0 wrong types, 1 with no event: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_limits, check_side_items, read_items, target_counts

PROBE = "probe_target41.jsonl"
LIMITS = {"wrong": 0, "wrong source": 1, "missing": 0, "wrong type": 0}


def test_probe_target41_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_target41_within_limits(counts):
    check_limits(counts, LIMITS)
