"""Things, consequences, habits, wishes and the scene (issue 11, session 41, h-nonev41): spurious events and types.

``tests/data/probe_nonev41.jsonl`` holds 21 short synthetic wire articles (a dateline, an agency tag and one or two
sentences, written for this probe; none is taken from a development or evaluation set) in these classes: a thing or
the weather as the doer ("a gas leak forced a halt to deliveries", "the road is blocked by snow", "the new levy was
expected to hit small exporters", ``thing_doer``); a participle of consequence whose object is people, no actor
("closed the crossing, forcing hundreds of truck drivers onto a detour", "displacing more than 700,000 people",
``consequence``); a habit in an absolute "with" clause ("with Yemeni boats seized every season", ``with_habit``);
standing recognition and joint undertakings in relative clauses ("which only Russia and four other states
recognise", "which also fight the jihadists together", ``standing``); a wish to join a body ("hope to join the
European Union", ``wish``); an ongoing deployment as the scene ("has been deploying in stages since the spring",
``scene``); a forecast by traders ("traders warned that a lengthy closure would lift prices", ``forecast``); a routine
check of cargo (``routine_check``). Acts next to them stay: ", killing two soldiers" after a shooting
(``consequence_act``), "a Russian missile damaged" (``thing_doer_act``), "with both sides agreeing to meet again"
(``with_act``), "recognised China in March 2023" (``standing_act``), "Russian forces have been shelling Kherson since
Monday" (``scene_act``). About a third of the items (``"aside": true``) were written and annotated with the rest but
kept out of sight while the coder was fixed. Every annotation was made by reading, before the coder was run.

Counts (spurious, missed, wrong quad) when written (main 5caca0fa): working 10, 1 and 0, aside 1, 1 and 0. After the
session's rules (``cues.tsv`` ``natural`` leak, snow; ``not_doer_noun`` levy, tariff, trader with the doer raised from
a "to" clause, ``nonevents._doer_of``; ``nonevents.consequence``, ``habit_with``, ``wished``, ``ongoing_since``,
``generic_relative`` with a ``joint_word``, ``standing_verb`` recognise): working 1, 1 and 0, aside 0, 1 and 0. Left:
"an African Union stabilisation force has been deploying since the spring" (nonev41-14: the doer is a named body,
which the rule leaves an act), "wounding three soldiers" codes nothing (nonev41-17) and "a Russian missile damaged two
apartment blocks" is coded as a seizure or damage of property, not an attack (nonev41-18, aside): the lexicon's
business. A test fails when a change makes more (run it with ``-s`` to see which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_nonev41.jsonl"
# (spurious, missed, wrong quad) allowed, on the working items and on the aside items
MAX_WORKING = (1, 1, 0)
MAX_ASIDE = (0, 1, 0)


def test_probe_nonev41_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, live=False)


def test_probe_nonev41_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_nonev41_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)
