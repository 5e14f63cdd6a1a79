"""The help probe (issue 11, session 42, h-aid42): forces, police or means sent to another state to help it, at its
request or under an agreement with it (aid to that state, not a show of force aimed at it), funding and lending aimed
at the state of the thing funded, and a gift with no receiver in its clause after the same doer's help.

``tests/data/probe_aid42.jsonl`` holds 20 short synthetic wire articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real actors with invented facts; none is taken or paraphrased from
an evaluation set), each built on one construction: soldiers, police, rescuers or food sent to another state "to help"
it (humanitarian, military or police help, future, hypothetical, past), troops deployed in another state "to back"
its government, a centre funded in a city, money lent for what a demonym names, plants financed with a demonym, a
gift told with "also" after help sent; with the constructions to leave a deployment: forces sent to one's own border
"to help police", a warship sent to a sea "to help protect shipping". The format is that of
``probe_measure41.jsonl`` (each act's trigger, PLOVER type, accepted types, quad classes and sides).

Every act was annotated by reading, before the coder was run (item 09 was later reworded, "stood ready to lend as
much as", its act unchanged; items 19 and 20, the gift with no receiver, were
written and annotated after the first two rules and before the coder was run on them). Seven items (``"aside":
true``) were kept out of sight while writing the rules; only their counts were looked at.

Counts before the session's rules (main dc2f1d35): spurious, missed, wrong quad (``type_failures``) working 0, 7, 6
and aside 0, 3, 2; by ``target_counts`` working 0 wrong, 4 missing targets, 1 act with no event, aside 0, 3, 1.
After them (the limits below): 0, 1, 0 and 0, 2, 1; working 0 wrong, 1 missing, 1 with no event, aside 0, 1, 1.
Left: "will dispatch a medical team" is no event (the lexicon's business), and forces sent to one's own border with
a neighbour name no target.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_aid42.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 2, 1)
MAX_WRONG_TARGETS = 0
MAX_MISSING_TARGETS = {False: 1, True: 1}
MAX_NO_EVENT = {False: 1, True: 1}


def test_probe_aid42_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE)


def test_probe_aid42_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_aid42_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_aid42_targets(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS, sides[aside]["wrong"]
        assert len(sides[aside]["missing"]) <= MAX_MISSING_TARGETS[aside], sides[aside]["missing"]
        assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
