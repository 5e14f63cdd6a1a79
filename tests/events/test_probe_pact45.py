"""The probe of dated pacts and talks told as nouns (issue 11; session 45, h-pact45): "under a 2009 fisheries
agreement", "the 1965 treaty that restored ties", "a memorandum signed in 2000", "talks in Istanbul in 2021" are a
historical signing (CAMEO 057) or negotiation (046, a meeting 040) of the story's two main parties, done together
(``events/pacts.py``).

``tests/data/probe_pact45.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set): a lead naming the story's two
parties, then a sentence naming a dated agreement or round of talks by its noun alone. Each act was annotated by
reading, before the coder was run (format as ``test_probe_judge39``; every act symmetric, both parties its sides). A
third of the items (6 of 18) carry ``"aside": true``: they were not looked at while writing the rule, and their counts
are reported apart.

Counts when written: on main (f18571db) working items (12): no event 12; aside (6): no event 6. After the rule
(``pacts.dated_pact``, ``pacts.pact_parties``, and a dated agreement after "under" no longer a standing frame in
``nonevents.standing_agreement``): working no event 2 (02: the parser reads "bars" as a noun with the accord its
compound; 03: the second party is named only by an adjective, "the Cambodian border", so the story names one party in
its clauses), aside no event 2 (15: the parser hangs "in 2022" off the talks noun; 16: "guarantees" read as a noun, as
in 02). No wrong source, target or type.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_pact45.jsonl"
MAX = {"no event": 4, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_pact45_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_pact45_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
