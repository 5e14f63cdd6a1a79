"""Targets that come from outside whom the act is done to, session 27 (issue 11, false dyads; h-pairs27): a
currency's country ("will lend Bolivia 600 million U.S. dollars": Bolivia, not the United States) and a demonym on
the ground after an aim preposition when the verb's object already names whom the act is done to
("killed six fighters of X on the Ecuadorian bank of the river": where, not whom).

All articles are synthetic, written in agency style for these tests (facts invented)."""

from tests.conftest import actors_of


def _event(result, trigger: str):
    [event] = [e for e in result.events if e.trigger.text.split()[0] == trigger]
    return event


def test_outside_targets27_a_currency_is_no_party(code):
    result = code("LA PAZ, April 2 (Reuters) - China will lend Bolivia 500 million U.S. dollars for a lithium plant, "
                  "Bolivia's economy ministry said on Thursday.", date="2026-04-02")
    assert actors_of(_event(result, "lend").target) == {"BOL"}


def test_outside_targets27_a_currency_after_a_demonym_is_no_party(code):
    result = code("ISLAMABAD, March 3 (Reuters) - Qatar will lend Pakistan 3 billion Hong Kong dollars, the finance "
                  "ministry said.", date="2026-03-03")
    assert "HKG" not in actors_of(_event(result, "lend").target)


def test_outside_targets27_the_ground_after_a_named_object_is_where(code):
    result = code("QUITO, May 16 (AFP) - Colombian troops killed six fighters of the Comandos de la Frontera on the "
                  "Ecuadorian bank of the Putumayo river on Friday, the army said.", date="2026-05-16")
    killed = _event(result, "killed")
    assert "comandos-de-la-frontera" in actors_of(killed.target)
    assert "ECU" not in actors_of(killed.target)


def test_outside_targets27_a_demonym_after_an_aim_preposition_is_still_aimed_at(code):
    # guard: with no one named as the object, the demonym names whom the act is aimed at
    result = code("MOSCOW, June 2 (Reuters) - Russian hackers launched attacks on American banks on Tuesday, U.S. "
                  "officials said.", date="2026-06-02")
    assert "USA" in actors_of(_event(result, "launched").target)
