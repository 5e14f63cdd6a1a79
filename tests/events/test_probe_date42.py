"""The date probe of session 42 (issue 11, "real wire copy", h-date42): the day of the lead's news act that the
lead relays from a saying and does not date itself.

``tests/data/probe_date42.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), annotated by reading
before the coder was run, in the schema of ``probe_date28.jsonl``. The constructions: a deed or a word act of the
lead, in the simple past or the present perfect, told before the saying that relays it ("Fiji's navy seized a
Taiwanese longliner ..., the fisheries ministry said on Thursday", "Bangladesh has asked Myanmar to take back ...")
or with no day in the lead at all, whose day the body gives on a clause of the doer's side ("A patrol boat boarded
the vessel on Tuesday", "Foreign Secretary ... handed the request to Myanmar's ambassador on Wednesday", "The
diplomat was handed a note on Monday"); with controls: a lead act with a day of its own, an act still to come or
possible ("Kenya will send ...", "Senegal could close ..."), the act joined to the lead's first act (undated, as
the dev gold has it), and a body day after the lead's. A third of the items (5 of 15) carry ``"aside": true``: their
output was not looked at while fixing, and they are counted apart.

Before the rule (dc2f1d35), wrong fields on the working items: date 6 (every relayed act undated), location 5 (the
place of a lead act: annotation against the place rules, not this rule's business); aside: date 2, location 2,
attribution 1. After it (``DateRules._relayed_lead_act``, ``DateRules._done_by_the_doer``): working date 2 (the
body's day is on a person the knowledge base does not know, "Foreign Secretary Rahim Uddin handed the request", "A
senior ministry official conveyed the protest": a subject with no known actor is taken only when it is a state's
patrol craft), location 5; aside date 0, location 2, attribution 1: the limits below. After the first run, five
stock phrases that dev copy also uses (a "no comment" line, a speaker phrase, a checkpoint) were reworded in items 2,
3, 6, 7 and 15 (same constructions, same annotations); the counts before and after the rule are the same on the
reworded items. Session 46 (h-loc46, ``HomeGround.lead_held_home``): a navy's seizure of the day in the lead under
its own state's dateline is placed there, as the dev gold places such acts (item 1, annotated with no place;
item 4's seizure "near" a river is left alone): working location 6.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date42.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 2, "location": 6, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 2, "attribution": 1}


def test_probe_date42_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_date42_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_date42_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
