"""Standing complaints, forecasts, rises to power and plural titles (issue 11, session 42, h-nonev42).

``tests/data/probe_nonev42.jsonl`` holds 21 short synthetic wire articles (a dateline, an agency tag and one or two
sentences, written for this probe; none is taken from a development or evaluation set) in these classes: a standing
state in the present perfect with no actor named ("fishermen have long complained of robberies", "exile groups have
continued to hold rallies", "traders have for years protested", ``habit``); a warning whose content is what a
situation may bring or lack ("warned that about 3 million people could need food aid", "that its stocks are running
low", "warning that the row risked weakening the fight", ``forecast``); a rise to power as background ("both run by
colonels who took power between 2019 and 2024", "the junta, which came to power in 2021", "since he took power in
2019", ``power``); "Presidents X and Y" and "Foreign Ministers X and Y" as doers after a first paragraph
(``plural_title``). Acts next to them stay: "Ethiopia has long accused Egypt" (``habit_act``), "warned that it could
expel two EU diplomats", "warned Ethiopia that it would take all measures" (``forecast_act``), the act of the clause a
rise to power is background to. About a third of the items (``"aside": true``) were written and annotated with the
rest but kept out of sight while the coder was fixed. Every annotation was made by reading, before the coder was run.

A statement (CAMEO 01, no PLOVER type) at a non-event is not counted: the gold format does not annotate statements and
the scores leave them out, and a forecast is coded as one (012). Counts (spurious, missed, wrong quad; acts checked
with a doer among their ``source`` keys) on main dc2f1d35: working 8, 0 and 0, aside 3, 0 and 0 (all spurious: the
complaint and the rallies, the four forecasts as threats, two rises to power; aside "have long demanded", a forecast
and a rise to power). Three items were reworded after the first run, where seven words ran as in a development
article (nonev42-01, -15, -16; the constructions unchanged): nonev42-16's "came to power", which the lexicon does not
code, was a "took power" coded 170 at the first count (working 9 then). After the session's rules
(``nonevents.standing_perfect``, ``nonevents.rise_to_power``, ``need|run|cost|risk|depend`` on the ``warn ~...`` line
of ``verbs.tsv``): working 0, 0 and 0, aside 0, 0 and 0. The plural-title items were coded right before the rule
too (the model parsed these sentences with a conjunct; the parse that hangs "X and" on "Y" is tested in
``test_nonevents42.py``). A test fails when a change makes more (run it with ``-s`` to see which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_nonev42.jsonl"
# (spurious, missed, wrong quad) allowed, on the working items and on the aside items
MAX_WORKING = (0, 0, 0)
MAX_ASIDE = (0, 0, 0)


def test_probe_nonev42_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    found = type_failures(coder, PROBE, doer=True)
    # a statement (CAMEO 01, no PLOVER type: "warned that ... could need food aid" as a pessimistic comment, 012) is
    # no event the gold annotates nor one the scores count; only typed events at a non-event are spurious
    return {aside: ([s for s in spurious if not s[2].startswith("01")], missed, wrong)
            for aside, (spurious, missed, wrong) in found.items()}


def test_probe_nonev42_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_nonev42_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)
