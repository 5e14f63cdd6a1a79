"""The probe of rejections told in a relative clause on a noun that sums up an accusation (issue 11; session 46,
h-charge46): "X accuses Y of ..., a charge Y rejects" (or "an accusation Y denies", "a figure Y disputes", "a claim
the government in Y rejects"), the rejection asserted, its doer the clause's subject and its target the accuser.

``tests/data/probe_charge46.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set), annotated by reading before the
coder was run: each act with the codes of a rejection it may take (120 or the denial 016: the scorer asks for the
PLOVER type REJECT), its source and target keys (``~XXX``: any actor of country XXX), and ``nonevents``: a clause on
a noun that is no summary of an accusation ("a town Uganda patrols"), which must carry no REJECT event. Six items
carry ``"aside": true``: they were not looked at while writing the rule, and their failures are counted apart.

Counts (an item's act not coded as annotated: :func:`tests.probes.act_failure`; or a REJECT event on a non-event
phrase), on main at 3b789acf: working 8 failures (01, 03, 05, 06, 09, 12: the present-tense verb read as a plural
noun, or its clause dropped as what is alleged, so no act; 04: "a figure Moscow disputes" after a "says" statement,
no accuser found; 08: "an allegation Yerevan dismisses", the name a compound of the verb, no doer), aside 4. After
the rule (``nlp._relative_verbs``, the summary noun's exemption in ``nonevents.generic_relative`` and
``nonevents.alleged``): working 1 (04: a figure someone "says" is no accusation for ``context.denials`` to answer),
aside 1: the limits below. Item 15 was reworded after the first run, its annotation unchanged, so that no run of
seven words matches an evaluation article (same counts before and after the rule).
"""

from __future__ import annotations

import pytest
from tests.probes import phrase_span, read_items, typed_failures

PROBE = "probe_charge46.jsonl"
MAX_FAILED = 1
MAX_FAILED_ASIDE = 1
REJECT_CODES = {"120", "016"}


def test_probe_charge46_is_well_formed_and_synthetic(coder):
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
            assert set(act["cameo"]) <= REJECT_CODES, item["id"]
            assert not [k for k in act["source"] + act["target"] if not k.startswith("~") and keys.unknown(k)]


@pytest.fixture(scope="module")
def failures(coder):
    return typed_failures(coder, PROBE, "REJECT")


def test_probe_charge46_failures(failures):
    print(failures[False])
    assert len(failures[False]) <= MAX_FAILED, failures[False]


def test_probe_charge46_failures_aside(failures):
    # counts only: the aside items' output is not read while fixing
    print("aside", len(failures[True]))
    assert len(failures[True]) <= MAX_FAILED_ASIDE
