"""Targets of a refusal that holds until another acts ("will not lift its veto until X restores ...",
"refused to sign unless Y pays ..."): the known subject of the "until"/"unless" clause, never the
refuser's own side.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def test_targets_negated_act_until_another_acts_is_aimed_at_it(code):
    result = code("Ankara said it would not lift its objection until Stockholm extradites the suspects.")
    [refusal] = events_of(result, "REJECT")
    assert "TUR" in actors_of(refusal.source) and "SWE" in actors_of(refusal.target)
    assert "TUR" not in actors_of(refusal.target)


def test_targets_refusal_until_another_acts_is_aimed_at_it(code):
    result = code("Poland refused to sign the deal until Germany pays reparations.")
    [refusal] = events_of(result, "REJECT")
    assert "DEU" in actors_of(refusal.target)


def test_targets_refusal_until_its_own_side_acts_names_no_target(code):
    result = code("Kenya will not send troops until the Kenyan parliament approves the plan.")
    assert not any("KEN" in actors_of(e.target) for e in result.events if "KEN" in actors_of(e.source))
