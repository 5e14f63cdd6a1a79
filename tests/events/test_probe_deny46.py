"""The probe of denials whose accuser is told in another sentence (issue 11; session 46, h-deny46): "Kenya accused
Somalia of ... Somalia denied that it had supplied al Shabaab with weapons", the denial a REJECT (120 or the denial
016) by the denier aimed at the accuser, not at a party, place or people of the clause it denies.
``tests/data/probe_deny46.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write, about real states with invented facts; none is taken from an evaluation
set), annotated by reading before the coder was run: each denial with its source and target keys (``~XXX``: any
actor of country XXX; no target when no accusation is told) and ``not``: a party of the denied clause that is no
target. Six items carry ``"aside": true``: they were not looked at while writing the rule, and their failures are
counted apart.

Items 13-18 were added (annotated before any run) after items 01-12 passed on main: a day or date between the verb
and its clause, where the parser may read the clause as the verb's object.

Counts (an item's act not coded as annotated: :func:`tests.probes.act_failure`), on main at e9ac8539: working 0,
aside 0; after the rule (``context._unclaused``): working 0, aside 0: the limits below. The parser read every
clause here as a that-clause (ccomp), where the clause rules give a denial no target of its own and the accuser
rules already answer it; the probe guards that the rule breaks none of these (the misread object is tested on a
tree built by hand, ``test_deny46.py``).
"""

from __future__ import annotations

import pytest
from tests.probes import read_items, typed_failures

PROBE = "probe_deny46.jsonl"
MAX_FAILED = 0
MAX_FAILED_ASIDE = 0
REJECT_CODES = {"120", "016"}


def test_probe_deny46_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    keys = KeyMatcher(coder.kb)
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and item["sentence"] in item["text"], item["id"]
        for act in item["acts"]:
            assert act["trigger"].lower() in item["sentence"].lower(), item["id"]
            assert set(act["cameo"]) <= REJECT_CODES, item["id"]
            assert not [k for k in act["source"] + act["target"] + act["not"]
                        if not k.startswith("~") and keys.unknown(k)]


@pytest.fixture(scope="module")
def failures(coder):
    return typed_failures(coder, PROBE, "REJECT")


def test_probe_deny46_failures(failures):
    print(failures[False])
    assert len(failures[False]) <= MAX_FAILED, failures[False]


def test_probe_deny46_aside_failures(failures):
    print(failures[True])
    assert len(failures[True]) <= MAX_FAILED_ASIDE, failures[True]
