"""The pairs probe (issue 11, "real wire copy", session 30, h-pairs30): which of several actors named around
an act are its sides.

``tests/data/probe_pairs30.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each on a construction where a
third party or a mutual act puts the wrong actor on a side: a mediation told after a preposition of means
("agreed — through Kenyan mediation — to reopen ...", "signed a protocol under Qatari mediation", "via Chilean
mediation", "after Malaysian mediation": the mediator mediates between the signers, and is no target of the
agreement), a participle of mediation or hosting ("in talks mediated by Turkey", "talks hosted by Brazil",
"brokered by Tanzania"), the parties of "clashes between X and Y", "accused each other", and a conjoined
object holding foreign and own nationals ("arrested nine Cambodian nationals and two Thais": the foreign party).

Each act was annotated by reading, before the coder was run. A third of the items carry ``"aside": true``: they
were not looked at while fixing, and their counts are reported apart. Counted per act as in
``test_probe_force23`` (a missing source counts as wrong).

When the probe was written the coder had, on the 10 working items, 1 wrong target (the Thai nationals of
pa-10), 4 missing (the mediation after "through", "under", "via": a mediator with no parties) and 1 act with no
event ("after Malaysian mediation"); on the 5 aside items 2 missing. With ``means_prep`` (words.tsv;
``CodeSideRules._means_parties``, ``Extractor._content_nouns``): working 1 wrong, 0 missing, 1 no event; aside
1 missing (the most these tests allow). The own nationals of pa-10 are the actors step's: the first conjunct of
"nine Cambodian nationals and two Thais" gets no actor there.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_pairs30.jsonl"
MAX = {"wrong": 1, "missing": 1, "wrong source": 0, "wrong type": 0, "no event": 1}


def test_probe_pairs30_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)  # a missing source counts as wrong here


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_pairs30_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
