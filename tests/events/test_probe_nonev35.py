"""Conditions, background and warnings coded as acts (issue 11, session 35, h-nonev35): spurious events.

``tests/data/probe_nonev35.jsonl`` holds 31 short synthetic wire articles (a dateline, an agency tag and one
sentence, written for this probe; none is taken from a development or evaluation set) in pairs of classes: the verb
of an "if" or "unless" clause ("would reopen its embassy if Syria released the journalists", ``condition``) and the
same verbs as acts in a time or cause clause or a main clause (``condition_act``); a warning about one's own
situation or a danger, with no act threatened (``warning``), and warnings that threaten an act (``warning_act``);
background told about a noun (the terms of a standing treaty "under which Wellington gives budget support", "a
power plant, built by Russian firms in 2009", "as the European Union backs a competing port project", "a government
that said it needed Chinese loans", "Chinese promises of investment had come to little", ``background``) and the
same words as acts (``background_act``). The format is that of ``probe_senses.jsonl``: a non-event phrase must have no
event mentioned in it; an act is found when an event mentioned at its trigger has one of its PLOVER types and a doer
among its ``source`` keys. About a third of the items (``"aside": true``) were written and annotated with the rest
but kept out of sight while the coder was fixed. Every annotation was made by reading, before the coder was run.

Counts when written (main ec46bc7e), (spurious, missed): working 10 and 0, aside 5 and 0 (every conditioned verb
the lexicon codes was coded as a hypothetical act). After this session's change (``nonevents.protasis``, words.tsv
``protasis_mark``): working 5 and 0, aside 3 and 0. Left: the warnings with no act threatened (nonev-17 to 20, still
CAMEO 130), "a power plant, built by Russian firms" (061), "a government that said it needed Chinese loans" (071),
"as the European Union backs a competing port project" (051) and "Chinese promises of investment" (030). In nonev-06
("if Beijing ends its ban") the event noun "ban" names a ban in force, an act that happened, so only "ends" is
annotated as the non-event (corrected after the first run). Seven items were reworded after the first run to keep
them further from the development articles (nonev-10, 17, 24 to 28; annotated again by reading). A test fails when a
change makes more (run it with ``-s`` to see which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_nonev35.jsonl"
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (5, 0)
MAX_ASIDE = (3, 0)


def test_probe_nonev35_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, live=True, doer=True)


def test_probe_nonev35_working_items(failures):
    check_counts(failures[False][:2], MAX_WORKING)


def test_probe_nonev35_aside_items(failures):
    check_counts(failures[True][:2], MAX_ASIDE)
