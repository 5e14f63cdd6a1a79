"""One event per act (issue 11, item 4): more ways one act is stated twice, and the distinct acts that
must stay apart. Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations

from tests.conftest import events_of


# -- a participle that details an act of force -------------------------------------------------
def test_acts_participle_of_force_is_a_detail_of_the_act(code):
    result = code("GOMA, June 4 (Wire) - M23 rebels stormed the town of Masisi on Tuesday, torching the police "
                  "station and the district office, local officials said.", date="2025-06-04")
    [act] = [e for e in result.events if e.quad_class == 4]
    assert [(m.sentence.index, m.trigger.text) for m in act.mentions] == [(0, "stormed"), (0, "torching")]
    assert act.trigger.text == "stormed" and act.cameo == "190"  # the act keeps the code of the verb detailed


def test_acts_participle_forcing_a_ship_back_is_the_shadowing(code):
    result = code("ATHENS, June 4 (Wire) - Turkish warships shadowed a Greek survey vessel off Kasos on Tuesday, "
                  "forcing it back to port, the Greek coast guard said.", date="2025-06-04")
    [act] = [e for e in result.events if e.quad_class == 4]
    assert [m.trigger.text for m in act.mentions] == ["shadowed", "forcing"] and act.trigger.text == "shadowed"


def test_acts_participle_of_another_day_stays_apart(code):
    result = code("KYIV, June 4 (Wire) - Russian forces shelled Kherson on Monday, capturing the village of Krynky "
                  "on Wednesday, Ukraine's military said.", date="2025-06-04")
    acts = [e for e in result.events if e.quad_class == 4]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["shelled"], ["capturing"]]


def test_acts_participle_of_a_verbal_act_stays_apart(code):
    result = code("ATHENS, June 4 (Wire) - Turkish warships shadowed a Greek survey vessel off Kasos on Tuesday, "
                  "accusing Athens of violating Turkish waters.", date="2025-06-04")
    [shadow] = events_of(result, cameo="15")
    [accusation] = events_of(result, plover="ACCUSE")
    assert [m.trigger.text for m in shadow.mentions] == ["shadowed"]
    assert [m.trigger.text for m in accusation.mentions] == ["accusing"]


# -- one side's account of a fight --------------------------------------------------------------
CLASH = ("NEW DELHI, June 4 (Wire) - Indian and Pakistani troops exchanged fire across the Line of Control in "
         "Kashmir on Tuesday, officials on both sides said. ")


def test_acts_each_sides_account_of_a_fight_is_a_mention_of_it(code):
    result = code(CLASH + "India's army said Pakistani troops had opened fire on its posts in the Poonch sector. "
                  "The Pakistani military said two of its soldiers had been killed.", date="2025-06-04")
    [fight] = events_of(result, plover="ASSAULT")
    assert [(m.sentence.index, m.trigger.text) for m in fight.mentions] == [
        (0, "exchanged fire"), (1, "opened fire"), (2, "killed")]
    # shown as the fight of both parties, not as one side's account of it
    assert fight.trigger.text == "exchanged fire" and {p.country for p in fight.source} == {"IND", "PAK"}
    assert not fight.target


def test_acts_further_strike_or_another_party_is_not_an_account_of_the_fight(code):
    result = code(CLASH + "Pakistani drones struck Indian posts near Uri. "
                  "India's army said Chinese troops had opened fire on its posts in Ladakh.", date="2025-06-04")
    strikes = events_of(result, plover="ASSAULT")
    assert [[m.trigger.text for m in e.mentions] for e in strikes] == [
        ["exchanged fire"], ["struck"], ["opened fire"]]


def test_acts_an_account_of_the_fight_killing_a_partys_civilians_is_a_mention_of_it(code):
    result = code(CLASH + "Pakistan's military said Indian troops had opened fire on villages in the Neelum valley, "
                  "killing three Pakistani civilians.", date="2025-06-04")
    [fight] = events_of(result, plover="ASSAULT")
    assert [(m.sentence.index, m.trigger.text) for m in fight.mentions] == [
        (0, "exchanged fire"), (1, "opened fire"), (1, "killing")]


def test_acts_an_account_killing_civilians_of_another_country_stays_apart(code):
    result = code(CLASH + "Pakistan's military said Indian troops had opened fire on a bus, killing three Afghan "
                  "civilians.", date="2025-06-04")
    acts = events_of(result, plover="ASSAULT")
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["exchanged fire", "opened fire"], ["killing"]]


def test_acts_a_fight_takes_no_place_from_one_sides_account(code):
    result = code("NEW DELHI, June 4 (Wire) - Indian and Pakistani troops exchanged fire on Tuesday, officials on "
                  "both sides said. India's army said Pakistani troops had opened fire on Indian posts near Uri.",
                  date="2025-06-04")
    [fight] = events_of(result, plover="ASSAULT")
    assert [m.trigger.text for m in fight.mentions] == ["exchanged fire", "opened fire"]
    assert fight.location is None  # where one side says it was fired on is not where the two sides fought


# -- people killed when someone attacked ---------------------------------------------------------
def test_acts_killed_when_gunmen_stormed_is_one_act(code):
    result = code("NIAMEY, June 4 (Wire) - Seven Nigerien soldiers were killed on Tuesday when gunmen stormed an army "
                  "post near the border with Benin, the defence ministry said.", date="2025-06-04")
    [act] = events_of(result, plover="ASSAULT")
    assert [m.trigger.text for m in act.mentions] == ["killed", "stormed"]
    # "gunmen" have no country (NO_FOCUS_SECTORS): no mention has a known doer, and the one with a known
    # target (the soldiers) shows the act
    assert act.trigger.text == "killed"


def test_acts_killed_on_the_other_side_of_an_attack_stays_apart(code):
    result = code("NEW DELHI, June 4 (Wire) - Two Indian soldiers were killed on Tuesday when Indian troops attacked "
                  "Pakistani posts across the Line of Control, the army said.", date="2025-06-04")
    acts = events_of(result, plover="ASSAULT")
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["killed"], ["attacked"]]


# -- a trip and the meeting it is for -------------------------------------------------------------
TRIP = "MEXICO CITY, June 4 (Wire) - Mexico's Economy Minister Marcelo Ebrard will travel to Washington on Monday "


def test_acts_trip_and_the_meeting_it_is_for_are_one_act(code):
    result = code(TRIP + "to meet U.S. Trade Representative Jamieson Greer and Commerce Secretary Howard Lutnick, "
                  "the ministry said.", date="2025-06-04")
    [visit] = [e for e in result.events if e.cameo.startswith(("03", "04"))]
    assert [m.trigger.text for m in visit.mentions] == ["travel", "meet"]
    assert visit.trigger.text == "meet"  # shown by what the trip is for


def test_acts_trip_and_an_act_of_another_kind_stay_apart(code):
    result = code(TRIP + "to sign a steel agreement with the United States, the ministry said.", date="2025-06-04")
    acts = [e for e in result.events if e.cameo.startswith(("03", "04"))]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["travel"], ["sign a steel agreement"]]


# -- two verbs of one subject that the knowledge base does not know -----------------------------
def test_acts_two_verbs_of_one_unnamed_doer_are_one_protest(code):
    result = code("MANILA, June 4 (Wire) - The Department of Foreign Affairs summoned China's ambassador on Tuesday "
                  "and lodged a diplomatic protest over the ramming of a supply boat, a spokeswoman said.",
                  date="2025-06-04")
    [protest] = events_of(result, plover="ACCUSE")
    assert [m.trigger.text for m in protest.mentions] == ["summoned China's ambassador", "lodged a diplomatic protest"]


def test_acts_one_unnamed_doer_protesting_to_two_countries_is_two_acts(code):
    result = code("MANILA, June 4 (Wire) - The Department of Foreign Affairs summoned China's ambassador on Tuesday "
                  "and lodged a diplomatic protest with Vietnam over a separate incident, a spokeswoman said.",
                  date="2025-06-04")
    protests = events_of(result, plover="ACCUSE")
    assert [[m.trigger.text for m in e.mentions] for e in protests] == [
        ["summoned China's ambassador"], ["lodged a diplomatic protest"]]
    assert [[p.country for p in e.target] for e in protests] == [["CHN"], ["VNM"]]


def test_acts_an_unnamed_doer_named_again_later_is_not_one_subject(code):
    result = code("MANILA, June 4 (Wire) - The Department of Foreign Affairs summoned China's ambassador on Tuesday "
                  "over the ramming of a supply boat. The Department of Foreign Affairs also lodged a diplomatic "
                  "protest with Beijing.", date="2025-06-04")
    protests = events_of(result, plover="ACCUSE")
    assert [[(m.sentence.index, m.trigger.text) for m in e.mentions] for e in protests] == [
        [(0, "summoned China's ambassador")], [(1, "lodged a diplomatic protest")]]


# -- an act of force told by what it did ----------------------------------------------------------
def test_acts_fighting_that_killed_people_is_one_act(code):
    result = code("PORT SUDAN, June 4 (Wire) - A truce brokered by Saudi Arabia in 2023 has mostly held in the east, "
                  "but clashes between rival militias in Darfur erupt often; fighting between the Sudanese army and "
                  "the RSF in Omdurman in March 2024 killed 30 people.", date="2025-06-04")
    [fight] = events_of(result, plover="ASSAULT")
    assert [m.trigger.text for m in fight.mentions] == ["fighting", "killed"]
    # shown by the fighting: its date is the act's, whatever the tense of "killed" (not historical on its own)
    assert fight.trigger.text == "fighting" and fight.date.value == "2024-03" and fight.historical


def test_acts_a_war_that_killed_and_displaced_people_is_one_act(code):
    result = code("PORT SUDAN, June 4 (Wire) - The war between the Sudanese army and the paramilitary RSF has "
                  "killed tens of thousands of people and forced more than 12 million from their homes, "
                  "aid agencies said.", date="2025-06-04")
    acts = [e for e in result.events if e.quad_class == 4]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["killed", "forced"]]


def test_acts_a_doer_that_killed_and_displaced_people_is_not_an_act_noun(code):
    # the subject is the doer, not an act: each verb is judged by the ordinary rules (two codes, two acts)
    result = code("PORT SUDAN, June 4 (Wire) - The paramilitary RSF killed 40 villagers in North Darfur on Monday "
                  "and forced hundreds of families from their homes, aid agencies said.", date="2025-06-04")
    acts = [e for e in result.events if e.quad_class == 4]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["killed"], ["forced"]]


def test_acts_an_act_noun_and_another_doers_strike_stay_apart(code):
    result = code("PORT SUDAN, June 4 (Wire) - Fighting between the Sudanese army and the RSF killed 40 people in "
                  "El Fasher on Monday, and Egyptian jets struck a convoy near the border on Tuesday, officials said.",
                  date="2025-06-04")
    acts = events_of(result, plover="ASSAULT")
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["Fighting", "killed"], ["struck"]]
