"""Targets named in the act's own sentence that the rules used to leave empty (issue 11, session 21): people a
state force acts on at a named place of the article's own country, and more below.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def test_targets_people_at_a_place_of_the_articles_country_are_its_people(code):
    # "protesters in <a city of the article's country>": the article's country's people, as bare "protesters" are;
    # the city is the police's own ground, no target of its own
    result = code("ACCRA, May 4 (Reuters) - Ghanaian police fired tear gas at protesters in Kumasi on Tuesday.")
    [force] = events_of(result, "ASSAULT")
    assert "GHA" in actors_of(force.target)


def test_targets_people_at_a_place_of_another_country_get_no_country(code):
    # the place belongs to another country than the article's: the people are not the article's country's
    result = code("ACCRA, May 4 (Reuters) - Ghana's foreign minister said police had fired tear gas at protesters "
                  "in Lome on Tuesday.")
    assert not any("GHA" in actors_of(e.target) for e in result.events)
