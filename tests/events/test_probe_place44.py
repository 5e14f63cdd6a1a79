"""The place and date probe of session 44 (issue 11, "real wire copy", h-place44): a legal step of a state's courts or
prosecutors with no place named ("A Thai court on Wednesday sentenced two Cambodian loggers"), an international
court's act of the day under the dateline of the city it sits in ("THE HAGUE - The International Court of Justice on
Wednesday rejected ..."), a possessive day ("Serbia welcomed Tuesday's ruling and urged Kosovo to ..."), and a state's
forces mobilized with no place named ("The Ecuadorian army on Monday deployed 2,000 soldiers to three northern
provinces").

``tests/data/probe_place44.jsonl`` holds 25 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), annotated by reading
before the coder was run, in the schema of ``probe_date43.jsonl``. The constructions: a court's or prosecutors'
sentence, charge, fine, conviction or jailing is on the court's ground (eval/wire/README.md: an act that can only have
happened there); an international court's ruling or warrant of the day under its seat's dateline, in a text that names
a place of the seat's country again, is on the seat's ground; a possessive day dates its noun, not the welcome or the
appeal of its clause; forces sent, deployed or put on alert where no place is named are on their state's ground.
Controls: a deportation by a state's authorities (no place, the dev gold's convention), a trade panel's ruling under a
seat's dateline, the World Court under another dateline or under its seat's dateline alone, and a Security Council
vote under a seat's dateline (no place), a day on the verb (dates the verb joined to it), troops sent to a country
named (there) and troops moved onto a disputed islet (no place). A third of the items (8 of 25) carry ``"aside":
true``: their output was not looked at while writing the rules, and they are counted apart.

Items 01-19 were written and annotated first, for the court, seat and date rules. Before those rules (main 59c75ee9),
wrong fields on their working items: location 6 (the five court steps and the World Court's ruling at The Hague: no
place), date 2 (the appeal joined to a welcome of "Tuesday's ruling" or "Monday's decision" dated that day); aside:
location 4 (the three court steps and the criminal court's warrant at The Hague). After them
(``HomeGround.judged_home``, ``HomeGround.seated_home``, ``DateAnchors._anchor``): 0 on every field. After that run,
the seat rule was narrowed to a text that names the sitting's place, as eval/wire/README.md has the dateline alone
name no place (the older leads probe's World Court order under THE HAGUE, annotated with no place, caught it): items
07 and 16 gained a sentence naming it (same construction and annotation) and item 19, the dateline alone, was added as
a control; the counts are of the items as they now stand.

Items 20-25 were then written and annotated for the mobilization rule (``HomeGround.mobilized_home``). On all 25
items, main 59c75ee9: working location 7, date 3; aside location 5. Before the mobilization rule (the court, seat and
date rules in): working location 1 (the deployment to three provinces), date 1 (item 23, the move onto a disputed
islet dated by the accusation's day: not this session's business); aside location 1 (the raised alert level). After
its first version: working location 1 (item 23: the move onto disputed ground, which Colombia accuses Venezuela of,
given the mover's country, where the annotation, as the dev gold, has none), date 1; aside 0. The rule then left out a
deployment another party accuses the doer of (dev: one act the gold leaves null no longer placed, none lost); after
it: working location 0, date 1 (item 23's date); aside 0: the limits below. Items 10, 15 and 18 were then reworded to
keep clear of evaluation-set wording (same constructions and annotations; the counts above hold on the new wording,
before and after).
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_place44.jsonl"
MAX_WRONG = {"negated": 0, "modality": 0, "historical": 0, "date": 1, "location": 0, "attribution": 0}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 0, "location": 0, "attribution": 0}


def test_probe_place44_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_place44_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_place44_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
