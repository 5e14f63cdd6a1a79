"""The content of appeals and negated stances (issue 11, section 3: "Not events", "Status scope").

All sentences here are synthetic, written in agency style for the tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _sides(participants) -> set[str]:
    return actors_of(participants) | {p.code for p in participants if p.code}


def test_appeals_content_in_an_adverbial_clause_is_no_act(code):
    result = code("The Gulf state's foreign ministry condemned the seizure on Tuesday and called on Tehran to "
                  "release the tanker and its crew immediately.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("08")], _codes(result)  # no release asserted
    appeals = events_of(result, "REQUEST")
    assert appeals and "IRN" in _sides(appeals[-1].target), _codes(result)  # the appeal keeps its addressee


def test_appeals_content_several_infinitives_deep_is_no_act(code):
    result = code("Haiti's foreign ministry said on Tuesday it would ask the Organization of American States "
                  "to send observers to monitor the elections.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("09")], _codes(result)  # no investigation asserted
    appeals = events_of(result, "REQUEST")
    assert appeals and "IGOAMROAS" in _sides(appeals[0].target), _codes(result)


def test_appeals_content_after_a_bare_infinitive_is_no_act(code):
    result = code("Guyana on Monday called on its allies to help it defend its territory.", date="2025-03-04")
    assert not events_of(result, "SUPPORT"), _codes(result)
    assert events_of(result, "REQUEST"), _codes(result)


def test_appeals_gerund_under_the_content_is_an_act_going_on(code):
    # what the appeal asks is that the harassment stop: the harassment itself is going on
    result = code("The foreign ministry in Manila demanded that Beijing stop harassing Philippine vessels.",
                  date="2025-03-04")
    assert events_of(result, "COERCE"), _codes(result)


def test_appeals_act_done_after_an_appeal_stays(code):
    result = code("Russia withdrew its troops from the border town after the council urged it to.",
                  date="2025-03-04")
    assert events_of(result, "RETREAT"), _codes(result)


def test_appeals_agreement_to_act_stays(code):
    result = code("Ethiopia agreed on Tuesday to withdraw its troops from Somalia.", date="2025-03-04")
    assert events_of(result, "AGREE"), _codes(result)


def test_appeals_second_appeal_joined_to_a_content_is_its_own_appeal(code):
    # a finite verb is no conjunct of the first appeal's infinitive: the second appeal is not its content
    result = code("Zelensky called on Kyiv's Western partners to speed up deliveries of air defence systems "
                  "and urged the United States to tighten sanctions on Russian oil exports.", date="2025-03-04")
    appeals = events_of(result, "REQUEST")
    assert any("USA" in _sides(e.target) for e in appeals), [(e.cameo, _sides(e.target)) for e in appeals]


def test_appeals_talks_not_ruled_out_are_a_possibility(code):
    # issue 11 / wire README: "did not rule out a call" is the call, hypothetical; no rejection, negated or not
    result = code("Ankara did not rule out talks with Damascus, a spokesman said on Tuesday.", date="2025-03-04")
    assert not events_of(result, "REJECT"), _codes(result)
    talks = events_of(result, "CONSULT")
    assert talks and talks[0].modality == "hypothetical" and not talks[0].negated, \
        [(e.cameo, e.modality, e.negated) for e in result.events]


def test_appeals_act_not_ruled_out_is_neither_done_nor_refused(code):
    result = code("Ethiopia did not rule out sending troops back into Somalia.", date="2025-03-04")
    assert not events_of(result, "REJECT"), _codes(result)
    sent = [e for e in result.events if e.trigger.text == "sending"]
    assert sent and sent[0].modality == "hypothetical" and not sent[0].negated, \
        [(e.cameo, e.trigger.text, e.modality, e.negated) for e in result.events]


def test_appeals_force_one_refuses_to_rule_out_is_a_threat(code):
    result = code("Washington has refused to rule out military strikes against Venezuela.", date="2025-03-04")
    assert not events_of(result, "ASSAULT") and not events_of(result, "REJECT"), _codes(result)
    threats = events_of(result, "THREATEN")
    assert threats and not threats[0].negated and "VEN" in _sides(threats[0].target), _codes(result)


def test_appeals_ruling_out_is_a_rejection(code):
    result = code("Kenya ruled out talks with the Somali militants on Tuesday.", date="2025-03-04")
    rejections = events_of(result, "REJECT")
    assert rejections and not rejections[0].negated, _codes(result)


def test_appeals_second_appeal_in_a_participle_is_asserted(code):
    # "urging X to respect Y and calling on Z ...": the participle is joined to "urging", not to the
    # infinitive the parser hangs it on, so it is no possibility of that infinitive
    # (a known doer: demonstrators are nobody identifiable, and an act between unknowns is not output)
    result = code("The U.S. embassy issued a statement on Tuesday urging Kenya to "
                  "respect the right to peaceful protest and calling on demonstrators to refrain from violence.",
                  date="2025-03-04")
    calling = [e for e in result.events if e.trigger.text.startswith("calling")]
    assert calling and calling[0].modality == "asserted", [(e.trigger.text, e.modality) for e in result.events]


def test_appeals_phrasal_verb_is_no_appeal(code):
    # "called up reservists to defend ...": no one is asked anything; what follows is a purpose
    result = code("Chad's army called up reservists on Tuesday to attack the rebels near the border.",
                  date="2025-03-04")
    assert events_of(result, "ASSAULT"), _codes(result)


def test_appeals_stopping_short_of_an_act_is_no_act(code):
    result = code("Serbia condemned the arrests on Tuesday but stopped short of expelling the Croatian "
                  "ambassador.", date="2025-03-04")
    assert not events_of(result, "SANCTION"), _codes(result)


def test_appeals_participle_after_a_refusal_is_not_refused(code):
    # issue 11, status scope: "refused to attend ..., accusing X of ...": the accusation was made
    result = code("Sudan's army has refused to attend any meeting with the mediators, accusing Abu Dhabi of "
                  "arming the rebels.", date="2025-03-04")
    accusations = events_of(result, "ACCUSE")
    assert accusations and not accusations[0].negated, [(e.cameo, e.negated) for e in result.events]


def test_appeals_finite_conjunct_of_a_denial_is_not_denied(code):
    result = code("Kigali denied that Rwandan troops were in Congo and accused Kinshasa of bombing Tutsi "
                  "villages.", date="2025-03-04")
    bombing = [e for e in result.events if e.trigger.text == "bombing"]
    assert bombing and not bombing[0].negated, [(e.cameo, e.trigger.text, e.negated) for e in result.events]


def test_appeals_conjoined_gerunds_of_a_denial_stay_denied(code):
    result = code("Abu Dhabi denied arming and training the rebels.", date="2025-03-04")
    # the trigger takes its object since "train" an armed group has its own lexicon line (072, session 60)
    training = [e for e in result.events if e.trigger.text.startswith("training")]
    assert training and training[0].negated, [(e.cameo, e.trigger.text, e.negated) for e in result.events]


def test_appeals_charge_denied_in_an_apposition_stays_an_accusation(code):
    # "..., a charge Norway denies": the parser hangs the accusation on "denies" as its complement, but
    # "denies" has its own object (the charge): the accusation is the article's, neither denied nor Norway's
    result = code("Moscow has accused Oslo of militarizing the islands, a charge Norway denies.", date="2025-03-04")
    accusations = events_of(result, "ACCUSE")
    assert accusations and not accusations[0].negated and accusations[0].attribution is None, \
        [(e.cameo, e.negated, e.attribution) for e in result.events]


def test_appeals_offer_of_an_act_to_come_is_intended(code):
    # wire README: "offered to mediate", "was ready to help" are intended, even reported by a third party
    result = code("A Western diplomat said Hungary had offered to carry messages between Belgrade and Zagreb.",
                  date="2025-03-04")
    offers = [e for e in result.events if e.trigger.text.startswith("offered")]
    assert offers and offers[0].modality == "intended", [(e.cameo, e.trigger.text, e.modality) for e in result.events]


def test_appeals_agreement_made_stays_asserted(code):
    result = code("Ethiopia agreed on Tuesday to withdraw its troops from Somalia.", date="2025-03-04")
    agreements = events_of(result, "AGREE")
    assert agreements and agreements[0].modality == "asserted", [(e.cameo, e.modality) for e in result.events]
