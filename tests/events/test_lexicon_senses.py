"""Word senses and event types in the verb lexicon (issue 11: events of a wrong type).

All sentences here are synthetic, written in agency style for the tests; none comes from a
development set or from a real article."""

from tests.conftest import code_tree, events_of


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_lexicon_warning_someone_is_a_threat(code):
    told = code("Ankara warned Athens on Tuesday against deploying troops on the islands.", date="2025-03-04")
    assert "130" in _codes(told), _codes(told)
    plea = code("The United Nations warned on Tuesday against any escalation in the region.", date="2025-03-04")
    assert "130" not in _codes(plea), _codes(plea)


def test_lexicon_meet_a_deadline_is_no_meeting(code):
    result = code("Serbia met the deadline set by the European Union on Friday.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("04")], _codes(result)
    meeting = code("Serbia's president met the European Union envoy in Belgrade on Friday.", date="2025-03-04")
    assert [c for c in _codes(meeting) if c.startswith("04")], _codes(meeting)


def test_lexicon_accept_a_truce_is_an_agreement(code):
    result = code("Armenia accepted a 30-day truce proposed by Russia on Tuesday.", date="2025-03-04")
    assert "0356" in _codes(result), _codes(result)
    assert "0871" not in _codes(result), _codes(result)


def test_lexicon_holding_a_referendum_is_no_concession(code):
    result = code("Moldova held a referendum on Sunday on joining the European Union.", date="2025-03-04")
    assert "0834" not in _codes(result), _codes(result)


def test_lexicon_supply_someone_with_weapons_is_military_aid(code):
    result = code("Iran supplied the rebels with drones and missiles, the minister said on Tuesday.",
                  date="2025-03-04")
    assert "072" in _codes(result), _codes(result)
    assert "061" not in _codes(result), _codes(result)


def test_lexicon_commitment_to_consult_is_an_intention(code):
    result = code("Under the 2010 accord, Chile and Peru committed to consult each other on matters of "
                  "maritime security.", date="2025-03-04")
    assert "036" in _codes(result), _codes(result)
    assert "040" not in _codes(result), _codes(result)


def test_lexicon_flying_people_somewhere_is_no_visit(code):
    result = code("Mexico granted asylum to the former minister and flew him to Mexico City on Sunday.",
                  date="2025-03-04")
    assert "042" not in _codes(result), _codes(result)
    visit = code("The French foreign minister flew to Kyiv on Tuesday.", date="2025-03-04")
    assert "042" in _codes(visit), _codes(visit)


def test_lexicon_blocking_sanctions_is_a_veto(code):
    result = code("Russia blocked new sanctions against Iran at the Security Council on Tuesday.",
                  date="2025-03-04")
    assert "129" in _codes(result), _codes(result)
    package = code("Hungary blocked the European Union's latest sanctions package on Monday.", date="2025-03-04")
    assert "129" in _codes(package), _codes(package)
    assert "144" not in _codes(result) + _codes(package)


def test_lexicon_blocking_a_vessel_restricts_movement(code):
    result = code("A Chinese coast guard ship blocked a Philippine research vessel near the shoal on Tuesday.",
                  date="2025-03-04")
    assert "191" in _codes(result), _codes(result)
    assert "144" not in _codes(result), _codes(result)
    road = code("Kenyan farmers blocked roads into the capital on Monday, police said.", date="2025-03-04")
    assert "144" in _codes(road), _codes(road)  # obstructing a road is still dissent


def test_lexicon_supplying_shells_and_troops_is_military_aid(code):
    result = code("North Korea has supplied Russia with artillery shells and troops, Western officials say.",
                  date="2025-03-04")
    assert "072" in _codes(result), _codes(result)
    assert "061" not in _codes(result), _codes(result)


def test_lexicon_object_head_beats_its_modifier(code):
    # "a supply vessel" is a vessel: blocking it restricts movement (191), it blocks no aid (1245)
    result = code("A Chinese coast guard ship blocked a Philippine supply vessel near the shoal on Tuesday.",
                  date="2025-03-04")
    assert "191" in _codes(result), _codes(result)
    assert "1245" not in _codes(result), _codes(result)
    # (the army named: a refusal by a doer no one knows, of nothing anyone owns, is no event, acts.no_actor)
    aid = code("South Sudan's army blocked aid convoys to the besieged city on Monday, the United Nations said.",
               date="2025-03-04")
    assert "1245" in _codes(aid), _codes(aid)


def test_lexicon_escorting_a_vessel_to_port_is_coercion(code):
    result = code("A Norwegian coast guard vessel escorted the Russian trawler to the port of Tromso on "
                  "Thursday, police said.", date="2025-03-04")
    assert "170" in _codes(result), _codes(result)
    assert "074" not in _codes(result), _codes(result)
    guard = code("French warships escorted commercial ships through the Red Sea on Monday.", date="2025-03-04")
    assert "074" in _codes(guard), _codes(guard)  # a protective escort stays military protection


def test_lexicon_test_fired_missile_is_a_weapons_test(code):
    result = code("Russia test-fired a new intercontinental ballistic missile on Friday, the defence "
                  "ministry said.", date="2025-03-04")
    assert "150" in _codes(result), _codes(result)
    assert not [c for c in _codes(result) if c.startswith("19")], _codes(result)
    strike = code("Russia fired a missile at Kyiv on Friday, Ukrainian officials said.", date="2025-03-04")
    assert "190" in _codes(strike), _codes(strike)  # firing at a place is still force


def test_lexicon_suspending_visas_is_an_administrative_sanction(code):
    result = code("India suspended visas for Canadian citizens on Thursday, the foreign ministry said.",
                  date="2025-03-04")
    assert "172" in _codes(result), _codes(result)


def test_lexicon_missiles_fired_into_the_sea_are_a_show_of_force(code):
    result = code("North Korea fired two short-range ballistic missiles into the sea off its east coast on "
                  "Thursday, Japan's defence ministry said.", date="2025-03-06")
    assert "150" in _codes(result), _codes(result)
    assert not [c for c in _codes(result) if c.startswith("19")], _codes(result)
    strike = code("Russia fired two missiles into the Kharkiv region on Thursday, Ukrainian officials said.",
                  date="2025-03-06")
    assert "150" not in _codes(strike), _codes(strike)  # fired into a country's ground: still force


def test_lexicon_standing_by_without_anyone_is_no_support(code):
    idle = code("Police stood by as several hundred people marched to the embassy on Monday.", date="2025-03-04")
    assert "051" not in _codes(idle), _codes(idle)
    ally = code("Hungary stood by Serbia on Monday, the foreign minister said.", date="2025-03-04")
    assert "051" in _codes(ally), _codes(ally)


def test_lexicon_meeting_a_standard_is_no_meeting(code):
    result = code("Half of Serbia's steel exports do not meet the bloc's new standards, the European Commission "
                  "said on Tuesday.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("04")], _codes(result)


def test_lexicon_named_object_beats_any_object(code):
    result = code("Iran provided weapons to the Houthis, the U.S. State Department said on Tuesday.",
                  date="2025-03-04")
    assert "072" in _codes(result), _codes(result)
    assert "070" not in _codes(result), _codes(result)


def test_lexicon_attacking_a_decision_is_criticism(code):
    result = code("Poland's prime minister on Tuesday attacked the European Commission's decision to suspend the "
                  "funds.", date="2025-03-04")
    assert events_of(result, "ACCUSE"), _codes(result)
    assert not events_of(result, "ASSAULT"), _codes(result)
    raid = code("Gunmen attacked a police post in northern Burkina Faso on Tuesday, the army said.",
                date="2025-03-04")
    assert events_of(raid, "ASSAULT"), _codes(raid)


def test_lexicon_destroying_or_killing_a_deal_is_no_force(code):
    result = code("Iran accused Washington on Tuesday of destroying the nuclear deal, and a senior lawmaker said "
                  "the new sanctions had killed the agreement.", date="2025-03-04")
    assert events_of(result, "ACCUSE"), _codes(result)
    assert not [c for c in _codes(result) if c[:2] in ("17", "18", "19", "20")], _codes(result)


def test_lexicon_warning_what_a_situation_may_bring_is_no_threat(code):
    result = code("The U.N. refugee agency warned on Tuesday that the fighting around Goma could lead to a new "
                  "wave of displacement.", date="2025-03-04")
    assert not events_of(result, "THREATEN"), _codes(result)
    threat = code("Iran's foreign minister warned on Tuesday that Tehran would respond to any attack on its "
                  "nuclear sites.", date="2025-03-04")
    assert events_of(threat, "THREATEN"), _codes(threat)


def test_lexicon_commercial_offer_is_no_intent_to_cooperate(code):
    result = code("Several Indian airlines offered free refunds on flights to the Maldives on Tuesday after the "
                  "diplomatic row.", date="2025-03-04")
    assert not events_of(result, "AGREE"), _codes(result)
    plan = code("Qatar offered on Tuesday to host talks between Kabul and Islamabad, the foreign ministry said.",
                date="2025-03-04")
    assert events_of(plan, "AGREE"), _codes(plan)


def test_lexicon_expelling_a_ship_or_prisoners_is_coercion(code):
    ship = code("The Greek coast guard expelled a Turkish fishing boat from its waters on Tuesday.", date="2025-03-04")
    assert "170" in _codes(ship), _codes(ship)
    assert not [c for c in _codes(ship) if c.startswith("16")], _codes(ship)
    prisoners = code("Nicaragua expelled 135 political prisoners to Guatemala on Thursday.", date="2025-03-04")
    assert "174" in _codes(prisoners), _codes(prisoners)
    diplomats = code("Poland expelled two Belarusian diplomats on Monday.", date="2025-03-04")
    assert "161" in _codes(diplomats), _codes(diplomats)


def test_lexicon_state_forces_blocking_the_way_restrict_movement(code):
    police = code("Police barricaded the roads leading to the presidential palace on Monday.", date="2025-03-04")
    assert "191" in _codes(police), _codes(police)
    assert "144" not in _codes(police), _codes(police)
    crowd = code("Kenyan protesters barricaded the main road into the capital on Monday.", date="2025-03-04")
    assert "144" in _codes(crowd), _codes(crowd)
    ship = code("A Chinese coast guard ship blocked its path near the shoal on Tuesday, the Philippine coast "
                "guard said.", date="2025-03-04")
    assert "191" in _codes(ship), _codes(ship)
    assert "144" not in _codes(ship), _codes(ship)


def test_lexicon_standing_behind_or_respecting_a_choice_is_support(code):
    behind = code("The European Union stood fully behind Denmark, the Commission president said on Tuesday.",
                  date="2025-03-04")
    assert "051" in _codes(behind), _codes(behind)
    choice = code("Beijing respected the Solomon Islands' sovereign choices, the Chinese embassy said on Tuesday.",
                  date="2025-03-04")
    assert "051" in _codes(choice), _codes(choice)
    truce = code("Both sides respected the ceasefire on Tuesday, U.N. monitors said.", date="2025-03-04")
    assert "051" not in _codes(truce), _codes(truce)


def test_lexicon_declaring_an_envoy_persona_non_grata_is_an_expulsion(code):
    result = code("Nicaragua declared the EU ambassador persona non grata on Monday.", date="2025-03-04")
    assert "161" in _codes(result), _codes(result)


def test_lexicon_shutting_a_border_or_frontier_restricts_movement(code):
    frontier = code("The Dominican Republic shut the frontier with Haiti on Thursday.", date="2025-03-04")
    assert "191" in _codes(frontier), _codes(frontier)
    crossings = code("Pakistan shut its main border crossings with Afghanistan on Wednesday.", date="2025-03-04")
    assert "191" in _codes(crossings), _codes(crossings)


def test_lexicon_moving_armoured_vehicles_to_a_border_is_a_mobilization(code):
    result = code("Venezuela moved armoured vehicles to its border with Guyana on Monday.", date="2025-03-04")
    assert "154" in _codes(result), _codes(result)


def test_lexicon_airspace_incursion_is_coercion_not_armed_force(code):
    # an incursion is coercion short of armed force (CAMEO 17); 19x needs fire (it came out 190 for "violate")
    violated = code("Two Russian fighter jets violated Estonian airspace on Thursday, the Estonian military said.",
                    date="2025-03-04")
    assert "170" in _codes(violated), _codes(violated)
    assert not [c for c in _codes(violated) if c.startswith("19")], _codes(violated)
    waters = code("Four Chinese coast guard ships violated Japan's territorial waters near the islands on Sunday, "
                  "the Japanese coast guard said.", date="2025-03-04")
    assert "170" in _codes(waters), _codes(waters)
    assert not [c for c in _codes(waters) if c.startswith("19")], _codes(waters)
    town = code("Rebel fighters entered the town of Uvira on Monday, local officials said.", date="2025-03-04")
    assert "192" in _codes(town) and "170" not in _codes(town), _codes(town)  # ground forces taking a town


def test_lexicon_order_to_own_agents_is_the_ordered_act(code):
    # an order to one's own forces or bodies is the orderer's act, done to whom the order is about
    sealed = code("President Jorge Alvarez ordered troops to seal the border crossings with Colombia on Tuesday.",
                  date="2025-03-04")
    assert "191" in _codes(sealed) and not [c for c in _codes(sealed) if c.startswith("10")], _codes(sealed)
    [event] = [e for e in sealed.events if e.cameo == "191"]
    assert [p.actor for p in event.target] == ["COL"]
    helped = code("The president said he had ordered the intelligence agency to cooperate fully with Argentina.",
                  date="2025-03-04")
    assert [e.cameo[:2] for e in helped.events] == ["06"], _codes(helped)
    # to another party's people it stays what it was: an expulsion, a demand
    expelled = code("Peru ordered two Bolivian diplomats to leave the country on Tuesday.", date="2025-03-04")
    assert "161" in _codes(expelled), _codes(expelled)


def test_lexicon_lifting_a_veto_is_yielding(code):
    result = code("Slovakia lifted its veto on the aid package on Tuesday after talks in Brussels.", date="2025-03-04")
    assert "080" in _codes(result), _codes(result)


def test_lexicon_releasing_water_frees_no_one(code):
    water = code("Ethiopia released water from the dam without warning on Monday.", date="2025-03-04")
    assert not [c for c in _codes(water) if c.startswith("084")], _codes(water)
    freed = code("Armenia released two Azerbaijani soldiers on Friday.", date="2025-03-04")
    assert "0841" in _codes(freed), _codes(freed)


def test_lexicon_promise_not_to_attack_is_restraint(code):
    # a threat frame whose act is negated promises restraint (0356), asserted and not negated
    for text in ("Armenia promised on Monday not to attack Azerbaijani positions.",
                 "The rebels said on Monday they would not attack the oil fields in Kordofan."):
        [event] = [e for e in code(text, date="2025-03-04").events if e.cameo[:2] in ("03", "13")]
        assert event.cameo == "0356" and not event.negated, (text, event.cameo, event.negated)
    # the negation on the frame verb is no promise: "did not threaten" stays a negated threat
    [threat] = code("Russia did not threaten to attack Finland on Monday.", date="2025-03-04").events
    assert threat.cameo.startswith("13") and threat.negated


def test_lexicon_raising_a_matter_with_someone_is_no_act_of_its_kind(code):
    # "raised the incursion with X" brings a matter up (040), it is no incursion
    raised = code("Japan raised the incursion with Chinese officials in Beijing on Tuesday.", date="2025-03-04")
    assert "040" in _codes(raised) and not [c for c in _codes(raised) if c.startswith("19")], _codes(raised)
    concern = code("Japan raised concerns with Chinese officials on Tuesday.", date="2025-03-04")
    assert "110" in _codes(concern), _codes(concern)


def test_lexicon_blocking_a_decision_is_a_veto_not_an_obstruction(code):
    result = code("Greece blocked the opening of new chapters in Turkey's membership talks on Monday.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("12")], _codes(result)
    assert "144" not in _codes(result), _codes(result)
    road = code("Polish farmers blocked the main road to the capital on Monday.", date="2025-03-04")
    assert "144" in _codes(road), _codes(road)


def test_lexicon_signing_a_decree_is_no_agreement(code):
    decree = code("President Ilham Karimov signed a decree on Monday banning imports of Georgian wine.",
                  date="2025-03-04")
    assert "057" not in _codes(decree) and "163" in _codes(decree), _codes(decree)
    pact = code("Kenya and Somalia signed a security pact in Nairobi on Monday.", date="2025-03-04")
    assert "057" in _codes(pact), _codes(pact)


# synthetic: "Kabul called the strikes a clear violation of Afghan sovereignty." (the parser's reading: an object
# complement, "violation", after the object)
CALLED_A_VIOLATION = """
    Kabul        Kabul        PROPN NNP  nsubj     1   B-GPE
    called       call         VERB  VBD  ROOT      1   O
    the          the          DET   DT   det       3   O
    strikes      strike       NOUN  NNS  dobj      1   O
    a            a            DET   DT   det       6   O
    clear        clear        ADJ   JJ   amod      6   O
    violation    violation    NOUN  NN   oprd      1   O
    of           of           ADP   IN   prep      6   O
    Afghan       afghan       ADJ   JJ   amod      9   B-NORP
    sovereignty  sovereignty  NOUN  NN   pobj      7   O
    .            .            PUNCT .    punct     1   O
"""


def test_senses_calling_something_a_name_is_no_call_for_it(blank_coder):
    # naming_verb in words.tsv: the strikes are judged, not a general strike called (CAMEO 143)
    assert not [e for e in code_tree(blank_coder, CALLED_A_VIOLATION).events if e.cameo.startswith("14")]


def test_lexicon_summoning_or_expelling_a_charge_d_affaires_written_with_its_accents(code):
    # before: "chargé d’affaires" with its accent and a typographic apostrophe is parsed with "d’affaires" as
    # the head, which no pattern named: the summons and the expulsion were lost
    summoned = code("BOGOTA, Feb 11 (AP) — Colombia summoned Venezuela’s chargé d’affaires on Wednesday.",
                    date="2026-02-11")
    assert "114" in _codes(summoned), _codes(summoned)
    assert "VEN" in {p.country for e in summoned.events for p in e.target}
    expelled = code("LIMA, Feb 11 (AP) — Peru expelled Mexico’s chargé d’affaires on Wednesday.", date="2026-02-11")
    assert "161" in _codes(expelled), _codes(expelled)


def test_lexicon_a_relative_clause_on_the_object_noun_matches_it(code):
    # before: "the tariffs (that) Washington imposed on Canada" matched no "impose +tariff" (the clause has no object
    # of its own): the act was lost
    for text in ("Canada condemned the tariffs the United States imposed on Canadian steel.",
                 "The tariffs that the United States imposed on Canada hurt exporters."):
        result = code(text, date="2025-03-04")
        [tariffs] = [e for e in result.events if e.cameo == "163"]
        assert {p.actor for p in tariffs.source} == {"USA"} and "CAN" in {p.country for p in tariffs.target}


def test_lexicon_a_relative_clause_with_an_object_of_its_own_keeps_it(code):
    # must not change: a relative clause on a noun no pattern of its verb names codes nothing ("a plan ... proposed")
    result = code("Canada rejected a plan that the United States proposed on Monday.", date="2025-03-04")
    assert "163" not in _codes(result), _codes(result)


def test_lexicon_placing_duties_is_imposing_them(code):
    # before: no pattern named "place +duty"
    result = code("The United States placed duties on Canadian steel on Monday.", date="2025-03-04")
    assert _codes(result) == ["163"], _codes(result)


def test_lexicon_presenting_the_parties_with_a_proposal_is_aimed_at_them(code):
    # before: only the noun "proposal" was coded, with no one it was put to
    result = code("DOHA, Oct 2 (Reuters) - Qatar presented Hamas and Israel with a revised ceasefire proposal on "
                  "Thursday.", date="2025-10-02")
    [offer] = [e for e in result.events if e.trigger.text.startswith("presented")]
    assert offer.cameo.startswith("03") and {p.country for p in offer.target} >= {"ISR"}
    assert "hamas" in {p.actor for p in offer.target}


def test_lexicon_sending_an_envoy_is_a_visit(code):
    # before: no pattern named "send +envoy|delegation": the visit was lost
    result = code("Qatar sent its envoy to Kabul on Monday.", date="2025-03-04")
    [visit] = [e for e in result.events if e.trigger.text.startswith("sent")]
    assert visit.cameo == "042" and {p.country for p in visit.target} == {"AFG"}


def test_lexicon_summoning_a_high_commissioner_is_a_summons(code):
    # before: "commissioner" was no envoy of the summon, recall and expel patterns, and "high commissioner" no
    # government role: Commonwealth envoys were summoned by nobody
    result = code("ISLAMABAD, May 7 (Reuters) - Pakistan summoned India's deputy high commissioner on Wednesday.",
                  date="2025-05-07")
    [summons] = [e for e in result.events if e.cameo == "114"]
    assert {p.country for p in summons.target} == {"IND"}


def test_lexicon_hitting_a_record_is_no_attack(code):
    # issue 11 (session 19, senses probe): "hit a record" was an attack (190)
    result = code("SANTIAGO, March 4 (Reuters) - Chile's copper exports to China hit a record high in February.",
                  date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("19")], _codes(result)


def test_lexicon_pressing_ahead_is_no_appeal(code):
    result = code("ROME, March 4 (Reuters) - Italy will press ahead with its plan to build migrant centres in Albania, "
                  "the interior minister said.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("02")], _codes(result)
    talks = code("BOGOTA, March 4 (Reuters) - Colombia's government will press ahead with peace talks with the ELN "
                 "rebels, the president said.", date="2025-03-04")
    assert not [c for c in _codes(talks) if c.startswith("02")], _codes(talks)
    assert [c for c in _codes(talks) if c.startswith("04") or c.startswith("03")], _codes(talks)


def test_lexicon_revoking_funding_reduces_aid(code):
    result = code("WASHINGTON, March 4 (Reuters) - The United States revoked funding for Haiti's electoral council "
                  "on Tuesday.", date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("162")], _codes(result)
    aid = code("LONDON, March 4 (Reuters) - Britain cancelled aid to Rwanda on Tuesday.", date="2025-03-04")
    assert [c for c in _codes(aid) if c.startswith("162")], _codes(aid)


def test_lexicon_suspending_a_treaty_reduces_relations(code):
    result = code("NEW DELHI, March 4 (Reuters) - India suspended a water-sharing treaty with Pakistan on Tuesday.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("16")], _codes(result)


def test_lexicon_exiting_a_community_is_leaving_it(code):
    result = code("NIAMEY, March 4 (AFP) - Niger exited the Economic Community of West African States on Tuesday.",
                  date="2025-03-04")
    assert "160" in _codes(result), _codes(result)


def test_lexicon_people_who_march_demonstrate(code):
    # a plural demonym is the people of a country, not its state: they march (141), not complain officially (114)
    result = code("TBILISI, March 4 (Reuters) - Thousands of Georgians marched in Tbilisi on Tuesday against the "
                  "government.", date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("141")], _codes(result)
    assert "114" not in _codes(result), _codes(result)
    state = code("SEOUL, March 4 (Reuters) - South Korea protested to Japan on Tuesday over the textbook.",
                 date="2025-03-04")
    assert "114" in _codes(state), _codes(state)


def test_lexicon_a_march_is_never_an_official_complaint(code):
    # synthetic (session 24): the demonym on "fishermen" resolves to the country, but a state does not march or
    # rally; only "protested" told of a state is the diplomatic 114 (words.tsv complain_verb)
    result = code("TEGUCIGALPA, June 9 (EFE) - Dozens of Honduran fishermen marched to the Salvadoran embassy on "
                  "Tuesday.", date="2026-06-09")
    assert [c for c in _codes(result) if c.startswith("141")] and "114" not in _codes(result), _codes(result)


def test_lexicon_a_country_with_a_plural_name_protests_officially(code):
    # session 21: "Philippines" is tagged as a plural proper noun like "Georgians", but it is the state's name
    result = code("MANILA (AP) — The Philippines protested the use of water cannon against a Philippine vessel on "
                  "Wednesday.", date="2026-03-04")
    assert "114" in _codes(result) and not [c for c in _codes(result) if c.startswith("141")], _codes(result)
    people = code("MANILA (AP) — Thousands of Filipinos protested outside the Chinese embassy on Wednesday.",
                  date="2026-03-04")
    assert [c for c in _codes(people) if c.startswith("14")] and "114" not in _codes(people), _codes(people)


def test_lexicon_forcing_ones_way_across_coerces_no_one(code):
    # session 21: "force" alone is coercion (170), but "force their way" is pushing through
    result = code("WARSAW, Feb 3 (Reuters) - Poland closed its border crossing with Belarus on Tuesday after a group "
                  "of about 200 migrants tried to force their way across, the interior ministry said.",
                  date="2026-02-03")
    assert not [e for e in result.events if "force" in e.trigger.text], _codes(result)
    assert "191" in _codes(result), _codes(result)


def test_lexicon_fighting_that_broke_out_between_two_sides_is_theirs(code):
    # issue 11 (session 19, senses probe): the parser hangs "between X and Y" on the verb the event noun is
    # the subject of; the fighting is still theirs
    result = code("PHNOM PENH, March 4 (Reuters) - Fighting broke out between Thai and Cambodian troops along the "
                  "disputed border on Tuesday.", date="2025-03-04")
    fights = [e for e in result.events if e.cameo.startswith("19")]
    assert fights, _codes(result)
    assert {p.country for e in fights for p in e.source + e.target} == {"THA", "KHM"}


def test_lexicon_governments_that_clash_quarrel(code):
    # issue 11 (session 19, senses probe): "clashed over migration" coded nothing; armed men clashing stay force
    result = code("BRUSSELS, March 4 (Reuters) - Hungary and Poland clashed over migration policy at a summit of "
                  "European Union leaders.", date="2025-03-04")
    assert "111" in _codes(result), _codes(result)
    troops = code("NEW DELHI, March 4 (Reuters) - Indian and Chinese troops clashed over a disputed ridge on Tuesday.",
                  date="2025-03-04")
    assert "190" in _codes(troops) and "111" not in _codes(troops), _codes(troops)


def test_lexicon_firing_back_in_words_is_no_attack(code):
    # issue 11 (session 19): "fired back at Trump" was an attack (190); soldiers firing back still attack
    result = code("MEXICO CITY, March 4 (Reuters) - Mexico's president fired back at Trump on Tuesday, saying Mexico "
                  "would defend its steelworkers.", date="2025-03-04")
    assert "111" in _codes(result) and "190" not in _codes(result), _codes(result)
    soldiers = code("KABUL, March 4 (Reuters) - Afghan soldiers fired back at the attackers, killing three.",
                    date="2025-03-04")
    assert "190" in _codes(soldiers), _codes(soldiers)
    swipe = code("ROME, March 4 (Reuters) - Italy's prime minister took a swipe at France over migration.",
                 date="2025-03-04")
    assert "111" in _codes(swipe) and "192" not in _codes(swipe), _codes(swipe)


def test_lexicon_idioms_of_force_used_of_words(code):
    # issue 11 (session 19): "shot down a proposal" (190), "struck a conciliatory tone" (190), "kicked off talks"
    # (182) and "stormed out of the meeting" (190) were acts of force
    def codes(text):
        return _codes(code("DELHI, March 4 (Reuters) - " + text, date="2025-03-04"))

    assert "120" in codes("Indonesia shot down a proposal by Malaysia to share the fishing grounds.")
    assert not [c for c in codes("Greece's prime minister struck a conciliatory tone toward Turkey.")
                if c.startswith("19")]
    assert "046" in codes("India kicked off talks with the European Union on a trade pact.")
    walkout = codes("Canada's foreign minister stormed out of the meeting with Chinese officials.")
    assert "164" in walkout and "190" not in walkout, walkout
    assert "190" in codes("Ukraine shot down 40 Russian drones overnight.")
    assert "190" in codes("Taliban fighters stormed a checkpoint near Kabul.")


def test_lexicon_figures_and_ills_are_not_beaten_or_fought(code):
    # issue 11 (session 19): "exports beat expectations" (182), "raised rates to fight inflation" (190), "targeted
    # its exports with tariffs" (190) were acts of force
    beat = code("BEIJING, March 4 (Reuters) - China's exports beat expectations in February.", date="2025-03-04")
    assert not [c for c in _codes(beat) if c.startswith("18")], _codes(beat)
    fight = code("MOSCOW, March 4 (Reuters) - Russia's central bank raised interest rates to fight inflation.",
                 date="2025-03-04")
    assert not [c for c in _codes(fight) if c.startswith("19")], _codes(fight)
    tariffs = code("PRETORIA, March 4 (Reuters) - Washington targeted South Africa's exports with tariffs.",
                   date="2025-03-04")
    assert "163" in _codes(tariffs) and "190" not in _codes(tariffs), _codes(tariffs)
    army = code("KHARTOUM, March 4 (Reuters) - The army fought the RSF in Omdurman.", date="2025-03-04")
    assert "190" in _codes(army), _codes(army)


def test_lexicon_pausing_waiving_and_terminating_keep_their_polarity(code):
    # issue 11 (session 19): "paused funding" coded nothing, "waived sanctions" nothing, "terminated its trade
    # agreement" a signed agreement (057)
    def codes(text):
        return _codes(code("WASHINGTON, March 4 (Reuters) - " + text, date="2025-03-04"))

    assert "1621" in codes("The European Union paused funding to Niger after the coup.")
    assert "085" in codes("The United States waived sanctions on Iraqi electricity imports from Iran.")
    assert "085" in codes("The European Union rolled back sanctions on Syria's banks.")
    ended = codes("The United States terminated its trade agreement with Nicaragua.")
    assert "057" not in ended and [c for c in ended if c.startswith("12")], ended


def test_lexicon_meeting_resistance_is_no_meeting(code):
    # issue 11 (session 19): "met fierce resistance", "met with a cool response" were meetings (040)
    result = code("NAIROBI, March 4 (Reuters) - Kenya's police mission in Haiti met fierce resistance from gangs.",
                  date="2025-03-04")
    assert "040" not in _codes(result), _codes(result)
    response = code("MOSCOW, March 4 (Reuters) - Russia's proposal met with a cool response in Washington.",
                    date="2025-03-04")
    assert "040" not in _codes(response), _codes(response)


def test_lexicon_coming_under_attack_is_undergoing_it(code):
    # issue 11 (session 19): "came under attack from Russian drones" coded nothing, or Russia as the target
    result = code("KYIV, March 4 (Reuters) - Kyiv came under attack from Russian drones overnight, the mayor said.",
                  date="2025-03-04")
    attacks = [e for e in result.events if e.cameo.startswith("19")]
    assert attacks, _codes(result)
    assert {p.country for e in attacks for p in e.source} == {"RUS"}
    assert {p.country for e in attacks for p in e.target} == {"UKR"}


def test_lexicon_giving_way_yields_and_holding_responsible_blames(code):
    # issue 11 (session 19): "gave way to EU pressure" was aid (070); "held Iran responsible" coded nothing
    way = code("ROME, March 4 (Reuters) - Italy gave way to EU pressure on its budget.", date="2025-03-04")
    assert [c for c in _codes(way) if c.startswith("08")] and "070" not in _codes(way), _codes(way)
    ground = code("ROME, March 4 (Reuters) - Italy gave ground to Libya on the migrant deal.", date="2025-03-04")
    assert "070" not in _codes(ground), _codes(ground)
    blame = code("WASHINGTON, March 4 (Reuters) - The United States held Iran responsible for the attack.",
                 date="2025-03-04")
    assert "112" in _codes(blame), _codes(blame)
    tanks = code("ROME, March 4 (Reuters) - Italy gave tanks to Ukraine.", date="2025-03-04")
    assert [c for c in _codes(tanks) if c.startswith("07")], _codes(tanks)


def test_lexicon_pushing_back_rebels_and_slapping_bans(code):
    # issue 11 (session 19): missed predicates, "pushed back M23 rebels" and "slapped a ban on"
    rebels = code("KINSHASA, March 4 (Reuters) - Congo's army pushed back M23 rebels from the outskirts of Uvira.",
                  date="2025-03-04")
    assert "190" in _codes(rebels), _codes(rebels)
    ban = code("NEW DELHI, March 4 (Reuters) - India slapped a ban on Chinese apps.", date="2025-03-04")
    assert "172" in _codes(ban), _codes(ban)


def test_lexicon_withholding_restoring_aid_and_pulling_envoys(code):
    # issue 11 (session 19): missed predicates of aid and relations
    def codes(text):
        return _codes(code("WASHINGTON, March 4 (Reuters) - " + text, date="2025-03-04"))

    assert "162" in codes("The United States withheld 95 million dollars in aid to Egypt.")
    assert "070" in codes("The United States restored aid to the Palestinians.")
    assert "071" in codes("Britain reinstated funding for Somalia.")
    assert "161" in codes("France pulled its ambassador from Niger.")


def test_lexicon_a_vow_alone_is_no_intent_to_cooperate(code):
    # issue 11 (session 19): "vowed to bolster its nuclear arsenal" was an intent to cooperate (030)
    arsenal = code("SEOUL, March 4 (Reuters) - North Korea vowed to bolster its nuclear arsenal.", date="2025-03-04")
    assert "030" not in _codes(arsenal), _codes(arsenal)
    retaliate = code("TEHRAN, March 4 (Reuters) - Iran vowed to retaliate against Israel.", date="2025-03-04")
    assert [c for c in _codes(retaliate) if c.startswith("13")], _codes(retaliate)
    support = code("BERLIN, March 4 (Reuters) - Germany vowed to support Ukraine for as long as it takes.",
                   date="2025-03-04")
    assert "032" in _codes(support), _codes(support)


def test_lexicon_wrapping_up_a_visit_made_it(code):
    # issue 11 (session 19): a missed predicate, "wrapped up a visit to Beijing"
    result = code("WASHINGTON, March 4 (Reuters) - The U.S. envoy wrapped up a visit to Beijing on Tuesday.",
                  date="2025-03-04")
    assert "042" in _codes(result), _codes(result)


def test_lexicon_rebukes_in_idiom_are_criticism(code):
    # issue 11 (session 19): missed predicates, "took Serbia to task", "called out China", "read the riot act to"
    def codes(text):
        return _codes(code("ZAGREB, March 4 (Reuters) - " + text, date="2025-03-04"))

    assert "111" in codes("Croatia took Serbia to task over its treatment of minorities.")
    assert "111" in codes("Lithuania called out China over its pressure campaign.")
    assert "111" in codes("Bulgaria read the riot act to North Macedonia over its constitution.")
    assert "154" in codes("Peru's president called out the army to patrol the capital.")


def test_lexicon_intruding_into_airspace_is_an_incursion(code):
    # before: no pattern named "intrude into": the incursion was lost
    result = code("Russian jets intruded into Finnish airspace twice last week, the defence ministry said.",
                  date="2025-03-04")
    [incursion] = [e for e in result.events if e.trigger.text.startswith("intruded")]
    assert incursion.cameo == "170" and {p.country for p in incursion.target} == {"FIN"}


def test_lexicon_warning_of_ones_own_losses_is_a_forecast_not_a_threat(code):
    # before: "warned that it could lose revenue" was a threat (130) by the one who fears the loss
    result = code("Bolivia warned on Monday that it could lose revenue from its gas exports.", date="2025-03-04")
    assert "130" not in _codes(result), _codes(result)


def test_lexicon_a_past_participle_on_a_noun_matches_it_as_its_object(code):
    # before: "video released by the coast guard" matched no "release +video" (the participle has no object of
    # its own): it was coded as a release of persons (0841); "a case brought by X" matched no "bring +case"
    video = code("MANILA, May 3 (Reuters) - Video released by the Philippine coast guard on Monday showed the boat.",
                 date="2026-05-03")
    assert "0841" not in _codes(video), _codes(video)
    case = code("THE HAGUE (AP) — The court heard a case brought by Ukraine against Russia on Monday.",
                date="2026-05-03")
    [lawsuit] = [e for e in case.events if e.cameo == "115"]
    assert {p.actor for p in lawsuit.source} == {"UKR"} and "RUS" in {p.country for p in lawsuit.target}


def test_lexicon_defending_ones_own_rights_or_territory_is_no_act(code):
    # before: "will defend its sovereign rights" was coded as a verbal defence (052; with "will", an agreement 032)
    # though it is a state's resolve about its own, done to no one
    for text in ("ATHENS (AP) — “Greece will defend its sovereign rights by every lawful means,” the prime minister "
                 "told parliament on Tuesday.",
                 "TAIPEI, May 3 (Reuters) - Taiwan will defend every inch of its territory, a minister said."):
        result = code(text, date="2026-05-03")
        assert not [e for e in result.events if e.cameo[:2] in ("03", "05")], _codes(result)
    # a defence of another's policy is still one
    backed = code("MINSK, May 3 (Reuters) - Belarus defended Russia's decision to close the border on Monday.",
                  date="2026-05-03")
    assert "052" in _codes(backed), _codes(backed)


def test_lexicon_forces_sent_to_a_peacekeeping_mission_are_peacekeeping_not_a_build_up(code):
    # a deployment whose "to" or "as" phrase names peacekeeping is 074 (provide military protection or
    # peacekeeping), not 154 (mobilise): it was coded as a show of force against the mission's host
    sent = code("NAIROBI, March 4 (Reuters) - Kenya is sending 400 soldiers to the African Union peacekeeping "
                "mission in Somalia, its defence ministry said on Tuesday.", date="2025-03-04")
    assert "074" in _codes(sent) and "154" not in _codes(sent), _codes(sent)
    # a passive: the forces deployed are the sender's, as for any deployment
    passive = code("KIGALI, March 4 (AFP) - About 800 Rwandan troops were deployed as peacekeepers in the "
                   "Central African Republic last month.", date="2025-03-04")
    keeping = [e for e in passive.events if e.cameo == "074"]
    assert keeping and [p.actor for p in keeping[0].source] == ["RWAMIL"] and not keeping[0].target, \
        [(e.cameo, e.source, e.target) for e in passive.events]
    border = code("WARSAW, March 4 (PAP) - Poland deployed 500 troops to its border with Belarus on Tuesday.",
                  date="2025-03-04")
    assert "154" in _codes(border), _codes(border)


def test_lexicon_reinforcing_a_stance_or_fighting_causes_moves_no_forces(code):
    stance = code("OSLO, March 4 (NTB) - Norway reinforced its commitment to refugees in Jordan with a new "
                  "contribution to the World Food Programme.", date="2025-03-04")
    assert "154" not in _codes(stance), _codes(stance)
    border = code("VILNIUS, March 4 (BNS) - Lithuania reinforced its border with Belarus after the incursion.",
                  date="2025-03-04")
    assert "154" in _codes(border), _codes(border)
    causes = code("BERLIN, March 4 (dpa) - Germany is spending billions of euros on fighting the root causes "
                  "of migration in Africa.", date="2025-03-04")
    assert not [c for c in _codes(causes) if c.startswith("19")], _codes(causes)


def test_lexicon_taking_in_refugees_is_asylum_and_march_the_month_is_no_protest(code):
    # "accepted refugees" is 075 (grant asylum), not 030; "in March" is a month: read as the noun "march"
    # (a protest, 141) under "accepted" it became a threat of protest (133)
    result = code("OTTAWA, March 4 (CP) - Canada accepted 2,000 Afghan refugees in March, the immigration "
                  "ministry said.", date="2026-04-04")
    assert _codes(result) == ["075"], _codes(result)
    protest = code("PARIS, March 4 (AFP) - Thousands of French farmers staged a march to the parliament on Tuesday.",
                   date="2026-03-04")
    assert [c for c in _codes(protest) if c.startswith("14")], _codes(protest)


def test_lexicon_peacekeepers_arriving_are_a_peacekeeping_deployment(code):
    result = code("BEIRUT, March 4 (Reuters) - Some 200 Nepali peacekeepers arrived in Lebanon on Thursday to "
                  "join the U.N. mission.", date="2026-03-04")
    keeping = [e for e in result.events if e.cameo == "074"]
    assert keeping and [p.actor for p in keeping[0].source] == ["NPLMIL"], \
        [(e.cameo, e.source) for e in result.events]
    visit = code("KYIV, March 4 (Reuters) - Britain's foreign secretary arrived in Kyiv on Tuesday for talks.",
                 date="2026-03-04")
    assert "042" in _codes(visit), _codes(visit)


def test_forces_a_state_withdraws_are_its_own_not_a_target(code):
    # the bare forces object of "withdraw" is the doer's (dispatch_verb), as for "deploy": it was read as the
    # forces of the country named after "from" (Liberia's army as the target of Nigeria's withdrawal)
    result = code("DAKAR, March 4 (AFP) - Nigeria withdrew 200 soldiers from Liberia in February.",
                  date="2026-03-04")
    withdrawal = [e for e in result.events if e.cameo.startswith("087") or e.cameo.startswith("166")]
    assert withdrawal and [p.actor for p in withdrawal[0].target] == ["LBR"], \
        [(e.cameo, e.source, e.target) for e in result.events]


def test_its_airspace_in_a_states_report_of_anothers_forces_is_the_states(code):
    # "its airspace" said by the state whose air it is stands for that state, not for the jet (the latest
    # singular actor): the incursion's target was the doer's own forces, dropped; "its border" of one's
    # own forces stays theirs
    result = code("TALLINN, March 4 (AFP) - Estonia said a Russian fighter jet had violated its airspace on "
                  "Tuesday.", date="2026-03-04")
    incursion = [e for e in result.events if e.cameo == "170"]
    assert incursion and [p.country for p in incursion[0].source] == ["RUS"] \
        and [p.country for p in incursion[0].target] == ["EST"], [(e.cameo, e.source, e.target) for e in result.events]
    own = code("VILNIUS, March 4 (BNS) - Lithuania's army said it had reinforced its border with Belarus.",
               date="2026-03-04")
    assert not any(p.country == "LTU" for e in own.events for p in e.target), \
        [(e.cameo, e.source, e.target) for e in own.events]
