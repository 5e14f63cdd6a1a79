"""The nominal23 probe (session 23): institution nominals and pronouns that land on the wrong country, as the
false dyads of the wire articles written for sessions 18-22 showed them. Six constructions: "the government" or
"the authorities" as the object of a body a demonym or possessive gives a country ("Chilean senators urged the
government"); "the army" or "the military" in what a state's military or its spokesman says, and "junta
aircraft"; "the two neighbours" or "the two countries" after a background sentence about another pair; a copular
attribute ("X became the first country to recognise Y": X is the doer); "he" or "she" after an organisation's
appositive officer ("its special envoy, Jane Doe, said she"); "them" after a plural group named in the sentence
before ("arrested eight activists ... sentenced them").

``tests/data/probe_nominal23.jsonl`` holds 15 synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe; none is taken from an evaluation set), in the schema of
``tests/data/probe_sides.jsonl`` (see ``tests/events/test_probe_sides.py``). Each act was annotated by reading,
before the coder was run on it. 5 items carry ``"aside": true``: their output was not looked at while the rules
were fixed, and their counts are reported apart (run with ``-s``).

Three counts, as in the nominals probe: a wrong source, a wrong target, a missing target. The allowed maxima are
what was left after the session's fixes; the test fails when a change makes more.

Before the session's fixes the coder had 3 wrong sources (aside items: 0 more), 5 wrong targets (aside: 2 more) and
1 missing target (aside: 0). The fixes (the government a country's own body addresses; the army in what a state's
body says; a copula's attribute; no pair of the past for "the two neighbours"; "them" after people done to; a name
in apposition to a title for "he"/"she") brought them to 0 (aside 0), 2 (aside 0) and 0 (aside 0). Left: a target
carried over from a conjoined clause ("urged both sides ..., and its envoy said she was ready to visit the camp"),
and a counted group ("eight opposition leaders") whose "them" gets the other party of the story from the context
step.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, side_counts

PROBE = "probe_nominal23.jsonl"
MAX_WRONG_SOURCES = 0
MAX_WRONG_TARGETS = 2
MAX_MISSING_TARGETS = 0


def test_probe_nominal23_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return side_counts(coder, PROBE)


def test_probe_nominal23_wrong_sources(counts):
    assert len(counts["sources"]) + len(counts["aside sources"]) <= MAX_WRONG_SOURCES, counts["sources"]


def test_probe_nominal23_wrong_targets(counts):
    assert len(counts["wrong"]) + len(counts["aside wrong"]) <= MAX_WRONG_TARGETS, counts["wrong"]


def test_probe_nominal23_missing_targets(counts):
    assert len(counts["missing"]) + len(counts["aside missing"]) <= MAX_MISSING_TARGETS, counts["missing"]
