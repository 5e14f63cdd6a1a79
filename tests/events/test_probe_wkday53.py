"""The weekday probe of session 53 (issue 11, h-wkday53): a bare weekday or month said of a past participle in a
sentence whose act is still to come ("Uganda will deploy engineers to South Sudan under a deal signed on Monday").

``tests/data/probe_wkday53.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), published on Wednesday 2026-05-13. Each lead tells an act still to come ("will",
"would", "plans to") done under a deal, accord, pact or framework that a bare past participle dates ("signed on
Monday", "reached in February"): by eval/wire/README.md ("a dated agreement framing the act dates it"; a bare weekday
goes forward only "on an act still to come") the act takes the agreement's day or month, the last one. Controls: a
weekday said of the act to come itself, of a signing still to come, and of a participle still to come ("an accord
expected to be signed on Thursday"): the next one. Every act was annotated by reading, before the coder was run on
the items; four items (``"aside": true``) were kept out of sight while writing the rule, only their counts looked at.
Only the date field is counted (the rule's business).

Wrong dates before the rule (main, bf240913): working 4 of 6 coded acts (the two weekdays taken as the next ones,
the two months as next year's), aside 1. After it (``DateRules._past_participle`` in ``DateRules._on_a_past_verb``,
read by ``DateRules._forward``): working 0, aside 0, the limits below. Before and after, two working acts and two
aside ones get no event at all (a plan to send a cutter, a power line to build: not this rule's business).
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_wkday53.jsonl"
MAX_WRONG = 0
MAX_WRONG_ASIDE = 0


def test_probe_wkday53_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_wkday53_wrong_dates(wrong):
    print("date", len(wrong[False]["date"]), wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_wkday53_wrong_dates_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    print("aside date", len(wrong[True]["date"]))
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
