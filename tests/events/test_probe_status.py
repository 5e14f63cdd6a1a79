"""The status probe (issue "Status scope"): the status fields of acts in constructions that wires use.

``tests/data/probe_status.jsonl`` holds 180 short synthetic articles (a dateline with its agency tag and one
to three sentences, written for this probe the way wires write; none is taken from an evaluation set),
about real actors of every continent. Each act was annotated by reading, before the coder was run, in the
gold format of ``docs/eval.md`` (``eval/wire/README.md`` for its conventions): the trigger phrase, the
acceptable source and target keys, and the status fields (``negated``, ``modality``, ``historical``,
``date`` as an ISO value or null, ``location`` as ISO3 or null, ``attribution`` as ``{"anonymous": ...}`` or
null). The constructions: a purpose clause or infinitive governs its own verb only ("urged the council
to condemn the attack": the attack stays asserted); scheduled acts are future ("would start on Saturday");
a doer speaking of its own act asserts it; an accusation's content is reported; date and place come from
the act's own clause, not from a relative clause or the matrix clause; past perfect and old dates in a
subordinate clause do not make the day's news background; background acts; "in <city>", "left
for <city>", "along the border in <region>"; weekdays, "last week", "earlier this month", "last month";
a dateline alone gives no place; anonymous and named sources; negation scope ("denied that ...", "did
not rule out", "failed to"); hypotheticals and intentions; "later", "at the time", a new paragraph.

An act is matched by the output events of its article whose trigger (or a restating mention's) overlaps
the act's trigger phrase in its sentence; a field is wrong when a matched event disagrees with the
act (a week output counts as a null date, ISO codes are mapped as the scorer maps them). About a third
of the items are marked ``"aside": true``: they were written and annotated with the rest but their
output was not looked at while fixing, and are counted separately. The test fails when a field has
more wrong acts than the counts below, which are what was left after session 19's fixes (run it with
``-s`` to see the acts). Left on the probe items: a failure or refusal coded as a refusal act, not
negated ("failed to reach a deal", "refused to condemn"), an accusation's content ("accused Rwanda of
sending troops") comes out asserted with no attribution (reported with the accuser in the probe; coding it so
lost a strict match and two modality agreements on the held-out wire set), an agreement to deliver or to
sanction coded as the act agreed on (intended), "did not rule out sanctions" coded as a threat, "a
Moroccan official" of one of two doers, "regional officials" of troops' own country, and places the
text gives only through a pronoun ("its energy grid"), an unknown place name or a destination of
coercion ("moved air defence systems into Belarus"), a second, threat event of "will impose sanctions ...
on Monday, X said" dated the Monday before, and two places the annotation and the coder read differently
(a named strait, the destination of aid pledged).
"""

from __future__ import annotations

import pytest
from tests.probes import STATUS_FIELDS as FIELDS
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_status.jsonl"
# before session 19's fixes: 2, 10, 0, 5, 15, 3 on the probe items and 1, 6, 1, 4, 11, 1 on the aside items
# (location 11 -> 8 on the probe items and 11 -> 10 on the aside items with session 20's place rules)
# location 8 -> 9 at the session-20 merge: "prosecutors later charged its captain" (status-160, gold no place) now
# has a doer, Norway's prosecutors, from the article (h-context), and a court act with no known target is at home
# (attribution 3 -> 4 in session 27: status-178, a border closure relayed by the doer's minister, re-annotated to the
# audit's rule (e), no attribution; the coder still tells a closure, CAMEO 191, as a deed its side reports)
MAX_WRONG = {"negated": 2, "modality": 9, "historical": 0, "date": 3, "location": 9, "attribution": 4}
# (aside location 10 -> 11 when merged with the session's other changes, which the aside items were not read to undo)
# (aside location 10 -> 11 in session 44: h-place44's mobilization at home, HomeGround.mobilized_home, places one aside
# act the annotation places otherwise or not at all; the item was not read, the trade-off is dev location +7)
MAX_WRONG_ASIDE = {"negated": 1, "modality": 6, "historical": 1, "date": 4, "location": 11, "attribution": 1}


def test_probe_status_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE))


def test_probe_status_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_status_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
