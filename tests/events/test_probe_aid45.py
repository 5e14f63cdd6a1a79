"""The aid probe of session 45 (issue 11, h-aid45): material, military and humanitarian aid the coder missed.

``tests/data/probe_aid45.jsonl`` holds 18 short synthetic wire items (a dateline, an agency tag and one sentence,
written for this probe the way wires write, about real actors with invented facts; none is taken or paraphrased from
an evaluation set), each built on one construction: support given in arms or men ("backed the government with attack
helicopters and military instructors", CAMEO 072, not the 051 of bare "back"); goods handed to another's forces
("supplied the coast guard with patrol ships", 070, not the trade of bare "supply"); paying for another's project
("will pay for a new hospital in X", 071); a state sending a staple or fuel to another ("will send 200,000 tonnes
of wheat to X"); rescuers sent abroad ("sent two rescue teams to X", 073); helping another build ("will help build
a port terminal", 070); forces sent or deployed to help another ("sent 1,000 troops to X to help the army", 074,
not a build-up); with the constructions to leave alone: answering for a wrong ("will pay for every crime"), a
buyer's own purchase ("struggled to pay for fuel imports"), soldiers deployed at home to guard ("deployed soldiers
to guard oil fields": a mobilisation, 15x), and a state's trade in a commodity (061, not aid). The format is that
of ``probe_visit44.jsonl``.

Every act was annotated by reading, before the coder was run on the items. Six items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts before the session's rules (main f18571db): spurious, missed (with a doer among the act's sources), wrong
quad (``type_failures(doer=True)``) working 0, 8, 1 and aside 0, 5, 1; by ``target_counts`` working 0 wrong, 0
wrong sources, 6 acts with no event, aside 0, 0, 3. After them (the limits below): working 0, 5, 0 and aside 0, 2,
0; working 0 wrong, 0 wrong sources, 5 with no event, aside 0, 0, 2. The misses left are the constructions whose
lines were tried on the development articles and left out (paying for another's project, rescuers sent, helping
another build: on dev they gave events with no target, so no strict match, and spurious ones) and the state's
trade in a commodity, which the coder leaves uncoded (no aid is coded there either).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_aid45.jsonl"
MAX_WORKING = (0, 5, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 2, 0)
MAX_WRONG_TARGETS = 0
MAX_WRONG_SOURCES = 0
MAX_NO_EVENT = {False: 5, True: 2}  # working, aside


def test_probe_aid45_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_aid45_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_aid45_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_aid45_sides(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS, sides[aside]["wrong"]
        assert len(sides[aside]["wrong source"]) <= MAX_WRONG_SOURCES, sides[aside]["wrong source"]
        assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
