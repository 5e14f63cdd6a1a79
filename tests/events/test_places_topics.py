"""What an act is about, or what a measure hits, is not where the act took place: "over the war in Gaza",
"sanctions on Venezuela's oil sector".

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import event_on


def test_places_topics_a_rift_over_a_war_is_not_placed_in_the_war(code):
    result = code("ANKARA (Reuters) — Turkey recalled its ambassador to Israel on Tuesday, deepening a rift with "
                  "Israel over the war in Gaza.", date="2026-03-04")
    assert event_on(result, "recalled").location is None  # was Gaza


def test_places_topics_sanctions_on_a_countrys_sector_are_not_placed_there(code):
    result = code("WASHINGTON (Reuters) — The United States imposed new sanctions on Venezuela's oil sector on "
                  "Monday.", date="2026-03-04")
    assert event_on(result, "imposed").location is None  # was Venezuela


def test_places_topics_a_consulate_closed_on_its_territory_is_there(code):
    # must not change: "on its territory" is ground
    result = code("WARSAW (PAP) — Poland closed the last Russian consulate on its territory on Monday, the "
                  "foreign ministry said.", date="2026-03-04")
    location = event_on(result, "closed").location
    assert location is not None and location.country == "POL"
