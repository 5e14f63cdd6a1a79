"""A summons told in the passive with the envoy's posting in its subject ("Russia's ambassador in Vilnius was
summoned") is made by the state he is posted to: the country of the place "in" on the envoy's noun
(``CodeSideRules._posted_at``), never the envoy's own state (issue 11).

All sentences here are invented for the tests, in agency style; none comes from an evaluation set."""

import pytest


@pytest.mark.parametrize("text, doer, envoy", [
    ("Russia's ambassador in Vilnius was summoned on Monday over the drone incursion, the ministry said.",
     "LTU", "RUS"),
    ("The Iranian charge d'affaires in Berlin was summoned on Tuesday over the executions, a spokesman said.",
     "DEU", "IRN"),
])
def test_envoy_posted_in_a_capital_is_summoned_by_its_state(code, text, doer, envoy):
    [event] = [e for e in code(text, date="2026-05-05").events if "summoned" in e.trigger.text]
    assert [p.country for p in event.source] == [doer], event.source
    assert [p.country for p in event.target] == [envoy], event.target
