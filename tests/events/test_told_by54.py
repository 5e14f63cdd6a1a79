"""An act told in the passive with no agent by one state's speaker is that state's act (events/told_by.py, session 54,
h-pass54): "Turkey said 40 migrants had been deported", "..., Japan's foreign ministry said", "according to the
navy". Not for acts of force or accusations (the speaker tells another's deed), nor when the act is done to the
speaker's own side, nor for speakers of two states.

All texts here are synthetic, written in agency style for these tests, about real states with invented facts; none
comes from a development set or from a real article."""

from tests.conftest import countries_of


def _on(result, word: str) -> list:
    return [e for e in result.events if word in e.trigger.text.split()]


def _sources(result, word: str) -> list[str]:
    """The countries of the resolved doers of the events whose trigger holds ``word``; [] when there is no event."""
    return sorted({c for e in _on(result, word) for c in countries_of(e.source)})


def test_told_by_speaker_of_a_that_clause_does_the_passive(code):
    result = code("RABAT, March 4 (Reuters) - Morocco said on Tuesday that 25 Malian migrants had been deported "
                  "to Bamako after a raid on a camp near Oujda.", date="2026-03-04")
    assert _sources(result, "deported") == ["MAR"]


def test_told_by_speaker_after_the_clause(code):
    result = code("BERLIN, June 2 (dpa) - The next round of talks with Poland will be held in Warsaw in July, "
                  "Germany's foreign ministry said.", date="2026-06-02")
    assert _sources(result, "held") == ["DEU"]


def test_told_by_according_to_a_state_body(code):
    result = code("MANILA, July 8 (AFP) - Nine Chinese fishermen were detained on Friday, according to the "
                  "Philippine coast guard.", date="2026-07-08")
    assert _sources(result, "detained") == ["PHL"]


def test_told_by_explains_its_rule(explaining):
    from detente.model import Article

    result = explaining.code(Article(text="RABAT, March 4 (Reuters) - Morocco said on Tuesday that 25 Malian "
                                          "migrants had been deported to Bamako.", date=None))
    [event] = _on(result, "deported")
    assert any("told_by.py" in side for side in event.explanation.sides)


def test_told_by_not_for_acts_of_force(code):
    # the speaker tells what was done to its own people: no doer is named
    result = code("LUSAKA, Feb 16 (Reuters) - Three fishermen were killed on the river on Sunday, Zambia's "
                  "home affairs ministry said.", date="2026-02-16")
    assert "ZMB" not in _sources(result, "killed")


def test_told_by_not_when_done_to_the_speakers_own_side(code):
    result = code("WINDHOEK, Sept 3 (Xinhua) - A Namibian official said Windhoek had not been consulted before "
                  "the rail accord was drafted.", date="2026-09-03")
    assert "NAM" not in _sources(result, "consulted")


def test_told_by_not_for_speakers_of_two_states(code):
    result = code("SEOUL, May 5 (Yonhap) - Ministers of South Korea and Japan said the first round of talks would "
                  "be held in Busan in June.", date="2026-05-05")
    assert all(len(countries_of(e.source)) != 1 for e in _on(result, "held"))
