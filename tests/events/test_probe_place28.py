"""The place probe of session 28 (issue 11, "Status scope": where an act took place; h-place28).

``tests/data/probe_place28.jsonl`` holds 18 short synthetic articles (a dateline with its agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), about real actors,
annotated by reading before the coder was run, in the format of ``probe_status26.jsonl``. The constructions: a place
set at the head of a statement ("In Islamabad, the spokeswoman said the remarks were regrettable and urged India
to ...": the words said anywhere in that sentence were said there, eval/wire/README.md rule (c) of the audit of
session 27; not the deeds the words tell, nor the next sentence); police and courts acting on foreigners at home
("Thai police arrested three Cambodian men", "A South Korean court sentenced a Chinese national"; a control: coast
guard officers near the Paracel Islands, waters both sides claim, no place); a protest at a foreign embassy (in the
country the story is told from; one stormed "in Bamako" is there).
About a third of the items are marked ``"aside": true``: their output was not looked at while fixing, and they are
counted separately. Two working acts and one aside act have no event (not a place failure: the summons of an "In
Moscow, the foreign ministry summoned ..., spokeswoman X said, warning ..." and "stormed the French embassy").
When written (on 3490697), wrong fields on the working items: location 10 (the five word acts after an "In <city>,"
that hang on another clause than the one the place is on, the three court and police acts, the Paracels control,
which the knowledge base places in China, and the embassy rally), every other field 0; aside: location 5, the rest 0.
After this session's fixes (``PlaceRules._opening_place``, ``_police_ground``, a protest at a foreign embassy, an
embassy of another state than the doer's is no post of the doer's): working location 3 (the two court acts: the dev
gold is split on a court's acts with no place named, "a Stockholm court sentenced" null against "A South Korean
court sentenced" Korea, so no rule was written for them; and the Paracels), aside location 1.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_place28.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 3, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 1, "attribution": 0}


def test_probe_place28_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_place28_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_place28_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
