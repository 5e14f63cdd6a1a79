"""One event per act (session 19, the repeats probe): an account lower down told by "..., X told reporters",
naming the place more exactly than the country, and mediation told by a state's officials. Every article here
is synthetic, written for the test in wire style."""

from __future__ import annotations

from tests.conftest import events_of

RAIDS = ("ISLAMABAD, March 12 (Wire) - Pakistani jets struck militant hideouts in Afghanistan on Tuesday, security "
         "officials said. Islamabad says the militants use Afghan territory to plan attacks on its soil. Kabul "
         "summoned Pakistan's envoy. ")


def test_acts_an_account_told_to_reporters_by_another_code_of_force_is_a_mention(code):
    result = code(RAIDS + "Pakistani aircraft bombed the militant hideouts on Tuesday night, a security official "
                  "told reporters.", date="2026-03-12")
    force = [e for e in events_of(result, plover="ASSAULT") if e.cameo.startswith("19")]
    assert [[m.trigger.text for m in e.mentions] for e in force] == [["struck", "bombed"]]


def test_acts_an_account_naming_a_province_of_the_country_is_a_mention(code):
    result = code(RAIDS + "The Taliban's defence ministry said Pakistani aircraft had bombed homes in Khost province "
                  "on Tuesday night.", date="2026-03-12")
    force = [e for e in events_of(result, plover="ASSAULT") if e.cameo.startswith("19")]
    assert [[m.trigger.text for m in e.mentions] for e in force] == [["struck", "bombed"]]
    assert force[0].location is not None and force[0].location.text == "Afghanistan"  # the lead's place


def test_acts_a_further_strike_in_another_country_stays_apart(code):
    result = code(RAIDS + "The Iranian military said Pakistani aircraft had bombed homes in Iran's Sistan-Baluchestan "
                  "province on Tuesday night.", date="2026-03-12")
    force = [e for e in events_of(result, plover="ASSAULT") if e.cameo.startswith("19")]
    assert len(force) == 2


def test_acts_a_states_officials_mediating_between_its_delegations_are_the_mediation(code):
    result = code("DOHA, March 12 (Wire) - Qatar mediated talks between Afghanistan and Pakistan in Doha on "
                  "Wednesday, the Qatari foreign ministry said. Qatari officials shuttled between the two delegations "
                  "on Wednesday, a diplomat told reporters. The talks ended without an agreement.", date="2026-03-12")
    mediation = events_of(result, cameo="045")
    assert [[m.trigger.text for m in e.mentions] for e in mediation] == [["mediated", "shuttled"]]


# -- a war told by what it did, in a relative clause ---------------------------------------------
def test_acts_fighting_in_a_war_that_has_killed_people_is_one_act(code):
    result = code("PORT SUDAN, March 12 (Wire) - Sudan's army has been fighting the Rapid Support Forces since April "
                  "2023 in a war that has killed tens of thousands of people. Talks in Jeddah have failed to produce "
                  "a truce.", date="2026-03-12")
    acts = [e for e in result.events if e.quad_class == 4]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["fighting", "killed"]]
    assert acts[0].trigger.text == "fighting"


def test_acts_a_war_and_another_doers_killing_stay_apart(code):
    result = code("PORT SUDAN, March 12 (Wire) - Sudan's army has been fighting the Rapid Support Forces since April "
                  "2023 in a war, and Chadian troops killed 12 RSF fighters who crossed the border on Monday.",
                  date="2026-03-12")
    acts = [e for e in result.events if e.quad_class == 4]
    assert len(acts) == 2


# -- an appeal restated without whom it was made to ------------------------------------------------
CONSULTATIONS = ("VILNIUS, March 12 (Wire) - Lithuania on Thursday asked its NATO allies for urgent consultations "
                 "after a Russian military helicopter crossed into its airspace, the government said. The helicopter "
                 "stayed in Lithuanian airspace for about two minutes, the army said. ")


def test_acts_an_appeal_for_talks_restated_without_its_addressee_is_a_mention(code):
    result = code(CONSULTATIONS + "Foreign Minister Kestutis Budrys said Lithuania had formally requested talks "
                  "under Article 4 of the alliance's treaty.", date="2026-03-12")
    appeals = events_of(result, cameo="02")
    assert [[m.trigger.text for m in e.mentions] for e in appeals] == [
        ["asked its NATO allies for urgent consultations", "requested talks"]]


def test_acts_an_appeal_for_another_kind_of_act_stays_apart(code):
    result = code(CONSULTATIONS + "Foreign Minister Kestutis Budrys said Lithuania had formally requested "
                  "humanitarian aid for the border region.", date="2026-03-12")
    appeals = events_of(result, cameo="02")
    assert len(appeals) == 2


# -- a meeting and the talks it was ---------------------------------------------------------------
MEETING = ("NAIROBI, March 12 (Wire) - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in "
           "Addis Ababa on Wednesday to discuss access to a Red Sea port. The two leaders agreed to set up a joint "
           "committee. ")


def test_acts_a_meeting_and_the_talks_told_lower_down_are_one_meeting(code):
    result = code(MEETING + "Ruto and Abiy held talks for about three hours, a Kenyan official said.",
                  date="2026-03-12")
    meetings = events_of(result, cameo="04")
    assert [[m.trigger.text for m in e.mentions] for e in meetings] == [["met", "held talks"]]


def test_acts_talks_with_someone_else_stay_apart_from_the_meeting(code):
    result = code(MEETING + "Ruto and Somali President Hassan Sheikh Mohamud held talks for about three hours, a "
                  "Kenyan official said.", date="2026-03-12")
    meetings = events_of(result, cameo="04")
    assert len(meetings) == 2


# -- a verb and the event noun it does -------------------------------------------------------------
def test_acts_the_drills_a_military_holds_are_one_act_with_the_holding(code):
    result = code("SEOUL, March 12 (Wire) - South Korea's military is expected to hold the first of its two annual "
                  "drills near the disputed islets in the coming weeks, officials said. Japan has protested against "
                  "similar exercises in the past.", date="2026-03-12")
    drills = events_of(result, cameo="15")
    assert [[m.trigger.text for m in e.mentions] for e in drills] == [["expected to hold", "drills"]]
    assert drills[0].trigger.text == "expected to hold"


def test_acts_an_event_noun_another_kind_of_verb_acts_on_stays_apart(code):
    result = code("BERLIN, March 12 (Wire) - Germany condemned Russia's air strikes on Kyiv on Thursday, the foreign "
                  "ministry said.", date="2026-03-12")
    assert [[m.trigger.text for m in e.mentions] for e in result.events] == [["condemned"], ["strikes"]]


# -- the ground hit and the armed group on it -----------------------------------------------------
def test_acts_a_strike_on_a_countrys_ground_killing_its_armed_group_is_one_act(code):
    result = code("BEIRUT, March 12 (Wire) - An Israeli drone strike hit a car in southern Lebanon on Wednesday, "
                  "killing two Hezbollah members, Lebanese security sources said. The Israeli military said it had "
                  "struck a Hezbollah commander in the car.", date="2026-03-12")
    force = events_of(result, cameo="19")
    assert len(force) == 1
    assert {m.trigger.text for m in force[0].mentions} >= {"hit", "killing", "struck"}


def test_acts_a_strike_on_a_countrys_ground_and_another_countrys_group_stay_apart(code):
    result = code("BEIRUT, March 12 (Wire) - An Israeli drone strike hit a car in southern Lebanon on Wednesday, "
                  "Lebanese security sources said. The Israeli military said it had struck a Hamas commander in Gaza "
                  "on Wednesday.", date="2026-03-12")
    force = events_of(result, cameo="19")
    assert len(force) == 2
