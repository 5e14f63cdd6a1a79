"""The venue probe (issue 11, "Venues and descriptions of organisations", session 24, h-venue24).

``tests/data/probe_venue24.jsonl`` holds 20 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each built on one of three
constructions: a court or tribunal named as where a legal act is brought ("filed a case against X at the
International Court of Justice", "a new lawsuit at the ICJ", "could take the case to the ICJ": the court is the
venue, the target is the adversary named, or no one), with one item where the court is whom an appeal addresses;
an organisation named by a description ("the U.N. civil aviation agency", "the U.N. atomic watchdog", "the EU's
executive", "the U.N.'s top court", typographic apostrophes included); and a state body placed by a town ("a court
in Almaty", "a Mombasa court", "police in Almaty", "a Kremlin spokesman": that town's or seat's country, not the
dateline's).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_oblique23.jsonl``. A third
of the items carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart.
Counted per act as in ``test_probe_oblique23`` (a WRONG target, a MISSING target, a WRONG source).

When the probe was written (session 24) the coder had 7 wrong targets (three courts given as the target of a lawsuit;
"the U.N. civil aviation agency", "the U.N. atomic watchdog" and "the EU's executive" taken for the U.N. and the EU;
"the U.N.'s top court", unknown, left Myanmar of the court's order as the target), 0 missing and 4 wrong sources (the
courts and police placed by a town, unresolved) on the 14 working items, and 0, 1 and 2 on the 6 aside items. The
fixes of that session (``court_noun`` and ``venue_prep`` in words.tsv with ``participants.at_court`` and
``context._venue``; ``DocResolver._body_of`` and ``kb.spelling_variants``; ``DocResolver._placed_body``) brought
them to 1 wrong (ve-12: "welcomed an order by the U.N.'s top court that Myanmar preserve ...", the court now known,
still gives Myanmar: the content of a decision welcomed, not a venue), 0 missing and 0 wrong sources, aside 0, 1
and 0: the most these tests allow.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_venue24.jsonl"
MAX = {"wrong": 1, "missing": 1, "wrong source": 0, "wrong type": 0}


def test_probe_venue24_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)  # a missing source counts as wrong here


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_venue24_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
