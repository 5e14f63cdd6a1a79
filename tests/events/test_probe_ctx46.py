"""The sideless-object probe (issue 11, session 46, h-ctx46): an act of coercion or force done at home on what belongs
to no party of the story (goods seized, suspects or smugglers arrested, people detained, a fight with gunmen or
militants, drones shot down, a boat of migrants intercepted, a miners' dredge destroyed), told in a story whose lead
sets the doer's state against a neighbour; with two controls where the story's other party is the target (a
condemnation of an attack the neighbour is said to have made).

``tests/data/probe_ctx46.jsonl`` holds 18 short synthetic wire articles (a dateline, an agency tag and three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), annotated by reading before the coder was run, in the format of
``probe_custody45.jsonl`` (each act's trigger, PLOVER type, accepted types, quad classes and sides: ``target`` empty
where the act is done to no party) with each item's act sentence for ``target_counts``. Six items (``"aside": true``)
were not used to write the rule (only their counts were printed). After the first run the trigger of the two
shoot-downs was made "shot" (the output's trigger word), their acts unchanged.

Counts before the rule (main 3b789acf): ``type_failures(doer=True)`` working 0, 0, 0 and aside 0, 1, 0; by
``target_counts`` working 5 wrong targets (the neighbour given to pills, phones and a cache of rockets seized, to a
clash with militants and to dredges destroyed), aside 1 wrong and 1 missing. After it (the limits below): working 2
wrong (the militants, whom the actors step makes the doer's own rebels, and the dredges, no ``sideless_noun``: a
miner's gear is often the neighbour's), aside unchanged (1 wrong, 1 missing).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_ctx46.jsonl"
MAX_WORKING = (0, 0, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 1, 0)
MAX_WRONG_TARGETS = {False: 2, True: 1}  # working, aside
MAX_MISSING = {False: 0, True: 1}


def test_probe_ctx46_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_ctx46_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_ctx46_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_ctx46_sides(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS[aside], sides[aside]["wrong"]
        assert len(sides[aside]["missing"]) <= MAX_MISSING[aside], sides[aside]["missing"]
        assert not sides[aside]["wrong source"], sides[aside]["wrong source"]
        assert not sides[aside]["no event"], sides[aside]["no event"]
