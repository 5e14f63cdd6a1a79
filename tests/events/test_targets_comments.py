"""Targets of an optimistic or pessimistic comment (CAMEO 012, 013) that names no one as its object (issue 11,
session 22): the subject of its that-clause ("voiced hope that the incoming cabinet in X will ...", "expressed
concern that X could ...") or the parties of the act a gerund after "over"/"about" names ("expressed pessimism
over holding talks with X"); never the speaker's own side. Condolences (CAMEO 018) naming no one go to the
country where the loss befell ("over the earthquake in X").

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_hope_that_another_will_act_is_about_it(code):
    result = code("ANKARA, May 4 (Reuters) - Turkey's foreign minister voiced hope that the incoming government in "
                  "Greece will improve relations.")
    event = event_on(result, "voiced hope")
    assert "GRC" in actors_of(event.target)


def test_targets_pessimism_over_talks_with_another_is_about_it(code):
    result = code("TEHRAN, May 4 (Reuters) - Iran's supreme leader expressed pessimism over holding fresh "
                  "negotiations with the United States.")
    event = event_on(result, "expressed pessimism")
    assert "USA" in actors_of(event.target)


def test_targets_optimism_about_its_own_side_names_no_target(code):
    result = code("NAIROBI, May 4 (AFP) - Kenya expressed optimism that Kenyan athletes would win.")
    event = event_on(result, "expressed optimism")
    assert "KEN" not in actors_of(event.target)


def test_targets_condolences_over_a_disaster_go_to_its_country(code):
    # CAMEO 018 naming no one: the country where the loss befell
    result = code("TOKYO, May 4 (Kyodo) - Japan expressed condolences over the earthquake in Turkey.")
    event = event_on(result, "expressed condolences")
    assert "TUR" in actors_of(event.target)


def test_targets_condolences_after_deaths_in_a_country_go_to_it(code):
    result = code("CAIRO, May 4 (AFP) - Egypt offered condolences after the floods that killed 30 people in Libya.")
    event = event_on(result, "offered condolences")
    assert "LBY" in actors_of(event.target)
