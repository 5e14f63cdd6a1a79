"""Acts done by things, nature and processes, and senses that are no political act (issue 11, session 36, h-nonev36):
spurious events.

``tests/data/probe_nonev36.jsonl`` holds 35 short synthetic wire articles (a dateline, an agency tag and one
sentence, written for this probe; none is taken from a development or evaluation set) in classes: a natural hazard
as the doer of a verb of force ("a magnitude 7.4 tremor killed", "a wildfire destroyed", "floodwaters swept away",
``nature``); animals as doers ("swarms of locusts destroyed crops", "the fish had shifted", ``animals``); the toll of
a war, an insurgency or fighting ("The insurgency ... has forced tens of thousands of families from their homes",
``toll``) and the same verbs done by an armed group (``toll_act``); a bomb with no doer named, which the gold codes as
an act with an empty source ("A roadside bomb killed four Pakistani soldiers", ``bomb``), and weapons whose modifier
is their owner ("A Russian missile killed", "Russian artillery fire killed", ``weapon``); a measure, a debt or a
shortfall as the subject of a verb of harm ("whose closure has halted fuel deliveries", "the debt had crippled its
budget", ``things``); a legal contest ("vowed to fight the extradition request", "would fight the charges",
``legal``) next to an armed fight (``legal_act``); and a thing that burns or explodes, intransitive (``intransitive``).
The format is that of ``probe_senses.jsonl``: a non-event phrase must have no event mentioned in it; an act is found
when an event mentioned at its trigger has one of its PLOVER types (the doer is not checked: the bomb acts have no
doer). About a third of the items (``"aside": true``) were written and annotated with the rest but kept out of sight
while the coder was fixed. Every annotation was made by reading, before the coder was run.

Counts when written (main 2c03d778), (spurious, missed): working 9 and 4. After the rules on hazards, animals,
processes, measures and things that burn (``nonevents.natural_doer``, ``no_doer``, ``undergone``; cues.tsv ``natural``,
words.tsv ``not_doer_noun``, ``ergative_verb``): working 3 and 3, aside 3 and 2. After the legal senses (verbs.tsv
``-  fight +extradition|charge|...``, which a "vow ~fight" frame now gives way to; words.tsv ``pending_prep``,
``custody_verb``): working 1 and 2 (the aside limits kept). Left: the custody order's event also mentioned at "the
charges" of "fight the charges" (nonev36-18: a mention, no fight coded), and two shipments of relief ("sent two navy
ships with relief supplies", not this probe's class). A test fails when a change makes more (run it with ``-s`` to see
which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_nonev36.jsonl"
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (1, 2)
MAX_ASIDE = (3, 2)


def test_probe_nonev36_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, live=True)


def test_probe_nonev36_working_items(failures):
    check_counts(failures[False][:2], MAX_WORKING)


def test_probe_nonev36_aside_items(failures):
    check_counts(failures[True][:2], MAX_ASIDE)
