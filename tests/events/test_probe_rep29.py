"""The over-coding probe of session 29 (issue 11 §4, h-rep29): words coded as acts where the copy tells none, which
on the wire articles made most repeated events (they matched, leniently, an act already claimed) and many spurious
ones.

``tests/data/probe_rep29.jsonl`` holds 19 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe about real actors with invented facts; none is taken from an evaluation set or the shared
data) in the format of ``probe_noevent.jsonl`` (acts with their trigger, PLOVER types, quad classes and doer keys;
``nonevents``: phrases that must yield no event), in these classes: a country described by what it keeps in the
simple present ("Cyprus, which hosts two British military bases", "Ethiopia, which shelters close to a million
South Sudanese refugees", "which does not recognise", ``standing``); a change in relations between two named
parties ("Relations between Togo and Burkina Faso have cooled", ``relations``); a minister's trip at home ("flew to
Garissa", ``home trip``) beside one abroad that is a visit (``trip abroad``); an aim of the accused inside an
accusation ("accused Rwanda of arming militiamen who seek to overthrow ...", ``alleged aim``); a habit ("rarely agree
on anything", ``habit``); a speaker "referring to" a court (``referring``); an economic noun a protest is against
("rallied against Chinese mining investment", ``economic noun``); an assurance that something would not be hosted
(``refused hosting``); a president's request to his own minister (``internal``); and a past act in a relative clause
that stays an act (``past relative``). Every annotation was made by reading, before the coder was run; an act is
found when an event mentioned at its trigger has one of its types and a doer among its ``source`` keys (negated
events left out). Six items (``"aside": true``) were written and annotated with the rest but not looked at while
fixing; their counts are reported apart.

When written, the coder had (spurious, missed) 6 and 1 on the 13 working items ("hosts two British military
bases", "flew to Garissa", "seek to overthrow", "referring to the International Court of Justice", "would not host
a Chinese military base", "asked his labour secretary"; missed: "Ethiopia, which shelters ..., accused South Sudan"
codes nothing), 4 and 1 on the 6 aside items. After this session's fixes (hosting in the simple present is a
standing arrangement, ``standing_verb`` in words.tsv and ``nonevents.standing_trade``; "refer" is a lawsuit only
with the case referred as its object, verbs.tsv; a visit to a place of the doer's own country that names no one
visited is a trip at home, ``acts.home_trip``) 3 and 1, aside 1 and 1: the limits below. A change in relations
between named parties is still coded (a known inconsistency of the gold, eval/wire/README.md, and the seed
article's expectation), and so are the alleged aim, the assurance and the internal request. Run with ``-s`` to see
which.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_rep29.jsonl"
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (3, 1)
MAX_ASIDE = (1, 1)


def test_probe_rep29_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, live=True, doer=True)


def test_probe_rep29_working_items(failures):
    check_counts(failures[False][:2], MAX_WORKING)


def test_probe_rep29_aside_items(failures):
    check_counts(failures[True][:2], MAX_ASIDE)
