"""The class-relative probe of session 30 (issue 11 §4, h-rep30): a relative clause on a noun made a class of acts
("every agreement it has signed", "the largest package it has offered", "the first such pact Tokyo had concluded",
"any proposal Stockholm offered") coded as a second act of the sentence. On the dev articles such clauses made
repeated events: they matched, leniently, an act already claimed ("in violation of every commitment it has signed",
"the first such pact Tokyo had concluded", "the largest such package it has offered to a Southeast Asian country").

``tests/data/probe_rep30.jsonl`` holds 15 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe about real actors with invented facts; none is taken from an evaluation set or the shared
data) in the format of ``probe_rep29.jsonl`` (acts with trigger, PLOVER types, quad classes and doer keys;
``nonevents``: phrases that must yield no event), in two classes: a relative clause on a class-marked noun
(``class relative``: the clause is a non-event, the act of the sentence stays) and a past relative clause on one
thing of the story, which stays an act (``past relative``: "two Ukrainian truck drivers its police detained last
week", "a deal Spain signed with Morocco"). Every annotation was made by reading, before the coder was run. Five
items (``"aside": true``) were written and annotated with the rest but not looked at while fixing; their counts
are reported apart.

When written, the coder had (spurious, missed) 4 and 0 on the 10 working items ("it has offered", "Seoul has
signed", "Chinese forces have seized", "Stockholm offered"), 3 and 0 on the 5 aside items. After this session's fix
(``nonevents.class_relative``, ``class_determiner`` in words.tsv; also when the parser takes the noun after the
comma for the subject of its clause and the clause before for that verb's complement) 0 and 0, aside 0 and 0: the
limits below. Run with ``-s`` to see which.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_rep30.jsonl"
# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (0, 0)
MAX_ASIDE = (0, 0)


def test_probe_rep30_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, live=True, doer=True)


def test_probe_rep30_working_items(failures):
    check_counts(failures[False][:2], MAX_WORKING)


def test_probe_rep30_aside_items(failures):
    check_counts(failures[True][:2], MAX_ASIDE)
