"""The arrest probe of session 46 (issue 11, h-arrest46): arrests told in a passive that names no doer.

``tests/data/probe_arrest46.jsonl`` holds 17 short synthetic wire items (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write, about real places with invented facts; none is taken or
paraphrased from an evaluation set), each built on one construction: an arrest in an agentless passive whose own
clause names no place, with a place elsewhere in its sentence ("clashed with police in X, and 40 people were
arrested"), in the sentence before it ("marched through X ... Twelve protesters were detained"), or only in the
dateline; foreigners held where the sentence places the story ("a Jordanian national was detained": the holder
and the people's state); said by a police force ("police said 52 had been detained"); told as not done; and the
constructions to leave alone: people of a known country told of from their own capital (as often held abroad:
"two British citizens were detained", "Four Senegalese traders were detained") and arrests after a raid by two
states' police. The format is that of ``probe_aid45.jsonl``.

Every act was annotated by reading, before the coder was run on the items. Six items (``"aside": true``) were kept
out of sight while writing the rule, except one: the aside item 15 (people of a known country, a capital of
another country in the sentence before) was given a wrong doer (the dateline's) by the first form of the rule, and
the rule was changed after it was seen (a demonym on the people held gives them a country, and people of a known
country take no doer from the sentence before nor the dateline), so the aside counts are not clean for that item.

Counts before the session's rule (main 3b789acf): spurious, missed (with a doer among the act's sources), wrong
quad (``type_failures(doer=True)``) working 0, 10, 0 and aside 0, 5, 0; by ``target_counts`` working 2 wrong, 0
wrong sources, 1 missing, 8 acts with no event, aside 0, 0, 0, 5. After it (the limits below): working 0, 1, 0
and aside 0, 1, 0; working 2 wrong, 0 wrong sources, 1 missing, 1 with no event, aside 0, 0, 0, 1. The misses
left are the raid by two states' police (no one state's ground) and the Senegalese traders (held abroad: left
without a doer, as meant). The two wrong targets are the speaker ("police said 52 had been detained") the
extractor takes as the people held, and the missing target is the people of a relative clause ("fishermen who were
detained off X"), both there before the rule.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_arrest46.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 1, 0)
MAX_WRONG_TARGETS = {False: 2, True: 0}  # working, aside
MAX_WRONG_SOURCES = 0
MAX_MISSING = {False: 1, True: 0}
MAX_NO_EVENT = {False: 1, True: 1}


def test_probe_arrest46_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_arrest46_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_arrest46_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_arrest46_sides(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS[aside], sides[aside]["wrong"]
        assert len(sides[aside]["wrong source"]) <= MAX_WRONG_SOURCES, sides[aside]["wrong source"]
        assert len(sides[aside]["missing"]) <= MAX_MISSING[aside], sides[aside]["missing"]
        assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
