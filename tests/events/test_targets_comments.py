"""Targets of an optimistic or pessimistic comment (CAMEO 012, 013) that names no one as its object (issue 11,
session 22): the subject of its that-clause ("voiced hope that the new government in X will ...", "expressed
concern that X could ...") or the parties of the act a gerund after "over"/"about" names ("expressed pessimism
over holding talks with X"); never the speaker's own side.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_hope_that_another_will_act_is_about_it(code):
    result = code("ANKARA, May 4 (Reuters) - Turkey's foreign minister voiced hope that the new government in "
                  "Greece will improve relations.")
    event = event_on(result, "voiced hope")
    assert "GRC" in actors_of(event.target)


def test_targets_pessimism_over_talks_with_another_is_about_it(code):
    result = code("TEHRAN, May 4 (Reuters) - Iran's supreme leader expressed pessimism over holding negotiations "
                  "with the United States.")
    event = event_on(result, "expressed pessimism")
    assert "USA" in actors_of(event.target)


def test_targets_optimism_about_its_own_side_names_no_target(code):
    result = code("NAIROBI, May 4 (AFP) - Kenya expressed optimism that Kenyan athletes would win.")
    event = event_on(result, "expressed optimism")
    assert "KEN" not in actors_of(event.target)
