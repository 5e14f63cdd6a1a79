"""The pairs probe (issue 11, "Institutions and sets", session 24, h-pairs24).

``tests/data/probe_pairs24.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set) on three constructions: a pair
named by one phrase as the doer of an act one party does to another ("The two neighbours took a similar dispute to
the International Court of Justice", after one of them protested to the other: the one who complained, to the
other), a complaint or lawsuit whose sentence names no adversary ("did not rule out a lawsuit at the EU Court of
Justice", "could take the case to the ICJ", after "X accused Y ..."), and "urged both sides / the two countries"
after a third party was named.

Each act was annotated by reading, before the coder was run, with the schema of ``probe_force23.jsonl`` (the trigger
phrases of five acts were then cut to the word the coder reports as the trigger, "fought" for "fought a long case",
their sides unchanged). A third of the items carry ``"aside": true``: they were not looked at while fixing, and their
counts are reported apart. Counted per act as in ``tests/probes.target_counts``.

When written (at cf567bd) the coder had, on the 10 working items, 1 wrong target ("urged both sides" after Sudan's
army and the RSF fought, a day after Egypt hosted talks: Egypt), 3 wrong sources and 3 missing targets (the pair of
a directed act: both its doers, no target), 3 more missing (a lawsuit with no adversary) and 2 acts with no event
("brought an earlier dispute ... to the European Court of Human Rights", "was preparing a lawsuit"); on the 5 aside
items 0 wrong, 1 wrong source, 3 missing, 1 no event. After the session's fixes (``directed`` in cameo_roots.tsv and
``mutual._one_of_pair``; ``context.cases``): working 1 wrong, 0 wrong sources, 1 missing ("The foreign ministry said
Honduras could take the case": the ministry resolves to the other country's, so the sentence names a second party),
2 no event; aside 0, 0, 0, 1 no event. Then the subjects of a ``mutual_verb`` (words.tsv: "Sudan's army and the
RSF fought") made a pair "both sides" points back to (``actors/sets.py``): working 0 wrong, 0 wrong sources, 1
missing, 2 no event; aside 0, 0, 0, 1 no event (the most these tests allow).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_pairs24.jsonl"
MAX = {"wrong": 0, "missing": 1, "wrong source": 0, "wrong type": 0, "no event": 3}


def test_probe_pairs24_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_pairs24_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
