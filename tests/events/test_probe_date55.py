"""The date probe of session 55 (issue 11, h-date55): an act done under an agreement the lead tells made.

``tests/data/probe_date55.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), annotated by reading before the coder was run, in the schema of
``probe_date42.jsonl``. Each lead tells an agreement signed, sealed or concluded on a day, and a later sentence what
a party will do under it ("Under the pact, Ghana will train ...", "Under it, ..."): the act takes the agreement's
day, as the dev conventions date an act by the dated agreement framing it (``DateRules._made_under``). The controls:
an act with a date of its own, an act told in the past perfect under an older accord, and two leads that tell no
agreement made (an accusation, a summons over an old treaty), whose acts stay undated. Only the date field is
checked: the rule sets no other. A third of the items (4 of 12) carry ``"aside": true``: their output was not looked
at while writing the rule, only their counts.

Wrong dates before the rule (main, 78d3621b): working 5 (items 1, 2, 3, 4 and 8: the act under the agreement
undated), aside 2. After it: working 0, aside 0: the limits below. The coder finds no event on three annotated
triggers (item 1's "open", two aside), before and after alike: they are not counted. The two controls of items 5 and
7 first named acts the coder does not code ("notify", "paid"); they were reworded to acts it codes ("share ...") after
the first run, so that they test the rule.
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_date55.jsonl"
MAX_WRONG = 0
MAX_WRONG_ASIDE = 0


def test_probe_date55_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), fields=("date",))


def test_probe_date55_wrong_dates(wrong):
    print(wrong[False]["date"])
    assert len(wrong[False]["date"]) <= MAX_WRONG


def test_probe_date55_wrong_dates_aside(wrong):
    print(len(wrong[True]["date"]))
    assert len(wrong[True]["date"]) <= MAX_WRONG_ASIDE
