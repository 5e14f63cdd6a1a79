"""Acts no line coded (issue 11, session 53, h-miss53): a general line of ``data/lexicon/verbs.tsv``.

Patrols or exercises "run" by forces are a show of force (150), and joint ones run by two states together military
cooperation (062, by ``extract.joint_exercises`` as for "held joint exercises"); running a company or an office codes
nothing.

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from
a real article. Each test also checks the sense the line must leave alone."""

from __future__ import annotations


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_lexicon_miss53_joint_patrols_run_by_two_states_are_military_cooperation(code):
    joint = code("Vietnam and Laos ran joint patrols along the Mekong in May.", date="2026-06-04")
    assert "062" in _codes(joint), _codes(joint)
    alone = code("The Philippine navy runs regular patrols near the shoal.", date="2026-06-04")
    assert "150" in _codes(alone), _codes(alone)
    company = code("Vietnam runs a state oil company that drills off the coast.", date="2026-06-04")
    assert not {"150", "062"} & set(_codes(company)), _codes(company)
