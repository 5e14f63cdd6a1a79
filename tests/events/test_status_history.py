"""When an act happened and whether it is background (issue 11, status fields): a finished act of
earlier months is background, an ongoing one only when it began long ago; a date dates its own clause.
Sentences written for the tests (synthetic, wire style)."""

from tests.conftest import events_of, events_with_trigger


def test_status_history_act_of_months_ago_is_background(code):
    [suspension] = events_of(code("Iran suspended cooperation with the U.N. nuclear watchdog in July.",
                                  date="2025-10-20"), "SANCTION")
    assert suspension.date.value == "2025-07" and suspension.historical


def test_status_history_act_of_this_month_is_news(code):
    [suspension] = events_of(code("Iran suspended cooperation with the U.N. nuclear watchdog on Oct. 1.",
                                  date="2025-10-20"), "SANCTION")
    assert suspension.date.value == "2025-10-01" and not suspension.historical


def test_status_history_ongoing_since_last_year_is_news(code):
    [talks] = events_of(code("Qatar has hosted talks between Congo and the rebels since last year.",
                             date="2026-03-10"), "CONSULT")
    assert not talks.historical


def test_status_history_ongoing_since_long_ago_is_background(code):
    [sanctions] = events_of(code("China has sanctioned dozens of U.S. defence firms since 2019.",
                                 date="2026-03-10"), "COERCE")
    assert sanctions.historical


def test_status_history_since_dates_its_own_verb_only(code):
    text = "The RSF has besieged El Fasher since May 2024 and has repeatedly shelled camps near the city."
    [shelling] = events_of(code(text, date="2026-03-10"), "ASSAULT")
    assert shelling.date is None and not shelling.historical


def test_status_history_present_relative_clause_keeps_no_old_date(code):
    # set off by a comma: a restrictive one ("backing rebels who attack Burundi") is a standing description
    # that codes no act at all (nonevents.generic_relative)
    text = ("Burundi closed its border with Rwanda in January 2024, accusing Kigali of backing the M23 rebels, "
            "who attack Burundi from Congo.")
    attack = next(e for e in events_of(code(text, date="2026-03-10"), "ASSAULT") if e.trigger.text == "attack")
    assert attack.date is None and not attack.historical


def test_status_history_reporting_lemma_as_an_act_passes_its_date_on(code):
    # "recall" is also a reporting verb; here it is an act, and the relative clause under it shares its year
    text = "In 2024, Germany had recalled its ambassador from Moscow after a cyberattack that it blamed on Russia."
    [blame] = events_of(code(text, date="2026-03-10"), "ACCUSE")
    assert blame.date is not None and blame.date.value == "2024" and blame.historical


def test_status_history_past_perfect_of_the_day_in_reported_speech_is_news(code):
    text = "Yemen's Houthis said on Tuesday they had attacked a Greek-owned ship in the Red Sea."
    [attack] = events_of(code(text, date="2025-07-08"), "ASSAULT")
    assert not attack.historical


def test_status_history_past_perfect_of_an_earlier_month_is_background(code):
    text = "Iran said a cooperation framework it had signed with the IAEA in September was no longer valid."
    [signing] = events_of(code(text, date="2025-10-20"), "SUPPORT")
    assert signing.date.value == "2025-09" and signing.historical


def test_status_history_date_of_a_relative_clause_is_not_the_main_act(code):
    text = ("Foreign Minister Penny Wong, who arrived in Honiara on Monday, signed the agreement with her "
            "Solomon Islands counterpart.")
    [signing] = events_of(code(text, date="2025-07-08"), "SUPPORT")
    assert signing.date is None


def test_status_history_date_of_a_conjoined_clause_with_its_own_subject_is_not_taken(code):
    text = ("The United States has pressed Lebanon to disarm Hezbollah, and Washington had threatened "
            "in January to withhold aid.")
    [pressing] = events_of(code(text, date="2025-07-08"), "REQUEST")
    assert pressing.date is None and not pressing.historical


def test_status_history_lone_date_of_a_subjectless_clause_is_taken(code):
    # the parser hangs "two days ago" on "reach"; the clause has no subject of its own (Kenyan police: an act with no
    # known actor on either side is no event, acts.no_actor, session 61)
    [firing] = events_of(code("Kenyan police fired tear gas at a crowd trying to reach the embassy two days ago.",
                              date="2025-07-08"), "ASSAULT")
    assert firing.date is not None and firing.date.value == "2025-07-06"


def test_status_history_date_relative_to_an_earlier_one_in_the_sentence(code):
    text = "The United States pulled out of the deal in 2018, and Iran began breaching its limits a year later."
    breach = next(e for e in code(text, date="2025-10-20").events if e.trigger.text == "breaching")
    assert breach.date is not None and breach.date.value == "2019" and breach.historical


def test_status_history_when_clause_takes_the_date_it_hangs_on(code):
    # "since June, when ...": the strike is dated by the month the clause names
    text = ("The inspectors have not visited the plant since June, when Israeli warplanes struck "
            "the Arak reactor in Iran.")
    [strike] = events_of(code(text, date="2025-10-20"), "ASSAULT")
    assert strike.date is not None and strike.date.value == "2025-06" and strike.historical


def test_status_history_n_years_after_a_clause_dates_it_before_the_anchor(code):
    # the clause after "two years after" happened two years BEFORE June, not two years after it
    # (it came out as 2027, a future act)
    result = code("Beijing partially lifted its ban on Japanese seafood in June this year, two years after it "
                  "halted all imports from Japan.", date="2025-11-19")
    [halt] = events_of(result, "COERCE")
    assert halt.date.value == "2023" and halt.historical and halt.modality == "asserted"
    [lifting] = events_of(result, "CONCEDE")
    assert lifting.date.value == "2025-06"


def test_status_history_undated_past_act_goes_on_with_the_background_before_it(code):
    # the second sentence tells the rest of the 2019 war (it came out as the day's news)
    # (an act of another kind than the war's, so that it stays an act of its own: events/acts.py)
    result = code("The two countries fought a four-day war in May 2019. India expelled Pakistan's envoy, "
                  "and Pakistan hit back with artillery.", date="2026-05-11")
    [expulsion] = [e for e in result.events if e.trigger.text.startswith("expelled")]
    assert expulsion.historical and expulsion.date is None


def test_status_history_a_new_paragraph_or_a_reporting_verb_is_the_news_again(code):
    result = code("The two countries fought a four-day war in May 2019.\n\n"
                  "India accused Pakistan of shelling border villages.", date="2026-05-11")
    [accusation] = events_of(result, "ACCUSE")
    assert not accusation.historical
    result = code("The two countries fought a four-day war in May 2019. India said Pakistan shelled "
                  "border villages.", date="2026-05-11")
    [shelling] = [e for e in result.events if e.trigger.text == "shelled"]
    assert not shelling.historical


def test_status_history_a_date_on_a_noun_of_another_clause_does_not_date_the_act(code):
    # "a 2015 peace deal" dates the deal; the protest is the day's news (it came out as 2015, background)
    result = code("Algeria, which had brokered a 2015 peace deal between Bamako and the rebels, lodged a formal "
                  "protest with Mali.", date="2024-08-29")
    [protest] = events_of(result, "ACCUSE")
    assert protest.date is None and not protest.historical
    [accusation] = [e for e in code("Russia's foreign ministry accused the Europeans of destroying the 2015 "
                                    "agreement.", date="2025-10-20").events if e.trigger.text == "accused"]
    assert accusation.date is None and not accusation.historical


def test_status_history_a_dated_agreement_framing_the_act_dates_it(code):
    [commitment] = events_of(code("Under a 2001 declaration, New Zealand and the Cook Islands committed to consult "
                                  "each other on defence.", date="2025-06-19"), "AGREE")
    assert commitment.date is not None and commitment.date.value == "2001" and commitment.historical


def test_status_history_later_act_joined_to_dated_background_is_undated_background(code):
    # "later" puts the charge after December 2024, on a day the text does not give; it is still background
    result = code("Finland had seized the tanker Eagle S in December 2024 after a power cable to Estonia was cut, "
                  "and Finnish prosecutors later charged its officers.", date="2026-01-22")
    [charge] = [e for e in result.events if e.trigger.text == "charged"]
    assert charge.date is None and charge.historical


def test_status_history_since_the_war_began_measures_the_news_not_background(code):
    result = code("Kyiv said on Wednesday that Ukraine had launched its largest drone attack on Moscow since the war "
                  "began.", date="2025-03-12")
    [attack] = events_of(result, "ASSAULT")
    assert not attack.historical


def test_status_history_clause_set_off_on_an_actor_is_background(code):
    # synthetic: what an actor has done, in a clause set off by a comma, is its record
    text = ("DOHA, July 2 (Reuters) - Qatar, which has mediated between Kabul and Islamabad, said on "
            "Thursday it was ready to host new talks. The European Union, which has imposed sanctions on "
            "Belarus, said it wanted talks.")
    result = code(text, date="2026-07-02")
    [mediation] = events_of(result, "CONSULT")
    [sanctions] = events_of(result, "COERCE")
    assert mediation.historical and sanctions.historical


def test_status_history_restrictive_clause_plan_and_recent_date_stay_news(code):
    # synthetic, must not change: a clause that picks out its noun (no comma), a plan, and an ongoing
    # act with a date of this week are not background
    text = ("NAIROBI, July 2 (Reuters) - Kenya summoned the envoys of four governments that have criticised "
            "its police. Japan, which plans to send a frigate, said the drills were routine. Turkey, which has "
            "shelled Kurdish positions in Syria since Sunday, rejected the criticism.")
    result = code(text, date="2026-07-02")
    [criticism] = [e for e in events_of(result, "ACCUSE") if e.trigger.text == "criticised"]
    [plan] = events_of(result, "MOBILIZE")
    [shelling] = events_of(result, "ASSAULT")
    assert not criticism.historical and not plan.historical and not shelling.historical


def test_status_history_act_weeks_later_than_an_old_date_is_background(code):
    # "weeks later" gives no value, but the act follows background the sentence dates
    text = "Egypt signed a defence pact with Somalia in August 2024 and sent weapons to Mogadishu weeks later."
    sends = [e for e in code(text, date="2026-04-02").events if e.trigger.text.startswith("sent")]
    assert sends and sends[0].historical


def test_status_history_has_since_after_an_old_date_is_background(code):
    text = "Nicaragua expelled the EU ambassador in 2022 and has since refused to accept a replacement."
    refusals = [e for e in code(text, date="2026-10-20").events if e.trigger.text.startswith("refused")]
    assert refusals and refusals[0].historical


def test_status_history_has_since_after_a_recent_date_is_news(code):
    text = "Nicaragua expelled the EU ambassador in August and has since refused to accept a replacement."
    refusals = [e for e in code(text, date="2026-10-20").events if e.trigger.text.startswith("refused")]
    assert refusals and not refusals[0].historical


def test_status_history_background_goes_on_past_a_dated_time_clause(code):
    # "on May 10" is May 10 of the background year, and "was announced" in a time clause is a step of
    # that story, not a voice bringing it back to the news
    text = ("ISLAMABAD, May 11 (Reuters) - Pakistan summoned India's envoy on Monday.\n\n"
            "The two neighbours fought a four-day conflict in May last year. India struck camps in Pakistan, "
            "and Pakistan hit back with drones before a ceasefire was announced on May 10.")
    result = code(text, date="2026-05-11")
    strikes = [e for e in result.events if e.trigger.text.startswith(("struck", "hit"))]
    assert strikes and all(e.historical for e in strikes)


def test_status_history_bare_month_day_takes_the_year_of_its_background(code):
    text = ("The two neighbours fought a four-day conflict in May last year. A ceasefire was agreed on May 10, "
            "and India accused Pakistan on May 12 of breaching it.")
    accusations = events_of(code(text, date="2026-05-20"), "ACCUSE")
    # the year is the point here (the day on the accusation's own verb: a clause with a doer of its own takes
    # no date from the agreeing before it, session 20)
    assert accusations and accusations[0].date.value.startswith("2025-05-1") and accusations[0].historical


def test_status_history_present_perfect_of_long_standing_is_background(code):
    # "has long": the record, not the day's news; the joined clause shares it
    result = code("Caracas has long disputed the maritime boundary and has accused Georgetown of "
                  "selling blocks in contested waters.", date="2026-03-03")
    [accusation] = events_of(result, "ACCUSE")
    assert accusation.historical


def test_status_history_present_perfect_in_the_past_is_background(code):
    result = code("Greece will hold naval drills off Crete next month, exercises Ankara has condemned in the "
                  "past.", date="2026-02-24")
    [condemnation] = events_of(result, "ACCUSE")
    assert condemnation.historical


def test_status_history_present_perfect_repeatedly_stays_news(code):
    # "repeatedly" counts the acts up to now; it does not make them a record
    result = code("The rebels have repeatedly shelled the displacement camps outside the city.", date="2026-03-03")
    [shelling] = events_of(result, "ASSAULT")
    assert not shelling.historical


def test_status_history_act_some_weeks_before_background_is_background(code):
    text = "Rwanda first sent troops into Mozambique in July 2021, weeks after insurgents attacked the town of Palma."
    [attack] = [e for e in code(text, date="2026-05-05").events if e.trigger.text == "attacked"]
    assert attack.date is not None and attack.date.value is None and attack.historical


def test_status_history_act_some_days_before_the_news_stays_news(code):
    # the relative date is from a day of the news (must not apply)
    text = "Rwanda sent troops into Mozambique on Monday, days after insurgents attacked the town of Palma."
    [attack] = [e for e in code(text, date="2026-05-05").events if e.trigger.text == "attacked"]
    assert not attack.historical


# A past act the body tells in the present perfect is background; the lead's present perfect, a negated one and
# a state running into the news are not (eval/wire/README.md, audit of session 27, rule (d)). Synthetic.
BACKGROUND_PERFECT = ("MANILA (Reuters) - The Philippines summoned China's ambassador on Tuesday over a water "
                      "cannon attack on a supply boat near Second Thomas Shoal.\n\n"
                      "The foreign ministry said the boat had been carrying food for the marines.\n\n"
                      "Manila has accused Beijing of similar attacks. China has never apologised for them.")


def test_status_history_present_perfect_of_the_body_is_background(code):
    result = code(BACKGROUND_PERFECT, date="2026-04-08")
    [summons] = [e for e in events_of(result, "ACCUSE") if e.cameo == "114"]
    [accusation] = [e for e in events_of(result, "ACCUSE") if e.cameo.startswith("112")]
    assert accusation.historical and not summons.historical
    # nothing has happened up to now: a negated present perfect is no background act
    assert not any(e.historical for e in events_of(result, "SUPPORT"))


def test_status_history_present_perfect_of_the_lead_is_news(code):
    result = code("MANILA (Reuters) - The Philippines has summoned China's ambassador over a water cannon attack "
                  "on a supply boat, the foreign ministry said on Tuesday.", date="2026-04-08")
    assert events_of(result, "ACCUSE") and not any(e.historical for e in events_of(result, "ACCUSE"))


def test_status_history_verb_joined_to_a_past_perfect_shares_its_background(code):
    # "impounded" shares "had" with "detained"; Feb. 10 is three weeks before the news, not of its week
    text = ("Gabon freed nine Cameroonian traders on Monday. Gabonese gendarmes had detained the traders and "
            "impounded their trucks on Feb. 10.")
    [seizure] = events_with_trigger(code(text, date="2026-03-03"), "impounded")
    assert seizure.historical


def test_status_history_participle_on_a_past_perfect_shares_its_background(code):
    text = ("Morocco reopened its embassy in Tehran on Tuesday. Rabat had cut ties with Iran on Feb. 8, accusing "
            "Tehran of arming the Polisario.")
    [accusation] = events_of(code(text, date="2026-03-03"), "ACCUSE")
    assert accusation.historical


def test_status_history_verb_joined_to_a_past_perfect_of_the_news_week_stays_news(code):
    # the backshift of reported speech: "had detained ... and impounded" on Sunday is the day's news
    text = ("Angola said on Tuesday its naval police had detained 12 Namibian fishermen and impounded their boats "
            "on Sunday.")
    [seizure] = events_with_trigger(code(text, date="2026-03-04"), "impounded")
    assert not seizure.historical


def test_status_history_next_step_of_background_across_a_paragraph_is_background(code):
    text = ("Latvia expelled a Belarusian diplomat on Monday.\n\nRelations between the neighbours have been run by "
            "charges d'affaires since June 2021, when Riga replaced the Belarusian flag at a sports event.\n\n"
            "Minsk then expelled Latvia's ambassador, and Riga responded in kind and closed a border crossing.")
    result = code(text, date="2026-03-03")
    [expulsion] = events_with_trigger(result, "expelled Latvia's ambassador")
    [closure] = events_with_trigger(result, "closed a border crossing")
    assert expulsion.historical and closure.historical


def test_status_history_next_step_of_the_news_stays_news(code):
    text = ("Armenian and Azerbaijani troops clashed near the border late on Monday.\n\n"
            "Azerbaijani forces then shelled an Armenian post on the hill.")
    [shelling] = events_with_trigger(code(text, date="2026-03-03"), "shelled")
    assert not shelling.historical


def test_status_history_actor_record_with_an_old_year_is_background(code):
    # a relative clause set off by a comma on an actor, in the simple past, its year on the object
    text = ("Sudan and South Sudan traded accusations on Tuesday over clashes in Abyei. Kenya, which brokered a 2005 "
            "peace deal between Khartoum and southern rebels, called for calm.")
    [brokering] = events_with_trigger(code(text, date="2026-03-04"), "brokered")
    assert brokering.historical


def test_status_history_actor_record_in_a_past_era_is_background(code):
    text = ("Israeli jets struck a weapons depot near Damascus on Tuesday. Iran, which fought alongside Syrian "
            "government forces during the civil war, condemned the strike.")
    [fighting] = events_with_trigger(code(text, date="2026-03-04"), "fought")
    assert fighting.historical


def test_status_history_actor_record_dated_in_a_clause_inside_it_is_background(code):
    text = ("Afghanistan and Pakistan clashed at the border on Tuesday. Pakistan, which backed the Taliban fighters "
            "who seized Kabul in August 2021, accused them of sheltering militants.")
    [backing] = events_with_trigger(code(text, date="2026-03-04"), "backed")
    assert backing.historical


def test_status_history_actor_clause_of_the_news_week_stays_news(code):
    # the same clause dated this week is the news; one with no date and no era is left as it is
    text = ("Rwanda, which closed its border with Burundi on Monday, said it would reopen it within a week. "
            "Egypt, which hosted the talks between the two sides, said they would meet again.")
    result = code(text, date="2026-03-04")
    [closure] = events_with_trigger(result, "closed its border")
    [hosting] = events_with_trigger(result, "hosted")
    assert not closure.historical and not hosting.historical


def test_status_history_tally_since_then_is_background(code):
    # a count on the object sums up past acts since a past point (HistoryRules._tally_since)
    text = ("Ruritania and Freedonia signed a fishing accord in 2023. Freedonian patrol boats have seized more "
            "than 30 Ruritanian trawlers since then.")
    seizures = [e for e in code(text, date="2026-05-06").events if e.trigger.text.startswith("seized")]
    assert seizures and seizures[0].historical


def test_status_history_tally_of_visits_since_a_clause_is_background(code):
    result = code("Macron has visited Algiers three times since taking office.", date="2026-05-06")
    visits = [e for e in result.events if e.trigger.text.startswith("visited")]
    assert visits and visits[0].historical


def test_status_history_tally_passive_subject_is_background(code):
    text = ("Chad closed its eastern border in 2024. Dozens of Sudanese herders have been arrested by Chadian "
            "gendarmes since then.")
    arrests = [e for e in code(text, date="2026-05-06").events if e.trigger.text.startswith("arrested")]
    assert arrests and arrests[0].historical


def test_status_history_tally_since_a_day_of_the_news_week_stays_news(code):
    result = code("Thai patrol boats have seized more than 40 Cambodian trawlers since Monday, the navy said.",
                  date="2026-05-07")
    seizures = [e for e in result.events if e.trigger.text.startswith("seized")]
    assert seizures and not seizures[0].historical


def test_status_history_casualty_toll_since_a_truce_stays_news(code):
    text = ("An airstrike hit a market in Gaza on Tuesday. At least 200 Palestinians have been killed by Israeli "
            "strikes in the enclave since the truce, health officials say.")
    killings = [e for e in code(text, date="2026-05-06").events
                if e.trigger.text.startswith("killed") and e.trigger.start > text.index("At least")]
    assert killings and not killings[0].historical


def test_status_history_uncounted_act_since_then_stays_news(code):
    text = ("Libya's coast guard seized the trawler in March 2025. Libyan forces have held its crew since then.")
    holdings = [e for e in code(text, date="2026-05-06").events if e.trigger.text.startswith("held")]
    assert all(not e.historical for e in holdings)
