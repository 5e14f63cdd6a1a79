"""The antecedent probe (issue 11, session 41, h-pron41): whether a pronoun in wire copy stands for the right party.

``tests/data/probe_pron41.jsonl`` holds 16 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: "he"/"she" after an unnamed office holder who spoke in a sentence before, with a state or its capital
named between (titled-speaker); "it" as the object of a reaction repeated after another's reaction to an agreement,
a decision or a move (it-act: the act's parties are the target, never the last actor named); "it" in what a
spokesperson "added" after saying what a state would do (added-that-it: that state); "him" after a private suspect
(suspect: the suspect, his country only when the text gives one, never the official who spoke).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is
the target). A third of the items carry ``"aside": true``: they were not looked at while writing the rules, and
their counts are reported apart.

Counted per act as in ``test_probe_wrongtgt.py`` (:func:`tests.probes.target_counts`, with ``source_needed``: an act
none of whose events has one of its sources is a wrong source; acts with no event are printed, not counted: one aside
item here). Before the session's rules the coder had, on the 11 working items, 5 wrong targets (the three it-act
items: the last actor named; the suspect item: the minister's government; pron-16: the state the spokesman's "it"
talks to), 4 wrong sources (titled-speaker: "he" read as the capital named between, or as nobody; pron-16: the
dateline's government) and 1 missing target; on the 5 aside items 1 wrong target and 1
wrong source. After them (``actors/pronouns._spoken_title``, ``_private_person_before``, ``_repeated_reaction``,
``_reported_state``; ``events/article_sides.resolve_event_anaphora``) 0, 0 and 0 on both: the limits below. The
other added-that-it items were right before by the dateline's luck (the spokesman's state is the dateline's); they
guard the rule.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_pron41.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0


def test_probe_pron41_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)


def test_probe_pron41_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_pron41_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_pron41_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
