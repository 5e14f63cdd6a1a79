"""The custody probe (issue 11, session 45, h-custody45): a state's force holding people or boats ("the coast guard
held two trawlers for nine days", "held 40 drivers at the border post"), and the judicial step after an arrest
("will be brought before a magistrate", "would be handed over to prosecutors", "would be referred to
prosecutors"), active or in an agentless passive after the article told the arrest or seizure with its doer; with
the senses to leave alone ("held talks", a ferry that "held 300 passengers", a stadium that "holds 40,000 people",
a minister who "referred to the prosecutors' findings" or "to the court's earlier ruling").

``tests/data/probe_custody45.jsonl`` holds 18 short synthetic wire articles (a dateline, an agency tag and two
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), annotated by reading before the coder was run, in the format of
``probe_aid42.jsonl`` (each act's trigger, PLOVER type, accepted types, quad classes and sides; ``nonevents``: phrases
no event may be coded on) with each item's act sentence for ``target_counts``. Six items (``"aside": true``) were not
used to write the rules (the count script printed the ids and triggers of their failures with the working ones: the
aside failure left after the lexicon lines was the same agentless handing over as working item 06, fixed for that
one). Items 01 and 07 were later reworded (the patrol, "prosecutors in Doha"), their acts unchanged.

Counts before the rules (main 21fbef08): spurious, missed (with a doer among the sources), wrong quad
(``type_failures``) working 0, 8, 1 and aside 0, 4, 0; by ``target_counts`` working 1 wrong target (the prosecutors
an agentless "handed over" was given), 7 acts with no event, aside 0 and 4. With the lexicon lines only: working
2 spurious (the ferry's passengers and the stadium's people, a capacity), 1 missed (the agentless handing over,
given the prosecutors for target and no doer), aside 0, 1, 0; with those nouns left out of ``hold`` and the judge or
prosecutor no target of an arrest (``ParticipantRules.at_court``): 0, 0, 0 on both halves and no wrong target or
missing event (the limits below).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_custody45.jsonl"
MAX_WORKING = (0, 0, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)
MAX_WRONG_TARGETS = {False: 0, True: 0}
MAX_NO_EVENT = {False: 0, True: 0}


def test_probe_custody45_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_custody45_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_custody45_aside_items(failures):
    # counts only: the aside items' output is not read while fixing
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("aside", [False, True])
def test_probe_custody45_targets(sides, aside):
    assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS[aside], sides[aside]["wrong"]
    assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
