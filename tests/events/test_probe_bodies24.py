"""The bodies probe (issue 11, "Institutions and sets", session 24, h-bodies24).

``tests/data/probe_bodies24.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on a
construction whose sides went wrong on the newest copy: a bare state body ("the interior ministry", "the
ministry") after another country's body of the same noun, a generic plural with a quantifier or "foreign" ("all
navies", "other Gulf governments", "any foreign troops", "foreign navies": nobody), an object pronoun for people
named before ("police had detained them": the people, not the court) and counted sets ("talks between the three
sides", "share data with the four countries").

Each act was annotated by reading, before the coder was run, with the schema of ``probe_force23.jsonl``. A third
of the items carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart.
Counted per act by ``tests.probes.target_counts`` with ``source_needed``.

When the probe was written the coder had, on the 10 working items, 3 wrong targets (the generic plurals: "all
navies" the dateline's navy, "other Gulf governments" the five other Gulf states, "any foreign troops" the dateline's
troops), 4 wrong sources ("The interior ministry", "The defence ministry" and "the ministry" taken for another
country's ministry named before; the court of a town the knowledge base lacks) and 3 missing targets ("the interior
ministry accused Minsk": its target was lost with the wrong source; "two South African executives", whom no sector
word names, and "them" after them); on the 5 aside items 1 wrong target, 2 wrong sources, 0 missing. The fixes of
the session (``NominalRules._same_body`` and ``_speakers_body``; ``generic_word`` in words.tsv and
``set_phrases.generic_plural``; ``pronouns._people_done_to`` and ``_patient``) brought the working items to 0 wrong, 1
wrong source and 2 missing (the executives' item), the aside items to 1 wrong, 1 wrong source and 0 missing: in all
1 wrong, 2 wrong sources, 2 missing (the most these tests allow).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_bodies24.jsonl"
MAX = {"wrong": 1, "missing": 2, "wrong source": 2, "wrong type": 0, "no event": 0}


def test_probe_bodies24_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)  # a missing source counts as wrong here


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_bodies24_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
