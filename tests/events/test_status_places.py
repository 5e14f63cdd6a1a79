"""Where an act took place (issue 11, status fields): the place of an event noun's object, a country's
territory named by its demonym, the ground of a country force is used on; an addressee is no place.
Sentences written for the tests (synthetic, wire style)."""

from tests.conftest import events_of


def test_status_places_event_noun_subject_gives_the_place(code):
    text = "An Israeli drone strike on a car in south Lebanon killed a Hezbollah commander on Tuesday."
    # one act (the strike that killed), whichever of its mentions shows it
    killing = next(e for e in events_of(code(text), "ASSAULT") if "killed" in {m.trigger.text for m in e.mentions})
    assert killing.location is not None and killing.location.country == "LBN"


def test_status_places_demonym_territory_is_the_country(code):
    [shooting] = events_of(code("Romanian warplanes shot down two Russian drones over Romanian territory."),
                           "ASSAULT")
    assert shooting.location is not None and shooting.location.country == "ROU"


def test_status_places_force_on_a_country_falls_on_its_ground(code):
    [strikes] = events_of(code("Russian forces pounded Ukraine's energy grid with drones and missiles."), "ASSAULT")
    assert strikes.location is not None and strikes.location.country == "UKR"


def test_status_places_possible_strike_has_no_place(code):
    [strike] = events_of(code("Israel could strike Iran within weeks."), "ASSAULT")
    assert strike.modality == "hypothetical" and strike.location is None


def test_status_places_addressee_of_an_appeal_is_no_place(code):
    [appeal] = events_of(code("Moldova appealed to Moscow to restore gas supplies."), "REQUEST")
    assert appeal.location is None


def test_status_places_closing_a_border_is_not_force_on_the_neighbour(code):
    [closure] = events_of(code("Burundi closed its land border with Rwanda."), "COERCE")
    assert closure.location is None


def test_status_places_overnight_is_the_day_of_the_story(code):
    [strikes] = events_of(code("Russian forces pounded Ukraine's energy grid overnight, Kyiv said.",
                               date="2026-02-24"), "ASSAULT")
    assert strikes.date is not None and strikes.date.value == "2026-02-24" and strikes.date.granularity == "day"


def test_status_places_on_after_words_is_a_topic(code):
    [appeal] = events_of(code("Egypt urged Israel to halt its strikes on Gaza."), "REQUEST")
    assert appeal.location is None


def test_status_places_own_territory_named_by_a_possessive(code):
    [deployment] = events_of(code("Mexico deployed 10,000 troops to its northern border."), "MOBILIZE")
    assert deployment.location is not None and deployment.location.country == "MEX"
    [closure] = events_of(code("Warsaw closed the last Russian consulate on its territory."), "SANCTION")
    assert closure.location is not None and closure.location.country == "POL"


def test_status_places_host_has_the_act_on_its_ground(code):
    [talks] = events_of(code("Qatar has hosted talks between Congo and the rebels since last year."), "CONSULT")
    assert talks.location is not None and talks.location.country == "QAT"


def test_status_places_a_named_place_outranks_the_host(code):
    [talks] = events_of(code("Qatar hosted talks between Congo and the rebels in Geneva."), "CONSULT")
    assert talks.location is not None and talks.location.country == "CHE"


def test_status_places_force_on_ones_own_people_happens_at_home(code):
    # no place is named: police, troops or a group using force on actors of their own country act there
    [arrests] = events_of(code("Nigerian police arrested dozens of opposition activists on Tuesday."), "COERCE")
    assert arrests.location is not None and arrests.location.country == "NGA"
    [killing] = events_of(code("Pakistani troops killed five militants on Monday, the army said."), "ASSAULT")
    assert killing.location is not None and killing.location.country == "PAK"


def test_status_places_police_force_without_a_named_target_happens_at_home(code):
    [tear_gas] = events_of(code("Kenyan police fired tear gas at protesters on Tuesday."), "ASSAULT")
    assert tear_gas.location is not None and tear_gas.location.country == "KEN"


def test_status_places_force_across_a_border_does_not_take_the_doers_ground(code):
    # a military with no named target may act abroad; a target of another country is not at home
    [strikes] = events_of(code("Malian troops carried out drone strikes on Sunday."), "ASSAULT")
    assert strikes.location is None
    [expulsion] = events_of(code("Germany expelled four Russian diplomats on Wednesday."), "SANCTION")
    assert expulsion.location is None


def test_status_places_where_clause_takes_the_place_it_hangs_on(code):
    # the signing happened in Georgetown (it came out with no place)
    result = code("Rubio told reporters during a visit to Georgetown last week, where he signed a security "
                  "cooperation memorandum with Ali.", date="2025-03-03")
    [signing] = [e for e in result.events if e.trigger.text.startswith("signed")]
    assert signing.location is not None and signing.location.country == "GUY"
    result = code("Aid convoys reached El Fasher, where the army accused the RSF of shelling a hospital.")
    [accusation] = events_of(result, "ACCUSE")
    assert accusation.location is not None and accusation.location.country == "SDN"


def test_status_places_verb_an_event_noun_is_subject_of_gives_the_place(code):
    # the fighting's place hangs on "spread" (it came out with no place)
    [fighting] = events_of(code("Fighting between M23 rebels and Congolese troops spread to the outskirts of "
                                "Uvira in eastern Congo on Tuesday.", date="2026-03-10"), "ASSAULT")
    assert fighting.location is not None and fighting.location.country == "COD"


def test_status_places_participle_takes_the_place_of_its_clause(code):
    [killing] = [e for e in code("Two shells landed in a market in Goma on Monday, killing at least six "
                                 "civilians.", date="2026-03-10").events if e.trigger.text == "killing"]
    assert killing.location is not None and killing.location.country == "COD"


def test_status_places_trip_goes_where_the_visit_takes_place(code):
    # whom a visit is to is also where it happens: "travel to Vanuatu" is no word said to Vanuatu
    result = code("Australia's foreign minister is due to travel to Vanuatu on Friday.", date="2025-11-20")
    [trip] = [e for e in result.events if e.trigger.text == "travel"]
    assert trip.location is not None and trip.location.country == "VUT"


def test_status_places_purpose_of_a_trip_takes_its_destination(code):
    result = code("She said Mexico's economy minister would travel to Washington on Monday to meet U.S. Trade "
                  "Representative Jamieson Greer.", date="2026-07-02")
    [meeting] = [e for e in result.events if e.trigger.text == "meet"]
    assert meeting.location is not None and meeting.location.country == "USA"


def test_status_places_visited_city_is_the_place(code):
    result = code("Uzbekistan's president met a Taliban delegation that visited Tashkent in August.",
                  date="2025-11-20")
    [visit] = [e for e in result.events if e.trigger.text == "visited"]
    assert visit.location is not None and visit.location.country == "UZB"


def test_status_places_appeal_to_a_capital_is_still_no_place(code):
    result = code("Kenya appealed to Washington to resume aid.", date="2025-11-20")
    [appeal] = events_of(result, "REQUEST")
    assert appeal.location is None


def test_status_places_force_used_on_a_named_city_falls_there(code):
    result = code("Suicide bombers struck central Kampala on Tuesday, killing four people.", date="2021-11-18")
    [strike] = [e for e in result.events if e.trigger.text == "struck"]
    assert strike.location is not None and strike.location.country == "UGA"


def test_status_places_joined_verb_shares_the_place_of_its_clause(code):
    result = code("Diplomats from South Korea and China met in Seoul last month and agreed to keep discussing "
                  "the platforms.", date="2026-06-10")
    [agreement] = [e for e in result.events if e.trigger.text == "agreed"]
    assert agreement.location is not None and agreement.location.country == "KOR"


def test_status_places_doer_who_arrived_somewhere_acts_there(code):
    result = code("Australia's foreign minister, who arrived in Honiara on Wednesday, signed a policing "
                  "agreement with Solomon Islands.", date="2025-11-20")
    [signing] = [e for e in result.events if e.trigger.text.startswith("signed")]
    assert signing.location is not None and signing.location.country == "SLB"


def test_status_places_joined_verb_with_its_own_subject_keeps_its_own_place(code):
    result = code("Russia shelled Kharkiv on Monday and Ukraine appealed to its allies for air defences.",
                  date="2025-11-20")
    appeals = events_of(result, "REQUEST")
    assert appeals and all(appeal.location is None for appeal in appeals)


def test_status_places_place_before_the_speaker_is_where_the_words_were_said(code):
    # synthetic: "In Beijing," says where the spokesman spoke, so his accusation and his appeal were made there
    # (eval/wire/README.md, audit of session 27: the gold gives the word acts of that sentence its country)
    text = ("In Beijing, Chinese foreign ministry spokesman Lin Jian accused Japan of interfering in China's "
            "internal affairs and urged Tokyo to stop sending warships through the Taiwan Strait.")
    result = code(text, date="2026-03-04")
    [accusation] = events_of(result, "ACCUSE")
    [appeal] = events_of(result, "REQUEST")
    assert accusation.location is not None and accusation.location.country == "CHN"
    assert appeal.location is not None and appeal.location.country == "CHN"


def test_status_places_place_before_the_speaker_stays_in_its_sentence(code):
    # synthetic: the place set before a statement is not the place of the next sentence's reply
    text = ("In Moscow, foreign ministry spokeswoman Maria Zakharova accused Kyiv of shelling the "
            "Zaporizhzhia nuclear plant. Ukraine's foreign ministry rejected the accusation.")
    result = code(text, date="2026-03-04")
    [accusation] = events_of(result, "ACCUSE")
    [rejection] = events_of(result, "REJECT")
    assert accusation.location is not None and accusation.location.country == "RUS"
    assert rejection.location is None


def test_status_places_place_before_a_meeting_is_still_its_place(code):
    # synthetic; must not change: people who meet are in the place named before them
    text = "In Seoul, South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi on Tuesday."
    [meeting] = events_of(code(text, date="2026-03-04"), "CONSULT")
    assert meeting.location is not None and meeting.location.country == "KOR"


def test_status_places_place_before_the_doer_of_force_is_its_place(code):
    # synthetic; must not change: force done in a place named first happens there
    text = "In Kharkiv, Russian missiles struck a power plant overnight, regional officials said."
    [strike] = events_of(code(text, date="2026-03-04"), "ASSAULT")
    assert strike.location is not None and strike.location.country == "UKR"


def test_status_places_place_on_the_words_after_the_verb_is_kept(code):
    # synthetic; must not change: "in Brussels" after the verb names where the appeal was made
    # (session 32: written with the place before the addressee; right after it, "urged the European Union in
    # Brussels", the place only says which addressee, as eval/wire/README.md has "the embassy in X": test_places32)
    text = ("Poland's foreign minister urged in Brussels on Monday that the European Union impose new sanctions on "
            "Russia.")
    [appeal] = events_of(code(text, date="2026-03-04"), "REQUEST")
    assert appeal.location is not None and appeal.location.country == "BEL"


def test_status_places_named_region_before_its_place_noun(code):
    # "the X region", "Y's X district": the name sits in the place noun's modifiers
    [detention] = events_of(code("Kyrgyz police detained six Uzbek farmers near a canal in the southern "
                                 "Batken region."), "COERCE")
    assert detention.location is not None and detention.location.country == "KGZ"
    [offensive] = events_of(code("Ugandan troops launched an offensive against ADF rebels in eastern Congo's "
                                 "Ituri province."), "ASSAULT")
    assert offensive.location is not None and offensive.location.country == "COD"


def test_status_places_demonym_on_a_place_noun_names_the_country(code):
    [accord] = events_of(code("Peru and Chile agreed to hold talks next week in the Chilean city of Arica."),
                         "AGREE")
    assert accord.location is not None and accord.location.country == "CHL"


def test_status_places_bare_participle_of_the_acts_clause(code):
    [rejection] = events_of(code("Japan's chief spokesman rejected the protest on Monday, telling a news conference "
                                 "in Tokyo that the islands were Japanese."), "REJECT")
    assert rejection.location is not None and rejection.location.country == "JPN"


def test_status_places_channel_of_words_is_no_place(code):
    [protest] = events_of(code("Tokyo lodged a strong protest with North Korea through its embassy in Beijing."),
                          "ACCUSE")
    assert protest.location is None


def test_status_places_force_on_a_ship_at_sea_is_no_ground(code):
    [attack] = events_of(code("Houthi rebels said they had attacked a Greek-owned tanker in the Red Sea with drones."),
                         "ASSAULT")
    assert attack.location is None


def test_status_places_a_town_of_the_places_file(code):
    # places.tsv: towns and regions below the country
    [attack] = events_of(code("ADF rebels attacked a church in Komanda on Saturday, killing 20 worshippers."),
                         "ASSAULT")
    assert attack.location is not None and attack.location.country == "COD"


def test_status_places_a_later_conjunct_with_no_subject_shares_its_place(code):
    events = events_of(code("Indonesian patrol boats seized two Vietnamese trawlers and detained their crews in the "
                  "Natuna Islands on Monday."))
    seizure = next(e for e in events if "seized" in {m.trigger.text for m in e.mentions})
    assert seizure.location is not None and seizure.location.country == "IDN"


def test_status_places_the_conjunct_shares_a_place_nested_in_an_occasion(code):
    events = events_of(code("The two leaders met at a summit in Kananaskis in June and agreed to restore envoys."))
    accord = next(e for e in events if e.cameo.startswith("03"))
    assert accord.location is not None and accord.location.country == "CAN"


def test_status_places_two_levels_deep(code):
    [clash] = events_of(code("Indian and Chinese troops clashed at a disputed point along the frontier in "
                             "Arunachal Pradesh on Tuesday."), "ASSAULT")
    assert clash.location is not None and clash.location.country == "IND"


def test_status_places_whom_a_later_conjunct_calls_on_is_no_place(code):
    events = events_of(code("The Emirati foreign ministry condemned the seizure and called on Tehran to release "
                            "the crew."))
    condemnation = next(e for e in events if "condemned" in {m.trigger.text for m in e.mentions})
    assert condemnation.location is None


def test_status_places_a_compass_word_and_its_of_phrase(code):
    events = events_of(code("Greek warships shadowed a Turkish survey ship south of the island of Crete on Monday."))
    assert [e.location.country if e.location else None for e in events] == ["GRC"]


def test_status_places_a_meeting_on_an_island_is_there(code):
    events = events_of(code("The two presidents met in May on the island of Jeju and agreed to keep talking."))
    meeting = next(e for e in events if e.cameo.startswith("04"))
    assert meeting.location is not None and meeting.location.country == "KOR"
    [urging] = events_of(code("Egypt urged Israel to halt its strikes on the city of Rafah."), "REQUEST")
    assert urging.location is None


def test_status_places_the_complement_of_a_conjunct_shares_its_place(code):
    events = events_of(code("Diplomats from Seoul and Tokyo met in Busan last week and agreed to keep discussing "
                            "the platforms."), cameo="04")
    talks = next(e for e in events if "discussing" in {m.trigger.text for m in e.mentions})
    assert talks.location is not None and talks.location.country == "KOR"


def test_status_places_occasion_of_a_light_verbs_event_noun(code):
    [talks] = events_of(code("The foreign ministers of India and China held talks on the sidelines of a G20 "
                             "meeting in Rio de Janeiro on Friday."), "CONSULT")
    assert talks.location is not None and talks.location.country == "BRA"


def test_status_places_event_noun_subject_of_a_verb_with_a_complement(code):
    talks = events_of(code("Talks between Armenia and Azerbaijan are expected to resume in Geneva next month."))
    assert any(e.location is not None and e.location.country == "CHE" for e in talks)


def test_status_places_subject_meeting_somewhere_acts_there(code):
    [appeal] = events_of(code("Arab League foreign ministers, meeting in Cairo, urged Israel to halt its "
                              "offensive."), "REQUEST")
    assert appeal.location is not None and appeal.location.country == "EGY"


def test_status_places_troops_sent_to_a_country_given_as_a_dative(code):
    # the parser reads this "to" as a dative, not a preposition
    [sending] = events_of(code("Rwanda sent troops to Mozambique last year."), "MOBILIZE")
    assert sending.location is not None and sending.location.country == "MOZ"


def test_status_places_buyer_of_a_sale_is_no_place(code):
    [sale] = events_of(code("The State Department approved the sale of fighter jets to Poland."), "AID")
    assert sale.location is None
    [supply] = events_of(code("Russia supplied grain to Damascus on Monday."), "COOPERATE")
    assert supply.location is None


def test_status_places_where_coercion_sends_its_object_is_no_place(code):
    [escort] = events_of(code("Iranian naval forces escorted the tanker to the port of Bandar Abbas."), "COERCE")
    assert escort.location is None
    [deportation] = events_of(code("The United States deported 120 Guatemalan migrants to Guatemala City on "
                                   "Friday."), "COERCE")
    assert deportation.location is None


def test_status_places_supplies_delivered_somewhere_went_there(code):
    # "supplies" in the plural are the goods, not a sale to a buyer (the shipped golden article syn-08)
    [delivery] = events_of(code("The World Food Programme delivered food and medical supplies to Geneina on Monday."),
                           "AID")
    assert delivery.location is not None and delivery.location.country == "SDN"


def test_status_places_force_left_open_falls_on_no_ground(code):
    # a threat made of force one will not rule out: the force was used nowhere
    [threat] = events_of(code("The United States has refused to rule out using military force against Denmark."),
                         "THREATEN")
    assert threat.location is None


def test_status_places_opening_place_reaches_words_in_any_clause_of_the_sentence(code):
    # synthetic: "In Rabat," opens the sentence; the protest the spokesman goes on to make hangs on the clause of
    # what he said, not on "said", and is still said there (eval/wire/README.md, audit of session 27, rule (c))
    text = ("MADRID, March 4 (Reuters) - In Rabat, government spokesman Mustapha Baitas said the decision was "
            "unacceptable and accused Madrid of bad faith.")
    [accusation] = [e for e in events_of(code(text, date="2026-03-04"), "ACCUSE") if e.trigger.text == "accused"]
    assert accusation.location is not None and accusation.location.country == "MAR"


def test_status_places_opening_place_not_for_an_act_the_words_tell_in_the_past_perfect(code):
    # synthetic: the earlier appeal the statement tells was not made where the statement was
    text = ("MADRID, March 4 (Reuters) - In Rabat, government spokesman Mustapha Baitas said Algeria had urged "
            "Spain to reconsider.")
    appeals = [e for e in events_of(code(text, date="2026-03-04"), "REQUEST") if "urged" in e.trigger.text]
    assert appeals and all(e.location is None for e in appeals)


def test_status_places_police_use_force_at_home_on_foreigners_too(code):
    # synthetic: police act on their own ground, whoever they detain
    text = ("ATHENS, March 4 (AP) - Greek police detained six Turkish nationals suspected of people smuggling "
            "on Tuesday.")
    [detention] = events_of(code(text, date="2026-03-04"), "COERCE")
    assert detention.location is not None and detention.location.country == "GRC"


def test_status_places_police_at_sea_are_at_no_ground(code):
    # synthetic: police out on a sea are on no country's ground
    text = ("ATHENS, March 4 (AP) - Greek coast guard officers and police detained six Turkish fishermen "
            "in the Aegean Sea on Tuesday.")
    detentions = events_of(code(text, date="2026-03-04"), "COERCE")
    assert detentions and all(e.location is None for e in detentions)


def test_status_places_protest_at_a_foreign_embassy_is_in_the_dateline_country(code):
    # synthetic: the embassy of another country stands on the ground of the country the story is told from
    text = ("ULAANBAATAR, March 4 (Reuters) - Several hundred herders rallied outside the Chinese embassy on "
            "Wednesday.")
    [rally] = events_of(code(text, date="2026-03-04"), "PROTEST")
    assert rally.location is not None and rally.location.country == "MNG"


def test_status_places_foreign_embassy_stormed_is_where_it_stands(code):
    # synthetic: an embassy is one's own post abroad only for its own state; stormed by others, it is where it is
    text = "Protesters stormed the Norwegian embassy in Tehran on Wednesday."
    [storming] = events_of(code(text, date="2026-03-04"), "PROTEST")
    assert storming.location is not None and storming.location.country == "IRN"


def test_status_places_border_guards_act_on_the_line_between_two_states(code):
    # synthetic: guards of a border act on the line between two countries, which is no one's ground
    text = ("BISHKEK, March 4 (AKIpress) - Uzbek border guards detained three Kyrgyz shepherds on Tuesday, "
            "the ministry said.")
    detentions = events_of(code(text, date="2026-03-04"), "COERCE")
    assert detentions and all(e.location is None for e in detentions)
