"""The place probe of session 53 (issue 11, h-loc53): talks or a meeting a pact was signed after, with no place of
their own, are where it was signed ("signed the accord in X after talks between ...": ``PlaceRules._signed_after``).
Items 01-12 were written for a rule that put an agreement where its own clause says it was made
(``PlaceRules._made_during``): a trip after "during" on its verb, a verb joined to it or its infinitive ("agreed ...
and signed four accords during a state visit by Y's president to X", "agreed ... during a visit to X by ..."), "here"
on that trip, a trip naming no place by the other party's people (the visited party's ground), or where the pact it
was made in was signed ("agreed to sell ..., in a deal signed in X"). That rule was dropped at the merge (it cost a
right place on the aside set); its items stay, unedited, as the cases the coder still misses. Controls: two
agreements whose clause tells no occasion (the dateline alone names no place).

``tests/data/probe_loc53.jsonl`` holds 16 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken from an
evaluation set), annotated by reading before the coder was run, in the schema of ``probe_loc45.jsonl``. Five items
(``"aside": true``) were not looked at while writing the rules; only their counts were. Items 13-16 (talks before a
signing) were added with the second rule, annotated before it was run on them.

Counts before the rules (main fa30865b): working location 10 (01-05, 07, 08, 13, 14, 15 with no place), modality 5 (the
agreements "agreed to ..." are coded ``intended``; the probe reads them ``asserted``, as the dev gold does: not this
probe's point), date 1 (13: the talks take the signing's day; read undated), other fields 0; aside location 4,
modality 3. With both rules (``_made_during`` and ``_signed_after``, the branch as written): working location 0,
modality 5, date 1; aside location 1, modality 3. Now, ``_made_during`` dropped (the limits below): working location 7
(01-05, 07, 08 with no place), modality 5, date 1; aside location 3, modality 3.

Session 66 (h-mod66b): item 08 ("agreed ... to extend their oil pipeline talks")
was annotated `asserted`; it is corrected to `intended`, per
eval/wire/README.md: the act agreed on stays `intended`, with or without a time to come ("agreed to meet again in
Ankara in October"); talks agreed on are still to be held (status.py ``_talks_agreed``, cues.tsv ``meeting``).
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_loc53.jsonl"
MAX_WRONG = {"negated": 0, "modality": 5, "historical": 0, "date": 1, "location": 7, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 3, "historical": 0, "date": 0, "location": 3, "attribution": 0}


def test_probe_loc53_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_loc53_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_loc53_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
