"""The event-type probe of session 52 (issue 11, h-type52): two lexicon lines whose code gave the wrong PLOVER type.

``tests/data/probe_type52.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), each built on one construction: people deported or expelled in numbers
("deported 3,200 people", "expelled thousands of workers", "expelled 400 families"), which the wire conventions code
174 (``COERCE``; a mass expulsion's 201 accepts ``COERCE``), where the lines ``deport +people|thousand...`` and
``expel +population|people|thousand...`` of ``verbs.tsv`` gave 201 (``ASSAULT``); and support said again
("reaffirmed its support / solidarity / backing"), support given now (051, ``SUPPORT``), where the ``reaffirm`` line
gave the pledge of 032 (``AGREE``). One control: "pledged support" stays 032. The format is that of
``probe_aid45.jsonl``.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while changing the lines (their failures were printed once, by the counting script, before the
change: the lines had been chosen from the development articles already).

Counts before the change (main c0833409): spurious, missed (with a doer among the act's sources), wrong quad
(``type_failures(doer=True)``) working 0, 7, 0 and aside 0, 4, 0; by ``target_counts`` working 1 wrong, 1 missing
target, aside 0 wrong, 1 missing. After it (the limits below): working 0, 1, 0 (the passive "were deported from X":
no doer) and aside 0, 0, 0; working 0 wrong, 1 missing, aside 0 wrong, 1 missing (a count of deported people names
no receiver when the destination is a capital's country told only by "to").
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_type52.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)
MAX_WRONG_TARGETS = 0
MAX_MISSING_TARGETS = {False: 1, True: 1}  # working, aside


def test_probe_type52_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_type52_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_type52_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


def test_probe_type52_targets(coder):
    counts = target_counts(coder, PROBE)
    for aside in (False, True):
        print(aside, counts[aside])
        assert len(counts[aside]["wrong"]) <= MAX_WRONG_TARGETS
        assert len(counts[aside]["missing"]) <= MAX_MISSING_TARGETS[aside]


def test_a_count_of_people_deported_is_an_expulsion_not_mass_violence(code):
    result = code("LISBON, May 4 (Reuters) - Portugal deported 2,400 people to Brazil in 2025, the border agency said.")
    assert [(e.cameo, e.plover) for e in result.events if e.trigger.text.startswith("deported")] == [("174", "COERCE")]


def test_thousands_expelled_are_an_expulsion(code):
    result = code("TUNIS, May 4 (AFP) - Libya expelled thousands of Chadian workers from Kufra last month, "
                  "officials said.")
    assert [(e.cameo, e.plover) for e in result.events if e.trigger.text.startswith("expelled")] == [("174", "COERCE")]


def test_support_reaffirmed_is_support_and_an_alliance_reaffirmed_stays_a_pledge(code):
    result = code("QUITO, May 4 (EFE) - Peru reaffirmed its support for Ecuador's candidacy on Monday.")
    assert [e.cameo for e in result.events if e.trigger.text.startswith("reaffirmed")] == ["051"]
    result = code("QUITO, May 4 (EFE) - Peru reaffirmed its alliance with Ecuador on Monday.")
    assert [e.cameo for e in result.events if e.trigger.text.startswith("reaffirmed")] == ["032"]
