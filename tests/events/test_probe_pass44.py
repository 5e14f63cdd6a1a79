"""The custody-story probe (issue 11, session 44, h-pass44): an act of holding people or their things, or of abuse
told of people held, in a passive that names no doer, after the article told the holding with its doer ("Indian
border guards arrested six Bangladeshi farmers ... the farmers were beaten at a border post": India;
"... seized two Vietnamese fishing boats ... The catch was confiscated": China; ``events/restated.py``).

``tests/data/probe_pass44.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set), annotated by reading before the
coder was run, with the schema of ``probe_pass38.jsonl`` (``~XXX``: any actor of country XXX; an empty source list:
the text names no doer: two custody stories with other holders, or a beating with no one held before). Six items
carry ``"aside": true``: they were not looked at while writing the rules, and their counts are reported apart.

Counted per act: a WRONG source, a MISSING source and NO EVENT as in ``test_probe_pass38.py``, and a WRONG SIDE
(:func:`tests.probes.side_failure`: no event with the annotated source and target).
Before the rules (main at 59c75ee9) the working items had 1 wrong source (pass44-07, a control: "the men" read as
the people of the first of two stories, already so on main), 3 missing (the three abuse items) and 3 with no event,
6 with the wrong sides; the aside items 0 wrong, 1 missing, 5 with no event, 6 with the wrong sides. With the abuse
rule (``ABUSE``) and the story of taking (``_custody_story``): working 1 wrong (the same control), 0 missing, 3 with
no event ("All nine were released", whose bare number the extractor gives no side; "whether ... had been
mistreated"; a cargo confiscated after a story whose driver is unresolved), 3 with the wrong sides; aside 0 wrong,
0 missing, 4 with no event, 4 with the wrong sides. With a custody passive of no one kept for the story ("All nine
were released"): working 1 wrong, 0 missing, 2 with no event, 2 with the wrong sides; aside 0 wrong, 0 missing,
3 with no event (one a control with two stories, rightly given no doer), 3 with the wrong sides. With abuse of
unresolved people following the story too ("the crew had been mistreated"): working unchanged; aside 0 wrong, 0
missing, 2 with no event, 2 with the wrong sides: the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, side_failures_by_part, source_counts

PROBE = "probe_pass44.jsonl"
LIMITS = {"wrong": 1, "missing": 0, "no event": 4}
MAX_SIDES = 2
MAX_SIDES_ASIDE = 2


def test_probe_pass44_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return source_counts(coder, PROBE)


@pytest.fixture(scope="module")
def sides(coder):
    return side_failures_by_part(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(LIMITS))
def test_probe_pass44_sources(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= LIMITS[kind], counts[False][kind]


def test_probe_pass44_sides(sides):
    assert len(sides[False]) <= MAX_SIDES, sides[False]


def test_probe_pass44_sides_aside(sides):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(sides[True]))
    assert len(sides[True]) <= MAX_SIDES_ASIDE
