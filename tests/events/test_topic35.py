"""Sides taken from phrases that are no party to the act (issue 11, session 35, h-topic35): the person a summons
is "over" (a ``fate_noun`` of words.tsv: "the treatment of X"), and one's own forces sent, after another state's
forces of the same word were named (assemble._sent_forces).

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


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Eritrean troops crossed into Sudan last week, officials said. Sudan has sent troops to Kassala as a "
     "precaution.", "sent", "SDN"),
    ("Malian soldiers crossed into Mauritania on Monday. Mauritania sent an additional battalion to its eastern "
     "region on Wednesday.", "sent", "MRT"),
])
def test_topic35_forces_a_state_sends_are_no_target_whatever_forces_were_named_before(code, text, trigger, doer):
    # assemble._sent_forces: the bare forces object of a dispatch_verb is the sender's, not the forces named before
    event = event_on(code(text, DATE), trigger)
    assert countries_of(event.source) == [doer]
    assert not [p for p in event.target if p.actor and p.sector == "MIL"]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # a relative clause on the forces tells an act done to them; a control verb's object is to move its own
    ("Moscow maintains some 4,000 soldiers there, whom Georgia has long asked to go home.", "asked", "RUS"),
    ("Moldova on Monday urged Russia to withdraw its 1,200 troops from the region.", "urged", "RUS"),
])
def test_topic35_forces_another_act_is_done_to_stay_its_target(code, text, trigger, target):
    # guards: main already gave these; assemble._sent_forces must leave them
    event = event_on(code(text, DATE), trigger)
    assert countries_of(event.target) == [target]
