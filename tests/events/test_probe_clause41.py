"""The probe of session 41's second verbs and custody orders (issue 11, "who did what to whom"; h-clause41).

``tests/data/probe_clause41.jsonl`` holds 18 short synthetic articles (a dateline with its agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), about real states with
invented facts, each built on one construction: a verb joined to a relative clause on the main clause's object whose
object pronoun can only be the clause's head ("Albanian police detained two Greek fishermen who had sailed into
Albanian waters near Sarande and charged them with illegal fishing": the police charge the fishermen); a deed sourced
at the end of a long sentence to the doer's side ("..., all of them Gambians, the Armed Forces Ministry said": a
source the parser may make one more conjunct of the acts); an order to hold people in custody ("A judge in Uzice
ordered them held for 30 days": a detention of the ones arrested before, not a demand). Controls: a pronoun that may
stand for the object of the relative clause ("two men who attacked a Chinese engineer and stabbed him": the men's
act), a word act relayed by the doer's side (no attribution). Each act was annotated by reading, before the coder
was run, with the sides' schema of ``probe_sides.jsonl`` (``~XXX``: any actor of country XXX; an empty source list:
no known actor is the doer) and the status fields of ``probe_status35.jsonl``; only the sides and the attribution
are counted. Six of the 18 items are marked ``"aside": true``: their output was not looked at while writing the
rules, and they are counted separately.

Counted per act as in ``test_probe_spk39.py`` (:func:`tests.probes.target_counts`) and for attribution by
:func:`tests.probes.wrong_status_fields`. Before the rules (main 5caca0fa): working items 4 wrong targets, 1 wrong
source, 3 missing targets; aside 2 wrong, 1 wrong source, 2 missing; attribution right everywhere (the parser made
no source of these sentences a conjunct). After them (``roles.relative_clause_conjunct``, ``pronouns._relative_head``,
``pronouns._held_in_custody``, ``FrameRules._ordered_done``; ``attribution.trailing_source``): working 0 wrong, 0
wrong sources, 1 missing (the control's "stabbed him", whose target the general rules do not find); aside 1 wrong
("a Sri Lankan trawler that was fishing in Indian waters and escorted it": the navy's state as target), 0 wrong
sources, 0 missing; attribution unchanged. The limits are the after-counts. Three follow-up sentences were reworded
after the first run so that no run of seven words matches a dev article (the counted acts unchanged; the counts above
are of the final file).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, check_status_items, read_items, target_counts, wrong_status_fields

PROBE = "probe_clause41.jsonl"
MAX_WRONG = 1
MAX_WRONG_SOURCE = 0
MAX_MISSING = 1
MAX_WRONG_ATTRIBUTION = 0


def test_probe_clause41_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    check_side_items(items, KeyMatcher(coder.kb))
    check_status_items(items)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_clause41_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_clause41_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_clause41_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING


def test_probe_clause41_attribution(coder):
    wrong = wrong_status_fields(coder, read_items(PROBE), ("attribution",))
    assert len(wrong[False]["attribution"]) + len(wrong[True]["attribution"]) <= MAX_WRONG_ATTRIBUTION
