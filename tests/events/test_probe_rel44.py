"""The relation-state probe of session 44 (issue 11, h-rel44): "relations had soured in June 2019, when Mali closed its
border with Senegal".

``tests/data/probe_rel44.jsonl`` holds 18 short synthetic articles (a dateline with its agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), about real states with invented
facts, annotated by reading before the coder was run. Each holds one background sentence that tells the history of a
relationship through a verb of its state (soured, worsened, deteriorated, collapsed, cooled, were strained, warmed,
improved, tension flared) with a "when" clause (once an "after" clause, a control with a date of its own) holding the
real act. The state verb's phrase is a ``nonevents`` entry (the dev gold never codes one; with the act told beside it
the state verb would count the same turning point twice); the act in the clause is annotated with its sides, type and
status, of which ``historical`` and ``date`` are checked: it takes the date and the background of the matrix ("had
soured in June 2019, when ...": June 2019, background; "tension had flared once more in December, when ..." in an
article of early January: December, background by the past perfect). Six items are marked ``"aside": true``: their
output was not looked at while writing the rule, and they are counted separately.

Before the rules (main 59c75ee9), on the 12 working items: 5 state verbs coded as events (160 "soured", "collapsed",
"worsened", "deteriorated"; 050 "improved"), 0 wrong targets, 1 wrong ``historical`` (rel44-04, "tension had flared once
more in December, when ..." in an article of January 8: news), 0 wrong dates; on the 6 aside items 3, 0, 1 and 0 (their
ids were shown by the first run's failure message; no item was changed after it). After them
(``nonevents.told_by_its_act``: a change of relations told in the past whose "when" clause tells the act is no act;
``HistoryRules._when_of_past_perfect``): 0, 0, 0, 0 on both: the limits below. Every act has an event on its trigger,
before and after. Four items were reworded after the first run (rel44-02, -04, -06, -07: words near the phrasing of
evaluation articles, none of their acts or annotations changed).
"""

from __future__ import annotations

import pytest
from tests.probes import (
    check_side_items,
    check_status_items,
    check_type_items,
    read_items,
    target_counts,
    type_failures,
    wrong_status_fields,
)

PROBE = "probe_rel44.jsonl"
FIELDS = ("historical", "date")
MAX_SPURIOUS = {False: 0, True: 0}
MAX_WRONG_TARGET = {False: 0, True: 0}
MAX_WRONG = {False: {"historical": 0, "date": 0}, True: {"historical": 0, "date": 0}}


def test_probe_rel44_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    check_status_items(items)
    check_type_items(items, KeyMatcher(coder.kb))
    check_side_items(items, KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def types(coder):
    return type_failures(coder, PROBE)


@pytest.fixture(scope="module")
def targets(coder):
    return target_counts(coder, PROBE)


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


@pytest.mark.parametrize("aside", [False, True])
def test_probe_rel44_state_verbs_are_no_events(types, aside):
    spurious = types[aside][0]
    print("spurious", aside, spurious if not aside else len(spurious))
    assert len(spurious) <= MAX_SPURIOUS[aside]


@pytest.mark.parametrize("aside", [False, True])
def test_probe_rel44_when_clause_targets(targets, aside):
    wrong = targets[aside]["wrong"]
    assert len(wrong) <= MAX_WRONG_TARGET[aside], wrong if not aside else len(wrong)


@pytest.mark.parametrize("aside", [False, True])
def test_probe_rel44_when_clause_status(wrong, aside):
    counts = {f: len(wrong[aside][f]) for f in FIELDS}
    print(aside, counts, wrong[aside] if not aside else "")
    assert {f: n for f, n in counts.items() if n > MAX_WRONG[aside][f]} == {}
