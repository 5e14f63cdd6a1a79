"""One event per act (issue 11, item 4), session 21: two verbs of force sharing a subject in one sentence, and a
joint act of force detailed by one of its doers; and the distinct acts that look like them. Every article here is
synthetic, written for the test in wire style."""

from __future__ import annotations


def _force(result):
    return [e for e in result.events if e.cameo[:2] in ("18", "19", "20")]


def _mentions(events):
    return [[m.trigger.text for m in e.mentions] for e in events]


# -- two verbs of force, one subject, one sentence ----------------------------------------------
def test_acts_conjoined_verbs_of_force_are_one_act(code):
    result = code("JUBA, Sept 8 (Wire) - SPLA-IO fighters surrounded an army barracks near Nasir on Sunday and shelled "
                  "it for three hours, South Sudan's army said.", date="2025-09-08")
    [act] = _force(result)
    assert [m.trigger.text for m in act.mentions][:1] == ["surrounded"] and len(act.mentions) == 2
    assert act.mentions[1].trigger.text.startswith("shelled")


def test_acts_conjoined_verbs_of_force_of_two_roots_are_one_act(code):
    result = code("HANOI, Sept 8 (Wire) - A Chinese coast guard vessel blocked a Vietnamese fishing boat near the "
                  "Paracel Islands on Sunday and rammed it, Vietnam's foreign ministry said.", date="2025-09-08")
    [act] = _force(result)
    assert act.trigger.text.startswith("blocked") and len(act.mentions) == 2


def test_acts_conjoined_verbs_of_force_on_two_days_stay_apart(code):
    result = code("KYIV, Sept 8 (Wire) - Russian forces shelled Zaporizhzhia on Saturday and struck Sumy with drones "
                  "on Sunday, Ukrainian officials said.", date="2025-09-08")
    assert len(_force(result)) == 2


def test_acts_a_raid_and_the_arrests_it_made_stay_apart(code):
    result = code("KANO, Sept 8 (Wire) - Nigerian troops raided a bandit hideout in Zamfara state on Sunday and "
                  "arrested nine suspects, the army said.", date="2025-09-08")
    assert all(e.cameo[:2] != "17" or [m.trigger.text for m in e.mentions] == ["arrested"] for e in result.events)
    assert any(e.cameo.startswith("17") for e in result.events)


# -- a joint act of force and what one of its doers did ----------------------------------------
JOINT = ("NIAMEY, Sept 8 (Wire) - Nigerien and Malian troops attacked Islamic State positions near Menaka on "
         "Sunday, Niger's army said. ")


def test_acts_one_doer_of_a_joint_attack_details_it(code):
    result = code(JOINT + "Nigerien drones bombed the positions first, an army spokesman said.",
                  date="2025-09-08")
    [act] = _force(result)
    assert _mentions([act]) == [["attacked", "bombed"]]
    assert {p.country for p in act.source} == {"NER", "MLI"}  # shown by the joint act


def test_acts_one_doer_of_a_joint_attack_on_another_day_stays_apart(code):
    result = code(JOINT + "On Tuesday Nigerien drones bombed an Islamic State camp near Tillaberi, the army said.",
                  date="2025-09-10")
    assert _mentions(_force(result)) == [["attacked"], ["bombed"]]


def test_acts_a_fight_of_two_parties_is_no_joint_act_of_either(code):
    result = code("NEW DELHI, Sept 8 (Wire) - Indian and Chinese troops clashed in the Galwan valley in 2020. India "
                  "struck Pakistani posts across the Line of Control in May, and Pakistan hit back with artillery.",
                  date="2025-09-08")
    assert any(_mentions([e]) == [["struck"]] for e in _force(result))


# -- a visit and the meeting it held, in one sentence -------------------------------------------
def _consults(result):
    return [e for e in result.events if e.cameo.startswith("04")]


def test_acts_a_visit_and_a_meeting_in_it_are_one_act(code):
    result = code("NAIROBI, Sept 8 (Wire) - Somalia's foreign minister, who is visiting Nairobi, met Kenyan "
                  "President William Ruto on Monday to discuss border security.", date="2025-09-08")
    [visit] = _consults(result)
    assert len(visit.mentions) == 2


def test_acts_a_visit_and_a_meeting_on_another_day_stay_apart(code):
    result = code("BEIJING, Sept 8 (Wire) - Brazil's foreign minister visited Beijing on Monday and met Chinese "
                  "President Xi Jinping on Wednesday, the ministry said.", date="2025-09-10")
    assert [len(e.mentions) for e in _consults(result)] == [1, 1]


def test_acts_a_visit_and_a_meeting_with_a_third_party_stay_apart(code):
    result = code("CAIRO, Sept 8 (Wire) - Qatar's prime minister visited Cairo on Monday and met Israeli "
                  "negotiators to discuss a ceasefire, officials said.", date="2025-09-08")
    assert [len(e.mentions) for e in _consults(result)] == [1, 1]


def test_acts_an_abduction_in_an_attack_stays_apart(code):
    # an act on persons (CAMEO 181) is an act of its own, even told by a verb sharing the attack's subject
    result = code("MAIDUGURI, Sept 8 (Wire) - Boko Haram fighters stormed a village in Borno state on Sunday and "
                  "abducted 30 Nigerian women, local officials said.", date="2025-09-08")
    assert sorted(e.cameo[:3] for e in _force(result)) == ["181", "190"]


# -- "the first time" an act was done: the act itself ------------------------------------------
def test_acts_the_first_time_clause_restates_the_act(code):
    result = code("KYIV, Sept 8 (Wire) - Ukrainian drones struck an oil refinery in Russia's Saratov region on Sunday, "
                  "the first time Ukraine had hit the region, Russian officials said.", date="2025-09-08")
    [strike] = _force(result)
    assert strike.trigger.text.startswith("struck") and len(strike.mentions) == 2


def test_acts_the_first_time_of_another_doer_stays_apart(code):
    result = code("BEIRUT, Sept 8 (Wire) - Israeli jets struck Hezbollah positions in southern Lebanon on Sunday, the "
                  "first time Syrian troops had fired at Israeli aircraft since 2018, the Israeli army said.",
                  date="2025-09-08")
    assert sorted(len(e.mentions) for e in _force(result)) == [1, 1]


def test_acts_the_first_time_clause_with_a_doer_of_its_own_words_restates_the_act(code):
    result = code("HELSINKI, Sept 8 (Wire) - Finnish and Swedish fighter jets shot down a Russian drone over the Gulf "
                  "of Bothnia on Sunday, the first time the alliance had downed a Russian aircraft over the Baltic, "
                  "officials said.", date="2025-09-08")
    [downing] = _force(result)
    assert len(downing.mentions) == 2 and {p.country for p in downing.source} == {"FIN", "SWE"}


# -- two verbs of material cooperation, one subject, one sentence (session 23, h-repeat23) -------
def _yield(result):
    return [e for e in result.events if e.cameo[:2] == "08"]


def test_acts_conjoined_verbs_of_one_concession_are_one_act(code):
    result = code("DUSHANBE, Sept 8 (Wire) - Kyrgyzstan withdrew its border troops and handed two disputed villages "
                  "over to Tajikistan on Sunday under a demarcation deal, officials said.", date="2025-09-08")
    [act] = _yield(result)
    assert [m.trigger.text.split()[0] for m in act.mentions] == ["withdrew", "handed"]


def test_acts_conjoined_seizure_and_arrest_stay_apart(code):
    # the dev wires count a boat seized and its crew detained as two acts (quad class 4 is not joined this way)
    result = code("MANILA, Sept 8 (Wire) - Chinese coast guard officers seized a Philippine fishing boat near Sabina "
                  "Shoal and detained its nine crew members on Sunday, the Philippine coast guard said.",
                  date="2025-09-08")
    assert len([e for e in result.events if e.cameo[:2] == "17"]) == 2


def test_acts_conjoined_criticism_and_accusation_are_one_act(code):
    result = code("LONDON, Sept 8 (Wire) - France's U.N. ambassador called the vote \"a disgrace\" and accused Russia "
                  "of shielding the junta in Myanmar, the French mission said.", date="2025-09-08")
    accusations = [e for e in result.events if e.cameo.startswith("11")]
    assert len(accusations) == 1 and len(accusations[0].mentions) == 2


def test_acts_conjoined_summons_and_accusation_stay_apart(code):
    # the dev wires count an envoy summoned and an accusation made in the same sentence as two acts
    result = code("NAIROBI, Sept 8 (Wire) - Uganda's foreign ministry summoned Kenya's high commissioner on Monday and "
                  "accused Nairobi of arming rebels in the north, the ministry said.", date="2025-09-08")
    assert len([e for e in result.events if e.cameo.startswith("11")]) == 2


def test_acts_conjoined_appeals_to_two_addressees_stay_apart(code):
    result = code("ADDIS ABABA, Sept 8 (Wire) - The African Union urged Sudan's army to let aid convoys into El "
                  "Fasher and called on the Rapid Support Forces to lift their siege, the AU commission said.",
                  date="2025-09-08")
    assert len([e for e in result.events if e.cameo.startswith("02")]) == 2


# -- conjoined verbs of one kind that are two acts (session 45, h-kind45) -------------------------
def test_acts_conjoined_criticism_then_summons_stay_apart(code):
    # the criticism the summons is conjoined to is a statement of its own; the summons, with its note, another act
    result = code("RIGA, Oct 14 (LETA) - Latvia's foreign ministry condemned the detention of a Latvian trucker on "
                  "Tuesday and summoned Belarus's charge d'affaires, handing him a note of protest.",
                  date="2026-10-14")
    words = sorted((e.cameo, [m.trigger.text.split()[0] for m in e.mentions]) for e in result.events
                   if e.cameo.startswith("11"))
    assert words == [("111", ["condemned"]), ("114", ["summoned", "handing"])]


def test_acts_conjoined_summons_then_criticism_stay_one_act(code):
    result = code("TALLINN, Oct 14 (ERR) - Russia closed the Narva crossing on Monday. Estonia summoned Russia's "
                  "ambassador on Wednesday morning and called the closure unacceptable.", date="2026-10-14")
    [summons] = [e for e in result.events if e.cameo.startswith("11")]
    assert summons.cameo == "114" and [m.trigger.text.split()[0] for m in summons.mentions] == ["summoned", "called"]


def test_acts_conjoined_cooperation_in_two_fields_stays_apart(code):
    result = code("LUSAKA, Oct 14 (Reuters) - Zambia and Malawi agreed on Tuesday to hold joint military patrols along "
                  "the Luangwa and to share intelligence on poachers, officials said.", date="2026-10-14")
    assert sorted(e.cameo for e in result.events if e.cameo.startswith("06")) == ["062", "064"]


def test_acts_conjoined_rejection_and_refused_cooperation_stay_apart(code):
    result = code("QUITO, Oct 14 (EFE) - Ecuador refused to recognise the new Venezuelan electoral council last year "
                  "and blocked Caracas's bid to join an Andean trade pact, diplomats said.", date="2026-10-14")
    rejections = [e for e in result.events if e.cameo.startswith("12")]
    assert len(rejections) == 2 and all(len(e.mentions) == 1 for e in rejections)


def test_acts_conjoined_siege_held_since_a_date_and_shelling_stay_apart(code):
    result = code("GOMA, Oct 14 (Reuters) - M23 rebels have besieged the town of Uvira since August and have "
                  "repeatedly shelled its port, aid workers said.", date="2026-10-14")
    assert sorted(e.cameo for e in _force(result)) == ["191", "194"]


def test_conjoined_apart_table_reads_either_order_and_code_starts():
    from detente.events.cameo import conjoined_apart

    assert conjoined_apart("062", "064") and conjoined_apart("064", "062")
    assert conjoined_apart("120", "1211") and conjoined_apart("1214", "120")
    assert not conjoined_apart("111", "112") and not conjoined_apart("062", "062")
