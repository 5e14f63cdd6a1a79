"""Fighters an affiliation word joins to an armed group (issue 11, session 38, h-claim38).

``tests/data/probe_claim38.jsonl`` holds 30 short synthetic wire articles (written for this probe; none is taken from
an evaluation set), with real actors, in five classes: a group joined by a hyphen before the noun of fighters ("al
Qaeda-linked fighters", "Islamic State-affiliated insurgents": ``hyphen``) or by a participle after it ("militants
linked to Islamic State": ``after``), both the group itself when the article names none of its branches; the one
branch the article names elsewhere, in a claim or a statement ("JNIM said its fighters had carried out the attack":
``branch``); two branches named, which leave the group itself (``two``); and guards (a country backer, "Iran-aligned
militias", is not the side; a group's own name on the noun, "Hamas fighters", "al Qaeda-linked al Shabaab
fighters"; fighters the text ties to no group). Each act gives its trigger, its source and target keys (an empty
list is not checked), annotated by reading before the coder was run. Ten items are marked aside: they count only
in ``MAX_FAILED``.

Counts when written (main be627404): 21 of 30 failed: every hyphen, after and branch item but cl-03, cl-05, cl-15 (an
"Islamic State-" modifier the parser hangs on the noun itself, already right; a lower-case "al Qaeda-linked" or a
group after the noun gave the dateline country's rebels), cl-16, cl-22, cl-25 (the same), and the guards cl-17, cl-18,
cl-26 (a base "hosting U.S. troops" is given Iran; "unidentified gunmen" in a place phrase give the target no
country). After this session's change (words.tsv ``affiliation_word``, ``DocResolver._member_of``) six fail, none
of them this probe's class: those three guards, cl-24 (the drivers "in Mali" are given Mali), cl-08 ("gunmen
affiliated with Islamic State attacked": no event, the parse) and the aside cl-13 (the claim names the doer, AQAP,
and the act is told by the claim's trigger, "carried out the attack", which this probe does not look up).
"""

from __future__ import annotations

import pytest
from tests.probes import act_failures, check_side_items, read_items, side_failure

PROBE = "probe_claim38.jsonl"
FIXED = ("cl-01", "cl-02", "cl-06", "cl-07", "cl-09", "cl-10", "cl-11", "cl-14", "cl-27", "cl-29")
MAX_FAILED = 6




@pytest.fixture(scope="module")
def failures(coder):
    return act_failures(coder, PROBE, side_failure)


def test_probe_claim38_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    check_side_items(items, KeyMatcher(coder.kb))
    assert 25 <= len(items) <= 40


@pytest.mark.parametrize("item", FIXED)
def test_probe_claim38_fixed_items(failures, item):
    assert item not in failures, failures.get(item)


def test_probe_claim38_failures_counted(failures):
    assert len(failures) <= MAX_FAILED, sorted(failures.items())
