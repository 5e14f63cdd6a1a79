"""The agentless state acts probe (issue 11, session 37, h-agent37): acts only a state does, told in the passive
with no agent ("were arrested in Pskov", "was summoned to the foreign ministry in Moscow", "Iran's foreign
ministry said Britain's ambassador had been summoned", "Former Prime Minister Imran Khan was sentenced"), whose
doer the text gives only by the ground it places them on, the body the envoy is brought to, the speaker, or the
known person's own state (``code_sides.state_doers``, ``state_act_verb`` in words.tsv).

``tests/data/probe_agent37.jsonl`` holds 33 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), annotated by reading before the
coder was run, with the schema of ``probe_sides.jsonl`` (``~XXX``: any actor of country XXX; an empty source list:
the text names no doer: places of two countries, a person the text only describes, a sea). Eleven items carry
``"aside": true``: they were not looked at while fixing, and their counts are reported apart.

Counted per act on the events of its sentence whose trigger holds the act's trigger word: a WRONG source when a
resolved source matches none of the act's keys (any resolved source when the list is empty), a MISSING source
when the act has one and no event gives a resolved source. Before the rule (main at ee16bc8b) the
working items had 0 wrong and 12 missing sources, and 8 acts with no event at all (an act with no doer was
dropped: "were detained in Malaysia", "was jailed in Beijing"); the aside items 0 wrong, 7 missing and 3 with no
event. With it: working items 0 wrong and 1 missing (an envoy placed only by his subject, "Russia's ambassador in
Vilnius was summoned"), the two items with no doer still coding no event; aside 0 wrong, 0 missing: the most
these tests allow.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, source_counts

PROBE = "probe_agent37.jsonl"
LIMITS = {"wrong": 0, "missing": 1}


def test_probe_agent37_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return source_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(LIMITS))
def test_probe_agent37_sources(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= LIMITS[kind], counts[False][kind]
