"""The mediator hyphened to a participle on the noun of talks or a deal (session 52, h-src52; ``events/doers.py``,
``hyphened_actors``): "the Qatari-mediated talks", "a U.S.-brokered truce" are a mediation by that actor; a
participle of another verb ("the U.S.-backed forces", "a Chinese-funded road") is no act of the hyphened actor. Also
the round's lexicon lines "set alight", "set ablaze" (verbs.tsv 1712; words.tsv adverb_particle).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import datetime as dt

from tests.conftest import countries_of

from detente.events.doers import hyphened_actors
from detente.model import Article


def _mediations(result, word: str) -> list:
    return [e for e in result.events if e.trigger.text == word and e.cameo.startswith("04")]


def test_hyphened_doers52_a_demonym_hyphened_to_mediated_is_the_mediator(code, explaining):
    text = "DOHA, May 5 (Reuters) - Sudan and Chad held two days of Qatari-mediated talks in Doha on Tuesday."
    [mediation] = _mediations(code(text, date="2026-05-05"), "mediated")
    assert mediation.cameo == "045" and countries_of(mediation.source) == ["QAT"]
    assert sorted(countries_of(mediation.target)) == ["SDN", "TCD"]
    [explained] = _mediations(explaining.code(Article(text=text, date=dt.date(2026, 5, 5))), "mediated")
    assert any("hyphened_actors" in side for side in explained.explanation.sides if side.startswith("source"))


def test_hyphened_doers52_an_abbreviation_hyphened_to_brokered(code):
    result = code("BAKU, June 2 (AP) - Armenia and Azerbaijan swapped prisoners on Tuesday under a U.S.-brokered "
                  "deal.", date="2026-06-02")
    [mediation] = _mediations(result, "brokered")
    assert countries_of(mediation.source) == ["USA"]


def test_hyphened_doers52_another_participle_names_no_doer(code, nlp, coder):
    text = "KABUL, June 2 (AP) - The U.S.-backed forces withdrew from the valley on Tuesday."
    assert [e for e in code(text, date="2026-06-02").events if e.trigger.text == "backed"] == []
    doc = nlp.parse(text)
    [backed] = [t for t in doc if t.text == "backed"]
    assert hyphened_actors(backed, coder.lexicon.words) == []
    [mediated] = [t for t in nlp.parse("Chad and Sudan ended Qatari-mediated talks.") if t.text == "mediated"]
    assert [t.text for t in hyphened_actors(mediated, coder.lexicon.words)] == ["Qatari"]


def test_hyphened_doers52_set_alight_by_an_agent_is_destruction(code):
    """The round's lexicon lines: "set alight", "set ablaze" (the parser makes the word an adverb of "set")."""
    result = code("JAKARTA, May 4 (AAP) - Three Indonesian fishing boats were set alight by Australian officers near "
                  "Ashmore Reef last week, Indonesia said.", date="2026-05-04")
    [burning] = [e for e in result.events if e.cameo == "1712"]
    assert countries_of(burning.source) == ["AUS"] and countries_of(burning.target) == ["IDN"]
    result = code("MANILA, May 4 (Reuters) - Chinese coast guard crews set ablaze two Philippine fishing boats near "
                  "Scarborough Shoal on Monday, officials said.", date="2026-05-04")
    assert [countries_of(e.source) for e in result.events if e.cameo == "1712"] == [["CHN"]]
