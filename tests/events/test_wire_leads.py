"""Constructions of wire leads that the leads probe (``tests/data/probe_leads.jsonl``, session 21) found coded
plainly wrong: an arms sale named as a noun, "condemned X to death" against "condemned the sale to Taiwan", the act
a verb is done to named by "what it called ...", a participle on acts measured after a time word ("after two days of
talks hosted by X").

All texts here are synthetic, written in agency style for these tests; none comes from a development set, an
evaluation set or a real article."""

from tests.conftest import actors_of, event_on, events_of


def test_wire_leads_arms_sale_is_military_aid(code):
    result = code("TAIPEI, Oct 8 (Reuters) - China imposed sanctions on three U.S. defence firms on Thursday in "
                  "response to Washington's latest arms sale to Taiwan, the foreign ministry said.")
    event = event_on(result, "sale")
    assert event.cameo == "072" and "USA" in actors_of(event.source) and actors_of(event.target) == {"TWN"}


def test_wire_leads_condemned_to_a_sentence_only_with_one(code):
    result = code("MOSCOW, Oct 8 (Reuters) - Russia condemned the latest U.S. weapons sale to Taiwan on Thursday.")
    assert event_on(result, "condemned").cameo == "111"  # disapproval: no court sentenced anyone
    result = code("TEHRAN, Oct 8 (AFP) - An Iranian court condemned two French nationals to death on Thursday.")
    assert event_on(result, "condemned").cameo == "116"


def test_wire_leads_what_it_called_names_the_act_done_to(code):
    # "denounced what it called an Israeli raid": the denunciation is aimed at the raid's doer
    result = code("AMMAN, Oct 8 (Reuters) - Jordan's foreign ministry denounced on Thursday what it called an "
                  "Israeli raid on a refugee camp in the West Bank.")
    event = event_on(result, "denounced")
    assert "JOR" in actors_of(event.source) and actors_of(event.target) == {"ISR"}


def test_wire_leads_participle_on_acts_measured_after_a_time_word_is_given(code):
    # "after three days of talks in Nairobi hosted by Kenya": the hosting is told as done, like the talks, whatever
    # the clause above says of its own act ("agreed to restore": intended)
    result = code("NAIROBI, Oct 8 (Reuters) - Ethiopia and Somalia agreed on Thursday to restore flights after "
                  "three days of talks in Nairobi hosted by Kenya.")
    [hosted] = events_of(result, cameo="045")
    assert "KEN" in actors_of(hosted.source) and hosted.modality == "asserted"


def test_wire_leads_approved_act_is_the_act_approved(code):
    # "approve" enacts its event noun (reporting.tsv): the approval is the extradition, not praise (051)
    result = code("MADRID, Oct 8 (Reuters) - Spain's High Court approved on Thursday the extradition of a former "
                  "Venezuelan intelligence chief to the United States, a court spokesman said.")
    event = event_on(result, "approved")
    assert event.plover == "COOPERATE" and event.cameo == "063"
    result = code("BRUSSELS, Oct 8 (Reuters) - The European Union approved a new package of sanctions against "
                  "Belarus on Thursday.")
    event = event_on(result, "approved")  # a package of sanctions is no aid package
    assert event.cameo == "163" and "BLR" in actors_of(event.target)


def test_wire_leads_pressed_an_offensive_is_force(code):
    result = code("KHARTOUM, Oct 8 (Reuters) - Sudan's army pressed an offensive against the Rapid Support Forces "
                  "in North Kordofan on Thursday, military sources said.")
    assert event_on(result, "pressed").plover == "ASSAULT"  # carrying on an attack, not an appeal


def test_wire_leads_amount_in_support_cut_is_aid_cut(code):
    result = code("BERLIN, Oct 8 (Reuters) - Germany cut 50 million euros in budget support for Mozambique on "
                  "Thursday, the development ministry said.")
    assert event_on(result, "cut").cameo == "162"


def test_wire_leads_tariff_on_imports_from_a_country_targets_it(code):
    # words.tsv goods_noun: "imports from X" are X's goods
    result = code("MEXICO CITY, Oct 8 (Reuters) - Mexico imposed a 25% tariff on imports from China on "
                  "Thursday, the economy ministry said.")
    assert "CHN" in actors_of(event_on(result, "imposed").target)


def test_wire_leads_reaction_to_a_move_summing_up_the_act_targets_its_doer(code):
    # "..., in a move criticised by X": X criticises the doer of the act the move sums up (referents.summed_up_act)
    result = code("ABUJA, Oct 8 (Reuters) - Nigeria closed its border with Benin on Thursday, in a move criticised "
                  "by the Economic Community of West African States.")
    assert "NGA" in actors_of(event_on(result, "criticised").target)
    result = code("ARUSHA, Oct 8 (Reuters) - The East African Court of Justice ordered Tanzania to release two "
                  "Kenyan activists on Thursday, in a ruling welcomed by Kenya.")
    assert "eacj" in actors_of(event_on(result, "welcomed").target)


def test_wire_leads_un_nuclear_inspectors_are_the_iaea(code):
    result = code("VIENNA, Oct 8 (Reuters) - Iran barred two U.N. nuclear inspectors from its Natanz site on "
                  "Thursday, diplomats said.")
    assert "iaea" in actors_of(event_on(result, "barred").target)


def test_wire_leads_name_hung_as_nmod_before_an_adjective_is_inside_the_target(code):
    # the parser hangs "U.N." and "EU" as nmod when an adjective follows: "U.N. military observers"
    result = code("BAMAKO, Oct 8 (Reuters) - Gunmen attacked U.N. military observers near Gao on Thursday.")
    assert "un" in actors_of(event_on(result, "attacked").target)
    result = code("KINSHASA, Oct 8 (Reuters) - M23 rebels seized EU humanitarian trucks near Goma on Thursday.")
    assert "eu" in actors_of(event_on(result, "seized").target)


def test_wire_leads_the_verbs_own_object_sums_up_no_act(code):
    # "rejected the deal brokered by X": the deal is what is rejected, not a summary of the rejection set off by a
    # comma ("..., a move welcomed by X"), so the brokering is no reaction to the rejection
    result = code("ADDIS ABABA, Oct 8 (Reuters) - Ethiopia rejected the deal brokered by the African Union on "
                  "Thursday.")
    assert "ETH" not in actors_of(event_on(result, "brokered").target)
    result = code("ACCRA, Oct 8 (Reuters) - Ghana expelled two Togolese diplomats on Thursday, a move welcomed by "
                  "Nigeria.")
    assert "GHA" in actors_of(event_on(result, "welcomed").target)



def test_wire_leads_claimed_attack_is_the_claimers_attack(code):
    # "claimed an attack on X": the attack, told by its doer (as the gold conventions code "has not claimed any
    # attack on Israel"); a claim of responsibility stays 015
    result = code("DUBAI, Oct 8 (Reuters) - Yemen's Houthis claimed an attack on a British-flagged tanker in the Gulf "
                  "of Aden on Thursday.")
    event = event_on(result, "claimed")
    assert event.plover == "ASSAULT" and "houthis" in actors_of(event.source) and event.modality == "asserted"
    result = code("MOGADISHU, Oct 8 (Reuters) - Al-Shabaab claimed responsibility for the attack on Thursday.")
    assert event_on(result, "claimed").cameo == "015"


def test_wire_leads_act_blamed_on_a_group_is_not_the_reporting_states(code):
    # a state body reporting a strike owns the bare hardware it names, but not a strike blamed on someone else
    result = code("KHARTOUM, Oct 8 (Reuters) - A drone strike blamed on the Rapid Support Forces hit a power station "
                  "in Atbara on Thursday, the army said.")
    assert actors_of(event_on(result, "hit").source) & {"rsf", "SDNREBRSF"} and \
        "SDNMIL" not in {p.code for p in event_on(result, "hit").source}


def test_wire_leads_participle_hung_on_an_infinitive_after_a_comma_is_not_intended(code):
    # the parser hangs "accusing ..." on "close"; it is said of the agreement above, and the accusation is made
    result = code("NAIROBI, Oct 8 (Reuters) - Kenya and Uganda agreed on Thursday to close their borders with South "
                  "Sudan to all but aid convoys, accusing Juba of arming rebels.")
    assert event_on(result, "accusing").modality == "asserted"


def test_wire_leads_a_region_named_by_a_country_is_that_country_not_its_claimant(code):
    # "China's Taiwan region": the place is Taiwan; the possessor only claims it (a place_noun with a country name)
    result = code("BEIJING, Oct 8 (Xinhua) -- The United States sold fighter jets to China's Taiwan region on "
                  "Thursday, the foreign ministry said.")
    assert actors_of(event_on(result, "sold").target) == {"TWN"}


def test_wire_leads_on_a_day_is_no_aim(code):
    # "shot dead three protesters on Monday": "on Monday" is when, so the object is the target, not an instrument
    # as in "fired rockets on X"
    # (the protesters are nobody identifiable: the text gives them no country, eval/wire/README.md "Sides")
    result = code("MAPUTO, Oct 8 (Reuters) - Mozambican police shot dead three protesters on Thursday.")
    target = event_on(result, "shot").target
    assert [p.text for p in target] == ["three protesters"] and not actors_of(target)
