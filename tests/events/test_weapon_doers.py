"""Munitions and warships a demonym names act for that country's forces ("Iranian missiles hit a base":
Iran's military), the way jets and drones already did; bare ones ("the missiles") are no one's forces
(sectors.tsv, kind ``craft``).

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_weapon_doers_missiles_named_by_a_demonym_are_its_forces(code):
    result = code("JERUSALEM (AFP) — Iranian missiles hit a military base in southern Israel on Tuesday, the "
                  "Israeli army said.", date="2026-03-04")
    event = event_on(result, "hit")
    assert "IRNMIL" in actors_of(event.source)  # was no known doer
    assert "ISR" in actors_of(event.target)


def test_weapon_doers_missiles_and_drones_of_one_demonym(code):
    result = code("KYIV (Reuters) — Russian missiles and drones pounded Ukraine's energy grid overnight, "
                  "Ukrainian officials said on Monday.", date="2026-03-04")
    event = event_on(result, "pounded")
    assert "RUSMIL" in actors_of(event.source) and "UKR" in actors_of(event.target)


def test_weapon_doers_bare_missiles_are_no_ones_forces(code):
    # must not change: "the missiles" after another country's military is not that military
    result = code("SEOUL (Yonhap) — North Korea fired two missiles into the sea on Tuesday, South Korea's military "
                  "said. The missiles were launched from near Pyongyang.", date="2026-03-04")
    assert all("KORMIL" not in actors_of(e.source) | actors_of(e.target) for e in result.events)
