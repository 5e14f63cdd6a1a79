"""One event per act (issue 11, item 4): an act restated lower down in other words (someone's account of
it, a more exact date, the meeting a trip is for), and the further acts that must stay apart. Every
article here is synthetic, written for the test in wire style."""

from __future__ import annotations

BORDER = ("ALMATY, March 18 (Wire) - Kazakhstan's border guards detained nine Uzbek farmers on Tuesday near a "
          "disputed canal, the border service said. Kazakhstan and Uzbekistan signed a treaty a year ago to settle "
          "their border. The farmers were taken to a nearby post. Uzbekistan's foreign ministry demanded their "
          "release. Officials from both sides said the canal had been a source of friction for decades. ")


# -- the same time said more or less exactly ------------------------------------------------------
def test_acts_treaty_dated_by_year_then_by_month_is_one_act_of_the_month(code):
    result = code(BORDER + "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed "
                  "the treaty in Tashkent in March 2025.", date="2026-03-18")
    [treaty] = [e for e in result.events if e.cameo == "057"]
    assert [(m.sentence.index, m.trigger.text) for m in treaty.mentions] == [
        (1, "signed a treaty"), (5, "signed the treaty")]
    assert treaty.date.value == "2025-03"  # the more exact of the two dates


def test_acts_an_agreement_about_another_thing_stays_apart(code):
    result = code(BORDER + "Kazakhstan and Uzbekistan signed a trade agreement in Tashkent in March 2025.",
                  date="2026-03-18")
    signed = [e for e in result.events if e.cameo == "057"]
    assert [[m.sentence.index for m in e.mentions] for e in signed] == [[1], [5]]


# -- someone's account of an act the copy has stated ---------------------------------------------
RAID = ("DAMASCUS, Nov 17 (Wire) - Israeli troops raided a village in southern Syria on Monday and detained six "
        "men, Syrian state media said. Syria called the raid a violation of its sovereignty. Residents said the "
        "troops had searched several homes. ")


def test_acts_the_doers_account_lower_down_is_a_mention_of_the_act(code):
    result = code(RAID + "The Israeli military said its soldiers had arrested suspects involved in smuggling "
                  "weapons.", date="2026-11-17")
    [arrest] = [e for e in result.events if e.cameo.startswith("173")]
    assert [(m.sentence.index, m.trigger.text) for m in arrest.mentions] == [(0, "detained"), (3, "arrested")]
    assert arrest.date is not None and arrest.date.value == "2026-11-16"  # the lead's date is the act's


def test_acts_a_further_arrest_told_by_the_copy_stays_apart(code):
    result = code(RAID + "Israeli soldiers later arrested two more men in another village.", date="2026-11-17")
    arrests = [e for e in result.events if e.cameo.startswith("173")]
    assert [[m.trigger.text for m in e.mentions] for e in arrests] == [["detained"], ["arrested"]]


# -- a trip and the meeting it is for, whatever their codes -------------------------------------
def test_acts_a_reported_trip_and_the_meeting_it_is_for_are_one_visit(code):
    result = code("MEXICO CITY, July 2 (Wire) - Mexico will not retaliate against new U.S. tariffs, President "
                  "Claudia Sheinbaum said on Wednesday. She said Economy Minister Marcelo Ebrard would travel to "
                  "Washington on Monday to meet U.S. Trade Representative Jamieson Greer and Commerce Secretary "
                  "Howard Lutnick.", date="2026-07-02")
    visits = [e for e in result.events if e.cameo.startswith(("03", "04"))]
    assert [[m.trigger.text for m in e.mentions] for e in visits] == [["travel", "meet"]]
    assert visits[0].trigger.text == "meet"


def test_acts_a_trip_to_sign_a_deal_stays_apart_when_reported(code):
    result = code("MEXICO CITY, July 2 (Wire) - She said Economy Minister Marcelo Ebrard would travel to "
                  "Washington on Monday to sign a steel agreement with the United States.", date="2026-07-02")
    acts = [e for e in result.events if e.cameo.startswith(("03", "04"))]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["travel"], ["sign a steel agreement"]]


# -- an account naming an attack by the general code of force ------------------------------------
def test_acts_an_account_of_a_bombing_as_targeting_is_a_mention_of_it(code):
    # both mentions name the RSF's thing (a stacked-noun owner is the target: events/participants.py)
    result = code("KHARTOUM, Nov 12 (Wire) - Sudanese military aircraft bombed an RSF fuel depot near the town of "
                  "Mellit on Tuesday, killing three people, witnesses said. The army said it had targeted an RSF "
                  "supply line.", date="2026-11-12")
    [attack] = [e for e in result.events if e.quad_class == 4]
    assert [(m.sentence.index, m.trigger.text) for m in attack.mentions] == [
        (0, "bombed"), (0, "killing"), (1, "targeted")]
    assert attack.cameo == "195"


def test_acts_an_account_of_shelling_is_not_the_blockade(code):
    result = code("KHARTOUM, Nov 12 (Wire) - Sudan's army imposed a blockade on the border town of Adre on Tuesday, "
                  "residents said. The army said it had shelled an RSF supply line.", date="2026-11-12")
    acts = [e for e in result.events if e.quad_class == 4]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["imposed a blockade"], ["shelled"]]


def test_acts_the_leads_act_retaliated_against_is_the_act_told_next(code):
    # the lead names the act by its noun under a verb to come ("will not retaliate against new tariffs"); the
    # next sentence tells it: one act, not a future one and a done one
    result = code("BRASILIA, July 2 (Wire) - Brazil will not retaliate against new U.S. tariffs on its steel, "
                  "President Luiz Inacio Lula da Silva said on Thursday.\n\nThe United States on Wednesday raised "
                  "tariffs on Brazilian steel to 50%, citing national security.", date="2026-07-02")
    [act] = [e for e in result.events if e.cameo.startswith("163")]
    assert [m.trigger.text for m in act.mentions] == ["tariffs", "raised tariffs"]
