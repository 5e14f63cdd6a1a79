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
``source`` keys). Before the session's rules (``antecedents._bordering`` with ``data/actors/borders.tsv``,
``sets._members_of_body``, ``set_parties._named_in_sentence``) the coder had, on the 12 working items, 4 wrong targets
(a set of a body's members given as the body; three neighbours that were not the owner's neighbours: the latest
subject),
1 wrong source (a sentence's speaker among "the three neighbours"), 2 missing targets ("both members" unresolved; an
offer "to help both neighbours" whose event has no target) and 0 acts with no event; on the 6 aside items 3 wrong
targets, 0 wrong sources, 1 missing and 2 with no event. After them: 0, 0, 1 (the offer: the attacher's business, no
set's) and 0 on the working items; 0, 0, 1 and 2 aside. The three items of people "from both sides" meeting (14-16)
were right before the rules and stay so: the dev error of that kind (a meeting's host given as its target) was not
reproduced by invented copy and no rule was written for it. Item 02's trigger was first written "called on", which
no event's trigger holds ("called"): corrected before any rule, it counted as "no event" in the first count. The
output of aside item 05 was printed once while a rule was debugged (a slip); no rule was changed for it. The limits
below are the after-counts.
"""

from __future__ import annotations

import pytest
from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_sets43.jsonl"
LIMITS = {"wrong": 0, "wrong source": 0, "missing": 2, "no event": 2}


def test_probe_sets43_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_sets43_limits(counts):
    check_limits(counts, LIMITS)
