"""States, bodies not yet set up and texts that are no acts (issue 11, session 38, h-non38): spurious events.

``tests/data/probe_non38.jsonl`` holds 30 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe; none is taken from a development or evaluation set) in classes: a change in the state of
relations between named actors ("relations between Paris and Algiers have worsened since 2024", "ties have warmed",
``relations``), with the acts told in the same sentence kept, next to acts on ties ("cut diplomatic ties with X",
``relations_act``); what a body still to be set up would do ("agreed to set up a joint border committee that would meet
in Niamey in January to coordinate patrols", ``body``) next to a body that acted ("set up a committee in 2019 that met
twice", ``body_act``); coercion a law or a scheme provides for ("a scheme which would force anyone working for Tehran
to declare", ``text``) next to people who force ("Russian troops forced 300 villagers to leave", ``text_act``); and
cooperation cut, reduced relations, never cooperation ("has cut much of its cooperation with Belarus", ``cut``). The
format is that of ``probe_nonev36.jsonl``: a non-event phrase must have no event mentioned in it; an act is found when
an event mentioned at its trigger has one of its PLOVER types (the doer is not checked). About a third of the items
(``"aside": true``) were written and annotated with the rest but kept out of sight while the coder was fixed. Every
annotation was made by reading, before the coder was run.

Counts (spurious, missed) when written (main be627404): working 6 and 4, aside 3 and 4. After the rules of session 38
(verbs.tsv ``-  worsen ^relation`` lines and ``cut +cooperation`` 160; ``nonevents.not_yet_set_up``,
``obliged_by_text``): working 0 and 2, aside 1 and 2. Left: "restored ambassadors" coded as nothing (non38-04, -07,
not this probe's class), "closed Serb-run banks" (non38-23), "agreed to set up a monitoring committee" coded as an
inquiry (090, non38-26), and the 160 of "reduced its cooperation with Russia" mentioned in the phrase where no
cooperation may be coded (non38-29: the trigger covers its object). On main the dateline changes the parse of the
``relations`` items, which then coded nothing either; the unit tests in ``test_nonevents.py`` hold that class. A
test fails when a change makes more (run it with ``-s`` to see which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_non38.jsonl"
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (0, 2)
MAX_ASIDE = (1, 2)


def test_probe_non38_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, live=True)


def test_probe_non38_working_items(failures):
    check_counts(failures[False][:2], MAX_WORKING)


def test_probe_non38_aside_items(failures):
    check_counts(failures[True][:2], MAX_ASIDE)
