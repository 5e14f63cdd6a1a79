"""The reactions probe of session 43 (issue 11, h-react43): a reaction aimed at the doer of the act it reacts to.

``tests/data/probe_react43.jsonl`` holds 17 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: a reaction told by a relative clause on a noun that sums up the act told before it in its sentence
("accused X of ..., a charge X rejected", "... a policy that Y criticised", "in a resolution that Y rejected", "said
..., a claim Y denied"); a demand whose clause's subject is a noun naming an earlier act ("demanded that the
sentences be overturned"); a rejection of a document named before as what its author said or issued ("said in a
communique ... rejected the communique"); a welcome of a decision told by the verb "decided".

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items carry
``"aside": true``: they were not looked at while writing the rules, and their counts are reported apart.

Counted per act with :func:`tests.probes.target_counts`. Before the session's rules, on the 11 working items: 0
wrong targets, 0 wrong sources, 5 missing targets (a policy, a resolution, a decision with a joined relative clause,
a warning: the summing noun's relative clause; a demand that the sentences be overturned) and 1 act with no event
(", a charge Lome rejected": the parser reads "Lome" as a person the knowledge base does not know, the rejection has
no known doer and is no event: the actors' business); on the 6 aside items 0 wrong, 0 wrong sources, 3 missing and 0
with no event. After them (``referents.summed_up_doers``, ``referents.DEMAND_ROOT``, ``referents.document_authors``):
0, 0, 0 and 1 on the working items; 0, 0, 1 and 0 aside. The limits below are the after-counts.
"""

from __future__ import annotations

import pytest
from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_react43.jsonl"
LIMITS = {"wrong": 0, "wrong source": 0, "missing": 1, "no event": 1}


def test_probe_react43_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_react43_limits(counts):
    check_limits(counts, LIMITS)
