"""The things, topics and misread nominals probe (issue 11, session 42, h-target42): whether a target is what the
act is aimed at, not its means, its topic or a noun read as the wrong state's.

``tests/data/probe_target42.jsonl`` holds 20 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: a demonym on "state", "government" or "authorities" in a story datelined in a third country
(demonym-state); a show of force made "with" counted forces and hardware (with-means); a police investigation
opened after an incident, an earlier summons in the story (inquiry-after); a committee or talks "on" a third
state (topic-on); a party's appeal to a bare "the navy", "the coast guard", "the army" (appeal-force); a court or a
state blocking a request, a bid or a transfer (blocked-request: REJECT, never a PROTEST obstruction); an envoy of
one's own "in" a capital recalled (envoy-in-capital).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is
the target; ``not_plover``: a type the act is not). A third of the items (7 of 20) carry ``"aside": true``: they
were not looked at while writing the rules, and their counts are reported apart.

Counted per act as in ``test_probe_wrongtgt.py`` (:func:`tests.probes.target_counts`; acts with no event are
printed, not counted: one working and one aside here, "strengthened" and "bolstered" a garrison, the lexicon's
business). Before the session's rules (main dc2f1d35) the 13 working items had 4 wrong targets (tg-01 the
Colombian state read as Venezuela, the dateline's; tg-04 the Philippines, the party a shoal patrol answers; tg-07
the ministry of an earlier summons as the target of a police inquiry; tg-09 the state talks are about; tg-08's
committee on Sudan, first written with words a dev article has and reworded, is no longer read so on main), 0 wrong
sources, 3 missing (tg-11 the coast guard a party appeals to; tg-16 and tg-17 the host of an envoy recalled "in"
its capital) and 1 wrong type (tg-13 PROTEST); the 7 aside items 1 wrong, 1 missing, 1 wrong type. After them:
working 2 wrong (tg-04: a show of force still takes the party it answers; tg-07: an investigation still does; taking
CAMEO 15 or 09 out of ``answers`` in cameo_roots.tsv fixed each but cost dev strict matches, so both were dropped), 0,
0 missing, 0 wrong types; aside 0, 0, 0, 0: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_target42.jsonl"
MAX_WRONG = 2
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0
MAX_WRONG_TYPE = 0


def test_probe_target42_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_target42_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_target42_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_target42_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING


def test_probe_target42_wrong_types(counts):
    assert len(counts[False]["wrong type"]) + len(counts[True]["wrong type"]) <= MAX_WRONG_TYPE
