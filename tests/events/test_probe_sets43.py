"""The sets probe of session 43 (issue 11, h-sets43): sets, pairs and neighbours resolved to the wrong members.

``tests/data/probe_sets43.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: a set of an organisation's or a region's members after a named pair ("the two NATO members", "both
members", "the two Nordic states"), a set of three the set's own sentence names ("a railway through X and Y to Z, a
project the three neighbours agreed on"), "its neighbour" or "the neighbouring country" after several countries were
named, only one of which borders the owner, and a meeting of people "from both sides", whose venue ("in X", "there")
is no target.

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; a symmetric act accepts its sides
either way round and needs two of them on one event). A third of the items carry ``"aside": true``: they were not
looked at while writing the rules, and their counts are reported apart.

Counted per act with :func:`tests.probes.target_counts` (a wrong source is a resolved one not among the act's
``source`` keys). COUNTS
"""

from __future__ import annotations

import pytest
from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_sets43.jsonl"
LIMITS = {"wrong": 99, "wrong source": 99, "missing": 99, "no event": 99}


def test_probe_sets43_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_sets43_limits(counts):
    check_limits(counts, LIMITS)
