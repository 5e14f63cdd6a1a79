"""The place probe of session 41 (issue 11, "Status scope": where an act took place; h-place41).

``tests/data/probe_place41.jsonl`` holds 21 short synthetic articles (a dateline with its agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set; the small ports, cays,
reefs and islands are invented names the gazetteer does not know), annotated by reading before the coder was run, in
the format of ``probe_place28.jsonl``. Three constructions: a sentence opened by "In <capital>," whose speaker reports
an earlier act (past perfect) of a state ("In Bangkok, a spokesman said Thailand had asked Malaysia to ..."): the
capital's country when the state is the capital's own, no place when it is another ("In Warsaw, the ministry said
Belarus had summoned ..."); a state organ's seizure or detention at a named place the gazetteer does not know ("at
the river port of Puerto Lirio", "inside the Turtle Cays Marine Reserve", "on the Mavua Reef"): the organ's country,
but not near or off it (no place), nor at a port a country word gives to another state (that state); and "here" on
the sentence's verb of saying or on its subject ("..., the ministry said here", "the embassy here said"): the
dateline's country, but not for another state's earlier act ("told reporters here that Nepal had assured ..."). Seven
of the 21 items are marked ``"aside": true``: their output was not looked at while writing the rules, and they are
counted separately. Only ``location`` is counted (the other fields are annotated for the form check only).

When written (on 5caca0fa), wrong locations: working 10 of 15 acts (every act of the three constructions had none; the
controls were right), aside 6 of 8. After the first two rules (``PlaceRules._opening_place`` for the doer's own
capital, ``HomeGround._unknown_place_at_home``; items 19-21, for "here", were added with the third rule, annotated
before it was run): working 1, aside 1 (the two "here" items). After ``PlaceRules._said_here``: working 0, aside 0:
the limits below. Session 42 (h-place42) puts a state organ's seizure or arrest near, off or at a compass point of such
a place at home too, as the dev gold does (six acts gained on dev, one lost): one aside act annotated with no place
(not read): aside limit 0 -> 1.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_place41.jsonl"
MAX_WRONG = 0
MAX_WRONG_ASIDE = 1


def test_probe_place41_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("location",))


def test_probe_place41_wrong_locations(wrong):
    print(len(wrong[False]["location"]), wrong[False]["location"])
    assert len(wrong[False]["location"]) <= MAX_WRONG


def test_probe_place41_wrong_locations_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(wrong[True]["location"]))
    assert len(wrong[True]["location"]) <= MAX_WRONG_ASIDE
