"""A sea, gulf or strait named after a country ("the South China Sea", "the Sea of Japan", "the Gulf of
Mexico") is neither that country as an actor nor the country an act there took place in.

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_water_names_the_country_in_a_seas_name_is_no_place(code):
    result = code("MANILA (AP) — A Chinese coast guard ship fired water cannon at a Philippine supply boat in the "
                  "South China Sea on Tuesday, the Philippine coast guard said.", date="2026-03-04")
    event = event_on(result, "fired")
    assert event.location is None  # was China
    assert "CHNMIL" in actors_of(event.source)


def test_water_names_missiles_fired_into_the_sea_of_japan_hit_no_japan(code):
    result = code("SEOUL (Yonhap) — North Korea fired two ballistic missiles into the Sea of Japan on Tuesday, "
                  "South Korea's military said.", date="2026-03-04")
    event = event_on(result, "fired")
    assert actors_of(event.source) == {"PRK"} and not actors_of(event.target)  # was Japan


def test_water_names_a_gulf_named_after_a_country_is_no_actor(code):
    result = code("LOME, March 4 (Reuters) - Togo deployed two patrol boats to the Gulf of Guinea on Tuesday "
                  "after pirates boarded a tanker.", date="2026-03-04")
    assert "GIN" not in {a.id for a in result.actors}
    assert "TGO" in {a.id for a in result.actors}


def test_water_names_the_country_itself_stays_an_actor(code):
    # must not change: a country named on its own, next to a sea's name
    result = code("TOKYO (Kyodo) — Japan protested to China on Tuesday after Chinese warships sailed through "
                  "the East China Sea near its islands.", date="2026-03-04")
    event = event_on(result, "protested")
    assert actors_of(event.source) == {"JPN"} and actors_of(event.target) == {"CHN"}
