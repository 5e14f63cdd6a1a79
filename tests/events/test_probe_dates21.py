"""The date and place probe of session 21: constructions of the wire conventions (``eval/wire/README.md``)
that date or place an act through another clause.

``tests/data/probe_dates21.jsonl`` holds 22 short synthetic articles (a dateline with its agency tag and one to
three paragraphs, written for this probe the way wires write; none is taken from an evaluation set), about real
actors of every continent, annotated by reading before the coder was run, in the format of ``probe_dates.jsonl``
(see ``test_probe_dates.py``). The constructions: a relative clause with a doer of its own in a dated sentence
("imposed sanctions on Wednesday on commanders it accused of ...": the accusation is undated); an act a vague
count of weeks or days before or after a dated act ("in March 2024, weeks after rebels attacked ...": the period
that surely holds it, or null); a participle on the subject of a dated verb ("Talks brokered by Qatar collapsed
in December 2023": the brokering is undated); the first sentence of the second paragraph telling the same
summons or statement as the dated lead, by the lead's doer (dated), and acts that are not (another doer, a later
paragraph, a deed: undated); a doer or a party who met, arrived or visited somewhere (the act's place); a trip
to two countries (no one place).

About a third of the items are marked ``"aside": true``: written and annotated with the rest, their output was
not looked at while fixing, and they are counted separately. The test fails when a field has more wrong acts
than the counts below, which are what was left after session 21's fixes (run it with ``-s`` to see the acts).
Left on the probe items: the relative clause with its own doer (not cutting it lost more dev acts than it won:
the gold dates "vessels it accused of ..." by the clause above), a vague count of weeks or days (the dev gold
leaves "sent weapons weeks later" undated), a town the knowledge base does not know (Nimule), a boat hit at
sea given its flag's country, and shelling "across the border" (no place preposition names a country).
The second-paragraph summons of the probe items is dated through its merging with the lead's protest, not by a
rule of its own (dating a second paragraph's word act by the lead's day lost dev acts: the gold is not
consistent about it).
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_dates21.jsonl"
# before session 21's fixes: 0, 0, 0, 5, 7, 0 on the probe items and 0, 0, 0, 6, 1, 0 on the aside items
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 4, "location": 4, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 4, "location": 0, "attribution": 0}


def test_probe_dates21_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_dates21_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_dates21_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
