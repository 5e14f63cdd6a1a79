"""The warnings probe of session 44 (issue 11, h-threat44): whom a warning that names no one warned is aimed at, and a
saying that an act "will not go unanswered".

``tests/data/probe_threat44.jsonl`` holds 18 short synthetic wire articles (a dateline, an agency tag and one to
three sentences, written for this probe the way wires write, about real actors with invented facts; none is taken or
paraphrased from an evaluation set), each built on one construction: a warning that another party will suffer
("warned that Lithuania would pay a heavy price", "that Oslo would bear the consequences", "would regret the
decision"), a warning of the warner's own step on a condition another party's conduct sets ("warned that it would
reroute its wheat through Russia if Uzbekistan kept the line shut") or done to another party, a warning of the
warner's own step after another party's deed, a saying that another party's act "would not go unanswered" or "would
not go without a response"; with the constructions to leave alone: a forecast of another party's deed ("warned that
China could send more ships"), of prices, and a levy that "would not go unnoticed". The format is that of
``probe_missed43.jsonl`` (each act's trigger, PLOVER type, accepted types, quad classes and sides; phrases that are no
act of the kind).

Every act was annotated by reading, before the coder was run (items 16-18 were added, annotated the same way, with the
second rule). Six items (``"aside": true``) were kept out of sight while writing the rules (``FrameRules.warned_of``,
the ``befall_verb`` and ``befall_noun`` lists of words.tsv; ``FrameRules._unanswered``, ``unanswered_word``); only
their counts were looked at.

Counts before the rules (main 59c75ee9): spurious, missed, wrong quad (``type_failures``) working 2, 2, 0 and aside
1, 1, 0; by ``target_counts`` working 1 wrong, 2 missing targets, 2 acts with no event, aside 0, 3, 1. After them
(the limits below): working 2, 1, 0 and aside 1, 0, 0; working 1 wrong, 1 missing, 1 with no event, aside 0, 1, 0.
Left: the two forecast controls still give a warning (130) by the verb alone, as before (the rule adds no target
to them); a warner's own step on its own people ("would defend its fishermen") keeps them as its target; a
"labour secretary" the actors step does not resolve leaves its warning with no doer and no target; a warning
whose clause is "could review the accreditation of ..." gives no event.
Session 55 (``assemble.own_state_pronoun``): the warner's own step on its own people keeps no target ("its" read as
Vietnam, the warner's own state), so the working wrong target becomes a missing one (1 wrong, 1 missing -> 0 wrong,
2 missing): no false dyad, still not the gold's other party.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_threat44.jsonl"
MAX_WORKING = (2, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (1, 0, 0)
MAX_WRONG_TARGETS = {False: 0, True: 0}  # session 55: threat44-10's wrong target is now a missing one
MAX_MISSING = {False: 2, True: 1}
MAX_NO_EVENT = {False: 1, True: 0}


def test_probe_threat44_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE)


def test_probe_threat44_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_threat44_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_threat44_sides(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS[aside], sides[aside]["wrong"]
        assert len(sides[aside]["missing"]) <= MAX_MISSING[aside], sides[aside]["missing"]
        assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
