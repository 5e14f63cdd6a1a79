"""Targets of an act told in a relative clause on a noun that sums up the clause before it
(``summary_noun`` in words.tsv): ", a claim X denied", ", a move Y condemned" is aimed at the doer of
the sentence's main clause.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of


def _acts_of(result, doer: str):
    return [e for e in result.events if doer in actors_of(e.source)]


def test_targets_summary_noun_claim_denied_is_aimed_at_the_claimant(code):
    result = code("Seoul said North Korean drones had crossed the border, a claim Pyongyang denied.")
    [denial] = [e for e in _acts_of(result, "PRK") if e.trigger.text.startswith("denied")]
    assert "KOR" in actors_of(denial.target) and "PRK" not in actors_of(denial.target)


def test_targets_summary_noun_move_condemned_is_aimed_at_the_doer(code):
    result = code("Ghana expelled the Togolese ambassador on Monday, a move Lome condemned.")
    [condemnation] = [e for e in _acts_of(result, "TGO") if e.trigger.text.startswith("condemned")]
    assert "GHA" in actors_of(condemnation.target) and "TGO" not in actors_of(condemnation.target)


def test_targets_summary_noun_never_the_doers_own_party(code):
    result = code("Moscow said its jets had struck an arms depot, a claim the Kremlin repeated on Tuesday.")
    assert not any(actors_of(e.target) & {"RUS"} for e in _acts_of(result, "RUS"))
