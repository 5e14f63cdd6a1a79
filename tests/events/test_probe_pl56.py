"""The actor-place probe of session 56 (issue 11, h-pl56): a place named on an actor, not on the act.

``tests/data/probe_pl56.jsonl`` holds 16 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from
an evaluation set). Ten tell a verbal act (an accusation, a promise, a criticism, an appeal, an agreement, thanks, a
rejection, an offer) whose sentence names a place only on who says it: "..., the Ugandan High Commission in Nairobi
said", "an Indian diplomat in Thimphu said", "according to the Russian embassy in Astana". Three tell a measure
reducing relations that falls on a foreign envoy or office named with its post: "declared a Belarusian diplomat in
Vilnius persona non grata", "ordered the Algerian ambassador in Bamako to leave". The place describes the actor, not
the act (eval/wire/README.md, places: "in <city>" describing an actor places nothing), so the annotated location is
null. Three controls keep their place: a meeting placed on its own verb under a speaker placed elsewhere, a deed whose
doer is named with where it is ("Police in Lusaka fired tear gas"), a hosting placed on its verb.

Every act was annotated by reading, before the coder was run on the items. Five items (``"aside": true``) were kept
out of sight while writing the rules (``PlaceRules._speaker_word`` and the envoy of a CAMEO 16 measure in
``PlaceRules.location``); only their counts were looked at. The speaker items were written first; on them the coder
before the rules gave no wrong place (it takes a speaker for a side, and so its place, only in longer sentences, as in
dev), so the three envoy items replaced three of them (items 2, 4, 12).

Wrong locations before the rules (9a7d737d): working 1 (the ambassador ordered to leave, placed in Bamako), aside 1.
After them (the limits below): working 0, aside 0. Acts with no event on their trigger (not counted above): working
1 (the persona non grata declaration), aside 1, before and after.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_pl56.jsonl"
FIELDS = ("location",)
MAX_WRONG = {"location": 0}
MAX_WRONG_ASIDE = {"location": 0}


def test_probe_pl56_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_pl56_wrong_locations(wrong):
    print("location", len(wrong[False]["location"]), wrong[False]["location"])
    assert len(wrong[False]["location"]) <= MAX_WRONG["location"]


def test_probe_pl56_wrong_locations_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(wrong[True]["location"]))
    assert len(wrong[True]["location"]) <= MAX_WRONG_ASIDE["location"]
