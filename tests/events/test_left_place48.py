"""Whom a withdrawal is done to when it names a place of another state after "out of" or "from" (issue 11, session
48, h-tgtm48; ``ParticipantRules._out_of`` and ``_left_place``, words.tsv ``out_of_particle`` and ``leaving_verb``):
"pulled its troops out of Iraq" targets Iraq ("out of" read as "from", the parser hanging "of" on "out"), "withdrew
its diplomats from Tehran on Tuesday" Iran (a time is no way the act went), "pulled its peacekeepers out of
Karabakh" the country of the place; not a place of the doer's own country, and not after a verb that is no leaving.
The sentences are synthetic, written for these tests; the model's parse is used (the construction it gives is the
one the rule reads: "out" a preposition of the verb, "of" hung on it)."""

from tests.conftest import countries_of, event_on


def test_out_of_a_country_is_the_target(code):
    event = event_on(code("TOKYO, March 4 (Kyodo) - Japan pulled its troops out of Iraq in 2006."), "pulled")
    assert countries_of(event.source) == ["JPN"] and countries_of(event.target) == ["IRQ"]


def test_out_of_a_capital_on_a_weekday_is_its_state(code):
    text = "BAKU, March 4 (AFP) - Azerbaijan abruptly pulled its diplomats out of Tehran on Tuesday."
    event = event_on(code(text), "pulled")
    assert countries_of(event.target) == ["IRN"]


def test_from_a_capital_on_a_weekday_is_its_state(code):
    text = "OSLO, March 4 (Reuters) - Norway withdrew its diplomats from Caracas on Tuesday."
    event = event_on(code(text), "withdrew")
    assert countries_of(event.target) == ["VEN"]


def test_out_of_a_region_is_its_country(code):
    text = "MOSCOW, March 4 (Reuters) - Russia pulled its last peacekeepers out of Karabakh in 2024, officials said."
    assert countries_of(event_on(code(text), "pulled").target) == ["AZE"]


def test_a_place_of_the_doers_own_country_is_no_target(code):
    text = "KYIV, March 4 (Reuters) - Ukraine pulled its troops out of Kharkiv region on Sunday, the army said."
    assert countries_of(event_on(code(text), "pulled").target) == []


def test_a_verb_of_no_leaving_takes_no_place_after_from(code):
    result = code("JERUSALEM, March 4 (Reuters) - Israel launched its drones from Cyprus on Monday.")
    assert all("CYP" not in countries_of(e.target) for e in result.events)
