"""The wrong-doer probe (issue 11, session 47, h-fd47): a doer the coder gave the wrong state.

``tests/data/probe_fd47.jsonl`` holds 16 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real actors with invented facts; none is taken from an evaluation
set), annotated by reading before the coder was run, with the schema of ``probe_pass44.jsonl`` (``~XXX``: any actor
of country XXX; ``nobody_source``: the text names no doer a country can be given). The constructions: a court or
judge deep in a clause that a foreign town opens ("In Lisbon, the ministry said the request was before the appeals
court, where a judge released him": Portugal's, not the story's country; ``actors.antecedents.court_seat``); a
numbered set of states named in its own sentence about the past ("the bloc, which lost X, Y and Z when the three
juntas quit it in 2025": those three, not three named together in the lead; ``actors.set_parties._of_the_past``); a
visitor ("the delegation" named before with its state, "the visiting leader": not the dateline's host that reports the
visit; ``NominalRules._visitor``); bare "rights groups" (no country from the story's focus); with two controls (a
judge at home, "Zimbabwean rights groups"). Five items carry ``"aside": true``: they were not looked at while writing
the rules, only counted.

Counted per act as in ``test_probe_pass44.py``: a WRONG source, a MISSING source, NO EVENT, and a WRONG SIDE
(:func:`tests.probes.side_failure`; for a ``nobody_source`` act, "a doer" when a source resolves).
Before the rules (main at 512d5bbd): working items 6 wrong sources, 0 missing, 1 with no event, 8 with the wrong
sides; aside items 3 wrong, 0 missing, 1 with no event, 4 with the wrong sides. After them: working 1 wrong (a pair,
"the two upstream states", named as an object in a sentence of the past: a pair needs a plainer naming), 0 missing,
1 with no event (no act is coded on "drawing condemnation from"), 3 with the wrong sides; aside 1 wrong (the same pair
construction), 0 missing, 0 with no event, 1 with the wrong sides: the limits below. (Four items, 05, 08, 11 and 12,
were reworded after the first count, with the same constructions and annotations, so that no run of their words
follows an evaluation article; the counts above are those of the reworded items.)
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, side_failures_by_part, source_counts

PROBE = "probe_fd47.jsonl"
LIMITS = {"wrong": 2, "missing": 0, "no event": 1}  # working and aside together
MAX_SIDES = 3
MAX_SIDES_ASIDE = 1


def test_probe_fd47_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return source_counts(coder, PROBE)


@pytest.fixture(scope="module")
def sides(coder):
    return side_failures_by_part(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(LIMITS))
def test_probe_fd47_sources(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= LIMITS[kind], counts[False][kind]


def test_probe_fd47_sides(sides):
    assert len(sides[False]) <= MAX_SIDES, sides[False]


def test_probe_fd47_sides_aside(sides):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(sides[True]))
    assert len(sides[True]) <= MAX_SIDES_ASIDE
