"""Whom a warning that names no one warned is aimed at (issue 11, session 44, h-threat44): read off its that-clause
(``FrameRules.warned_of``). The clause's subject when another party is told what will befall it ("warned that
Seoul would face grave consequences"); the one whose conduct the condition is on when the clause tells the warner's
own step ("warned that it could stop buying Georgian power if Georgia kept raising fees"); nobody from the clause
when it tells another party's own act, a forecast ("warned that China could send more ships").

The rules alone are run (no attacher), on one sentence each (no story for the context rules to read), so what is
checked is the rule's own target. All sentences are invented for the tests, in agency style; none comes from an
evaluation set or a real article."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import events_of


@pytest.fixture(scope="module")
def rules(nlp):
    from detente.model import Article
    from detente.pipeline import Coder

    coder = Coder(nlp=nlp, attach=False)

    def run(text: str):
        return coder.code(Article(text=text, date=dt.date(2026, 5, 6)))

    return run


def _targets(result) -> list[str | None]:
    return [p.country for e in events_of(result, "THREATEN") for p in e.target]


def test_warning_that_another_party_will_suffer_is_aimed_at_it(rules):
    result = rules("North Korea's military warned on Friday that Seoul would face grave consequences.")
    assert _targets(result) == ["KOR"], [(e.cameo, e.target) for e in result.events]


def test_warning_that_another_party_will_pay_a_price_is_aimed_at_it(rules):
    result = rules("China's foreign ministry warned that Lithuania would pay a heavy price.")
    assert _targets(result) == ["LTU"], [(e.cameo, e.target) for e in result.events]


def test_warning_of_own_step_on_a_condition_is_aimed_at_whom_the_condition_is_on(rules):
    result = rules("Armenia warned on Monday that it could stop buying power if Georgia kept raising transit fees.")
    assert "GEO" in _targets(result), [(e.cameo, e.target) for e in result.events]


def test_warning_that_forecasts_another_party_act_gets_no_target_from_its_clause(rules):
    result = rules("Japan's defence minister warned that China could send more coast guard ships near the islands.")
    assert "CHN" not in _targets(result), [(e.cameo, e.target) for e in result.events]


def test_bare_association_after_a_named_one_is_that_body(code):
    result = code("TUNIS, May 6 (AFP) - Algeria closed a border crossing to Tunisian lorries on Monday, according to "
                  "the Tunisian Olive Growers Association. The association threatened to halt all oil exports to "
                  "Algeria.", date="2026-05-06")
    [threat] = events_of(result, "THREATEN")
    assert [p.country for p in threat.source] == ["TUN"], threat.source


def test_bare_union_named_before_by_no_one_stays_unknown(code):
    result = code("TUNIS, May 6 (AFP) - Algeria closed a border crossing to Tunisian lorries on Monday. The union "
                  "threatened to halt all oil exports to Algeria.", date="2026-05-06")
    assert not any(p.actor for e in events_of(result, "THREATEN") for p in e.source), \
        [(e.cameo, e.source) for e in result.events]


def test_act_said_not_to_go_unanswered_is_a_threat_not_negated(rules):
    result = rules("Russia's foreign ministry said Lithuania's expulsion of two diplomats would not go unanswered.")
    [threat] = events_of(result, "THREATEN")
    assert threat.cameo == "130" and not threat.negated
    assert [p.country for p in threat.source] == ["RUS"] and [p.country for p in threat.target] == ["LTU"]


def test_act_said_not_to_go_without_consequences_is_a_threat(rules):
    result = rules("Uganda's trade ministry said Kenya's ban on milk would not go without consequences.")
    [threat] = events_of(result, "THREATEN")
    assert [p.country for p in threat.target] == ["KEN"], threat.target


def test_levy_said_not_to_go_unnoticed_is_no_threat(rules):
    result = rules("New Zealand's finance minister said the levy would not go unnoticed by airlines.")
    assert not events_of(result, "THREATEN"), [e.cameo for e in result.events]
