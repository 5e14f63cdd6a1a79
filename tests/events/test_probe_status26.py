"""The status probe of session 26 (issue 11, "real wire copy": whose word a decision or a planned meeting is, and
the date of an act in an "after" clause; h-status26). ``tests/data/probe_status26.jsonl`` holds 23 short synthetic
articles (a dateline with its agency tag and one or two sentences, written for this probe the way wires write; none
is taken from an evaluation set), about real actors, annotated by reading before the coder was run, in the format
of ``probe_status25.jsonl``. The constructions: a cut in relations (CAMEO 16: an expulsion, a recalled ambassador,
suspended talks, an ended agreement, sanctions, cut ties) told and then sourced to the doer's own ministry, office
or minister ("Latvia expelled a Russian diplomat on Thursday ..., the foreign ministry said": the government's
decision, no attribution, as the dev gold has it); a plan to meet told by a speaker of one of its parties ("the
foreign ministers of Kazakhstan and Kyrgyzstan will meet in Bishkek next week, a Kazakh official said": no
attribution); controls (an arrest sourced to the doer's spokesman: attributed; a planned meeting told by an
unnamed third party: attributed, anonymous; an expulsion told by the side expelled); and, added later in the
session and annotated before running too, an act in an "after" clause of a dated background sentence ("In
September 2022, Kyrgyz and Tajik troops clashed ... after Tajik border guards detained two Kyrgyz herders": the
detention undated, background).

About a third of the items are marked ``"aside": true``: their output was not looked at while fixing, and they are
counted separately. When written (on 0fcea9a; the same code at 5276544), wrong fields on the working items:
attribution 10 (seven cuts in relations, three planned meetings), modality 2 ("the government's press office" is
read as the press, GEOMED, so the recall is `reported`; item 010, annotated `reported` for an expulsion only the
expelled side tells, which the coder makes `asserted` as eval/wire/README.md's "or a participant" says: an
annotation against the convention, left as written), location 1 ("a meeting of their joint border committee in
Phnom Penh": the place is on the "of" phrase of the meeting noun), date 1 and historical 1 (the "after" clauses);
aside: attribution 2, date 2, location 1, the rest 0 (one act with no event).

No fix was kept in session 26; each was measured in a clean worktree against 0fcea9a (dev 151 articles as of
5276544, d197 = dev 178-197) and left out (patches and figures in h-status26's report):
- a cut in relations as the doer's word (``CameoCode.is_deed`` by PLOVER's quads, which count CAMEO 16 as verbal
  conflict): working attribution 10 -> 4 (the plans and the press office left), aside 2 -> 1; dev right
  attributions 1296 -> 1302, d197 136 -> 139, strict and false dyads unchanged; dropped because it contradicts
  probe items annotated by reading in earlier sessions ("Bulgaria expelled two Russian diplomats ..., the foreign
  ministry said" attributed: probe_modality 127, whose test then fails; probe_dates 011 is annotated the same way);
- a planned meeting told by a party's unnamed official whose words name its state: the three plan items 3 -> 0, aside
  attribution 2 -> 1; dev attributions +1, d197 0, but two fewer right on the aside part at its one look;
- an act in an "after" clause takes no month or year of the verb it hangs on, and its history from that verb's
  date: working date 1 -> 0, historical 1 -> 0, aside date 2 -> 0; dev dates right 1181 -> 1186, d197 125 -> 126,
  strict and false dyads unchanged; aside at its one look strict 410 -> 409, false dyads 104 -> 105, dates
  323 -> 322, so not kept.
MAX below is the count when written.
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_status26.jsonl"
# (attribution 10 -> 4 in session 27: a cut in relations relayed by the doer's own side is its word, the audit's
# rule (e))
MAX_WRONG = {"negated": 0, "modality": 2, "historical": 1, "date": 1, "location": 1, "attribution": 4}
MAX_WRONG_ASIDE = {"negated": 0, "modality": 0, "historical": 0, "date": 2, "location": 1, "attribution": 2}


def test_probe_status26_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_status26_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_status26_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
