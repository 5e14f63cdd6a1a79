"""The probe of courts, panels and tribunals (issue 11; session 45, h-court45): a court's or panel's ruling or
finding against a party ("a WTO panel ruled that duties imposed by X broke the rules", "the court found that X had
breached the treaty": CAMEO 116, the body the doer, the party found in the wrong the target), a case brought before a
court or trade body ("challenged the duties at the WTO", "would appeal the ruling", "turning to the ICJ": 115) and a
sentence passed in absentia with no court named (the accused's own state the doer: ``CodeSides.state_doers``).

``tests/data/probe_court45.jsonl`` holds 20 short synthetic articles (a dateline, an agency tag and one to three
sentences, written for this probe the way wires write; none is taken from an evaluation set), annotated by reading
before the coder was run: each act with the CAMEO codes of an accusation it may take (any of the ACCUSE family: the
scorer asks for the PLOVER type), its source and its target keys (``~XXX``: any actor of country XXX; an empty target:
the text names no party for it), and ``nonevents``, phrases that must carry no ACCUSE event ("who have ruled the
country", "investigators found that ..."). Six items carry ``"aside": true``: they were not looked at while writing
the rules, and their failures are counted apart. Items 19 and 20 (in absentia) were written and annotated with the
third rule, before it was run on them.

Counts (an item's act not coded as annotated: :func:`tests.probes.act_failure`; or an ACCUSE event on a non-event
phrase), on main at f18571db: working 11 failures (01-05, 06 twice, 08, 09, 12, 19: no ruling, finding or challenge
coded, the appeal coded as an appeal to someone, 020, the passive sentence with no doer), aside 4. After the rules:
working 4 (02: "The panel" named again is not resolved to the WTO; 06: a lost case is no ruling, and "a dispute
brought by the United States" codes nothing; 12: "take its border dispute with Belize" finds no target), aside 0.
Items 01, 03, 06, 07, 08 and 16 were reworded after the first run, their annotation unchanged, so that no run of
seven words matches an evaluation article (same counts before and after the rules).
"""

from __future__ import annotations

import pytest
from tests.probes import phrase_span, read_items, typed_failures

PROBE = "probe_court45.jsonl"
MAX_FAILED = 4
MAX_FAILED_ASIDE = 0
ACCUSE_CODES = {"111", "112", "114", "115", "116"}


def test_probe_court45_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    keys = KeyMatcher(coder.kb)
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and item["sentence"] in item["text"], item["id"]
        assert item["acts"] or item["nonevents"], item["id"]
        for phrase in item["nonevents"]:
            phrase_span(item["text"], phrase)
        for act in item["acts"]:
            assert act["trigger"].lower() in item["sentence"].lower(), item["id"]
            assert set(act["cameo"]) <= ACCUSE_CODES, item["id"]
            assert not [k for k in act["source"] + act["target"] if not k.startswith("~") and keys.unknown(k)]


@pytest.fixture(scope="module")
def failures(coder):
    return typed_failures(coder, PROBE, "ACCUSE")


def test_probe_court45_failures(failures):
    print(failures[False])
    assert len(failures[False]) <= MAX_FAILED, failures[False]


def test_probe_court45_failures_aside(failures):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(failures[True]))
    assert len(failures[True]) <= MAX_FAILED_ASIDE
