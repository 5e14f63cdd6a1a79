"""One event per act (issue 11, item 4), session 32 (h-rep): restatements the acts step left apart. A signed agreement
restated by who signed it with whom ("sign with" is reciprocal: the parties pooled, as for meetings; "an agreement" and
"the accord" are one thing by their kind); a definite event noun whose doer claims an attack told without a known doer
("The BLA claimed the attack" after "gunmen attacked"); a party's own account of a fight it was in, told by a reporting
verb ("its forces had responded"); two passive verbs of one subject with no doer phrase ("he was pardoned and
released"); an intent to cooperate and the act it intends ("agreed to study selling water"). Look-alikes stay apart: an
agreement with another partner, an attack whose doer is known and another group's claim, the copy's source telling the
next step of a fight, two acts of other codes, talks agreed to, a trip and what it is for. Every article here is
synthetic, written for the test in wire style."""

from __future__ import annotations


def _coded(result, prefix):
    return [e for e in result.events if e.cameo.startswith(prefix)]


def _words(event):
    return [m.trigger.text for m in event.mentions]


# -- a signed agreement and who signed it with whom ------------------------------------------------
def test_acts_signing_restated_by_its_signatories_is_one_act(code):
    result = code("ASTANA, Sept 8 (Wire) - Kazakhstan and Kyrgyzstan signed an agreement on Monday settling a dispute "
                  "over water from the Chu river. Kazakh President Kassym-Jomart Tokayev signed the accord with "
                  "Kyrgyz President Sadyr Japarov at a ceremony in Astana, his office said.", date="2025-09-08")
    [signing] = _coded(result, "057")
    assert _words(signing) == ["signed an agreement", "signed the accord"]
    assert signing.date is not None and signing.date.value == "2025-09-08"  # from the dated mention


def test_acts_signing_with_another_partner_stays_apart(code):
    result = code("ASTANA, Sept 8 (Wire) - Kazakhstan and Kyrgyzstan signed an agreement on Monday settling a dispute "
                  "over water from the Chu river. Kazakh President Kassym-Jomart Tokayev later signed a transit accord "
                  "with Chinese President Xi Jinping at a ceremony in Astana, his office said.", date="2025-09-08")
    assert len(_coded(result, "057")) == 2


# -- a claim names the doer of an attack told without one -----------------------------------------
def test_acts_claim_of_an_attack_by_unknown_gunmen_is_that_attack(code):
    result = code("QUETTA, Pakistan, Sept 8 (Wire) - Gunmen attacked a bus carrying Chinese engineers near Gwadar on "
                  "Monday, killing two of them and a Pakistani police escort, officials said. The Balochistan "
                  "Liberation Army claimed the attack in a message to reporters, saying its fighters had targeted "
                  "the occupiers.", date="2025-09-08")
    [attack] = [e for e in result.events if e.cameo.startswith("19")]
    assert _words(attack)[:3] == ["attacked", "killing", "claimed the attack"]
    assert "targeted" in _words(attack)  # the claimant's own account, compared with the mention naming it
    assert [p.actor for p in attack.source] == ["bla"]


def test_acts_claim_by_another_group_of_an_attack_with_a_known_doer_stays_apart(code):
    result = code("BENI, Congo, Sept 8 (Wire) - Allied Democratic Forces rebels attacked a village in eastern Congo "
                  "on Sunday, killing 20 people, the Congolese army said. Islamic State claimed the attack on its "
                  "Telegram channel.", date="2025-09-08")
    assert len([e for e in result.events if e.cameo.startswith("19")]) == 2


# -- a party's own account of a fight ---------------------------------------------------------------
def test_acts_own_account_of_a_fight_is_a_mention_of_it(code):
    result = code("BEIRUT, Sept 8 (Wire) - Syrian government forces and Lebanese clan gunmen traded rocket fire "
                  "across the border near Hermel overnight, killing three people, Lebanese security sources said. The "
                  "Syrian defence ministry said its forces had come under fire from smugglers and had responded with "
                  "the necessary force.", date="2025-09-08")
    [fight] = [e for e in result.events if e.cameo.startswith("19")]
    assert "responded" in _words(fight)


def test_acts_the_sources_next_step_of_a_fight_stays_apart(code):
    result = code("ISLAMABAD, Sept 8 (Wire) - Pakistani troops and Afghan Taliban forces traded fire for several hours "
                  "near Torkham on Monday, the military said. Afghan forces then shelled a Pakistani post on the "
                  "ridge above the crossing, it said.", date="2025-09-08")
    assert len([e for e in result.events if e.cameo.startswith("19")]) == 2


# -- passive verbs of one subject -----------------------------------------------------------------------
def test_acts_passive_conjuncts_of_one_subject_and_code_are_one_act(code):
    result = code("MINSK, Sept 8 (Wire) - A Belarusian court jailed Polish journalist Andrzej Poczobut for eight "
                  "years in 2023. On Sunday he was pardoned and released at the request of U.S. envoy Keith "
                  "Kellogg.", date="2025-09-08")
    [release] = _coded(result, "08")
    assert _words(release) == ["pardoned", "released"]


def test_acts_passive_conjuncts_of_other_codes_stay_apart(code):
    result = code("TALLINN, Sept 8 (Wire) - Three Estonian activists were detained and deported on Sunday, Estonia's "
                  "foreign ministry said.", date="2025-09-08")
    assert {e.cameo[:3] for e in result.events if e.cameo.startswith("17")} >= {"173", "174"}


# -- an intent to cooperate and the act it intends ----------------------------------------------------
def test_acts_intent_and_the_act_it_intends_are_one_act(code):
    result = code("KUALA LUMPUR, Sept 8 (Wire) - Malaysia agreed on Monday to study selling additional treated "
                  "water to Singapore during the dry season, a senior Malaysian official said.", date="2025-09-08")
    [act] = [e for e in result.events if e.cameo[:2] in ("03", "06")]
    assert _words(act) == ["agreed", "selling"]
    assert act.cameo == "061" and act.modality == "intended"  # shown by the act intended


def test_acts_offer_to_send_a_ship_to_escort_is_one_act(code):
    result = code("ROME, Sept 8 (Wire) - Italy offered on Monday to send a navy ship to escort Maltese trawlers "
                  "near Libya, the defence ministry said.", date="2025-09-08")
    [act] = [e for e in result.events if e.quad_class in (1, 2)]
    assert _words(act) == ["offered", "escort"]


def test_acts_agreeing_to_keep_talking_stays_apart_from_the_talks(code):
    result = code("SEOUL, Sept 8 (Wire) - Diplomats from South Korea and China met in Seoul on Monday and agreed to "
                  "keep discussing the disputed platforms.", date="2025-09-08")
    assert any(e.cameo == "030" for e in result.events) and any(e.cameo.startswith("04") for e in result.events)


def test_acts_a_trip_to_sign_an_agreement_stays_two_acts(code):
    result = code("WELLINGTON, Sept 8 (Wire) - New Zealand's foreign minister will travel to Suva next week to sign "
                  "a defence agreement with Fiji, his office said.", date="2025-09-08")
    assert len([e for e in result.events if e.cameo.startswith("03")]) == 2
