"""The pronoun, surname and bare-force probe (issue 11, session 43, h-pron43): whether the doer and target reached
only through a pronoun, a surname, a title or a bare force noun are found.

``tests/data/probe_pron43.jsonl`` holds 23 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), each built on one construction:
"it" in a later clause of a sentence whose first clause has a state as subject ("it-later"), "them" after a state,
the people it held and a place ("them-places": the people), a surname alone after a full name with a title
("surname"), "its <officer>" after an organisation ("its-officer"), a bare "security forces", "police" or "troops"
in what a state's ministry reports ("bare-forces"), an unknown name with a bare title in a clause that opens with
a capital ("capital-title"), a surname named again without its article ("al-X" ... "X": "surname-particle") and
"them" after plural people who marched to a place ("them-people-subject", added with its rule and annotated before
it was run).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items carry
``"aside": true``: they were not looked at while writing the rules, and their counts are reported apart. (After the
first run two triggers written "called on" were cut to "called", the word the coder's trigger holds, so that the
act is found at all; their sides were not changed. One working item, "a court in Santiago" after a Cuban arrest,
stays a wrong source: the coder reads the city as Chile's capital, a place question.)

Counted per act as in ``test_probe_wrongtgt.py`` (:func:`tests.probes.target_counts`, with every act's source
needed). Before the session's rules (``pronouns._governing_subject``, ``_office_owner``, the state-and-people
"them" in ``_salient`` and the plural people subject there, the apposed speaker in ``_salient_pick``;
``DocResolver._resolve`` reading a surname through ``_titled_name``; ``people._with_title`` asking
``antecedents.seated_in``; ``nominals._reported_bare_forces``) the
coder had 2 wrong targets, 5 wrong or missing sources and 1 missing target on the 15 working items, and 1, 4 and 2
on the 8 aside items; after them 1, 2 and 1 on the working items and 1, 2 and 0 on the aside items: the limits below
(working and aside together). Left on the working items: "police dispersed them" after farmers marched to a
consulate, where the pronoun is now nobody but the event still takes the consulate (the protest's target) from the
events stage; "both members" after "Its president" (a set question); "Sharafi" after "Ahmed al-Sharafi" (surnames
compared without their article were tried and dropped: they found nothing more on the development articles).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_pron43.jsonl"
MAX_WRONG = 2
MAX_WRONG_SOURCE = 4
MAX_MISSING = 1


def test_probe_pron43_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)


def test_probe_pron43_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_pron43_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_pron43_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
