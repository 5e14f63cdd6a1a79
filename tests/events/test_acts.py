"""One event per act (issue 11, item 4): the mentions of one act in an article are one event carrying
them all; distinct acts stay apart. Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import events_of

from detente.actors.resolve import ActorRef
from detente.events.same_act import related, same_actors
from detente.model import Article

# A lead that states an act, a background paragraph restating it ("The attack"), a quote
# re-mentioning it ("This attack"), and a second strike on another day and place that must not merge.
KHARKIV = (
    "KYIV, March 12 (Wire) - Russia struck a residential district of Kharkiv with drones on Tuesday, "
    "killing four people, Ukrainian officials said.\n\n"
    "The attack was the deadliest on the city this month, regional governor Oleh Synehubov said on Telegram.\n\n"
    "\"This attack on sleeping families shows that Moscow does not want peace,\" President Volodymyr "
    "Zelenskiy said in a statement.\n\n"
    "Russian forces also struck the port of Odesa on Sunday, the Ukrainian navy said.")


def test_acts_lead_background_and_quote_are_one_event(code):
    result = code(KHARKIV, date="2025-03-12")
    strikes = events_of(result, plover="ASSAULT")
    assert len(strikes) == 2, [(e.trigger.text, e.sentence.index) for e in strikes]
    kharkiv, odesa = strikes
    assert [(m.sentence.index, m.trigger.text) for m in kharkiv.mentions] == [
        (0, "struck"), (0, "killing"), (1, "attack"), (2, "attack")]
    assert {p.actor for p in kharkiv.source} == {"RUS"} and kharkiv.date.value == "2025-03-11"
    for mention in kharkiv.mentions:  # offsets and sentences point into the article
        assert result.text[mention.trigger.start:mention.trigger.end] == mention.trigger.text
        assert mention.sentence.text in result.text and mention.trigger.text in mention.sentence.text
    # the event is shown by one of its mentions
    assert (kharkiv.trigger, kharkiv.sentence) in {(m.trigger, m.sentence) for m in kharkiv.mentions}
    assert [(m.sentence.index, m.trigger.text) for m in odesa.mentions] == [(3, "struck")]
    assert odesa.date.value == "2025-03-09"


def test_acts_ids_are_deterministic_and_merges_explained(code, coder):
    first, again = code(KHARKIV, date="2025-03-12"), code(KHARKIV, date="2025-03-12")
    assert [e.id for e in first.events] == [e.id for e in again.events]
    assert len({e.id for e in first.events}) == len(first.events)
    explained = coder.explaining().code(Article(text=KHARKIV, date=dt.date(2025, 3, 12)))
    [kharkiv, _] = events_of(explained, plover="ASSAULT")
    lines = kharkiv.explanation.mentions
    assert len(lines) == 3 and sum("anaphoric event noun" in line for line in lines) == 2
    assert any("same code, sides and status" in line for line in lines)


def test_acts_next_sentence_detailing_the_act_joins_it(code):
    result = code("KHARTOUM, May 6 (Wire) - Sudan cut diplomatic ties with the United Arab Emirates on Tuesday. "
                  "The government recalled its ambassador from Abu Dhabi, the information minister said.",
                  date="2025-05-06")
    [act] = events_of(result, cameo="16")
    assert [(m.sentence.index, m.trigger.text) for m in act.mentions] == [
        (0, "cut diplomatic ties"), (1, "recalled its ambassador")]
    assert act.trigger.text == "cut diplomatic ties" and act.date.value == "2025-05-06"


def test_acts_act_marked_as_further_stays_apart(code):
    result = code("BEIRUT, June 3 (Wire) - Israel struck Hezbollah positions in south Lebanon on Monday, the "
                  "Lebanese army said. Israel struck Hezbollah again, the army said.", date="2025-06-03")
    strikes = events_of(result, plover="ASSAULT")
    assert [[m.sentence.index for m in e.mentions] for e in strikes] == [[0], [1]]


def test_acts_verb_restated_paragraphs_later_without_a_date_stays_apart(code):
    result = code("MEXICO CITY, Nov 3 (Wire) - Mexico granted asylum to former Peruvian Prime Minister Betssy "
                  "Chavez on Monday. Peru's foreign ministry condemned the decision. Peru cut diplomatic relations "
                  "with Mexico in protest. Lima's envoy left the city. Mexico granted asylum to a former Peruvian "
                  "minister, officials said.", date="2025-11-04")
    asylum = events_of(result, cameo="075")
    assert [[m.sentence.index for m in e.mentions] for e in asylum] == [[0], [4]]


def test_acts_two_strikes_on_different_days_stay_apart(code):
    result = code("BEIRUT, June 3 (Wire) - Israel struck Hezbollah positions in south Lebanon on Monday, the "
                  "Lebanese army said. Israel struck Hezbollah positions in the Bekaa valley on Wednesday, "
                  "Lebanese state media reported.", date="2025-06-03")
    strikes = events_of(result, plover="ASSAULT")
    assert len(strikes) == 2 and len({e.date.value for e in strikes}) == 2


def test_acts_threat_and_the_attack_it_threatened_stay_apart(code):
    result = code("MOSCOW, June 3 (Wire) - Russia threatened on Monday to strike government buildings in Kyiv. "
                  "Russian forces struck the Ukrainian capital with missiles on Tuesday, the city's mayor said.",
                  date="2025-06-03")
    assert len(events_of(result, plover="THREATEN")) == 1 and len(events_of(result, plover="ASSAULT")) == 1
    assert all(len(e.mentions) == 1 for e in result.events)


def test_acts_accusation_and_denial_stay_apart(code):
    result = code("KYIV, June 3 (Wire) - Ukraine accused Russia on Tuesday of shelling a hospital in Kherson. "
                  "Russia denied the accusation, saying its forces did not target civilians.", date="2025-06-03")
    accusation, denial = events_of(result, cameo="112"), events_of(result, cameo="016")
    assert len(accusation) == 1 and len(denial) == 1
    assert [m.sentence.index for m in accusation[0].mentions] == [0]


def test_acts_negated_and_asserted_stay_apart(code):
    # fired at a place, not into the sea: both launches are force (a launch into the sea is a show of force)
    result = code("SEOUL, June 3 (Wire) - North Korea fired a ballistic missile at a South Korean island on "
                  "Tuesday, South Korea's military said. North Korea did not fire any missile on Wednesday, the "
                  "military added.", date="2025-06-03")
    launches = events_of(result, plover="ASSAULT")
    assert sorted(e.negated for e in launches) == [False, True]


def test_acts_claims_of_different_speakers_in_one_sentence_stay_apart(code):
    result = code("DAMASCUS, March 8 (Wire) - Syrian troops attacked the rebel-held town of Saraqeb on Friday even "
                  "as Turkey said Syrian troops had attacked its soldiers near the border.", date="2025-03-08")
    attacks = events_of(result, plover="ASSAULT")
    assert len(attacks) == 2 and all(len(e.mentions) == 1 for e in attacks)


def test_acts_statements_about_different_things_stay_apart(code):
    result = code("TEHRAN, March 12 (Wire) - Iran's foreign ministry on Tuesday condemned the arrest of its "
                  "diplomats in Baghdad and condemned Israel for the strikes on Damascus.", date="2025-03-12")
    assert [len(e.mentions) for e in events_of(result, cameo="111")] == [1, 1]


def test_acts_meeting_and_the_talks_it_held_are_one_event(code):
    result = code("BEIJING, June 3 (Wire) - Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony "
                  "Blinken in Beijing on Monday. The talks lasted five hours, a State Department official said. "
                  "\"The meeting was candid,\" Blinken told reporters.", date="2025-06-03")
    [meeting] = events_of(result, plover="CONSULT")
    assert [m.sentence.index for m in meeting.mentions] == [0, 1, 2]


@pytest.mark.parametrize("a, b, general, same", [
    ("190", "190", False, True), ("083", "0832", False, True), ("0832", "0834", False, False),
    ("190", "195", False, False), ("190", "195", True, True), ("193", "195", True, False),
    ("161", "163", True, False),
])
def test_acts_codes_of_one_act(a, b, general, same):
    assert related(a, b, general) is same


def _ref(key: str, kind: str, country: str | None, sector: str | None = None) -> ActorRef:
    return ActorRef(key=key, name=key, code=key, country=country, sector=sector, kind=kind)


def test_acts_a_country_and_its_state_bodies_are_one_side_but_not_its_rebels():
    israel, army = _ref("ISR", "country", "ISR"), _ref("ISRMIL", "sector", "ISR", "MIL")
    india, rebels = _ref("IND", "country", "IND"), _ref("INDREB", "sector", "IND", "REB")
    government, military = _ref("MLIGOV", "sector", "MLI", "GOV"), _ref("MLIMIL", "sector", "MLI", "MIL")
    assert same_actors([israel], [army]) and same_actors([army], [israel])
    assert not same_actors([india], [rebels])
    assert not same_actors([government], [military])  # two bodies: who did it is not the same
    # as targets, the ground hit and the people killed there are one ("struck a district of
    # Kharkiv, killing four people"); as doers, a country's civilians are not its state
    ukraine, people = _ref("UKR", "country", "UKR"), _ref("UKRCVL", "sector", "UKR", "CVL")
    assert same_actors([ukraine], [people], people=True) and not same_actors([ukraine], [people])
    assert not same_actors([india], [rebels], people=True)


# A mention naming no known actor on either side (issue 11, repeats and spurious events): a detail of the
# act already reported when one of a related code, day and place is near; else an event of its own.
def test_acts_faceless_detail_joins_the_reported_act(code):
    result = code("BEIRUT, June 3 (Wire) - Israel struck a building in southern Beirut on Monday, the Lebanese "
                  "army said. Two missiles hit the building shortly after midnight, witnesses said.",
                  date="2025-06-03")
    [strike] = events_of(result, plover="ASSAULT")
    assert [(m.sentence.index, m.trigger.text) for m in strike.mentions] == [(0, "struck"), (1, "hit")]
    assert {p.actor for p in strike.source} == {"ISR"} and strike.trigger.text == "struck"


# A faceless mention that joins no act of known actors is no event (issue 11, spurious events): it names
# no one on either side, so it is no edge between actors.
def test_acts_faceless_act_on_another_day_joins_nothing_and_is_no_event(code):
    result = code("BEIRUT, June 3 (Wire) - Israel struck a building in southern Beirut on Monday, the Lebanese "
                  "army said. A house in Tyre was hit on Sunday, witnesses said.", date="2025-06-03")
    strikes = events_of(result, plover="ASSAULT")
    assert [[m.sentence.index for m in e.mentions] for e in strikes] == [[0]]
    assert not [e for e in result.events if e.sentence.index == 1], [e.trigger.text for e in result.events]


def test_acts_faceless_act_of_another_kind_stays_apart_alone_is_no_event(code):
    other = code("BEIRUT, June 3 (Wire) - Israel struck a building in southern Beirut on Monday, the Lebanese "
                 "army said. Hundreds of people were evacuated from the area, witnesses said.", date="2025-06-03")
    assert [[m.sentence.index for m in e.mentions] for e in events_of(other, plover="ASSAULT")] == [[0]]
    # the people evacuated are the civilians of the country the story is set in: an event of its own
    assert all(any(p.actor for p in (*e.source, *e.target)) for e in other.events)
    alone = code("A building in the city was hit on Monday, witnesses said.", date="2025-06-03")
    assert alone.events == [], [e.trigger.text for e in alone.events]


def test_acts_passive_with_no_doer_of_a_thing_is_no_event(code):
    # synthetic, wire style: no doer, and what was done names no one
    halted = code("Trade through the main border crossing was halted on Tuesday and hundreds of trucks were "
                  "stranded, customs officials said.", date="2025-03-04")
    assert halted.events == [], [(e.cameo, e.trigger.text) for e in halted.events]
    closed = code("The road between the two towns had been closed as a precaution, officials said on Tuesday.",
                  date="2025-03-04")
    assert closed.events == [], [(e.cameo, e.trigger.text) for e in closed.events]


def test_acts_one_known_actor_on_either_side_keeps_the_act(code):
    # synthetic, wire style: a known doer of a thing; a known victim with no doer
    doer = code("Pakistan halted trade through the main border crossing with Afghanistan on Tuesday, customs "
                "officials said.", date="2025-03-04")
    assert [(e.trigger.text, [p.actor for p in e.source]) for e in doer.events] == [("halted trade", ["PAK"])]
    victim = code("ISLAMABAD, March 4 (Wire) - Pakistani soldiers were killed in an attack on a checkpoint in the "
                  "northwest on Tuesday, the army said.", date="2025-03-04")
    [killed] = events_of(victim, plover="ASSAULT")
    assert killed.source == [] and [p.actor for p in killed.target] == ["PAKMIL"]


def test_acts_doer_the_knowledge_base_does_not_know_keeps_the_act(code):
    # synthetic, wire style: a doer named by words the knowledge base does not know is a doer all the same
    result = code("The Karavan Brotherhood set fire to a fuel depot outside the port on Monday, officials said.",
                  date="2025-03-04")
    assert [e.trigger.text for e in result.events] == ["set fire"]


def test_acts_force_on_people_by_a_doer_named_by_common_nouns_stays_an_event(code):
    # must not change: an attack by nobody the text names ("gunmen") is an act the gold codes with empty sides
    result = code("Gunmen killed 12 people in a village outside the town on Monday, officials said.",
                  date="2025-03-04")
    assert [e.cameo[:2] for e in result.events] == ["19"]


def test_acts_seizure_or_show_of_force_by_a_doer_named_by_common_nouns_on_no_one_known_is_no_event(code):
    # synthetic, wire style (session 61, spurious events). Before: a seizure, an arrest, a burning or a patrol by
    # "officers", "saboteurs" or "the agency" on no known actor was kept as material conflict; the dev gold codes none
    for text in ("Officers seized 40 kilos of cocaine at the port on Monday, officials said.",
                 "Saboteurs set fire to a fuel depot outside the port on Monday, officials said.",
                 "The agency would step up patrols in the area, the director said."):
        result = code(text, date="2025-03-04")
        assert result.events == [], [(e.cameo, e.trigger.text) for e in result.events]


def test_acts_word_act_of_a_doer_no_one_knows_on_no_one_known_is_no_event(code):
    # synthetic, wire style. Before: a doer named only by common nouns, acting in words on no known actor, was
    # an event ("the attacks violated international law", "members are due to discuss the letter"): no edge
    for text in ("Members are due to discuss the letter in closed consultations on Thursday, diplomats said.",
                 "Topographers would meet in the border town on Friday to check the markers, officials said."):
        result = code(text, date="2025-03-04")
        assert result.events == [], [(e.cameo, e.trigger.text) for e in result.events]


def test_acts_word_act_of_an_unknown_doer_with_a_name_stays_an_event(code):
    # must not change: a name in the doer's phrase says whose act it is (a nationality alone no longer does, session
    # 66: "Croatian experts demanded a new inquiry" is the shape of 31 dev acts, all spurious; see the test below)
    for text in ("The Karavan Brotherhood demanded the release of its leader on Monday, officials said.",):
        result = code(text, date="2025-03-04")
        assert [e.cameo[:2] for e in result.events] == ["10"], text


def test_acts_act_of_a_doer_named_by_its_nationality_alone_on_no_one_known_is_no_event(code):
    # synthetic, wire style (session 66, spurious events). Before: a nationality on a doer the knowledge base does not
    # know ("Chilean voters", "Spanish reservoirs") kept an act aimed at no known actor; on dev all 31 such acts were
    # spurious (acts._named_doer)
    for text in ("Chilean voters rejected the amendment in a referendum on Sunday, the electoral service said.",
                 "Peruvian growers welcomed the decision on Monday."):
        result = code(text, date="2025-03-04")
        assert result.events == [], [(e.cameo, e.trigger.text) for e in result.events]


def test_acts_state_body_or_named_target_keeps_a_doer_named_by_its_nationality(code):
    # must not change: a state's body marked by a nationality ("body_word"), or a target with a name, is a party
    result = code("The Malaysian maritime agency detained 11 foreign trawlers on Monday, officials said.",
                  date="2025-03-04")
    assert [e.cameo[:2] for e in result.events] == ["17"]


def test_acts_body_or_alliance_named_by_its_nationality_keeps_its_act(code):
    # synthetic, wire style (session 66, a fix of the rule above). Before: a council, government or coalition named by
    # a nationality or region alone ("the Sudanese military council", "the Saudi-led coalition") lost its act with
    # no known actor on either side, and the development sentences' quad accuracy fell 0.792 -> 0.789
    for text in ("The Saudi-led coalition declared a three-day truce on Friday to allow aid deliveries.",
                 "The Sudanese military council decided on Monday to lift the curfew in the capital."):
        result = code(text, date="2025-03-04")
        assert len(result.events) == 1, text


def test_acts_word_act_of_people_named_only_by_their_place_or_body_is_no_event(code):
    # synthetic, wire style (session 61, spurious events). Before: a name in a tail of the doer's phrase ("of
    # Port Kessel", "in Port Kessel", "of the Karavan bloc") kept the act; a place alone gives people no country
    for text in ("Residents of Port Kessel demanded compensation for the lost catches on Monday.",
                 "Fishermen in Port Kessel welcomed the decision on Monday.",
                 "Opposition lawmakers of the Karavan bloc criticised the agreement on Monday."):
        result = code(text, date="2025-03-04")
        assert result.events == [], [(e.cameo, e.trigger.text) for e in result.events]


def test_acts_faceless_lead_joined_by_a_named_doer_stays_an_event(code):
    # synthetic, wire style: the lead names no one; a later sentence names the doer of the same act
    result = code("ADEN, March 4 (Wire) - A cargo ship was hit by a missile in the Red Sea on Monday, the maritime "
                  "security agency said. Houthi rebels said they had attacked the ship.", date="2025-03-04")
    [attack] = events_of(result, plover="ASSAULT")
    assert [(m.sentence.index, m.trigger.text) for m in attack.mentions] == [(0, "hit"), (1, "attacked")]
    assert [p.actor for p in attack.source] == ["houthis"]




# A verb restated paragraphs later joins on the same ground (issue 11, repeats), past a faceless detail.
KHARKIV_LATER = (
    "KYIV, March 12 (Wire) - Russia struck a residential district in Kharkiv overnight, killing four people, "
    "regional officials said on Wednesday. Two guided bombs hit a nine-storey building shortly after midnight, "
    "the governor said. Ukraine's air force said it had shot down 40 of 70 drones launched overnight. "
    "President Volodymyr Zelenskiy called for more air defence systems. Russia's defence ministry said its "
    "forces had hit military facilities in {place}.")


def test_acts_verb_restated_later_on_the_same_ground_joins(code):
    result = code(KHARKIV_LATER.format(place="Kharkiv"), date="2025-03-12")
    strikes = [e for e in events_of(result, plover="ASSAULT") if {p.actor for p in e.source} != {"UKRMIL"}]
    assert [[(m.sentence.index, m.trigger.text) for m in e.mentions] for e in strikes] == [
        [(0, "struck"), (0, "killing"), (1, "hit"), (4, "hit")]]


def test_acts_verb_restated_later_on_other_ground_stays_apart(code):
    result = code(KHARKIV_LATER.format(place="Odesa"), date="2025-03-12")
    strikes = [e for e in events_of(result, plover="ASSAULT") if {p.actor for p in e.source} != {"UKRMIL"}]
    assert [[m.sentence.index for m in e.mentions] for e in strikes] == [[0, 0, 1], [4]]
    assert strikes[1].location.text == "Odesa"


# The ground an act of force hit and the people it killed there are one target (issue 11, repeats): a
# capital stands for its government, the dead are that country's civilians.
def test_acts_capital_struck_and_people_killed_are_one_act(code):
    result = code("KAMPALA, Nov 17 (Wire) - Suicide bombers of the Allied Democratic Forces struck central Kampala "
                  "on Tuesday, killing three Ugandan civilians, police said.", date="2021-11-17")
    [act] = events_of(result, plover="ASSAULT")
    assert [m.trigger.text for m in act.mentions] == ["struck", "killing"]


def test_acts_army_of_one_country_and_civilians_of_another_stay_apart(code):
    result = code("KAMPALA, Nov 17 (Wire) - Rebels of the Allied Democratic Forces attacked the Ugandan army on "
                  "Tuesday and killed two Congolese civilians, police said.", date="2021-11-17")
    assert [[m.trigger.text for m in e.mentions] for e in events_of(result, plover="ASSAULT")] == [
        ["attacked"], ["killed"]]


# The same appeal or statement said again later, by the same doer to the same party (issue 11, repeats).
APPEAL = ("KINSHASA, March 10 (Wire) - Congo on Tuesday called on the U.N. Security Council to impose sanctions "
          "on Rwanda, accusing its neighbour of backing M23 rebels. Fighting spread to the outskirts of Uvira, "
          "residents said. Burundian troops have been deployed in the area since 2023. {last}")


def test_acts_appeal_said_again_in_a_quote_joins(code):
    result = code(APPEAL.format(last="\"We call on the Security Council to act,\" Congo's foreign minister told "
                                     "reporters in New York."), date="2026-03-10")
    [appeal] = events_of(result, cameo="020")
    assert [m.sentence.index for m in appeal.mentions] == [0, 3]


def test_acts_appeal_to_another_party_later_stays_apart(code):
    result = code(APPEAL.format(last="Congo's foreign minister called on the African Union to act, she told "
                                     "reporters in New York."), date="2026-03-10")
    assert [[m.sentence.index for m in e.mentions] for e in events_of(result, cameo="020")] == [[0], [3]]


def test_acts_appeals_to_different_addressees_in_one_sentence_are_two_acts(code):
    # synthetic: the partners are not known to the coder, the United States is; two appeals all the same
    result = code("KYIV, March 12 (Reuters) - Ukrainian President Volodymyr Zelenskiy called on Kyiv's Western "
                  "partners on Wednesday to speed up deliveries of air defence systems and urged the United States "
                  "to tighten sanctions on Russian oil exports.", date="2025-03-12")
    appeals = [e for e in result.events if e.plover == "REQUEST"]
    assert len(appeals) == 2
