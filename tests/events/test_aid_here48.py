"""``events/aid_here.py``: a gift of relief with no receiver, told from the stricken country's capital, goes to the
dateline's country when its sentence names no other (invented items).

These tests code with the rules alone (``attach=False``): they test the rule, not the attacher."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import events_with_trigger

from detente.model import Article

QUAKE = "HANOI, Oct 9 (Reuters) - A landslide buried a mountain village in northern Vietnam on Thursday, killing 30. "


@pytest.fixture(scope="module")
def code(nlp):
    from detente.pipeline import Coder

    coder = Coder(nlp=nlp, attach=False)
    return lambda text: coder.code(Article(text=text, date=dt.date(2026, 10, 9)))


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_a_foreign_donors_relief_goes_to_the_datelines_country(code):
    result = code(QUAKE + "South Korea said it would provide blankets and tents worth 2 million dollars.")
    assert _targets(result, "provide") == ["VNM"], _targets(result, "provide")


def test_the_stricken_states_own_relief_gets_no_receiver(code):
    result = code(QUAKE + "Vietnam's government said it would provide blankets and tents to the survivors.")
    assert _targets(result, "provide") == [], _targets(result, "provide")


def test_relief_in_a_sentence_naming_another_country_does_not_go_to_the_dateline(code):
    result = code(QUAKE + "South Korea said it would provide blankets and tents, as Japan sent a rescue team.")
    assert "VNM" not in _targets(result, "provide"), _targets(result, "provide")


def test_relief_to_a_place_of_another_country_does_not_go_to_the_dateline(code):
    result = code(QUAKE + "South Korea said it would provide blankets and tents for the camps in Laos.")
    assert "VNM" not in _targets(result, "provide"), _targets(result, "provide")


def test_a_blocs_relief_told_from_a_capital_it_names_no_actor_of_gets_no_receiver(code):
    result = code("BRUSSELS, Oct 9 (Reuters) - The European Union announced on Thursday it would provide 30 million "
                  "euros in humanitarian aid as drought spreads across the Sahel.")
    assert "BEL" not in _targets(result, "provide"), _targets(result, "provide")


def test_relief_told_from_a_capital_the_story_names_no_actor_of_does_not_go_there(code):
    result = code("MEXICO CITY, Oct 9 (Reuters) - Blackouts hit most of Cuba for a third day on Thursday. Russia "
                  "said it would ship a cargo of fuel oil before the end of the month.")
    assert "MEX" not in _targets(result, "ship"), _targets(result, "ship")


def test_a_denied_gift_gets_no_receiver(code):
    result = code(QUAKE + "South Korea denied that its embassy had given money to the protest organisers.")
    assert "VNM" not in _targets(result, "given"), _targets(result, "given")
