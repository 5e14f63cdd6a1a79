"""The people-done-to probe (issue 11, session 47, h-freed47): private people an act is done to, or who do it, named
by a demonym on their own noun ("freed nine Ruritanian traders", "handed over three Ruritanian prisoners" where the
trigger takes in its object, "arrested four Ruritanian men" by Ruritania itself, "Ruritanian volunteers fought",
"Ruritanian investigators charged"), with the readings to leave alone (a birthplace, "a Ruritanian-born engineer";
a demonym on ports, which are no people).

``tests/data/probe_freed47.jsonl`` holds 18 short synthetic wire articles (a dateline, an agency tag and two
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), annotated by reading before the coder was run, in the format of
``probe_custody45.jsonl``. Six items (``"aside": true``) were not used to write the rule (only their counts were
printed). After the first count run, four annotation slips were corrected, none about a side: a release
(RETREAT) is material cooperation (quad 2 accepted), an official complaint is ACCUSE and a demand REQUEST (the
format has no DISAPPROVE or DEMAND), an expulsion may be SANCTION.

Counts before the rule (main 2188613c): spurious, missed (with a doer among the sources), wrong quad working 0, 2,
0 and aside 0, 1, 0; by ``target_counts`` working 0 wrong targets, 5 acts with no target (freed traders, handed
over prisoners, a state's own men arrested, released sailors, freed women), 2 with no event; aside 0, 1, 0 and
0 wrong, 1 with no target, 1 with no event. After:
working 0, 1, 0 (the volunteers' help is coded as no act: no lexicon line for "helped X rebuild", another class)
and 0 wrong, 0 with no target, 2 with no event (that help, and a deportation of children to their own country,
which the coder leaves uncoded); aside 0, 0, 0 and 0 wrong, 0 with no target, 1 with no event. The rule was then
kept off subjects (people acting are left to the doer rules: traders who say they will blockade a crossing read as a
state made their protest a threat, probe_non39): the aside volunteers who fight with another's troops lose their
country again, aside 0, 1, 0 (the limits below).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_freed47.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 1, 0)
MAX_WRONG_TARGETS = {False: 0, True: 0}
MAX_MISSING_TARGETS = {False: 0, True: 0}
MAX_NO_EVENT = {False: 2, True: 1}


def test_probe_freed47_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_freed47_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_freed47_aside_items(failures):
    # counts only: the aside items' output is not read while fixing
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("aside", [False, True])
def test_probe_freed47_targets(sides, aside):
    assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS[aside], sides[aside]["wrong"]
    assert len(sides[aside]["missing"]) <= MAX_MISSING_TARGETS[aside], sides[aside]["missing"]
    assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
