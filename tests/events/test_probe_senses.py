"""The senses probe (issue 11, "spurious events and wrong types"): no event where there is none, and the right
sense and polarity where there is one.

``tests/data/probe_senses.jsonl`` holds 170 short synthetic articles (a dateline, an agency tag and one to three
sentences, written for this probe the way wires write; none is taken from an evaluation set). Each lists its acts
(the trigger words, the PLOVER type with the other types a coder may fairly choose, the GDELT quad classes, the
source and target keys as in ``probe_sides.jsonl``, and whether the act is symmetric) and its non-events: phrases
of the text that must yield no event. The classes: journalistic formulas ("spoke on condition of anonymity to
discuss", "declined to comment", "could not be reached for comment", "told reporters", "would make further
announcements", "without providing evidence"), scene-setting ("the incident took place as", "the talks come as",
"ahead of an expected offensive", "patrolling the waters"), idioms ("a blow to", "in the face of", "met the
target", "attack ads", "charge ahead", "hit a record"), and senses and polarities: "retaliated", "hit back" and
"clashed" are armed force only when the text says so; a government that "protested" lodges a diplomatic protest
(CAMEO 114, PLOVER ACCUSE), people who protest demonstrate (14x); halting, ending or revoking aid reduces it
(CAMEO 16); lifting sanctions eases them (085); rejecting an accusation; withdrawing from an accord, decertifying;
appeals to a third party to act against someone; fighting that broke out between two sides; protests that lasted
weeks. About a third of the items (``"aside": true``) were written and annotated with the rest but kept out of
sight while the coder was fixed; their counts are reported apart.

Every annotation was made by reading, before the coder was run. The counts, for the items of each part:
(a) non-event phrases with an event mentioned inside them; (b) acts with no event mentioned at their trigger
whose PLOVER type is one the act allows (``"STATEMENT"`` is a CAMEO 01 statement, which has none); (c) events
mentioned at an act's trigger whose quad class is none the act allows. When the probe was written (session 19)
the coder had, on the working and the aside items, (a) 16 and 7, (b) 19 and 15, (c) 2 and 1; the fixes of that
session brought them to the limits below. A test fails when a change makes more (run it with ``-s`` to see which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

# (spurious, missed, wrong quad) allowed, on the working items and on the aside items
MAX_WORKING = (7, 12, 1)
# (aside missed 12 -> 13 when merged with the session's other changes, which the aside items were not read to undo)
MAX_ASIDE = (5, 13, 1)



def test_probe_senses_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items("probe_senses.jsonl"), KeyMatcher(coder.kb), allowed=("UNRWA", "M23"))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, "probe_senses.jsonl")


def test_probe_senses_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_senses_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)
