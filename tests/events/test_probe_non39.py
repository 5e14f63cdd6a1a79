"""Purposes denied in a contrast and protests planned (issue 11, session 39, h-non39): spurious events and types.

``tests/data/probe_non39.jsonl`` holds 33 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe; none is taken from a development or evaluation set) in four classes: a negated "to"
infinitive that says what an act was not for, mostly in a relative's or an official's quote ("sailed to the shoal to
catch fish, not to provoke China", "came to Khartoum to talk, not to threaten", ``contrast``), whose phrase must
have no event mentioned in it, negated or not; and acts next to such shapes that stay ("agreed not to attack",
"warned Finland not to deploy troops", "crossed the border to reinforce the rebels", "sent two warships to shadow
the vessels, not to fire on them", ``contrast_act``); protests said or planned, which are the protest ("said they
would rally outside the Bulgarian embassy on Monday", "plan a sit-in", ``planned_protest``), next to protests held
over someone, threats of dissent ("would block the road unless Kampala scrapped the levy", "told the ambassador they
would block the crossings", ``protest_threat``). The format is that of ``probe_non38.jsonl``; here negated events
count as spurious (the gold codes no negated attack for "not to fight anyone"). About a third of the items
(``"aside": true``) were written and annotated with the rest but kept out of sight while the coder was fixed. Every
annotation was made by reading, before the coder was run.

Counts (spurious, missed, wrong quad) when written (main 2c7b4e7c): working 2, 3 and 1, aside 1, 3 and 3. After
``nonevents.denied_purpose``: working 0, 3 and 1, aside 0, 3 and 3; after planned protests kept as protests
(``combinations.tsv`` ``intend 14 =``, ``FrameRules._pressing``): working 0, 2 and 0, aside 0, 1 and 1. Left: "plan a
sit-in" and "would blockade the crossing" code nothing (non39-26, -27: no lexicon line reaches them). Session 62
(h-res62: "Nepali traders" resolve to Nepal's civilians) turned non39-27 from missed into a wrong quad: the traders
are now the doer and "would blockade" reads as a threat to blockade (1381), where the README makes a protest planned
by its doers a protest (14x, future): working 0, 1 and 1. A test fails when a change makes more (run it with ``-s`` to
see which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_non39.jsonl"
# (spurious, missed, wrong quad) allowed, on the working items and on the aside items
MAX_WORKING = (0, 1, 1)
MAX_ASIDE = (0, 1, 1)


def test_probe_non39_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, live=False)


def test_probe_non39_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_non39_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)
