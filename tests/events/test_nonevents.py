"""Candidates that assert no act of their own (issue 11: spurious events and wrong types).

All sentences here are synthetic, written in agency style for the tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of, tree

from detente.events.lexicon import Lexicon, Words
from detente.events.nonevents import generic_relative, never_relative, not_yet_set_up, routine, standing_trade
from detente.parse_view import ParseView


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_nonevents_cooperation_alleged_in_accusation_is_not_asserted(code):
    result = code("Ethiopia's foreign ministry on Tuesday accused Eritrea of harbouring rebels and arming "
                  "militias in the border region.", date="2025-03-04")
    assert events_of(result, "ACCUSE")
    assert not [c for c in _codes(result) if c.startswith("07")], _codes(result)  # no aid asserted


def test_nonevents_attack_alleged_in_accusation_stays(code):
    result = code("Ethiopia on Tuesday accused Eritrea of shelling villages near the border.", date="2025-03-04")
    assert events_of(result, "ACCUSE")
    assert [c for c in _codes(result) if c.startswith("19")], _codes(result)


def test_nonevents_aim_of_a_purpose_clause_is_no_act(code):
    result = code("Chad moved troops to the border on Tuesday to protect its territory, the minister said.",
                  date="2025-03-04")
    assert "074" not in _codes(result), _codes(result)


def test_nonevents_purpose_clause_with_so_that_is_no_act(code):
    result = code("Greece urged the European Union to expand the naval mission so that it could escort "
                  "tankers through the strait.", date="2025-03-04")
    assert events_of(result, "REQUEST") or [c for c in _codes(result) if c.startswith("02")]
    assert "074" not in _codes(result), _codes(result)


def test_nonevents_complement_of_an_appeal_is_not_a_purpose(code):
    result = code("Germany called on the European Union to impose sanctions on Russia.", date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("02") or c.startswith("16")], _codes(result)


def test_lexicon_hang_needs_an_object(code):
    smoke = code("Thick black smoke hung over the port city on Tuesday.", date="2025-03-04")
    assert "1823" not in _codes(smoke)
    hanged = code("Iran hanged two men convicted of spying for Israel, the judiciary said.", date="2025-03-04")
    assert "1823" in _codes(hanged), _codes(hanged)


def test_nonevents_news_conference_is_no_meeting(code):
    result = code("Mexican President Claudia Sheinbaum defended the decision on Tuesday. “Asylum is a right,” "
                  "she said at her morning news conference.", date="2025-03-04")
    assert not events_of(result, "CONSULT"), _codes(result)


def test_nonevents_treaty_name_is_no_act(code):
    result = code("Canada, a member of the North American Free Trade Agreement, said on Tuesday it stood with "
                  "Mexico.", date="2025-03-04")
    assert "057" not in _codes(result), _codes(result)


def test_nonevents_situation_as_subject_is_no_doer(code):
    result = code("The war, which began in 2023, has killed thousands of people and displaced more than "
                  "two million, aid agencies said.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("18") or c.startswith("19") or c.startswith("20")], \
        _codes(result)


def test_nonevents_commentators_are_no_doers(code):
    result = code("Chile sends most of its copper to China, and economists warn that a long dispute could "
                  "push it into recession.", date="2025-03-04")
    assert not events_of(result, "THREATEN"), _codes(result)


def test_nonevents_situation_in_a_by_phrase_is_no_doer(code):
    # the passive says the same as "the war has displaced millions": no actor's act
    result = code("More than two million Sudanese have been displaced by the war, the United Nations said.",
                  date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("20") or c.startswith("18")], _codes(result)
    actors = code("Five soldiers were killed by Islamist militants in Borno on Tuesday, the army said.",
                  date="2025-03-04")
    assert events_of(actors, "ASSAULT"), _codes(actors)


def test_nonevents_named_actor_still_does_it(code):
    result = code("Sudan's army has killed dozens of fighters near the border, the ministry said.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("19") or c.startswith("18")], _codes(result)


def test_nonevents_nobody_in_particular_is_no_doer(code):
    treaty = code("The treaty allows any member to request consultations when its security is threatened, the "
                  "alliance said.", date="2025-03-04")
    assert not [c for c in _codes(treaty) if c.startswith("02")], _codes(treaty)
    nobody = code("No country has recognised the annexation of the island, diplomats said.", date="2025-03-04")
    assert "054" not in _codes(nobody), _codes(nobody)


def test_nonevents_some_countries_still_do_it(code):
    some = code("Several countries have recognised Russia's annexation of the island, diplomats said.",
                date="2025-03-04")
    assert "054" in _codes(some), _codes(some)


def test_nonevents_aim_of_a_verb_of_means_is_no_act(code):
    # the parser hangs the infinitive as a complement of "take" when the object is quoted
    result = code("Beijing said on Thursday that the army would \"take all necessary measures\" to defend national "
                  "sovereignty.", date="2025-03-04")
    assert "052" not in _codes(result), _codes(result)


def test_nonevents_complement_of_an_agreement_is_no_aim(code):
    result = code("Chad agreed to defend Niger's territory, the minister said.", date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("03")], _codes(result)



def test_nonevents_act_kept_from_happening_is_no_act(code):
    result = code("Beijing on Tuesday barred Chinese state firms from selling rare earth magnets to Lithuania, "
                  "the commerce ministry said.", date="2025-03-04")
    assert events_of(result, "COERCE"), _codes(result)  # the ban itself is coded
    assert not [c for c in _codes(result) if c.startswith("06")], _codes(result)  # no trade asserted
    held = code("Russia has refrained from attacking the port of Odesa since the grain deal, Ukrainian officials "
                "said on Tuesday.", date="2025-03-04")
    assert not events_of(held, "ASSAULT"), _codes(held)


def test_nonevents_act_without_a_ban_stays(code):
    result = code("China sold rare earth magnets to Lithuania on Tuesday, the commerce ministry said.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("06")], _codes(result)


def test_nonevents_aim_of_a_protest_is_no_second_act(code):
    # PLOVER: the topic of a protest (typically a REQUEST) is not coded as a separate event
    result = code("Thousands of Kenyan farmers marched through Nairobi on Monday to denounce new maize import "
                  "rules and urge the agriculture minister to step down.", date="2025-03-04")
    assert events_of(result, "PROTEST"), _codes(result)
    assert not events_of(result, "REQUEST") and not events_of(result, "ACCUSE"), _codes(result)
    assert not events_of(result, "CONCEDE"), _codes(result)
    rally = code("Several hundred activists gathered outside the Russian embassy in Tbilisi on Friday to support "
                 "the jailed opposition leader.", date="2025-03-04")
    assert events_of(rally, "PROTEST") and not events_of(rally, "SUPPORT"), _codes(rally)


def test_nonevents_aim_of_a_visit_is_still_an_act(code):
    result = code("Hungary's foreign minister flew to Belgrade on Monday to sign an energy agreement with Serbia.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("05") or c.startswith("03")], _codes(result)


def test_nonevents_we_will_not_be_intimidated_is_a_stance(code):
    result = code("“These are our waters, and we will not be intimidated,” the Philippine president told "
                  "reporters in Manila on Tuesday.", date="2025-03-04")
    assert not events_of(result, "COERCE"), _codes(result)
    done = code("Philippine fishermen were intimidated by Chinese coast guard vessels near the shoal on Tuesday, "
                "the coast guard said.", date="2025-03-04")
    assert events_of(done, "COERCE"), _codes(done)


def test_nonevents_condition_set_on_another_party_is_a_demand(code):
    result = code("Croatia said on Tuesday it would block the opening of new chapters in Serbia's accession "
                  "talks until Belgrade hands over files on people missing since the war.", date="2025-03-04")
    demands = [e for e in events_of(result, "REQUEST") if e.cameo.startswith("10")]
    assert demands, _codes(result)
    assert actors_of(demands[0].source) == {"HRV"}
    assert [p.code for p in demands[0].target if p.actor] == ["SRBGOV"]  # "Belgrade": Serbia's government
    assert not events_of(result, "RETREAT"), _codes(result)  # the handover has not happened


def test_nonevents_past_until_clause_is_an_act(code):
    result = code("Serbian troops held the bridge until Kosovo police withdrew on Friday, officials said.",
                  date="2025-03-04")
    assert events_of(result, "RETREAT"), _codes(result)


def test_nonevents_unless_clause_is_a_demand_on_its_subject(code):
    result = code("Houthi rebels said on Tuesday they would keep attacking ships unless Israel lifts its siege of "
                  "Gaza.", date="2025-03-04")
    [demand] = [e for e in events_of(result, "REQUEST") if e.cameo.startswith("10")]
    assert actors_of(demand.target) == {"ISR"} and any(p.actor for p in demand.source)
    assert not events_of(result, "RETREAT"), _codes(result)  # the siege has not been lifted



def test_nonevents_cabinet_meeting_is_a_venue(code):
    result = code("Armenia's prime minister spoke after Azerbaijani troops shelled border villages overnight. "
                  "\u201cOur patience has limits,\u201d he told a cabinet meeting in Yerevan.", date="2025-03-04")
    assert not events_of(result, "CONSULT"), _codes(result)


def test_nonevents_open_question_asserts_nothing(code):
    result = code("The Malian army said it had struck a convoy near Kidal but did not say how many rebels had been "
                  "killed.", date="2025-03-04")
    assert not [e for e in result.events if e.trigger.text.startswith("killed")], _codes(result)
    asked = code("Polish officials asked on Tuesday whether Russia would attack the pipeline again.",
                 date="2025-03-04")
    assert not events_of(asked, "ASSAULT"), _codes(asked)


def test_nonevents_when_left_open_by_a_negated_verb_of_speech_asserts_nothing(code):
    # the parser hangs "when ..." under "did not say" as an adverbial clause, not as the question it is
    freed = code("Russian border guards detained two Georgian shepherds on Tuesday, the ministry said. It did not "
                 "say when they would be freed.", date="2025-03-04")
    assert events_of(freed, "COERCE")  # the detention stays
    assert not [e for e in freed.events if e.trigger.text.startswith("freed")], _codes(freed)


def test_nonevents_time_clause_of_a_negated_act_stays(code):
    result = code("Serbia did not retaliate when Kosovo police seized two border posts on Monday, the ministry said.",
                  date="2025-03-04")
    assert [e for e in result.events if e.trigger.text.startswith("seized")], _codes(result)


def test_nonevents_told_how_an_attack_unfolded_stays(code):
    result = code("Witnesses said how soldiers had attacked the village at dawn, the Red Cross said on Tuesday.",
                  date="2025-03-04")
    assert events_of(result, "ASSAULT"), _codes(result)


def test_nonevents_government_modifier_keeps_a_protest(code):
    result = code("Anti-government protests by Serbian students entered their fourth month on Saturday.",
                  date="2025-03-04")
    assert events_of(result, "PROTEST"), _codes(result)


def test_nonevents_generic_relative_clause_is_no_act(code):
    # issue 11: a restrictive relative clause in the simple present defines a kind of thing, it reports no act
    attack = code("Burkina Faso on Monday closed its border with Niger, saying militants who attack its "
                  "villages operate from the other side.", date="2025-03-04")
    assert events_of(attack, "COERCE")  # the closure stays
    assert not events_of(attack, "ASSAULT"), _codes(attack)
    recognize = code("Palau is one of a few countries that recognize Taiwan, the foreign ministry said on Tuesday.",
                     date="2025-03-04")
    assert not [c for c in _codes(recognize) if c.startswith("05")], _codes(recognize)
    monitor = code("Chad will send observers to the commission that monitors the ceasefire, the ministry said "
                   "on Tuesday.", date="2025-03-04")
    assert "090" not in _codes(monitor), _codes(monitor)


def test_nonevents_past_or_perfect_relative_clause_is_an_act(code):
    past = code("The rebels, who attacked the town on Monday, withdrew on Tuesday, the army said.",
                date="2025-03-04")
    assert events_of(past, "ASSAULT"), _codes(past)
    restrictive = code("Chad on Tuesday condemned the militants who attacked an army post near the border on "
                       "Monday.", date="2025-03-04")
    assert events_of(restrictive, "ASSAULT"), _codes(restrictive)
    perfect = code("Kenya on Tuesday condemned the militia, which has attacked three towns since January.",
                   date="2025-03-04")
    assert events_of(perfect, "ASSAULT"), _codes(perfect)


def test_nonevents_named_actor_in_a_set_off_relative_clause_still_acts(code):
    result = code("Costa Rica, which shelters thousands of Nicaraguan exiles, on Tuesday called on Managua to "
                  "release political prisoners.", date="2025-03-04")
    assert "073" in _codes(result), _codes(result)


def test_nonevents_denial_in_a_relative_clause_stays(code):
    result = code("Ethiopia accused Eritrea of arming the rebels, a charge the government in Asmara denies.",
                  date="2025-03-04")
    assert "016" in _codes(result), _codes(result)


def test_nonevents_change_in_relations_is_no_act(code):
    # issue 11: "relations hit a low" with no pair named describes the state of relations, no actor's act
    low = code("Relations hit a low in 2019, the ministry said.", date="2025-03-04")
    assert not low.events, _codes(low)
    warmed = code("Greece and Turkey are neighbours. Relations had warmed after the 2023 earthquake, and the two "
                  "countries signed a friendship declaration in Athens that December.", date="2025-03-04")
    assert _codes(warmed) == ["057"], _codes(warmed)  # the signing, a conjunct with its own subject, stays


def test_nonevents_change_in_relations_between_named_actors_stays(code):
    pair = code("Relations between Ankara and Athens deteriorated sharply in 2020 over energy exploration, "
                "the ministry said.", date="2025-03-04")
    assert [e for e in pair.events if e.quad_class in (3, 4)], _codes(pair)
    cut = code("Algeria cut ties with Morocco in 2021, accusing its neighbour of hostile acts.", date="2025-03-04")
    assert events_of(cut, "SANCTION"), _codes(cut)  # ties as an object: cutting them is an act


def test_nonevents_standing_duty_told_as_the_scene_is_no_act(code):
    # issue 11 ("patrolling the waters" as scene-setting): a standing duty in the progressive, the simple present
    # or as a participle on a noun tells what was going on, not an act of the story
    progressive = code("The coast guard cutter was escorting fishing boats near the reef on Tuesday when a "
                       "Chinese vessel rammed it, the Philippine coast guard said.", date="2025-03-04")
    assert not [c for c in _codes(progressive) if c.startswith("07")], _codes(progressive)
    assert events_of(progressive, "ASSAULT") or [c for c in _codes(progressive) if c.startswith("17")], \
        _codes(progressive)  # the ramming stays
    present = code("The monitoring mission, whose observers patrol the boundary line, said on Tuesday that "
                   "Russian troops had moved the fence.", date="2025-03-04")
    assert "150" not in _codes(present), _codes(present)
    participle = code("A Turkish survey ship, escorted by two warships, entered waters claimed by Greece on "
                      "Wednesday, the Greek foreign ministry said.", date="2025-03-04")
    assert not [c for c in _codes(participle) if c.startswith("07")], _codes(participle)


def test_nonevents_standing_duty_done_or_planned_stays_an_act(code):
    past = code("Norwegian coast guard vessels escorted the trawler to the port of Tromso on Wednesday, "
                "the police said.", date="2025-03-04")
    assert [c for c in _codes(past) if c.startswith("07") or c.startswith("17")], _codes(past)
    future = code("Japanese destroyers will patrol the strait from next week, the defence ministry said on "
                  "Tuesday.", date="2025-03-04")
    assert "150" in _codes(future), _codes(future)


def test_nonevents_cooperation_a_complaint_is_about_is_no_act(code):
    result = code("Kenyan officials complained on Monday that the United States had not delivered the promised "
                  "funding.", date="2025-03-04")
    assert events_of(result, "ACCUSE")
    assert not [c for c in _codes(result) if c.startswith("07")], _codes(result)
    # told, not complained of, the undelivered aid stays a negated act
    told = code("The minister said on Monday that the United States had not delivered the promised funding.",
                date="2025-03-04")
    assert [c for c in _codes(told) if c.startswith("07")], _codes(told)


def test_nonevents_attack_a_complaint_is_about_stays(code):
    result = code("Chad complained on Monday that Sudanese troops had shelled villages near the border.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("19")], _codes(result)


def test_nonevents_agreement_in_force_as_the_frame_is_no_signing(code):
    framed = code("Kenya has about 2,000 troops in Somalia under a bilateral deal with Mogadishu, the army said.",
                  date="2025-03-04")
    assert "057" not in _codes(framed), _codes(framed)
    held = code("The two countries began a review of their trade pact on Monday.", date="2025-03-04")
    assert "057" not in _codes(held), _codes(held)
    # a signing stays, and so does an agreement told as news
    signed = code("Kenya and Somalia signed a security pact in Nairobi on Monday.", date="2025-03-04")
    assert "057" in _codes(signed), _codes(signed)


def test_nonevents_trade_in_the_simple_present_is_a_standing_relation(code):
    # issue 11: "X, which buys most of Y's oil" tells who trades with whom as a rule, background, not an act
    buys = code("Japan, which buys most of its liquefied gas from Qatar, said on Tuesday it would send an envoy to "
                "Doha.", date="2025-03-04")
    assert not [e for e in buys.events if e.cameo == "061"], _codes(buys)
    sells = code("Chile sells most of its copper to China and imports much of its fuel from Argentina.",
                 date="2025-03-04")
    assert not [e for e in sells.events if e.cameo == "061"], _codes(sells)


def test_nonevents_trade_done_or_planned_stays_an_act(code):
    sold = code("India bought 40 million barrels of Russian oil in March, the ministry said on Tuesday.",
                date="2025-03-04")
    assert [e for e in sold.events if e.cameo == "061"], _codes(sold)
    will = code("Egypt will buy wheat from Russia next year, the minister said on Tuesday.", date="2025-03-04")
    assert [e for e in will.events if e.cameo in ("061", "0311")], _codes(will)  # intended, not dropped


def test_nonevents_what_a_text_lets_be_done_is_no_act(code):
    # issue 11: what a law, a clause or a plan would let someone do describes the text, no act of anyone
    plan = code("Moldova and Russia held talks on Tuesday on a plan that would see Russia withdraw its troops from "
                "Transnistria.", date="2025-03-04")
    assert events_of(plan, "CONSULT"), _codes(plan)  # the talks stay
    assert not [c for c in _codes(plan) if c.startswith("087")], _codes(plan)
    law = code("Hungary on Tuesday passed a law allowing the army to expel migrants to Serbia.", date="2025-03-04")
    assert "174" not in _codes(law), _codes(law)


def test_nonevents_what_a_text_let_be_done_in_the_past_stays(code):
    result = code("Moldova and Russia held talks on Tuesday on a plan that saw Russia withdraw its troops from "
                  "Transnistria in 2004.", date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("087")], _codes(result)


def test_nonevents_coercion_a_text_provides_for_is_no_act(code):
    # issue 11 (session 38): a scheme or a law that would oblige people to do something is no act of coercion
    scheme = code("Canada's foreign agent registry, a scheme which would force anyone lobbying for Moscow to declare "
                  "their payments, will take effect in June, officials said.", date="2025-03-04")
    assert not [c for c in _codes(scheme) if c.startswith("17")], _codes(scheme)
    law = code("Georgia's parliament passed a bill on Tuesday that would compel foreign-funded groups to register as "
               "agents, drawing protests outside the building.", date="2025-03-04")
    assert not [c for c in _codes(law) if c.startswith("17")], _codes(law)
    done = code("Russian troops forced 300 villagers to leave their homes near Kupiansk on Tuesday, Ukraine said.",
                date="2025-03-04")
    assert [c for c in _codes(done) if c.startswith("17")], _codes(done)  # people who force stay an act


def test_nonevents_displacement_with_no_actor_as_doer_is_a_toll(code):
    # issue 11 (session 38): "shelling and air strikes ... forced 90,000 to flee" tells the toll, no act of coercion
    toll = code("The two armies fought for a week in May, when artillery duels and drone strikes killed 40 people and "
                "forced about 90,000 to flee their villages.", date="2025-09-04")
    assert not [e for e in toll.events if e.trigger.text.startswith("forced")], _codes(toll)
    jamming = code("Estonia and Latvia condemned GPS interference that has forced many "
                   "airliners to divert since March.", date="2025-09-04")
    assert not [e for e in jamming.events if e.trigger.text.startswith("forced")], _codes(jamming)


def test_nonevents_what_a_body_not_yet_set_up_is_to_do_is_no_act(code):
    # issue 11 (session 38): the agreement to create a body is the act; what the body would do is no act yet
    committee = code("Chad and Niger agreed on Monday to set up a joint border committee that would meet in Niamey "
                     "in January to coordinate patrols along their frontier.", date="2025-03-04")
    assert [c for c in _codes(committee) if c.startswith("03")], _codes(committee)
    assert not [c for c in _codes(committee) if c.startswith(("04", "06"))] \
        and "031" not in [e.cameo for e in committee.events if e.trigger.text.startswith("coordinat")], \
        _codes(committee)
    inquiry = code("Senegal and Mauritania agreed on Sunday to set up a bilateral commission to investigate the "
                   "deaths of fishermen along the river.", date="2025-03-04")
    assert not [c for c in _codes(inquiry) if c.startswith("09")], _codes(inquiry)


def test_nonevents_what_a_body_did_once_set_up_stays(code):
    met = code("Kenya and Ethiopia set up a joint border committee in 2019 that met twice in Nairobi before the "
               "talks stalled.", date="2025-03-04")
    assert [e for e in met.events if e.trigger.text.startswith("met")], _codes(met)


def test_nonevents_body_clause_is_read_on_the_parse_view(blank_nlp) -> None:
    vocab = blank_nlp.language.vocab
    lexicon = Lexicon(words=Words(creation_verb=frozenset({"set", "form"})),
                      cues={"hypothetical": frozenset({"would"}), "future": frozenset({"will"})})
    would = ParseView.of(tree(vocab, """
        Chad      Chad      PROPN NNP nsubj 1 B-GPE
        agreed    agree     VERB  VBD ROOT  1 O
        to        to        PART  TO  aux   3 O
        set       set       VERB  VB  xcomp 1 O
        up        up        ADP   RP  prt   3 O
        a         a         DET   DT  det   6 O
        committee committee NOUN  NN  dobj  3 O
        that      that      PRON  WDT nsubj 9 O
        would     would     AUX   MD  aux   9 O
        meet      meet      VERB  VB  relcl 6 O
        to        to        PART  TO  aux   11 O
        monitor   monitor   VERB  VB  advcl 9 O
        the       the       DET   DT  det   13 O
        truce     truce     NOUN  NN  dobj  11 O
    """))
    assert not_yet_set_up(9, would, lexicon) and not_yet_set_up(11, would, lexicon)
    assert not not_yet_set_up(1, would, lexicon) and not not_yet_set_up(3, would, lexicon)
    met = ParseView.of(tree(vocab, """
        Chad      Chad      PROPN NNP nsubj 1 B-GPE
        set       set       VERB  VBD ROOT  1 O
        up        up        ADP   RP  prt   1 O
        a         a         DET   DT  det   4 O
        committee committee NOUN  NN  dobj  1 O
        that      that      PRON  WDT nsubj 6 O
        met       meet      VERB  VBD relcl 4 O
        twice     twice     ADV   RB  advmod 6 O
    """))
    assert not not_yet_set_up(6, met, lexicon)  # it acted
    assert not not_yet_set_up(6, met, Lexicon(cues=lexicon.cues))  # and no creation verb is known


def test_nonevents_act_still_to_be_done_is_no_act(code):
    # issue 11: "has yet to deploy" says the deployment has not happened
    deploy = code("Kenya pledged 1,000 police officers to Haiti last year but has yet to deploy them.",
                  date="2025-03-04")
    assert [c for c in _codes(deploy) if c.startswith("03")], _codes(deploy)  # the pledge stays
    assert "154" not in _codes(deploy), _codes(deploy)
    ratify = code("The accord, signed by Vietnam and Indonesia in 2022, has yet to be ratified by Vietnam's "
                  "parliament.", date="2025-03-04")
    assert [e.trigger.text for e in ratify.events] == ["signed"], _codes(ratify)


def test_nonevents_still_on_an_act_done_stays(code):
    # "still" on a verb other than "have" or "be" says nothing of the act's coming
    result = code("Russian troops still attacked the town on Tuesday, the governor said.", date="2025-03-04")
    assert events_of(result, "ASSAULT"), _codes(result)


def test_nonevents_declining_to_comment_is_no_act(code):
    # issue 11 (session 19, senses probe): "declined to comment" came out as CAMEO 011
    result = code("NAIROBI, March 4 (Reuters) - Kenya recalled its ambassador to Uganda on Tuesday. Uganda's foreign "
                  "ministry declined to comment, and the army refused to say where the troops were.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("01") or c.startswith("12")], _codes(result)
    assert [c for c in _codes(result) if c.startswith("16")], _codes(result)


def test_nonevents_briefing_reporters_is_no_meeting(code):
    result = code("LIMA, March 4 (AP) - Peru's foreign minister briefed journalists on the border talks on Tuesday.",
                  date="2025-03-04")
    assert not events_of(result, "CONSULT") or all(e.trigger.text != "briefed" for e in events_of(result, "CONSULT"))
    meeting = code("LIMA, March 4 (AP) - Peru's foreign minister briefed the Chilean ambassador on Tuesday.",
                   date="2025-03-04")
    assert events_of(meeting, "CONSULT"), _codes(meeting)


def test_nonevents_details_and_evidence_are_no_aid(code):
    result = code("MOSCOW, March 4 (Reuters) - Russia accused Estonia of harbouring saboteurs, without providing "
                  "evidence, and said it would provide more details later.", date="2025-03-04")
    assert events_of(result, "ACCUSE")
    assert not [c for c in _codes(result) if c.startswith("07")], _codes(result)


def test_nonevents_further_announcements_are_no_statement(code):
    # a "-" line silences a light verb's event noun too ("make +announcement" is no 010)
    result = code("BERLIN, March 4 (Reuters) - Germany will make further announcements on military aid to Ukraine "
                  "in the coming weeks, a government spokesman said.", date="2025-03-04")
    assert not [e for e in result.events if "announcements" in e.trigger.text], _codes(result)



def test_nonevents_never_accepted_in_a_relative_clause_is_background(code):
    # issue 11 (session 19): "a decision that China has never accepted" was a negated agreement (030)
    result = code("MANILA, March 4 (Reuters) - The Philippines cited the 2016 arbitration award, a decision that China "
                  "has never accepted.", date="2025-03-04")
    assert "030" not in _codes(result), _codes(result)
    refused = code("BEIJING, March 4 (Reuters) - China has never accepted the award, its foreign ministry said.",
                   date="2025-03-04")
    assert refused.events, _codes(refused)  # told as the clause itself, the refusal stays


def test_nonevents_declining_to_say_whether_leaves_the_question_open(code):
    # issue 11 (session 19): "declined to say whether Putin would meet Scholz" coded a (negated) meeting
    result = code("BERLIN, March 4 (Reuters) - The Kremlin declined to say whether Putin would meet Scholz in "
                  "Geneva.", date="2025-03-04")
    assert not events_of(result, "CONSULT"), _codes(result)
    said = code("BERLIN, March 4 (Reuters) - The Kremlin said Putin would meet Scholz in Geneva.", date="2025-03-04")
    assert events_of(said, "CONSULT"), _codes(said)


def test_nonevents_verifying_reports_is_no_inquiry(code):
    result = code("KYIV, March 4 (Reuters) - Ukraine's military said it was verifying reports of a Russian strike on "
                  "Odesa.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("09")], _codes(result)
    inspectors = code("VIENNA, March 4 (Reuters) - IAEA inspectors verified Iran's stockpile of enriched uranium on "
                      "Tuesday.", date="2025-03-04")
    assert [c for c in _codes(inspectors) if c.startswith("09")], _codes(inspectors)


def test_nonevents_hosting_refugees_is_no_visit(code):
    result = code("NDJAMENA, March 4 (Reuters) - Chad, which hosts more than a million Sudanese refugees, appealed "
                  "for aid.", date="2025-03-04")
    assert "043" not in _codes(result), _codes(result)
    visit = code("DOHA, March 4 (Reuters) - Qatar hosted Iran's foreign minister on Tuesday.", date="2025-03-04")
    assert "043" in _codes(visit), _codes(visit)


def test_nonevents_never_after_which_on_a_clause_is_a_standing_stance(code):
    # before: ", which Belgrade has never recognised" after a clause, hung by the parser on the verb before as its
    # complement, was a non-recognition reported by Kosovo
    result = code("Tensions have simmered since Kosovo, a former Serbian province, declared independence in 2008, "
                  "which Belgrade has never recognised.", date="2025-06-12")
    assert not [e for e in result.events if e.trigger.text.startswith("recogni")], _codes(result)


def test_nonevents_standing_clauses_are_read_on_the_parse_view(blank_nlp) -> None:
    # the tests of a standing description, stance, duty or trade take a word's index and the parse view (no
    # Token made for the verb and each of its children)
    vocab = blank_nlp.language.vocab
    never = ParseView.of(tree(vocab, """
        Peru       Peru       PROPN NNP nsubj 1 B-GPE
        rejected   reject     VERB  VBD ROOT  1 O
        a          a          DET   DT  det   3 O
        border     border     NOUN  NN  dobj  1 O
        Bolivia    Bolivia    PROPN NNP nsubj 6 B-GPE
        never      never      ADV   RB  neg   6 O
        recognised recognise  VERB  VBD relcl 3 O
    """))
    assert never_relative(6, never) and not never_relative(1, never)
    rebels = ParseView.of(tree(vocab, """
        Kenya    Kenya    PROPN NNP nsubj 1 B-GPE
        fights   fight    VERB  VBZ ROOT  1 O
        rebels   rebel    NOUN  NNS dobj  1 O
        who      who      PRON  WP  nsubj 4 O
        attack   attack   VERB  VBP relcl 2 O
        villages village  NOUN  NNS dobj  4 O
    """))
    assert generic_relative(4, rebels, Lexicon()) and not generic_relative(1, rebels, Lexicon())
    assert not generic_relative(4, rebels, Lexicon(reporting={"attack": "say"}))
    words = Words(routine_verb=frozenset({"patrol"}), trade_verb=frozenset({"sell"}))
    guards = ParseView.of(tree(vocab, """
        guards guard  NOUN NNS nsubj 1 O
        patrol patrol VERB VBP ROOT  1 O
        the    the    DET  DT  det   3 O
        line   line   NOUN NN  dobj  1 O
    """))
    assert routine(1, guards, words) and not standing_trade(1, guards, words)


def test_nonevents_verb_of_an_if_clause_is_no_act(code):
    # issue 11, session 35 (h-nonev35): what a condition supposes is no act; the offer it is set on stays
    result = code("Turkey would reopen its embassy in Damascus if Syria released the detained Turkish journalists, "
                  "a Turkish official said.", date="2025-03-04")
    assert "0841" not in _codes(result), _codes(result)
    done = code("Turkey reopened its embassy in Damascus after Syria released two detained Turkish journalists, "
                "a Turkish official said.", date="2025-03-04")
    assert "0841" in _codes(done), _codes(done)


def test_nonevents_complement_in_an_if_clause_is_no_act(code):
    result = code("The European Union warned Serbia that it would freeze accession talks if Belgrade decided to "
                  "send troops to the Kosovo border.", date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("13")], _codes(result)
    assert not [c for c in _codes(result) if c.startswith("15")], _codes(result)


def test_nonevents_present_unless_clause_stays_a_demand(code):
    result = code("Serbia will block the talks unless Kosovo hands over the files, the minister said.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("10")], _codes(result)


def test_nonevents_verb_of_an_as_long_as_clause_is_no_act(code):
    result = code("Ecuador will not restore ties with Mexico as long as Mexico City shelters the former vice "
                  "president, the ministry said.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("07")], _codes(result)
    done = code("Mexico sheltered the former vice president at its embassy in Quito, the ministry said.",
                date="2025-03-04")
    assert [c for c in _codes(done) if c.startswith("07")], _codes(done)
