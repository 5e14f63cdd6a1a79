"""The missed-measures probe (issue 11, session 41, h-measure41): countermeasures, supplies and licences suspended,
formats left, bodies delisted, citizens taken back, measures not ruled out, goods pledged on credit.

``tests/data/probe_measure41.jsonl`` holds 21 short synthetic wire articles (a dateline, an agency tag and one to two
sentences, written for this probe the way wires write, about real actors with invented facts; none is taken or
paraphrased from an evaluation set), each built on one construction: countermeasures announced against another
country's firms (a sanction on that country), shipments or deliveries of fuel suspended to a country, the processing
of another's citizens' requests suspended, a forum or talks left, a body removed from a list of banned ones or
delisted, one's citizens taken back under an accord, further measures or countermeasures not ruled out (a threat left
open), troops one did not rule out sending (the act, hypothetical) and strikes one refused to rule out (a threat),
goods pledged on credit; with two senses to leave alone (countermeasures against drones, a weapon; remarks taken
back). The format is that of ``probe_lex28.jsonl`` (each act's trigger, PLOVER type, accepted types, quad classes and
sides; non-event phrases), with the ``construction`` and ``sentence`` of the side probes, so that both counts run.

Every act was annotated by reading, before the coder was run. Six items (``"aside": true``) were kept out of sight
while writing the rules; only their counts were looked at. After the first run two triggers were shortened to one
word ("pulled out" to "pulled", "take back" to "take") so that the side count finds the events, whose trigger is the
verb; no type or side was changed.

Counts before the session's rules (main 5caca0fa): spurious, missed, wrong quad (``type_failures``) working 0, 8, 1
and aside 0, 6, 0; by ``target_counts`` working 0 wrong, 3 missing targets, 7 acts with no event, aside 0, 0, 6.
After them (the limits below): 0, 0, 0 and 0, 0, 0; working 0 wrong, 4 missing, 0 with no event, aside 0, 2, 0.
The targets still missing are the owner of a "Beijing-led" forum, talks' partner named after "with" on the talks
("pulled out of the talks with X"), the state that returns the citizens (named only in a relative clause), and the
"against" object of measures not ruled out where the parser hangs it on "rule".
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_measure41.jsonl"
MAX_WORKING = (0, 0, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)
MAX_WRONG_TARGETS = 0
MAX_MISSING_TARGETS = {False: 4, True: 2}


def test_probe_measure41_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE)


def test_probe_measure41_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_measure41_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_measure41_targets(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS, sides[aside]["wrong"]
        assert len(sides[aside]["missing"]) <= MAX_MISSING_TARGETS[aside], sides[aside]["missing"]
        assert not sides[aside]["no event"], sides[aside]["no event"]
