"""Which date is an act's (issue 11, status fields: date). Sentences written for the tests
(synthetic, wire style); expected values worked out by hand from a calendar."""

from tests.conftest import events_of, events_with_trigger


def test_status_dates_that_month_takes_the_month_of_the_sentence_before(code):
    text = ("TAIPEI, May 12 (Reuters) - Tensions rose in February 2024, when two fishermen drowned near "
            "Kinmen. Beijing blamed Taipei for the deaths and began coast guard patrols in the area that month.")
    result = code(text, date="2026-05-12")
    [blame] = events_of(result, "ACCUSE")
    assert blame.date is not None and blame.date.value == "2024-02"


def test_status_dates_that_december_takes_the_year_of_the_date_before(code):
    text = ("Greece and Turkey are neighbours. Relations warmed after an earthquake in February 2023, and the two "
            "countries signed a declaration on friendly relations in Athens that December.")
    events = [e for e in code(text, date="2026-03-05").events if e.trigger.text.startswith("signed")]
    assert events and events[0].date is not None and events[0].date.value == "2023-12"


def test_status_dates_that_month_after_a_new_paragraph_stays_unresolved(code):
    # a new paragraph starts another story: "that month" finds no date to refer to
    text = ("Tensions rose in February 2024, when two fishermen drowned near Kinmen.\n\n"
            "Beijing blamed Taipei for the deaths and began coast guard patrols in the area that month.")
    [blame] = events_of(code(text, date="2026-05-12"), "ACCUSE")
    assert blame.date is None or blame.date.value is None


def test_status_dates_deadline_of_a_demand_dates_the_act_demanded(code):
    # synthetic: the deadline is the disarming's, the pressing is undated
    text = "The United States has pressed Lebanon to disarm Hezbollah by the end of the year."
    [request] = events_of(code(text, date="2026-02-17"), "REQUEST")
    assert request.date is None


def test_status_dates_end_of_the_year_dates_a_pledged_act(code):
    text = "Taiwan said it would donate a second patrol boat to Palau before the end of the year."
    [aid] = events_of(code(text, date="2026-09-09"), "AID")
    assert aid.date is not None and aid.date.value == "2026"


def test_status_dates_day_on_the_demand_itself_stays(code):
    # the date is on the demanding verb, not on the act demanded
    text = "The United States on Monday pressed Lebanon to disarm Hezbollah."
    [request] = events_of(code(text, date="2026-02-17"), "REQUEST")
    assert request.date is not None and request.date.value == "2026-02-16"


def test_status_dates_past_perfect_relative_clause_takes_no_date_of_the_clause_above(code):
    # 2026-04-14 is a Tuesday; the denunciation came before the exercise ended, on no day the text gives
    text = ("SEOUL, April 14 (Yonhap) -- North Korea fired two missiles into the sea on Tuesday, a day after "
            "South Korea and the United States had ended a joint exercise that Pyongyang had denounced as a "
            "rehearsal for invasion.")
    [denunciation] = events_of(code(text, date="2026-04-14"), "ACCUSE")
    assert denunciation.date is None


def test_status_dates_past_perfect_relative_clause_of_its_noun_is_not_cut(code):
    # the rule is for a clause with a doer of its own; one whose subject is the relative pronoun stays
    # on the chain (must not apply)
    text = "Kenyan police on Monday arrested two Ugandan soldiers who had attacked a border post."
    result = code(text, date="2026-04-14")
    [attack] = events_of(result, "ASSAULT")
    assert attack.date is not None and attack.date.value == "2026-04-13"


def test_status_dates_simple_past_relative_clause_keeps_the_date_above(code):
    # not a past perfect: the fix must not apply ("the boat, which the coast guard seized on Monday")
    text = "Kenyan police on Monday arrested two Ugandan soldiers who attacked a border post."
    [attack] = events_of(code(text, date="2026-04-14"), "ASSAULT")
    assert attack.date is not None and attack.date.value == "2026-04-13"


def test_status_dates_date_on_the_asking_itself_stays(code):
    text = "The minister said Kenya had asked Uganda on Monday to reopen the border."
    [request] = events_of(code(text, date="2026-03-05"), "REQUEST")  # 2026-03-05 is a Thursday
    assert request.date is not None and request.date.value == "2026-03-02"


def test_status_dates_simple_past_joined_to_a_past_perfect_takes_not_its_date(code):
    # 2025-03-12 is a Wednesday: the downing was on Tuesday, the accusation is undated
    text = ("The ministry said air defences had shot down 40 Ukrainian drones over the Belgorod region on "
            "Tuesday and accused Kyiv of attacks on civilian sites.")
    [accusation] = events_of(code(text, date="2025-03-12"), "ACCUSE")
    assert accusation.date is None


def test_status_dates_simple_past_joined_to_a_simple_past_shares_its_date(code):
    # both verbs in the simple past tell one dated report (must not apply)
    text = "The ministry said Russian troops shelled Kharkiv on Tuesday and accused Kyiv of attacks on civilian sites."
    [accusation] = events_of(code(text, date="2025-03-12"), "ACCUSE")
    assert accusation.date is not None and accusation.date.value == "2025-03-11"


def test_status_dates_verb_joined_to_a_declaration_shares_its_day(code):
    # synthetic: "declared a state of emergency" is an act with an object, not a saying, so the
    # deployment joined to it (no subject of its own) shares its Thursday; 2026-10-09 is a Friday
    text = ("TEGUCIGALPA, Oct 9 (Reuters) - Honduras declared a 30-day state of emergency along its border "
            "with Nicaragua on Thursday and deployed 600 soldiers to the Guasaule crossing, the defence "
            "ministry said.")
    [deploy] = events_of(code(text, date="2026-10-09"), "MOBILIZE")
    assert deploy.date is not None and deploy.date.value == "2026-10-08"


def test_status_dates_day_of_a_saying_still_does_not_date_what_it_reports(code):
    # synthetic, must not change: "said on Thursday that ..." dates the saying, not the shelling it
    # reports nor the deployment to come
    text = ("TEGUCIGALPA, Oct 9 (Reuters) - Honduras said on Thursday that Nicaraguan troops had shelled a "
            "border village and that it would deploy 600 soldiers to the Guasaule crossing.")
    result = code(text, date="2026-10-09")
    [shelling] = events_of(result, "ASSAULT")
    [deploy] = events_of(result, "MOBILIZE")
    assert shelling.date is None and deploy.date is None


def test_status_dates_bare_month_on_an_act_to_come_is_the_next_one(code):
    # synthetic: published 2026-03-05; a meeting "due" in February is February 2027, a visit that
    # "will" happen on March 2 is 2027-03-02 (the README's rule for a bare weekday, for months)
    text = ("ATHENS, March 5 (Reuters) - Greek Prime Minister Kostas Andreou and Turkish President Murat "
            "Demir are due to meet on the sidelines of a summit in Sofia in February, officials said. "
            "Andreou will visit Ankara on March 2, his office said.")
    result = code(text, date="2026-03-05")
    dates = {e.trigger.text: e.date.value for e in result.events if e.date is not None}
    assert dates.get("meet") == "2027-02"
    assert dates.get("visit") == "2027-03-02"


def test_status_dates_bare_month_on_a_past_act_stays_in_the_past(code):
    # synthetic, must not change: a past act's bare month is the last one; the month of publication
    # stays the same year even for an act to come
    text = ("The foreign ministers of Chile and Peru met in February and agreed to keep talking. They will meet "
            "again in March, a spokesman said.")
    result = code(text, date="2026-03-05")
    dates = {e.trigger.text: e.date.value for e in result.events if e.date is not None}
    assert dates.get("met") == "2026-02"
    assert dates.get("meet") == "2026-03"


def test_status_dates_pti_dateline_without_dash_dates_no_act(code):
    # synthetic; "Dec 1" is the dateline (PTI style, no dash), "on Tuesday" the act's day (2025-11-25)
    text = ("NEW DELHI, Dec 1 (PTI) Indian and Chinese troops clashed at a disputed point along the "
            "frontier on Tuesday, leaving soldiers on both sides with minor injuries, the Indian Army said.")
    [clash] = events_of(code(text, date="2025-12-01"), "ASSAULT")
    assert clash.date is not None and clash.date.value == "2025-11-25"


def test_status_dates_dash_dateline_still_dates_no_act(code):
    # synthetic; must not change: the dateline with a dash was already blanked
    text = ("NEW DELHI, Dec 1 (Reuters) - Indian and Chinese troops clashed at a disputed point along the "
            "frontier on Tuesday, the Indian Army said.")
    [clash] = events_of(code(text, date="2025-12-01"), "ASSAULT")
    assert clash.date is not None and clash.date.value == "2025-11-25"


def test_status_dates_at_the_time_takes_the_date_told_just_before(code):
    # synthetic: the troop move is tied to the dated meeting of the sentence before
    text = ("The two presidents met in Brasilia in October 2023 and agreed to reopen the border. "
            "Argentina sent troops to its northern frontier at the time.")
    result = code(text, date="2026-03-04")
    sent = [e for e in result.events if e.trigger.text.startswith("sent")]
    assert sent and sent[0].date is not None and sent[0].date.value == "2023-10"
    assert sent[0].historical


def test_status_dates_at_the_time_skips_a_date_on_a_noun(code):
    # "its 2008 declaration" dates the declaration; the reply is tied to the arrest of the sentence before
    text = ("Kosovo police arrested a Serbian army veteran at the crossing in March 2024. Serbia, which rejects "
            "Kosovo's 2008 declaration of independence, responded at the time by barring goods from Kosovo.")
    events = [e for e in code(text, date="2026-11-24").events if e.trigger.text.startswith("barring")]
    assert events and events[0].date is not None and events[0].date.value == "2024-03"


def test_status_dates_in_the_same_statement_takes_the_day_of_the_statement(code):
    # 2026-11-10 is a Tuesday; a "since" date of the sentence before starts a state and is passed over
    text = ("Sudan's foreign ministry said on Tuesday that cargo planes had landed in eastern Chad at least "
            "20 times since September. In the same statement, it called on the African Union to suspend Chad.")
    result = code(text, date="2026-11-12")
    [appeal] = [e for e in result.events if e.trigger.text.startswith("called")]
    assert appeal.date is not None and appeal.date.value == "2026-11-10"


def test_status_dates_a_tie_does_not_cross_a_paragraph(code):
    text = ("The two presidents met in Brasilia in October 2023 and agreed to reopen the border.\n\n"
            "Argentina sent troops to its northern frontier at the time.")
    sent = [e for e in code(text, date="2026-03-04").events if e.trigger.text.startswith("sent")]
    assert sent and (sent[0].date is None or sent[0].date.value is None)


def test_status_dates_past_act_joined_to_an_act_to_come_takes_not_its_day(code):
    # the Monday is the meeting's; the appeal joined to it in the simple past is undated
    text = ("Sikorski said he would raise the case with his EU counterparts at a meeting in Brussels on Monday "
            "and called on the bloc to impose sanctions on the network.")
    appeals = [e for e in code(text, date="2026-02-10").events if e.trigger.text.startswith("called")]
    assert appeals and (appeals[0].date is None or appeals[0].date.value is None)


def test_status_dates_date_of_an_act_asked_for_is_not_the_asking(code):
    # the summit date is the putting on the agenda's; the past perfect asking has no date of its own
    text = ("The Greek prime minister said he had asked the Commission president to put the dispute on the "
            "agenda of an EU summit in Brussels on March 19.")
    asks = [e for e in code(text, date="2026-03-05").events if e.trigger.text.startswith("asked")]
    assert asks and (asks[0].date is None or asks[0].date.value is None)
    assert not asks[0].historical


def test_status_dates_bare_month_on_a_planned_meeting_is_the_next_one(code):
    # an intended meeting "in November", told in June, is the coming November, not the last one
    text = ("Seoul was hoping to arrange a meeting between the two leaders at the G20 summit in "
            "Johannesburg in November, an official said.")
    result = code(text, date="2026-06-10")
    meetings = [e for e in result.events if e.trigger.text.startswith(("meeting", "summit"))]
    assert meetings and meetings[0].modality in ("intended", "future")
    assert meetings[0].date is not None and meetings[0].date.value == "2026-11"
    assert not meetings[0].historical


def test_status_dates_hours_before_takes_the_day_of_its_clause(code):
    # 2026-06-04 is a Thursday; the protest came hours before the saying of that day
    text = ("MANILA, June 4 (Reuters) - China's coast guard boarded two Philippine fishing boats near the shoal, "
            "officials said on Thursday, hours before the Philippine foreign ministry protested the boarding.")
    protests = [e for e in code(text, date="2026-06-04").events if e.trigger.text.startswith("protested")]
    assert protests and protests[0].date is not None and protests[0].date.value == "2026-06-04"


def _lead_act(result, word: str):
    return [e for e in result.events if e.sentence.index == 0 and e.trigger.text.startswith(word)]


def test_status_dates_act_in_an_after_clause_of_the_lead_takes_the_day_the_body_names(code):
    # 2026-06-10 is a Wednesday: the ramming is the Tuesday the second paragraph names, not the protest's day
    text = ("SEOUL, June 10 (Yonhap) -- South Korea protested to China on Wednesday after a Chinese coast "
            "guard ship rammed a South Korean fishing boat near Ieodo, the foreign ministry said.\n\n"
            "The coast guard said the boat was hit about 80 nautical miles off Jeju on Tuesday afternoon "
            "and two of its crew were hurt.")
    [ramming] = _lead_act(code(text, date="2026-06-10"), "rammed")
    assert ramming.date is not None and ramming.date.value == "2026-06-09"


def test_status_dates_days_after_skips_the_day_before_the_lead(code):
    # 2026-04-08 is a Wednesday: "days after" is not Tuesday's clash but the Sunday the body gives
    text = ("ISLAMABAD, April 8 (AFP) - Pakistan closed its border crossings with Afghanistan on Wednesday, "
            "days after Pakistani jets bombed militant hideouts inside Afghanistan.\n\n"
            "Border guards of the two countries exchanged fire on Tuesday near Torkham, officials said.\n\n"
            "The Taliban said the jets had struck homes in Khost province on Sunday night, killing nine people.")
    [bombing] = _lead_act(code(text, date="2026-04-08"), "bombed")
    assert bombing.date is not None and bombing.date.value == "2026-04-05"


def test_status_dates_past_perfect_under_a_dated_saying_takes_the_body_day(code):
    # 2025-07-08 is a Tuesday: the saying is Tuesday's, the attack the Monday the body names
    text = ("DUBAI, July 8 (Reuters) - Yemen's Houthis said on Tuesday they had attacked a Greek-owned "
            "tanker in the Red Sea with drones.\n\n"
            "A British maritime agency said the tanker had been hit west of Hodeidah on Monday evening.")
    [attack] = _lead_act(code(text, date="2025-07-08"), "attacked")
    assert attack.date is not None and attack.date.value == "2025-07-07"


def test_status_dates_earlier_act_of_the_lead_keeps_no_day_when_the_body_names_none_soon(code):
    # the only earlier day comes four paragraphs down, about another act
    text = ("SEOUL, June 10 (Yonhap) -- South Korea protested to China on Wednesday after a Chinese coast "
            "guard ship rammed a South Korean fishing boat near Ieodo.\n\nThe ministry called it a grave "
            "provocation.\n\nChina rejected the protest.\n\nSeoul urged calm.\n\n"
            "Chinese ships also shadowed a Japanese survey vessel on Monday, Tokyo said.")
    [ramming] = _lead_act(code(text, date="2026-06-10"), "rammed")
    assert ramming.date is None or ramming.date.value != "2026-06-08"


def test_status_dates_month_on_a_past_agreement_to_act_is_the_last_one(code):
    # the intended act keeps the month of the agreement, told in the past perfect: December 2025
    text = "EU leaders had agreed in December to provide Ukraine with a loan over two years."
    events = [e for e in code(text, date="2026-02-24").events if e.trigger.text.startswith("agreed")]
    assert events and events[0].date is not None and events[0].date.value == "2025-12"


def test_status_dates_participle_on_a_noun_takes_not_the_day_of_the_clause(code):
    # 2026-05-04 is a Monday: the day is the agreement's; the brokering of the truce came before it
    text = ("Armenia and Azerbaijan agreed a ceasefire late on Monday after three days of clashes, in a "
            "truce brokered by Russia.")
    [mediation] = [e for e in code(text, date="2026-05-05").events if e.trigger.text == "brokered"]
    assert mediation.date is None


def test_status_dates_participle_on_a_noun_shares_a_month_of_the_clause(code):
    # a month spans the talks and their mediation (must still apply to the participle)
    text = "Armenia and Azerbaijan agreed a ceasefire in March 2025 in talks mediated by Russia."
    [mediation] = [e for e in code(text, date="2026-05-05").events if e.trigger.text == "mediated"]
    assert mediation.date is not None and mediation.date.value == "2025-03" and mediation.historical


def test_status_dates_a_response_by_takes_the_date_of_the_act_it_answers(code):
    # "responded by" ties the reply to the dated act of the clause before it
    text = ("Estonia had expelled two Russian diplomats in May 2023 over spying, and Moscow responded by "
            "expelling an Estonian diplomat.")
    replies = [e for e in code(text, date="2026-03-04").events if e.trigger.text.startswith("expelling")]
    assert replies and replies[0].date is not None and replies[0].date.value == "2023-05"
    assert replies[0].historical


def test_status_dates_day_of_the_occasion_in_a_during_phrase_dates_the_act(code):
    # 2026-05-03 is a Sunday; the sentence has other dates, so the lone-date rule cannot give it
    text = ("The ADF, which pledged allegiance to Islamic State in 2019, attacked a village in Ituri during a "
            "prayer vigil on Sunday, local officials said.")
    [attack] = [e for e in code(text, date="2026-05-05").events if e.trigger.text == "attacked"]
    assert attack.date is not None and attack.date.value == "2026-05-03"


def test_status_dates_a_dated_accord_framing_the_act_dates_it(code):
    # the README convention "Under a 2001 declaration ...": 2001, with the date on a participle of the accord
    text = ("Under an accord signed in May 2024, Armenia and Azerbaijan, foes since 1991, pulled back troops "
            "from the border, officials said.")
    [retreat] = [e for e in code(text, date="2026-05-05").events if e.trigger.text.startswith("pulled")]
    assert retreat.date is not None and retreat.date.value == "2024-05" and retreat.historical


def test_status_date_verb_sharing_the_main_past_perfect_shares_its_date(code):
    # "suspended" shares "had" with the main verb, so the date of "had recalled" is its too; a simple past joined
    # to a past perfect that is said stays a clause of its own (the test above)
    text = ("Algeria sent its ambassador back to Spain on Tuesday. Algiers had recalled its ambassador from Madrid "
            "on Jan. 30 and suspended a friendship treaty.")
    [suspension] = events_with_trigger(code(text, date="2026-03-04"), "suspended")
    assert suspension.date is not None and suspension.date.value == "2026-01-30" and suspension.historical


def test_status_dates_when_clause_of_a_year_dates_a_verb_joined_with_its_own_doer(code):
    # "since <year>, when X did A and Y did B": B is at that time too, and background
    text = ("Rwanda and Uganda agreed on Tuesday to reopen a border post. Relations have been tense since 2019, when "
            "Rwanda closed the border and Uganda expelled two Rwandan diplomats.")
    [expulsion] = events_with_trigger(code(text, date="2026-03-04"), "expelled")
    assert expulsion.date is not None and expulsion.date.value == "2019" and expulsion.historical


def test_status_dates_word_act_joined_to_a_dated_saying_takes_its_day(code):
    # synthetic: the speaker's own appeal added with "and" after what was said in another tense ("would") is part of
    # the same dated statement; 2026-05-14 is a Thursday
    text = ("QUITO, May 14 (AP) — Ecuador's president said on Tuesday that his government would not accept outside "
            "mediation, and urged Colombia to reopen the border crossing.")
    [appeal] = events_with_trigger(code(text, date="2026-05-14"), "urged")
    assert appeal.date is not None and appeal.date.value == "2026-05-12"


def test_status_dates_word_act_joined_to_an_undated_saying_stays_undated(code):
    # synthetic, must not change: with no day on the saying, the joined appeal has none either
    text = ("QUITO, May 14 (AP) — Ecuador's president said his government would not accept outside mediation, and "
            "urged Colombia to reopen the border crossing.")
    [appeal] = events_with_trigger(code(text, date="2026-05-14"), "urged")
    assert appeal.date is None


def test_status_dates_clause_joined_to_a_dated_saying_with_a_new_doer_stays_undated(code):
    # synthetic, must not change: a joined clause with a doer of its own is not the speaker's
    text = ("RABAT, May 14 (Reuters) - Morocco's foreign minister said on Wednesday that talks with Algeria remained "
            "frozen, and Algeria's foreign ministry accused Rabat of hostility.")
    [accusation] = events_with_trigger(code(text, date="2026-05-14"), "accused")
    assert accusation.date is None
