"""The attribution probe of session 49 (issue 11, status fields on right events; h-attr49): a definite event noun that
another act of the reported words acts on or refers to. ``tests/data/probe_attr49.jsonl`` holds 12 short synthetic
articles (a dateline with its agency tag and two sentences, written for this probe the way wires write; none is taken
from an evaluation set), about real actors with invented facts, annotated by reading before the coder was run, in the
format of ``probe_attr47.jsonl``. The construction, chosen from a count of the attribution errors on strict matches of
the dev articles (attributed event nouns: 18 with no attribution in the gold, 8 with one): an old or known act named as
what a request, a challenge or a claim acts on ("will ask the EU to take up the detention of its guards by Belarusian
troops", "must respect the 2019 accord", "will challenge the Commission's freezing of the funds", "will seek to
recover its investment"): given, no attribution (``AttributionRules._act_referred_to``). Controls: an indefinite act
("repelled an attack by Azerbaijani forces") and an act a killing was in ("killed in a Russian missile strike") keep
their speaker, as does an event noun that is the reported clause's subject; an act whose verb is its own ("would keep
its sanctions") is the doer's word. Four of the 12 items are marked ``"aside": true``: their output was not looked at
while writing the rule, and they are counted separately. Only modality and attribution are counted. Before the rule
(h-attr49 base 572460b4): working modality 5 wrong, attribution 2; aside modality 2, attribution 3. After it: working
5 and 0, aside 2 and 1. Five acts (three working, two aside) get no event on their trigger (not counted, before and
after). The modality misses (a detention asked to be examined read as hypothetical, a past investment read as to
come, the victim's side's strike told as asserted) are another rule's.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_attr49.jsonl"
FIELDS = ("modality", "attribution")
MAX_WRONG = {"modality": 5, "attribution": 0}
MAX_WRONG_ASIDE = {"modality": 2, "attribution": 1}


def test_probe_attr49_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=FIELDS)


def test_probe_attr49_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]), wrong[False][field])
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_attr49_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
