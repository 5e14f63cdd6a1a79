"""An exercise or patrol its own words call joint is military cooperation (062), whoever the clause names (h-spur64,
session 64). "The two navies will hold their first joint exercise": "the two navies" resolves to one state's forces (or
none), so ``extract.joint_exercises`` saw no second country and left a show of force (150), which matched no act
even leniently (dev 578-917: 6 spurious, none strict; the gold codes all of them 062). ``joint_adjective`` in
data/lexicon/words.tsv. Sentences written for the tests (synthetic, wire style, invented facts)."""

from __future__ import annotations


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_joint64_exercise_called_bilateral_is_military_cooperation(code):
    result = code("Ruritania's navy and the Patrian coast guard held a bilateral exercise off Gdansk in March.",
                  date="2026-06-04")
    assert "062" in _codes(result), _codes(result)


def test_joint64_joint_exercise_of_one_named_force_is_military_cooperation(code):
    result = code("The Polish navy held a joint exercise off Gdansk in March.", date="2026-06-04")
    assert "062" in _codes(result) and "150" not in _codes(result), _codes(result)


def test_joint64_exercise_not_called_joint_stays_a_show_of_force(code):
    # must not change: one state's drills are a show of force
    result = code("The Polish navy held a naval exercise off Gdansk in March.", date="2026-06-04")
    assert "150" in _codes(result), _codes(result)
