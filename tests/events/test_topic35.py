"""Sides taken from phrases that are no party to the act (issue 11, session 35, h-topic35): the person a summons
is "over" (a ``fate_noun`` of words.tsv: "the treatment of X").

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

import pytest
from tests.conftest import countries_of, event_on

DATE = "2026-05-14"


@pytest.mark.parametrize(("text", "trigger", "country", "befallen"), [
    ("France summoned Russia's envoy over the treatment of jailed opposition leader Alexei Navalny.",
     "summoned", "RUS", "alexei-navalny"),
    ("Britain summoned Pakistan's envoy on Monday over the mistreatment of jailed former prime minister Imran Khan.",
     "summoned", "PAK", "imran-khan"),
])
def test_topic35_a_summons_over_someone_s_treatment_is_not_done_to_them(code, text, trigger, country, befallen):
    event = event_on(code(text, DATE), trigger)
    assert countries_of(event.target) == [country]
    assert befallen not in {p.actor for p in event.target}


def test_topic35_a_summons_over_a_killing_still_names_the_envoy_s_state(code):
    # a guard: the befallen rule (an event noun after "over") was there before; the envoy's state stays the target
    event = event_on(code("Canada summoned India's envoy over the killing of a Sikh activist in Vancouver.", DATE),
                     "summoned")
    assert countries_of(event.target) == ["IND"]
