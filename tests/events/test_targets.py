"""The target side of events (issue 11, item 3): targets in oblique phrases and modifiers, places
and facilities of a country, things that are not actors, and both sides of a mutual act.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, code_tree, codes_of, events_of


# -- targets inside the oblique phrase of an event noun ------------------------------------------
def test_targets_demonym_on_the_noun_of_an_oblique_phrase(code):
    result = code("Damascus said Turkey's attacks on Syrian oil facilities had cut output by half.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "attacks"]
    assert actors_of(event.source) & {"TUR"} and actors_of(event.target) == {"SYR"}


def test_targets_possessor_of_the_noun_of_an_oblique_phrase(code):
    result = code("OTTAWA, June 3 (Reuters) - Canada's new tariffs on Brazil's beef took effect on Monday.")
    [event] = [e for e in result.events if e.trigger.text == "tariffs"]
    assert actors_of(event.source) & {"CAN"} and actors_of(event.target) & {"BRA"}


def test_targets_of_after_a_possessive_doer_is_the_object(code):
    result = code("Kenya condemned Ethiopia's bombardment of Somalia on Friday.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "bombardment"]
    assert actors_of(event.source) == {"ETH"} and actors_of(event.target) == {"SOM"}


def test_targets_of_without_a_doer_stays_no_target(code):
    # "the visit of X": with no doer named before it, "of" is not an object
    result = code("The invasion of Kuwait began in August 1990, the museum says.")
    assert not any(actors_of(e.target) & {"KWT"} and not e.source for e in events_of(result, "ASSAULT"))


def test_targets_of_before_a_by_doer_is_the_object(code):
    # the doer named after "by", behind the "of" phrase: "of" still names whom the act was done to
    result = code("Thailand condemned the detention of six Thai fishermen by the Myanmar navy near Kawthaung.")
    [event] = [e for e in result.events if e.trigger.text == "detention"]
    assert "MMR" in actors_of(event.source) and "THA" in actors_of(event.target)
    assert "MMR" not in actors_of(event.target)


def test_targets_of_a_thing_with_a_demonym_before_a_by_doer(code):
    # a thing of the "of" phrase that a demonym gives a country is that country's
    result = code("Ecuador condemned the seizure of an Ecuadorian tuna boat by the Peruvian navy on Monday.")
    [event] = [e for e in result.events if e.trigger.text == "seizure"]
    assert "ECU" in actors_of(event.target) and "PER" not in actors_of(event.target)


def test_targets_of_anonymous_people_before_a_by_doer_stays_no_target(code):
    # people of no known country in the "of" phrase are no one's
    result = code("Tunisia condemned the expulsion of 40 migrants by Algeria on Monday.")
    assert all(not actors_of(e.target) for e in result.events if e.trigger.text == "expulsion")


# -- mutual acts: both named sides take part --------------------------------------------------------
def test_targets_fighting_between_two_sides_gerund_tagged_as_verb(blank_coder):
    # the small model tags a sentence-initial "Fighting" as a verb (VBG) with no subject of its own
    result = code_tree(blank_coder, """
        Fighting   fight     VERB  VBG nsubj    6 O
        between    between   ADP   IN  prep     0 O
        Sudanese   sudanese  ADJ   JJ  amod     3 B-NORP
        troops     troop     NOUN  NNS pobj     1 O
        and        and       CCONJ CC  cc       3 O
        Chadians   Chadians  PROPN NNPS conj    3 B-NORP
        spread     spread    VERB  VBD ROOT     6 O
        on         on        ADP   IN  prep     6 O
        Monday     Monday    PROPN NNP pobj     7 B-DATE
        .          .         PUNCT .   punct    6 O
    """)
    [event] = events_of(result, "ASSAULT")
    assert event.trigger.text == "Fighting"
    assert codes_of(event.source) >= {"SDNMIL", "TCD"} and not event.target


def test_targets_fighting_between_a_known_and_an_unknown_side(code):
    # the knowledge base does not know "the Wadi Hawa Brigade": it still makes the fighting mutual, so the
    # army is one party, not the target
    result = code("Heavy fighting between the Sudanese army and the Wadi Hawa Brigade erupted near the border "
                  "on Sunday.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "fighting"]
    assert codes_of(event.source) == {"SDNMIL"} and len(event.source) == 2 and not event.target


# -- acts of force on places and things of a country --------------------------------------------
def test_targets_place_in_a_city_names_the_country_hit(code):
    result = code("MOSCOW, June 3 (Reuters) - Russia's defence ministry said its forces had hit "
                  "military facilities in Kharkiv overnight.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) & {"RUS"} and actors_of(event.target) == {"UKR"}
    # the target stands with the phrase naming the thing hit, not with the city
    assert event.target[0].text.startswith("military facilities")


def test_targets_place_of_a_city_after_the_noun(code):
    result = code("Rebels of the M23 movement seized the town of Uvira on Monday, residents said.")
    [event] = [e for e in result.events if e.cameo.startswith("19") or e.cameo.startswith("17")]
    assert actors_of(event.target) == {"COD"}


def test_targets_free_relative_what_it_called(code):
    result = code("India struck what it called militant camps in Pakistan on Wednesday.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) == {"IND"} and actors_of(event.target) == {"PAK"}


def test_targets_own_state_on_own_ground_targets_no_country(code):
    # an army striking on its own soil does not target its own state
    result = code("Sudan's army struck a market in Khartoum on Monday, witnesses said.")
    [event] = events_of(result, "ASSAULT")
    assert "SDN" not in actors_of(event.target)


def test_targets_event_noun_subject_of_a_killing_takes_the_killed(code):
    # the one killed beats the place: the strike's target is the commander, not Lebanon
    result = code("An Israeli drone strike on a car in south Lebanon killed a Hezbollah commander on Tuesday.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "strike"]
    assert actors_of(event.source) & {"ISR"} and {p.actor for p in event.target} == {"hezbollah"}


def test_targets_place_rule_on_a_hand_built_tree(blank_coder):
    result = code_tree(blank_coder, """
        Israeli    israeli   ADJ   JJ  amod     1 B-NORP
        warplanes  warplane  NOUN  NNS nsubj    2 O
        struck     strike    VERB  VBD ROOT     2 O
        the        the       DET   DT  det      4 O
        port       port      NOUN  NN  dobj     2 O
        of         of        ADP   IN  prep     4 O
        Hodeidah   Hodeidah  PROPN NNP pobj     5 B-GPE
        .          .         PUNCT .   punct    2 O
    """)
    [event] = events_of(result, "ASSAULT")
    assert codes_of(event.source) == {"ISRMIL"} and actors_of(event.target) == {"YEM"}


# -- instruments are not targets; the accused does the act --------------------------------------
def test_targets_instrument_of_an_aimed_act_is_no_target(code):
    result = code("Ukraine condemned Turkey's navy for firing flares at Ukrainian trawlers.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text.startswith("fir")]
    assert codes_of(event.source) == {"TURMIL"}
    assert actors_of(event.target) == {"UKR"} and not any("flares" in p.text for p in event.target)


def test_targets_accused_of_doing_is_the_doer(code):
    # (cooperation alleged in an accusation, "of arming the RSF", is no act: events/nonevents.py)
    result = code("Sudan accused Chad on Monday of shelling border towns.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) == {"TCD"}


# -- a frame verb whose to-infinitive the parser hangs on as an adverbial clause --------------------
def test_targets_threat_with_to_infinitive_parsed_as_advcl(blank_coder):
    result = code_tree(blank_coder, """
        Washington  Washington  PROPN NNP nsubj  1 B-GPE
        threatened  threaten    VERB  VBD ROOT   1 O
        in          in          ADP   IN  prep   1 O
        January     January     PROPN NNP pobj   2 B-DATE
        to          to          PART  TO  aux    5 O
        withhold    withhold    VERB  VB  advcl  1 O
        aid         aid         NOUN  NN  dobj   5 O
        to          to          ADP   IN  prep   5 O
        the         the         DET   DT  det    10 O
        Lebanese    lebanese    ADJ   JJ  amod   10 B-NORP
        army        army        NOUN  NN  pobj   7 O
        .           .           PUNCT .   punct  1 O
    """)
    # one event, the threat, aimed at the Lebanese army (no separate aid cut)
    [event] = result.events
    assert event.plover == "THREATEN" and codes_of(event.target) == {"LBNMIL"}


# -- the one whose conduct a that-clause reports ----------------------------------------------------
def test_targets_rejection_of_a_that_clause_targets_its_subject(code):
    result = code("“We will not accept that Russia brings its war to German soil,” the German foreign minister "
                  "told reporters in Berlin.")
    [event] = events_of(result, "REJECT")
    assert actors_of(event.target) == {"RUS"}


def test_targets_welcome_of_a_that_clause_targets_its_subject(code):
    result = code("Japan welcomed on Friday that China had lifted the ban on its seafood.")
    [event] = events_of(result, "SUPPORT")
    assert actors_of(event.source) == {"JPN"} and actors_of(event.target) == {"CHN"}


def test_targets_demonym_deep_in_a_chain_of_modifiers(code):
    result = code("Debris fell in Moldova during a Russian attack on the Ukrainian Danube port of Reni, "
                  "officials said.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "attack"]
    assert actors_of(event.source) == {"RUS"} and actors_of(event.target) == {"UKR"}


def test_targets_places_naming_the_sites_hit(code):
    result = code("Israel struck the Natanz and Isfahan sites in June, the agency said.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) == {"ISR"} and actors_of(event.target) == {"IRN"}


# -- oblique targets of sanctions and embargoes ------------------------------------------------------
def test_targets_participle_after_the_act_names_the_target(code):
    result = code("WASHINGTON, May 4 (Reuters) - The United States announced new tariffs targeting Chinese "
                  "electric vehicles on Tuesday.")
    [event] = [e for e in events_of(result, "COERCE") if "tariffs" in e.trigger.text]
    assert actors_of(event.source) & {"USA"} and actors_of(event.target) == {"CHN"}


def test_targets_measures_aimed_at(code):
    result = code("The European Union imposed sanctions aimed at Russian banks on Monday.")
    [event] = [e for e in result.events if e.cameo.startswith("16")]
    assert actors_of(event.target) == {"RUS"}


def test_targets_halted_purchases_from(code):
    result = code("China halted purchases of soybeans from the United States on Monday, traders said.")
    [event] = [e for e in result.events if e.cameo == "163"]
    assert actors_of(event.source) == {"CHN"} and actors_of(event.target) == {"USA"}


def test_targets_named_ground_beats_the_articles_country_for_people(code):
    # the article is about Russia, so the resolver gives "people" Russia's civilians; the ground the
    # text names (a district of Kharkiv) says whose people they were
    result = code("MOSCOW, June 3 (Reuters) - Russia said on Tuesday it would press on. Russian officials said "
                  "Russia would not stop. At least five people were killed in a Russian air strike on a "
                  "residential district of Kharkiv overnight, officials said.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "killed"]
    assert actors_of(event.source) == {"RUS"} and actors_of(event.target) == {"UKR"}


def test_targets_owner_of_a_ship_hit(code):
    result = code("Iran seized a British-flagged tanker in the Gulf on Friday, the navy said.")
    [event] = [e for e in result.events if e.cameo.startswith("17")]
    assert actors_of(event.source) == {"IRN"} and actors_of(event.target) == {"GBR"}


def test_targets_embargo_on_goods_of_a_country(code):
    result = code("BEIJING, Aug 24 (Reuters) - China banned imports of Japanese seafood on Thursday.")
    [event] = [e for e in result.events if e.cameo.startswith("16")]
    assert actors_of(event.source) & {"CHN"} and actors_of(event.target) == {"JPN"}


# -- victims named by a common noun: the country of the place the act's own clause names -----------
def test_targets_victims_take_the_country_of_a_place_in_the_acts_clause(code):
    result = code("Russian drones struck sleeping families during a wave of attacks on Kharkiv overnight, "
                  "officials said.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "struck"]
    assert actors_of(event.source) & {"RUS"} and actors_of(event.target) == {"UKR"}


def test_targets_victims_with_no_place_in_the_clause_get_no_country(code):
    # the place is where the officials spoke, not where the shells fell
    result = code("Russian forces shelled homes and a school overnight, regional officials in Kharkiv said.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "shelled"]
    assert actors_of(event.source) & {"RUS"} and not actors_of(event.target)


def test_targets_place_inside_a_reported_clause_is_not_the_acts_place(code):
    result = code("The Houthis began attacking ships in November in what they said was solidarity "
                  "with Palestine.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "attacking"]
    assert not actors_of(event.target)


# -- whom an appeal is made to, in the frame verb's own preposition --------------------------------
def test_targets_called_on_names_the_one_asked(code):
    result = code("BERLIN, June 3 (Reuters) - Germany called on the European Union to impose sanctions "
                  "on Iran, the foreign ministry said.")
    [event] = [e for e in result.events if e.cameo.startswith("02")]
    assert actors_of(event.source) & {"DEU"} and actors_of(event.target) == {"eu"}
    assert not actors_of(event.target) & {"IRN"}


def test_targets_called_on_after_an_accusation(code):
    result = code("A rebel spokesman accused the junta of abuses and called on the United Nations "
                  "to investigate.")
    [event] = [e for e in result.events if "called" in e.trigger.text]
    assert actors_of(event.target) == {"un"}


# -- a dative the parser makes of "to" ---------------------------------------------------------------
def test_targets_granted_asylum_to_takes_the_object_of_to(code):
    # the parser hangs "to" on "granted" as a dative: whom the asylum went to is its object
    result = code("MEXICO CITY, June 3 (Reuters) - Mexico granted asylum to a former Peruvian minister "
                  "on Monday, the foreign ministry said.")
    [event] = [e for e in result.events if e.cameo.startswith("0") and "granted" in e.trigger.text]
    assert actors_of(event.source) & {"MEX"} and {p.country for p in event.target} == {"PER"}


# -- a coordinated verb that names no one shares its conjunct's target (issue 11, targets in the act's sentence)
def test_targets_conjunct_shares_the_target_of_the_verb_before(code):
    result = code("ATHENS, May 3 (Reuters) - Greece lodged a formal protest with Turkey on Monday and sent three "
                  "frigates to the area, the defence ministry said.")
    [event] = [e for e in result.events if e.trigger.text.startswith("sent")]
    assert actors_of(event.source) == {"GRC"} and actors_of(event.target) == {"TUR"}


def test_targets_conjunct_about_another_act_waits_for_that_acts_doer(code):
    # "condemned the attack": aimed at whoever attacked, not at the African Union urged next
    result = code("Somalia condemned the attack and urged the African Union to send more troops.")
    [event] = [e for e in result.events if e.trigger.text == "condemned"]
    assert not actors_of(event.target) & {"IGOAFRAFU", "african-union"}


def test_targets_conjunct_with_nothing_it_is_aimed_at_names_no_one(code):
    # "would not disarm" is done to no one: Israel is whom the first verb names, not the second
    result = code("The militia said it would not give Israel a pretext for war but would not disarm.")
    [event] = [e for e in result.events if e.trigger.text == "disarm"]
    assert "ISR" not in actors_of(event.target)


def test_targets_conjunct_never_shares_the_doers_own_side(code):
    result = code("President William Ruto withdrew the bill and dissolved his cabinet.")
    [event] = [e for e in result.events if e.trigger.text.startswith("withdrew")]
    assert not event.target


def test_targets_conjunct_shares_no_actor_deep_in_a_phrase(code):
    # "linked the move to the disbanding of Sudanese militias": the militias are not whom the factions agreed
    result = code("The Karavan Brotherhood has agreed to hand over its weapons in the south, but linked the move to "
                  "the disbanding of Sudanese militias.")
    [event] = [e for e in result.events if e.trigger.text.startswith("agreed")]
    assert not actors_of(event.target)


# -- a demand or appeal whose content is a clause is made of that clause's subject ------------------------
def test_targets_demand_that_a_country_act_is_made_of_that_country(code):
    result = code("TAIPEI, May 12 (Reuters) - Taiwan demanded on Tuesday that China release a Taiwanese fishing "
                  "boat and its crew.")
    [event] = [e for e in result.events if e.trigger.text.startswith("demanded")]
    assert actors_of(event.source) == {"TWN"} and actors_of(event.target) == {"CHN"}


def test_targets_demand_that_ones_own_side_act_names_no_target(code):
    result = code("Kenya demanded that its own police release the protesters.")
    [event] = [e for e in result.events if e.trigger.text.startswith("demanded")]
    assert "KEN" not in actors_of(event.target)


# -- the parties to a mediation a participle names ----------------------------------------------------
def test_targets_mediation_participle_is_between_the_clauses_doers(code):
    result = code("India and Pakistan agreed a ceasefire on Sunday in talks mediated by Qatar and Turkey.")
    [event] = [e for e in result.events if e.trigger.text == "mediated"]
    assert actors_of(event.source) == {"QAT", "TUR"} and actors_of(event.target) == {"IND", "PAK"}


def test_targets_mediation_participle_names_no_party_for_who_comments_or_rejects(code):
    for text in ("Kenya welcomed the truce brokered by Qatar on Monday.",
                 "Ethiopia rejected the deal brokered by the African Union, officials said."):
        result = code(text)
        [event] = [e for e in result.events if e.trigger.text == "brokered"]
        assert not actors_of(event.target) & {"KEN", "ETH"}, text


def test_targets_mediation_after_a_means_preposition_is_between_the_clauses_doers(code):
    for text in ("Armenia and Azerbaijan signed a border protocol in Doha on Tuesday under Qatari mediation.",
                 "Sudan and Chad agreed on Wednesday to resume talks on oil transit fees via Egyptian mediation."):
        result = code(text)
        [event] = [e for e in result.events if e.trigger.text == "mediation"]
        parties = {"ARM", "AZE"} if "Armenia" in text else {"SDN", "TCD"}
        assert actors_of(event.target) == parties and actors_of(event.source) != parties, text


def test_targets_mediation_after_a_means_preposition_is_no_frames_complement(code):
    # "agreed — through Kenyan mediation — to stop ...": the mediation is how the agreement came about, not an
    # agreement to mediate (039) with the mediator as its target
    result = code("Ethiopia and Eritrea agreed on Monday — through Kenyan mediation — to stop attacking each other.")
    [agreed] = [e for e in result.events if e.trigger.text.startswith("agreed")]
    assert agreed.cameo != "039" and not actors_of(agreed.target) & {"KEN"}
    [mediation] = [e for e in result.events if e.trigger.text == "mediation"]
    assert actors_of(mediation.source) == {"KEN"} and actors_of(mediation.target) == {"ETH", "ERI"}


def test_targets_mediation_a_frame_verb_takes_as_object_stays_its_complement(code):
    result = code("Somalia requested Turkish mediation in its dispute with Ethiopia on Monday.")
    assert [e.trigger.text for e in result.events] == ["requested Turkish mediation"]


# -- a rejection or criticism of a thing a demonym names is aimed at that country --------------------------
def test_targets_rejected_thing_of_another_country(code):
    result = code("Ethiopia's foreign ministry dismissed the Egyptian letter as an attempt to internationalise "
                  "the dispute.")
    [event] = [e for e in result.events if e.trigger.text == "dismissed"]
    assert actors_of(event.target) == {"EGY"} and event.target[0].text == "the Egyptian letter"


def test_targets_rejected_thing_of_the_doers_own_country_names_no_target(code):
    result = code("Ethiopia's foreign ministry dismissed the Ethiopian letter as a forgery.")
    [event] = [e for e in result.events if e.trigger.text == "dismissed"]
    assert not actors_of(event.target)


# -- the country before an owner participle on the thing aimed at (issue 11) -------------------------------
def test_targets_owner_participle_inside_the_oblique_of_an_act_noun(code):
    result = code("SANAA, May 6 (Reuters) - Yemen's Houthis widened their ban on Israel-linked shipping on Tuesday.")
    [event] = [e for e in result.events if "ban" in e.trigger.text]
    assert actors_of(event.target) == {"ISR"}


def test_targets_backing_participle_is_no_owner(code):
    # "Iran-backed militias": Iran backs them, it does not own them; the sanctions are not on Iran
    result = code("Washington imposed sanctions on Iran-backed militias in Iraq on Friday.")
    [event] = [e for e in result.events if "sanctions" in e.trigger.text]
    assert "IRN" not in actors_of(event.target)


# -- a thing aimed at goes to a party its own phrase names (issue 11) --------------------------------------
def test_targets_thing_object_given_to_a_party(code):
    result = code("The rebel group pledged allegiance to Islamic State in 2019, officials said.")
    [event] = [e for e in result.events if e.trigger.text.startswith("pledged")]
    assert {p.code for p in event.target if p.code} == {"IMGREBISI"}


def test_targets_thing_inside_an_oblique_going_to_a_party(code):
    result = code("SEOUL, July 4 (Reuters) - Japan tightened controls on exports of industrial chemicals to South "
                  "Korea on Thursday.")
    [event] = [e for e in result.events if e.trigger.text.startswith("tightened")]
    assert actors_of(event.target) == {"KOR"}


def test_targets_own_envoy_to_a_country_is_no_thing_aimed_at_it(code):
    # "its ambassador to Uganda" is the doer's own envoy, an actor of its own: Uganda is not the target
    result = code("Kenya dismissed its ambassador to Uganda on Monday.")
    assert not any("UGA" in actors_of(e.target) for e in result.events)


def test_targets_thing_as_subject_names_no_doer(code):
    # only a thing an act is aimed at goes to someone: "exports to China" as a subject is no doer
    result = code("Exports to China fell sharply in May, the trade ministry said.")
    assert not any("CHN" in actors_of(e.source) for e in result.events)


# -- acts left without a target: the one the text names elsewhere in the clause (session 15) --------------
def test_targets_demand_with_an_uncoded_clause_is_made_of_its_subject(code):
    # "halt" has no code of its own: the demand keeps its code, and the one asked to act is its target
    result = code("LUSAKA, May 4 (Reuters) - Zambia summoned Malawi's envoy and demanded that Lilongwe halt the "
                  "deportations.")
    [event] = [e for e in events_of(result, "REQUEST") if e.trigger.text.startswith("demanded")]
    assert actors_of(event.source) == {"ZMB"} and "MWI" in actors_of(event.target)


def test_targets_demand_with_a_clause_of_the_speakers_own_side_names_no_target(code):
    result = code("Zambia demanded that its own customs officers halt the inspections.")
    assert not any("ZMB" in actors_of(e.target) for e in events_of(result, "REQUEST"))


def test_targets_relative_clause_is_done_to_the_noun_it_describes(code):
    result = code("Washington imposed sanctions on three Zambian businessmen it accused of smuggling copper.")
    [event] = events_of(result, "ACCUSE")
    assert "ZMB" in actors_of(event.target)


def test_targets_relative_clause_with_an_object_of_its_own_is_not_done_to_its_noun(code):
    result = code("Kenya recalled its envoy from the Ugandan town where rebels attacked a convoy on Monday.")
    assert not any("UGA" in actors_of(e.target) for e in events_of(result, "ASSAULT"))


def test_targets_relative_clause_not_done_to_the_doers_own(code):
    result = code("The Kenyan troops Nairobi deployed to Somalia in 2011 will leave next year.")
    assert not any("KEN" in actors_of(e.target) for e in result.events if e.trigger.text.startswith("deployed"))


def test_targets_addressee_named_inside_the_object_of_a_request(code):
    result = code("Latvia asked its NATO allies for emergency consultations on Friday.")
    [event] = events_of(result, "REQUEST")
    assert "IGOWSTNAT" in {p.code for p in event.target}


def test_targets_addressee_named_by_its_relation_is_not_its_owner(code):
    result = code("Poland urged Kyiv's partners to send more air defence systems.")
    assert not any("UKR" in actors_of(e.target) for e in events_of(result, "REQUEST"))


def test_targets_aid_participle_goes_to_the_parties_of_the_clause_that_holds_the_thing(code):
    result = code("African Union leaders agreed last year to a regional policing programme, largely funded by "
                  "Canada.")
    [event] = [e for e in events_of(result, "AID") if e.trigger.text == "funded"]
    assert "CAN" in actors_of(event.source) and "IGOAFRAFU" in {p.code for p in event.target}


def test_targets_aid_participle_held_by_a_criticism_goes_to_no_critic(code):
    result = code("Kenya criticised a dam project on the Omo river funded by China.")
    assert not any("KEN" in actors_of(e.target) for e in events_of(result, "AID"))


def test_targets_visit_goes_to_the_country_of_the_place_its_pattern_names(code):
    result = code("The U.S. envoy arrived in Caracas on Monday.", date="2026-05-04")
    [event] = events_of(result, "CONSULT")
    assert "USA" in actors_of(event.source) and "VEN" in actors_of(event.target)


def test_targets_visit_home_names_no_target(code):
    result = code("The Venezuelan foreign minister arrived in Caracas on Monday.", date="2026-05-04")
    assert not any(e.target for e in events_of(result, "CONSULT"))


# -- a rejection cast at a body: the body ---------------------------------------------------------------
def test_targets_block_at_the_security_council_is_against_the_council(blank_coder):
    result = code_tree(blank_coder, """
        China      China      PROPN NNP nsubj    2 B-GPE
        has        have       AUX   VBZ aux      2 O
        blocked    block      VERB  VBN ROOT     2 O
        new        new        ADJ   JJ  amod     4 O
        sanctions  sanction   NOUN  NNS dobj     2 O
        at         at         ADP   IN  prep     2 O
        the        the        DET   DT  det      9 O
        U.N.       U.N.       PROPN NNP compound 9 B-ORG
        Security   Security   PROPN NNP compound 9 I-ORG
        Council    Council    PROPN NNP pobj     5 I-ORG
        .          .          PUNCT .   punct    2 O
    """)
    [event] = events_of(result, "REJECT")
    assert actors_of(event.source) == {"CHN"} and codes_of(event.target) == {"IGOUNOSEC"}


def test_targets_veto_at_a_council_hung_on_the_object_is_against_the_council(blank_coder):
    # the parser hangs "at the council" on the draft's topic: still where the veto was cast
    result = code_tree(blank_coder, """
        Russia     Russia     PROPN NNP nsubj    1 B-GPE
        vetoed     veto       VERB  VBD ROOT     1 O
        a          a          DET   DT  det      4 O
        draft      draft      NOUN  NN  compound 4 O
        resolution resolution NOUN  NN  dobj     1 O
        on         on         ADP   IN  prep     4 O
        the        the        DET   DT  det      7 O
        truce      truce      NOUN  NN  pobj     5 O
        at         at         ADP   IN  prep     7 O
        the        the        DET   DT  det      12 O
        U.N.       U.N.       PROPN NNP compound 12 B-ORG
        Security   Security   PROPN NNP compound 12 I-ORG
        Council    Council    PROPN NNP pobj     8 I-ORG
        .          .          PUNCT .   punct    1 O
    """)
    [event] = events_of(result, "REJECT")
    assert actors_of(event.source) == {"RUS"} and codes_of(event.target) == {"IGOUNOSEC"}


def test_targets_rejection_in_a_capital_names_no_forum(blank_coder):
    # a place, or a country's own organ, is no body a rejection is cast against
    result = code_tree(blank_coder, """
        France     France     PROPN NNP nsubj    1 B-GPE
        rejected   reject     VERB  VBD ROOT     1 O
        the        the        DET   DT  det      3 O
        proposal   proposal   NOUN  NN  dobj     1 O
        at         at         ADP   IN  prep     1 O
        talks      talk       NOUN  NNS pobj     4 O
        in         in         ADP   IN  prep     5 O
        Geneva     Geneva     PROPN NNP pobj     6 B-GPE
        .          .          PUNCT .   punct    1 O
    """)
    [event] = events_of(result, "REJECT")
    assert actors_of(event.source) == {"FRA"} and not event.target


# -- a refusal of a thing whose relative clause names the party: that party ------------------------------
def test_targets_refusal_of_a_meeting_where_another_party_sits_is_against_that_party(blank_coder):
    result = code_tree(blank_coder, """
        Ethiopia   Ethiopia   PROPN NNP nsubj    1 B-GPE
        refused    refuse     VERB  VBD ROOT     1 O
        to         to         PART  TO  aux      3 O
        attend     attend     VERB  VB  xcomp    1 O
        any        any        DET   DT  det      5 O
        meeting    meeting    NOUN  NN  dobj     3 O
        at         at         ADP   IN  prep     9 O
        which      which      PRON  WDT pobj     6 O
        Egypt      Egypt      PROPN NNP nsubj    9 B-GPE
        is         be         AUX   VBZ relcl    5 O
        present    present    ADJ   JJ  acomp    9 O
        .          .          PUNCT .   punct    1 O
    """)
    [event] = events_of(result, "REJECT")
    assert actors_of(event.source) == {"ETH"} and actors_of(event.target) == {"EGY"}


def test_targets_refusal_of_a_plan_naming_the_refuser_alone_has_no_target(blank_coder):
    # the clause on the plan names only the refuser's own side: no one else is aimed at
    result = code_tree(blank_coder, """
        Ethiopia   Ethiopia   PROPN NNP nsubj    1 B-GPE
        rejected   reject     VERB  VBD ROOT     1 O
        any        any        DET   DT  det      3 O
        plan       plan       NOUN  NN  dobj     1 O
        that       that       PRON  WDT nsubj    5 O
        limits     limit      VERB  VBZ relcl    3 O
        Ethiopian  ethiopian  ADJ   JJ  amod     7 B-NORP
        dams       dam        NOUN  NNS dobj     5 O
        .          .          PUNCT .   punct    1 O
    """)
    [event] = [e for e in events_of(result, "REJECT") if e.trigger.text.startswith("rejected")]
    assert actors_of(event.source) == {"ETH"} and not actors_of(event.target)
