"""The modality probe (session 20, "modality and attribution"): modality and attribution of acts in the
constructions wires use.

``tests/data/probe_modality.jsonl`` holds 131 short synthetic articles (a dateline with its agency tag and one
or two sentences, written for this probe the way wires write; none is taken from an evaluation set), about
real actors of every continent. Each act was annotated by reading, before the coder was run: the trigger
phrase, the acceptable source and target keys, ``negated``, ``modality`` and ``attribution`` (``{"anonymous":
...}`` or null), following ``docs/eval.md`` and the conventions of ``eval/wire/README.md``. The constructions:
scheduled acts (due to, set to, expected to, will, and a reported "would" with a day, week or month to come:
future), plans and pledges (plans to, vowed, pledged, "said it would" with no date: intended), offers and
readiness (intended), conditionals and possibilities (hypothetical), questions, denials (the denied act
asserted and negated), the doer's own claim ("X said on Tuesday it had ...": asserted, no attribution) and a
deed told then sourced to the doer's side (asserted, attributed), "according to", one unnamed source,
diplomats and sources (anonymous) against named spokesmen and plural officials (on the record), the state
media of the doer's side, quotes, an accusation's content (reported) and purpose clauses ("urged the AU to
condemn the killing": the killing asserted).

An act is matched by the output events of its article whose trigger (or a restating mention's) overlaps the
act's trigger phrase in its sentence; a field is wrong when a matched event disagrees with the act. About a
third of the items are marked ``"aside": true``: written and annotated with the rest, their output was not
looked at while fixing, and they are counted separately. The test fails when a field has more wrong acts than
the counts below, which are what was left after session 20's fixes (run it with ``-s`` to see the acts).
Left on the probe items: two where the coder reads the sides otherwise and the speaker then speaks for the side
acted on ("moved troops closer to the Ukrainian border, a Ukrainian spokesman said": Ukraine taken for the target;
"fired flares near an Australian aircraft": "flares" taken for the target, so Australia's officials are not its
side), "Denmark will expel the Russian ambassador, the foreign minister said" also coded as a threat (asserted; the
wire gold codes "has said it will block ..." so, the probe reads a plan to come), and "Switzerland said it stood
ready to mediate between Armenia and Azerbaijan" with the two parties as the doers of the mediation (so Switzerland
is another speaker). One annotation reads the convention otherwise than the wire gold does: "a senior State
Department official said Rubio would travel to Panama on Tuesday" keeps its anonymous source in the probe, where
the wire gold gives a plan announced by the doer's own unnamed official no attribution in some articles and keeps
it in others (the coder keeps it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe_modality.jsonl"
FIELDS = ("modality", "attribution")
# before session 20's fixes: modality 13, attribution 4 on the probe items; 2 and 1 on the aside items
MAX_WRONG = {"modality": 3, "attribution": 1}
MAX_WRONG_ASIDE = {"modality": 2, "attribution": 0}
MODALITIES = {"asserted", "reported", "intended", "hypothetical", "future", "question"}


def _items() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_probe_modality_is_well_formed_and_synthetic():
    items = _items()
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and item["acts"], item["id"]
        for act in item["acts"]:
            assert act["sentence"] in item["text"] and act["trigger"].lower() in act["sentence"].lower(), item["id"]
            assert act["modality"] in MODALITIES and isinstance(act["negated"], bool), item["id"]
            assert act["attribution"] is None or set(act["attribution"]) == {"anonymous"}, item["id"]


def _checks(event, act: dict) -> dict[str, bool]:
    gold_attr = act["attribution"]
    if event.attribution is None or gold_attr is None:
        attribution = event.attribution is None and gold_attr is None
    else:
        attribution = event.attribution.anonymous == gold_attr["anonymous"]
    return {"modality": event.modality == act["modality"], "attribution": attribution}


@pytest.fixture(scope="module")
def wrong(coder):
    from detente.model import Article

    found: dict[bool, dict[str, list]] = {False: {f: [] for f in FIELDS}, True: {f: [] for f in FIELDS}}
    missed = {False: 0, True: 0}
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
                bad = [e for e in events if not _checks(e, act)[field]]
                if bad:
                    got = bad[0].modality if field == "modality" else \
                        bad[0].attribution and {"anonymous": bad[0].attribution.anonymous}
                    found[item["aside"]][field].append((item["id"], item["construction"], act["trigger"],
                                                        "got", got, "gold", act[field]))
    print("missed acts (no event on the trigger): probe", missed[False], "aside", missed[True])
    return found


def test_probe_modality_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]))
        for row in wrong[False][field]:
            print("  ", row)
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_modality_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
