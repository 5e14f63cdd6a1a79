"""The attribution probe of session 40 (issue 11, status fields on right events; h-att40): whose word an act is when
the speaker is the doer's own side.

``tests/data/probe_att40.jsonl`` holds 20 short synthetic articles (a dateline with its agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set), about real actors with invented
facts, annotated by reading before the coder was run, in the format of ``probe_status35.jsonl``. The constructions,
chosen from a count of the attribution errors on strict matches of the dev articles by event class and speaker: a
word act or plan (a request, appeal, warning, protest, meeting to come) relayed by an unnamed official of the doer's
own state ("Peru asked Ecuador ..., a Peruvian official said": no attribution; on dev 46 such acts had none, 9 one);
a word act or plan relayed by a named speaker nothing places ("..., the palace said", "..., a joint statement said",
"State House said": no attribution; dev 31 to 4); a signing told first and sourced to the signers' side ("Zambia
and Malawi signed ..., officials said": attributed and `asserted`, as a deed; dev 20 to 3); a bare state body the
context places in the target's country ("Austria summoned the Slovak ambassador ..., the foreign ministry said"); a
closure of a border crossing relayed by the doer's own ministry (a decision announced: no attribution; dev 10 to 1).
Controls: a third party's unnamed source keeps the attribution (`reported`), so do a deed sourced to an unnamed
official of the doer's state, one sourced to a speaker nothing places and a physical blockade sourced to the doer's
police; a signing claimed in the doer's own voice has none. Six of the 20 items are marked ``"aside": true``: their
output was not looked at while writing the rules, and they are counted separately. Only modality and attribution
are counted (the fields the rules touch).
Before the rules (main 79f4115a): working attribution 10 wrong, modality 2; aside attribution 4, modality 1. After
them (``VouchRules._unplaced_of_a_word_act``; ``CameoCode.is_deed``; ``_body_of_the_doer`` whatever the context
places the body in, for word acts; cues.tsv ``announced``): working attribution 4, modality 2; aside attribution 2,
modality 1. The four working attribution misses are the word acts relayed by an unnamed official of the doer's state
(att40-001 to 004): a rule for them (dev attribution .916 -> .929) was written and dropped, because the session's
tests, golden expectations and seed test read them the other way (the lead decides). The two working modality misses
are left: a deed sourced to a speaker nothing places is `reported` (att40-013; the annotation reads the regional
command as the doer's army), and "agreed to create a joint panel" is read as intended (att40-010). Some wordings
were changed after the first run so that no run of seven words matches a dev article (the constructions and the
counted fields unchanged; the counts above are of the final file).
Session 55 (h-mod55) reads a signing relayed by a signer's side as that side's word (no attribution), as the newer
dev gold does (578-737: 57 to 0; eval/wire/README.md, the notes of batches 608 and 688-697), against this probe's
reading: att40-014, 015 and the aside 016 were re-annotated to none (attribution counts unchanged by it).
Session 47 (h-attr47) takes the dropped reading with the dev gold of 511 articles
(``VouchRules.official_of_a_word_act``, the unnamed official placed by its own words): working attribution 4 -> 0,
aside 2 -> 0; modality unchanged (working 1, aside 1).
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_att40.jsonl"
FIELDS = ("modality", "attribution")
MAX_WRONG = {"modality": 2, "attribution": 0}
MAX_WRONG_ASIDE = {"modality": 1, "attribution": 0}


def test_probe_att40_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=FIELDS)


def test_probe_att40_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_att40_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
