"""Acts the coder missed entirely (issue 11, bio.py category ``no_event``): constructions that carry an act
with no coded verb on it. All sentences are synthetic, written in agency style for the tests; none comes
from a development set or from a real article."""

from tests.conftest import events_of


def test_noevent_effort_noun_is_the_act_of_its_modifier(code):
    result = code("ALGIERS, May 6 (APS) - Algeria launched a mediation effort between Mali and Niger on Sunday.",
                  date="2025-05-06")
    [event] = events_of(result, cameo="045")
    assert [p.actor for p in event.source] == ["DZA"]
    assert {p.country for p in event.target} == {"MLI", "NER"}
    nominal = code("BERN, May 6 (Reuters) - Switzerland's mediation bid between Armenia and Azerbaijan stalled.",
                   date="2025-05-06")
    assert events_of(nominal, cameo="045"), [e.cameo for e in nominal.events]


def test_noevent_effort_with_no_event_noun_is_no_act(code):
    result = code("MOSCOW, May 6 (Reuters) - Russia's war effort relies on imports of machine tools from China.",
                  date="2025-05-06")
    assert not [e for e in result.events if "effort" in e.trigger.text], [e.cameo for e in result.events]


def test_noevent_an_effort_is_no_target(code):
    result = code("KUWAIT CITY, May 6 (KUNA) - Kuwait launched a mediation effort between two rival tribes.",
                  date="2025-05-06")
    [event] = events_of(result, cameo="045")
    assert not event.target, [p.text for p in event.target]


def test_noevent_responsible_for_an_attack_did_it(code):
    result = code("ABUJA, May 6 (Reuters) - Nigerian police said Boko Haram was responsible for the killing of "
                  "nine farmers in Borno state on Sunday.", date="2025-05-06")
    [event] = events_of(result, cameo="18")
    assert not event.negated and [p.actor for p in event.source] == ["boko-haram"], [p.text for p in event.source]


def test_noevent_guilty_of_violating_did_it(code):
    result = code("JUBA, May 6 (AFP) - Ceasefire monitors said the SPLA-IO was guilty of violating the truce in "
                  "Upper Nile.", date="2025-05-06")
    [event] = events_of(result, cameo="196")
    assert not event.negated and event.source and event.source[0].text.endswith("SPLA-IO")


def test_noevent_not_responsible_is_no_deed(code):
    result = code("ADDIS ABABA, May 6 (Reuters) - Eritrea was not responsible for the attack on the convoy, "
                  "its information minister said.", date="2025-05-06")
    assert all(e.negated for e in events_of(result, cameo="19")), [(e.cameo, e.negated) for e in result.events]


def test_noevent_a_duty_is_no_deed(code):
    result = code("BRUSSELS, May 6 (Reuters) - The commissioner responsible for trade talks with Japan left "
                  "for Tokyo on Monday.", date="2025-05-06")
    assert not events_of(result, cameo="046"), [(e.cameo, e.trigger.text) for e in result.events]


def test_noevent_a_stated_pessimism_is_a_pessimistic_comment(code):
    result = code("NAIROBI, May 6 (Reuters) - Kenya's president was skeptical about the ceasefire between Sudan's "
                  "army and the RSF, his office said.", date="2025-05-06")
    [event] = events_of(result, cameo="012")
    assert not event.negated and "skeptical" in event.trigger.text and event.source[0].country == "KEN"
    denied = code("NAIROBI, May 6 (Reuters) - Kenya's president is not pessimistic about the talks in Jeddah.",
                  date="2025-05-06")
    assert all(e.negated for e in events_of(denied, cameo="012")), [(e.cameo, e.negated) for e in denied.events]


def test_noevent_sending_a_battalion_is_a_deployment(code):
    result = code("KIGALI, May 6 (Reuters) - Rwanda is sending an infantry battalion to Mozambique's Cabo Delgado "
                  "province, the army said.", date="2025-05-06")
    [event] = events_of(result, cameo="154")
    assert [p.country for p in event.target] == ["MOZ"], [p.text for p in event.target]


def test_noevent_conveying_concerns_is_a_disapproval(code):
    result = code("HANOI, May 6 (Reuters) - Vietnam conveyed its concerns to China over the new fishing ban.",
                  date="2025-05-06")
    [event] = events_of(result, cameo="110")
    assert event.source[0].country == "VNM"


def test_noevent_usaid_is_the_us_government(code):
    result = code("WASHINGTON, May 6 (Reuters) - USAID has pledged $40 million in food aid to Malawi, the agency "
                  "said.", date="2025-05-06")
    assert any(p.country == "USA" for e in result.events for p in e.source), \
        [(e.cameo, [p.text for p in e.source]) for e in result.events]


def test_noevent_a_suspension_of_aid_is_no_aid(code):
    result = code("OSLO, May 6 (NTB) - Norway announced a suspension of aid to Myanmar on Tuesday.", date="2025-05-06")
    assert not events_of(result, cameo="03") and not events_of(result, cameo="07"), [e.cameo for e in result.events]
    [event] = events_of(result, cameo="162")
    assert event.source[0].country == "NOR" and [p.country for p in event.target] == ["MMR"]
    ties = code("RABAT, May 6 (MAP) - Morocco announced a suspension of its air links with Algeria.", date="2025-05-06")
    assert events_of(ties, cameo="161"), [e.cameo for e in ties.events]


def test_noevent_calling_an_act_illegal_is_a_criticism(code):
    result = code("BEIJING, May 6 (Xinhua) - China called the new Dutch export controls “illegal and "
                  "discriminatory” on Tuesday.", date="2025-05-06")
    [event] = events_of(result, cameo="111")
    assert event.source[0].country == "CHN" and "called" in event.trigger.text
    described = code("TAIPEI, May 6 (CNA) - Taiwan described the Chinese drills as a provocation.", date="2025-05-06")
    assert events_of(described, cameo="111"), [e.cameo for e in described.events]


def test_noevent_calling_talks_constructive_is_no_criticism(code):
    result = code("ANKARA, May 6 (Reuters) - Turkey called the talks with Greece constructive.", date="2025-05-06")
    assert not events_of(result, cameo="11"), [e.cameo for e in result.events]


def test_noevent_a_speaker_calling_an_act_regrettable_criticises_it(code):
    result = code("SEOUL, May 6 (Yonhap) - South Korea said Japan's decision to release the water was deeply "
                  "regrettable.", date="2025-05-06")
    [event] = events_of(result, cameo="111")
    assert event.source[0].country == "KOR" and {p.country for p in event.target} == {"JPN"}


def test_noevent_a_participle_calling_the_act_a_provocation_adds_no_act(code):
    result = code("BUENOS AIRES, May 6 (Reuters) - Chile protested to Argentina on Tuesday over a naval drill, "
                  "calling it a provocation.", date="2025-05-06")
    assert [e.cameo for e in result.events if "calling" in e.trigger.text] == [], [e.cameo for e in result.events]


def test_noevent_lodging_representations_is_a_protest(code):
    result = code("BEIJING, May 6 (Xinhua) - China lodged stern representations with Japan over the visit.",
                  date="2025-05-06")
    assert events_of(result, cameo="114"), [e.cameo for e in result.events]


def test_noevent_saying_ones_side_will_respond_is_a_threat(code):
    result = code("BAKU, May 6 (Reuters) - Azerbaijan's foreign ministry said Baku would respond to the "
                  "provocation, and said it reserved the right to retaliate.", date="2025-05-06")
    threats = events_of(result, cameo="130")
    assert threats and all(e.source[0].country == "AZE" for e in threats), [e.cameo for e in result.events]
    reply = code("BAKU, May 6 (Reuters) - Azerbaijan's foreign ministry said Baku would respond to the letter "
                 "from Yerevan next week.", date="2025-05-06")
    assert not events_of(reply, cameo="13"), [e.cameo for e in reply.events]


def test_noevent_saying_ones_side_will_take_all_necessary_measures_is_a_threat(code):
    result = code("BEIJING, May 6 (Xinhua) - China's commerce ministry said Beijing would take all necessary "
                  "measures to protect Chinese firms.", date="2025-05-06")
    assert events_of(result, cameo="130"), [e.cameo for e in result.events]
    policy = code("CAIRO, May 6 (Reuters) - Egypt's cabinet said it would take measures to curb inflation.",
                  date="2025-05-06")
    assert not events_of(policy, cameo="13"), [e.cameo for e in policy.events]


def test_calling_an_act_a_disgrace_is_criticism(code):
    # "a disgrace", "a travesty", "a betrayal": nouns of condemnation (condemning_word) as what a naming verb
    # calls its object; "called the veto a disgrace" coded nothing
    result = code("UNITED NATIONS, March 3 (Reuters) - Britain's ambassador called the veto a disgrace on Tuesday.")
    assert [e.cameo for e in result.events] == ["111"], [(e.cameo, e.trigger.text) for e in result.events]


def test_a_participle_saying_what_an_act_does_to_a_relation_is_no_act(code):
    # "..., stepping up pressure on Caracas" comments on the sanctions (effect_noun "pressure"): it was a demand
    # (100) of its own; "stepped up pressure on X" as the clause's own verb is still one
    result = code("WASHINGTON, March 3 (Reuters) - The United States imposed new sanctions on Venezuelan officials "
                  "on Tuesday, stepping up pressure on Caracas.")
    assert [e.cameo for e in result.events] == ["163"], [(e.cameo, e.trigger.text) for e in result.events]
    own = code("WASHINGTON, March 3 (Reuters) - The United States stepped up pressure on Caracas on Tuesday.")
    assert [e.cameo for e in own.events] == ["100"], [(e.cameo, e.trigger.text) for e in own.events]
