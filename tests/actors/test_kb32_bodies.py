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


# the text, the first word of the acts' triggers, their doer and, where the test reads it, their target
@pytest.mark.parametrize(("text", "word", "source", "target"), [
    pytest.param("YAOUNDE, March 3 (Reuters) - The Central African Economic and Monetary Community urged Chad and "
                 "Cameroon on Tuesday to reopen their border crossings.", "urged", "cemac", None,
                 id="a_bloc_named_with_a_demonym_is_the_bloc"),
    pytest.param("BERN, March 3 (Reuters) - The Swiss People's Party accused the government on Tuesday of "
                 "surrendering sovereignty to Brussels.", "accused", "swiss-peoples-party", None,
                 id="a_party_is_its_own_actor"),
    pytest.param("DAKAR, March 3 (Reuters) - The Movement of Democratic Forces of Casamance (MFDC) accused Senegal "
                 "on Tuesday of shelling villages near Ziguinchor.", "accused", "mfdc", "SEN",
                 id="a_separatist_movement_does_an_act"),
    pytest.param("ABUJA, March 3 (Reuters) - The ECOWAS Commission condemned the attack on a border post in "
                 "northern Benin on Tuesday.", "condemned", "ecowas-commission", None,
                 id="a_regional_commission_speaks_for_itself"),
])
def test_kb32_bodies_a_body_does_its_act(code, text, word, source, target):
    acts = [e for e in events_of(code(text, date="2026-03-03")) if e.trigger.text.startswith(word)]
    assert acts and all(_actors(e.source) == {source} for e in acts), acts
    assert target is None or all(_actors(e.target) == {target} for e in acts), acts


@pytest.mark.parametrize(("body", "parent"), [("ecowas-commission", "ecowas"), ("odihr", "osce"),
                                              ("sieca", "sica"), ("world-health-assembly", "who")])
def test_kb32_bodies_stand_for_their_parent(kb, body, parent):
    assert kb.get(body).parent == parent


def test_kb32_bodies_state_bodies_are_their_countrys(kb):
    assert (kb.get("australian-federal-police").code, kb.get("rosneft").code, kb.get("orano").code) \
        == ("AUSCOP", "RUSGOVBUS", "FRAGOVBUS")
