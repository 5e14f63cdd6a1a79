"""The orders-and-bodies probe (issue 11, missed predicates and generic security bodies; session 24, h-orders24).

``tests/data/probe_orders24.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set) on three constructions of the
newest wire copy: a court or judge that orders people held, detained, jailed, arrested or remanded ("ordered two
Uzbek citizens held in pretrial detention": the court's detention, 173, of the people, not a demand, 100); two
states that set up, establish or create a joint or bilateral commission or committee (cooperation, not an inquiry,
090; "a commission of inquiry" as a control that stays one); and a state's security service named by its generic
name alone under its country's dateline ("the National Security Committee" in an Almaty story, "the State Security
Service" in a Baku one).

Each act was annotated by reading, before the coder was run, in the schema of ``probe_force23.jsonl`` (a
``not_plover`` list names the wrong types). Six items carry ``"aside": true``: they were not looked at while fixing,
and their counts are reported apart. Counted per act by ``tests.probes.target_counts`` with ``source_needed``.

When written (at 36d8079), working items: 1 wrong target (the control's "on Lake Malawi" given as a target), 4 wrong
sources and 5 missing targets (the security bodies unknown, their detainees unplaced; two court orders' people
unplaced), 6 wrong types (four orders coded 100, two joint commissions 090) and 1 act with no event ("will establish a
joint committee"); aside 0 wrong, 3 wrong sources, 2 missing, 3 wrong types, 1 no event. After this session's fixes
(``FrameRules._ordered_done``; verbs.tsv lines for joint bodies and "remand in custody"; four security services in
groups.jsonl and ``body_word`` "committee"): working 1 wrong (the control), 0 wrong sources, 0 missing, 0 wrong types,
0 no event; aside 0 wrong, 3 wrong sources, 1 missing, 0 wrong types, 0 no event (the most these tests allow).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_orders24.jsonl"
MAX = {"wrong": 1, "missing": 1, "wrong source": 3, "wrong type": 0, "no event": 0}


def test_probe_orders24_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)  # a missing source counts as wrong here


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_orders24_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
