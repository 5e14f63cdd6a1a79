"""The attribution probe of session 48 (issue 11, status fields on right events; h-attr48): a plan relayed by the named
side of one of its doers, and an act named after "in response to". ``tests/data/probe_attr48.jsonl`` holds 16 short
synthetic articles (a dateline with its agency tag and two sentences, written for this probe the way wires write;
none is taken from an evaluation set), about real actors with invented facts, annotated by reading before the coder
was run, in the format of ``probe_attr47.jsonl``. The constructions, chosen from a count of the attribution errors on
strict matches of the dev articles: an agreement to a joint act or a joint plan of two doers sourced to one doer's
ministry or minister ("Senegal and Gambia agreed to open a joint customs post, the Gambian trade ministry said";
"Estonian and Russian border guards will patrol the lake together, Estonia's interior minister said") and a visit to
come sourced to the traveller's office ("..., his office said", "her spokesman said"): no attribution
(eval/wire/README.md: a stated plan relayed by the doer's side); an act named after "in response to" or "in
retaliation for" ("expelled a diplomat in response to Minsk's expulsion of a consul, the foreign ministry said"):
given, no attribution, asserted (as after a time preposition); a meeting to come relayed by an unnamed source of one
doer's state ("an Uzbek government source said", added with the rule of the country word on the source's body noun;
right before and after). Controls: a third party's named official relaying a plan keeps the attribution, and so does
one doer's police relaying a deed done by both. Five of the 16 items are marked ``"aside": true``: their output was
not looked at while writing the rules, and they are counted separately. Only modality and attribution are counted
(the fields the rules touch). Before the rules (h-attr48 base 2d63d829): working modality 0 wrong, attribution 2;
aside modality 0, attribution 2. After them (``VouchRules.speaker_of_one_doer``, the possessive office in
``VouchRules._office_of_the_doer``, ``StatusJudge.answer_phrase`` with the ``answer`` cues, the body noun in
``VouchRules._country_word``): working 0 and 0, aside 0 and 0. Three working acts get no event on their trigger (an
agreement coded on "agreed", a joint building plan and a detention after "in retaliation for" the coder misses; not
counted, before and after).
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_attr48.jsonl"
FIELDS = ("modality", "attribution")
MAX_WRONG = {"modality": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"modality": 0, "attribution": 0}


def test_probe_attr48_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=FIELDS)


def test_probe_attr48_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_attr48_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
