"""The deployment probe of session 46 (issue 11, h-mob46): the units a show of force sends are no target.

``tests/data/probe_mob46.jsonl`` holds 18 short synthetic wire items (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), each a state sending, deploying, moving or dispatching its own police, troops,
units or craft: at home ("sent riot police to the southern town of X", "deployed two more battalions to the northern
X district", "pledged to deploy three more companies to the province of X", "sent reinforcements to the town of X
on Sunday night"), where the event has no target and the units sent (``not_target``) never are one, and into
another state's ground ("sent commandos into northern Iraq"), where that state is the target. The format is that
of ``probe_aid45.jsonl``, with a ``not_target`` phrase per act.

Every act was annotated by reading, before the coder was run on the items. Six items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts before the session's rules (main 3b789acf): spurious, missed (with a doer among the act's sources), wrong
quad (``type_failures(doer=True)``) working 0, 2, 0 and aside 0, 0, 0; by ``target_counts`` working 1 wrong target
(mob46-17, a unit deployed), 0 wrong sources, 2 acts with no event (rangers and commandos sent: no
lexicon line), aside 1 wrong target (mob46-12, the
companies deployed), 0, 0. After them (the limits
below): working 0, 0, 0 and aside 0, 0, 0; working 0 wrong, 0 wrong sources, 0 with no event, aside 0, 0, 0. Alone,
a short item gives the resolver no other state to guess for the units sent, so the probe shows less than the
development articles do, where the units took the story's other state.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_mob46.jsonl"
MAX_WORKING = (0, 0, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)
MAX_WRONG_TARGETS = 0
MAX_WRONG_SOURCES = 0
MAX_NO_EVENT = {False: 0, True: 0}  # working, aside


def test_probe_mob46_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_mob46_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_mob46_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_mob46_sides(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS, sides[aside]["wrong"]
        assert len(sides[aside]["wrong source"]) <= MAX_WRONG_SOURCES, sides[aside]["wrong source"]
        assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
