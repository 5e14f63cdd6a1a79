"""The possessive, pronoun and relative-clause probe (issue 11, session 42, h-pron42): whether a target reached only
through a possessive, a plural pronoun or a relative clause is found.

``tests/data/probe_pron42.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), each built on one construction:
the people aboard a ship named by "its <number> crew members" ("crew-members": the ship's country), a plural object
pronoun after a set named after a single speaking body ("said it had spoken to both capitals and urged them":
"set-pronoun", the set), and a relative clause on a common noun in apposition to a name ("the X Front, a rebel
group that Y backed": "appos-relative", the name).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items carry
``"aside": true``: they were not looked at while writing the rules, and their counts are reported apart.

Counted per act as in ``test_probe_wrongtgt.py`` (:func:`tests.probes.target_counts`; acts with no event are
printed, not counted: two here, "questioned" and "helped", the lexicon's business). Before the session's rules
(``actors/antecedents.ship_crew`` reading "crew members", ``actors/pronouns._named_set``,
``DocResolver._relative`` through an apposition) the coder had 0 wrong targets, 0 wrong sources and 4 missing
targets on the 12 working items ("arrested its 14 crew members, accusing them": both; "called on them", "asked
them" after a set), and 0, 0 and 2 missing on the 6 aside items ("arrested its seven crew members", "accusing
them" after "its 12 crew members"); after them 0, 0 and 0 on both: the limits below. The apposition items were
coded right before the rule as well (the model's parse of these short items gives the same target either way);
the unit tests in ``test_pron42.py`` hold that rule.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_pron42.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0


def test_probe_pron42_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_pron42_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_pron42_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_pron42_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
