"""Whom a demand with a clause for its content is made of when the clause's subject is a country's
things ("demanded that the Chinese vessels leave"): that country, never the speaker's own side.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of


def test_targets_demand_that_a_countrys_things_act_is_made_of_that_country(code):
    result = code("Manila demanded that the Chinese vessels leave the shoal immediately.")
    [demand] = [e for e in result.events if e.trigger.text.startswith("demanded")]
    assert "PHL" in actors_of(demand.source) and "CHN" in actors_of(demand.target)


def test_targets_demand_that_its_own_things_act_names_no_target(code):
    result = code("Tokyo demanded that the Japanese fishing boats leave the area.")
    assert not any("JPN" in actors_of(e.target) for e in result.events)
