"""Organisations, parties and companies the knowledge base lacked (session 32, issue 11, h-res). Without an entry
a demonym inside the name stood for its country ("The Central African Economic and Monetary Community urged ..."
was the Central African Republic, "the Swiss People's Party" any Swiss party) or the body was no actor at all.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import events_of

from detente.actors.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


def _actors(participants) -> set[str]:
    return {p.actor for p in participants if p.actor}


def _first(result, word):
    return [e for e in events_of(result) if e.trigger.text.startswith(word)]


def test_kb32_bodies_a_bloc_named_with_a_demonym_is_the_bloc(code):
    result = code("YAOUNDE, March 3 (Reuters) - The Central African Economic and Monetary Community urged Chad and "
                  "Cameroon on Tuesday to reopen their border crossings.", date="2026-03-03")
    urged = _first(result, "urged")
    assert urged and all(_actors(e.source) == {"cemac"} for e in urged), urged


def test_kb32_bodies_a_party_is_its_own_actor(code):
    result = code("BERN, March 3 (Reuters) - The Swiss People's Party accused the government on Tuesday of "
                  "surrendering sovereignty to Brussels.", date="2026-03-03")
    accused = _first(result, "accused")
    assert accused and all(_actors(e.source) == {"swiss-peoples-party"} for e in accused), accused


def test_kb32_bodies_a_separatist_movement_does_an_act(code):
    result = code("DAKAR, March 3 (Reuters) - The Movement of Democratic Forces of Casamance (MFDC) accused Senegal "
                  "on Tuesday of shelling villages near Ziguinchor.", date="2026-03-03")
    accused = _first(result, "accused")
    assert accused and all(_actors(e.source) == {"mfdc"} and _actors(e.target) == {"SEN"} for e in accused), accused


def test_kb32_bodies_a_regional_commission_speaks_for_itself(code):
    result = code("ABUJA, March 3 (Reuters) - The ECOWAS Commission condemned the attack on a border post in "
                  "northern Benin on Tuesday.", date="2026-03-03")
    condemned = _first(result, "condemned")
    assert condemned and all(_actors(e.source) == {"ecowas-commission"} for e in condemned), condemned


@pytest.mark.parametrize(("body", "parent"), [("ecowas-commission", "ecowas"), ("odihr", "osce"),
                                              ("sieca", "sica"), ("world-health-assembly", "who")])
def test_kb32_bodies_stand_for_their_parent(kb, body, parent):
    assert kb.get(body).parent == parent


def test_kb32_bodies_state_bodies_are_their_countrys(kb):
    assert (kb.get("australian-federal-police").code, kb.get("rosneft").code, kb.get("orano").code) \
        == ("AUSCOP", "RUSGOVBUS", "FRAGOVBUS")
