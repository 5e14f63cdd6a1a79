"""Whom a call for someone's release is made of: whoever holds them (``events/replies.py``).

All sentences here are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, countries_of, events_of


def _release_call(result):
    [event] = [e for e in events_of(result, "REQUEST") if "release" in e.trigger.text]
    return event


def test_holders_demand_for_release_after_a_detention_in_the_same_sentence(code):
    result = code("DAKAR, June 2 (Reuters) - Senegalese police detained a Gambian fishing boat off the coast on "
                  "Monday, prompting Banjul to demand the crew's release.", date="2026-06-02")
    event = _release_call(result)
    assert "GMB" in actors_of(event.source) and "SEN" in actors_of(event.target)


LATER = """ACCRA, June 2 (Reuters) - Togolese soldiers detained nine {people} traders at the border on Sunday.

The traders had crossed to sell maize at a weekly market, a local official said.

Togo said the men had no papers.

Markets in the area stayed closed on Monday.

Ghana's foreign ministry summoned Togo's ambassador on Tuesday, demanding the release of the detainees.
"""


def test_holders_demand_for_the_callers_own_people_held_earlier_in_the_article(code):
    event = _release_call(code(LATER.format(people="Ghanaian"), date="2026-06-02"))
    assert "GHA" in actors_of(event.source) and "TGO" in actors_of(event.target)


def test_holders_a_third_partys_people_held_far_back_name_no_holder(code):
    # Ghana asks for others' people: whom it asks is not told by the article (no one else is named with
    # the demand: "summoned Togo's ambassador, demanding ..." would name whom, for the attacher)
    text = LATER.format(people="Beninese").replace("summoned Togo's ambassador on Tuesday, demanding",
                                                   "on Tuesday demanded")
    event = _release_call(code(text, date="2026-06-02"))
    assert "TGO" not in actors_of(event.target)


# -- an agreement answers whoever asked for it -------------------------------------------------------------
def _agreement(result):
    return [e for e in events_of(result, "AGREE") if e.trigger.text.startswith("agreed")]


def test_replies_agreement_grants_the_request_told_before_it(code):
    result = code("Malawi asked the World Bank to fund a new dam on the Shire river, and the bank agreed.")
    [event] = _agreement(result)
    assert actors_of(event.source) == {"world-bank"} and actors_of(event.target) == {"MWI"}


def test_replies_agreement_grants_a_request_of_the_sentence_before(code):
    result = code("Kenya asked Ethiopia to reopen the border crossing at Moyale. Ethiopia agreed on Friday, "
                  "officials said.")
    [event] = _agreement(result)
    assert "KEN" in actors_of(event.target)


def test_replies_request_made_of_another_party_is_not_granted(code):
    result = code("Kenya asked Ethiopia to reopen the border crossing at Moyale. Somalia agreed on Friday, "
                  "officials said.")
    assert not any("KEN" in actors_of(e.target) for e in _agreement(result))


def test_replies_an_agreement_of_both_sides_grants_no_request_made_of_both(code):
    # invented (session 43): the two sides agree with each other to meet; the body that urged them is no party to it
    result = code("BELGRADE, May 12 (AFP) - Serbia accused Kosovo of closing a crossing. The European Commission on "
                  "Tuesday urged both governments to keep calm and offered to host talks in Luxembourg. Officials of "
                  "the two sides are now expected to meet next month, diplomats told AFP.", date="2026-05-12")
    [meeting] = [e for e in result.events if "meet" in e.trigger.text]
    assert countries_of([*meeting.source, *meeting.target]) == ["KSV", "SRB"]
    assert "european-commission" not in actors_of(meeting.target)


def _denial(result, doer: str):
    [event] = [e for e in events_of(result, "REJECT") if doer in actors_of(e.source)]
    return event


def test_replies_denial_in_a_paragraph_of_its_own_answers_the_accuser_far_back(code):
    result = code("ABUJA, May 5 (Reuters) - Gunmen killed eleven people in a village in Taraba state on Sunday, "
                  "police said.\n\nNigeria's foreign ministry accused Cameroon on Monday of letting separatist "
                  "fighters use camps near the border.\n\nHundreds of families fled to the state capital. Schools "
                  "in the area stayed closed. Aid groups said food was running short. Traders said markets were "
                  "empty.\n\nCameroon's government denied that any armed group operated from its territory.",
                  date="2026-05-05")
    event = _denial(result, "CMR")
    assert "NGA" in actors_of(event.target)


def test_replies_rejected_charge_answers_the_accuser_not_the_doers_own_soldiers(code):
    result = code("LUSAKA, May 5 (Reuters) - Malawi summoned Zambia's envoy on Monday and accused Lusaka of "
                  "sending soldiers to arrest Malawian traders at a border market, the ministry said.\n\n"
                  "Zambian soldiers detained six traders on Saturday, witnesses said.\n\nLusaka rejected the charge.",
                  date="2026-05-05")
    event = _denial(result, "ZMB")
    assert "MWI" in actors_of(event.target) and "ZMB" not in actors_of(event.target)


def test_replies_offer_turned_down_in_the_same_sentence_answers_the_offerer(code):
    result = code("ACCRA, May 5 (Reuters) - Senegal offered last month to mediate between Mali and Burkina Faso, "
                  "but Bamako turned the offer down, a Senegalese diplomat said.", date="2026-05-05")
    [event] = [e for e in events_of(result, "REJECT") if "MLI" in actors_of(e.source)]
    assert "SEN" in actors_of(event.target)


def test_replies_denial_is_not_aimed_at_one_who_only_condemned(code):
    result = code("BEIRUT, May 5 (Reuters) - Israeli troops raided a village in southern Lebanon on Monday, "
                  "residents said.\n\nJordan condemned the raid.\n\nResidents said soldiers had also "
                  "destroyed an olive grove. The Israeli military denied destroying any farmland.",
                  date="2026-05-05")
    event = _denial(result, "ISR")
    assert "JOR" not in actors_of(event.target)


# -- a rejection of words named by a noun of any kind answers their author (session 39) -------------------------------
def _rejection(result):
    [event] = [e for e in events_of(result, "REJECT") if e.trigger.text in ("rejected", "dismissed")]
    return event


def test_replies_rejected_statement_about_a_third_party_answers_its_author(code):
    # the statement is the Algerian accusation of Morocco; Mauritania, which rejects it, is not its target
    result = code("NOUAKCHOTT, March 9 (AFP) - Morocco and Mauritania agreed on Sunday to open a second crossing "
                  "south of Guerguerat.\n\nAlgeria's foreign ministry accused Rabat of using the crossing to "
                  "entrench its hold on Western Sahara.\n\nMauritania rejected the statement as an interference.",
                  date="2026-03-09")
    event = _rejection(result)
    assert actors_of(event.source) == {"MRT"} and "DZA" in actors_of(event.target)


def test_replies_rejected_protest_note_answers_the_act_told_with_its_word(code):
    # other words made to Laos come between: the protest is the one told as a protest
    result = code("VIENTIANE, May 5 (Reuters) - Thailand lodged a protest with Laos on Monday over logging near "
                  "the border at Chong Mek.\n\nCambodia's environment minister urged Laos to stop the logging.\n\n"
                  "Laos rejected the protest note, saying the forest lay on its side of the line.", date="2026-05-05")
    event = _rejection(result)
    assert actors_of(event.source) == {"LAO"} and actors_of(event.target) == {"THA"}


def test_replies_what_an_accusation_says_is_not_the_words_rejected(code):
    # "accused Oslo of planning a blockade": the threat is what Moscow says of Oslo, not Oslo's words
    result = code("HELSINKI, June 3 (Reuters) - Finland and Norway agreed on Tuesday to hold joint naval patrols in "
                  "the Barents Sea.\n\nRussia's defence ministry accused Oslo of planning a blockade of Murmansk.\n\n"
                  "Finland dismissed the remarks as absurd.", date="2026-06-03")
    event = _rejection(result)
    assert "NOR" not in actors_of(event.target) and "RUS" in actors_of(event.target)


def _plain_denial(result):
    [event] = [e for e in events_of(result) if e.trigger.text == "denied"]
    return event


def test_replies_denial_answers_who_reported_the_deniers_act(code):
    # the charge is told only as Japan's report of a launch with no target: Japan is whom the denial answers
    result = code("TOKYO, Aug 4 (Kyodo) - Japan's defence ministry said on Monday that North Korea had launched two "
                  "ballistic missiles into the sea.\n\nNorth Korea denied that its army had launched any missiles.",
                  date="2026-08-04")
    event = _plain_denial(result)
    assert "PRK" in actors_of(event.source) and "JPN" in actors_of(event.target)


def test_replies_denial_does_not_answer_who_reported_a_joint_clash(code):
    # a clash is both sides' act: the one who reported it charged neither
    result = code("KUALA LUMPUR, Aug 4 (Bernama) - Thai and Cambodian troops clashed near the Preah Vihear temple "
                  "on Sunday, Malaysia's foreign ministry said.\n\nThailand denied that its troops had started the "
                  "fighting.", date="2026-08-04")
    event = _plain_denial(result)
    assert "MYS" not in actors_of(event.target)


def test_replies_denial_answers_who_told_a_charge_that_is_no_coded_act(code):
    # "were laying mines" has no known doer, so it is no act of Cambodia's: the denial's clause verb, "lay", was
    # told under the Thai navy's "said"
    result = code("BANGKOK, March 2 (Reuters) - The Thai navy said on Sunday that boats were laying mines in the "
                  "gulf near Koh Kong.\n\nPhnom Penh denied that its boats had laid any mines.", date="2026-03-02")
    event = _plain_denial(result)
    assert "KHM" in actors_of(event.source) and "THA" in {a[:3] for a in actors_of(event.target)}


def test_replies_denial_does_not_answer_who_told_another_verb(code):
    # the Thai navy told of patrols, not of laying mines: no charge to answer
    result = code("BANGKOK, March 2 (Reuters) - The Thai navy said on Sunday that boats were patrolling the gulf "
                  "near Koh Kong.\n\nPhnom Penh denied that its boats had laid any mines.", date="2026-03-02")
    event = _plain_denial(result)
    assert "THA" not in {a[:3] for a in actors_of(event.target)}


def test_replies_rebels_denial_answers_their_states_army(code):
    # the rebels are a side apart from their state: the army's accusation is another side's, made to them
    result = code("MANILA, Oct 8 (Reuters) - A roadside bomb killed three soldiers in Maguindanao on Monday.\n\nThe "
                  "Philippine army blamed Abu Sayyaf fighters, and troops detained two suspects on Tuesday.\n\nAn Abu "
                  "Sayyaf spokesman denied that the group had planted the bomb.", date="2026-10-08")
    event = _plain_denial(result)
    assert "PHLMIL" in actors_of(event.target)
