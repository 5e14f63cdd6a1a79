"""Material cooperation the coder missed on real news sentences (issue 11, quad TSV label 2 and ``bio.py``
category ``no_event``): ways of giving aid and of withdrawing forces the lexicon did not know. All sentences are
synthetic, written in agency style for the tests; none comes from a development set or from a real article."""

from tests.conftest import events_of


def test_aid_money_given_with_the_currency_as_object(code):
    result = code("WELLINGTON, June 3 (AFP) - New Zealand gave 15 million dollars to help rebuild clinics in Tonga.",
                  date="2025-06-03")
    [event] = events_of(result, cameo="071")
    assert [p.actor for p in event.source] == ["NZL"]


def test_aid_an_amount_announced_in_aid_is_aid_given(code):
    result = code("CANBERRA, June 3 (Reuters) - Australia announced $18 million in emergency assistance for Fiji "
                  "on Monday.", date="2025-06-03")
    [event] = events_of(result, cameo="070")
    assert [p.actor for p in event.source] == ["AUS"]


def test_aid_relief_flown_into_a_country_is_aid_not_a_visit(code):
    result = code("RIYADH, June 3 (SPA) - Saudi Arabia flew 30 tonnes of food into Yemen on Sunday.",
                  date="2025-06-03")
    [event] = events_of(result, cameo="073")
    assert [p.actor for p in event.source] == ["SAU"]
    visit = code("LIMA, June 3 (AFP) - Peru's foreign minister flew to Quito on Sunday.", date="2025-06-03")
    assert events_of(visit, cameo="042"), [e.cameo for e in visit.events]


def test_aid_taking_part_in_peacekeeping_is_peacekeeping(code):
    result = code("ACCRA, June 3 (Reuters) - Ghanaian soldiers take part in peacekeeping operations in Lebanon.",
                  date="2025-06-03")
    [event] = events_of(result, cameo="074")
    assert event.source and event.source[0].country == "GHA"


def test_aid_forces_leaving_a_country_withdraw_and_others_do_not(code):
    result = code("ROME, June 3 (ANSA) - Italian troops have begun leaving Iraq, the defence ministry said.",
                  date="2025-06-03")
    [event] = events_of(result, cameo="0874")
    assert event.source and event.source[0].country == "ITA"
    assert [p.country for p in event.target] == ["IRQ"]
    others = code("VIENNA, June 3 (Reuters) - Brazil's delegation left Vienna on Friday after the meeting.",
                  date="2025-06-03")
    assert not events_of(others, cameo="0874"), [e.cameo for e in others.events]


def test_aid_us_immigration_and_border_agencies_are_known_doers(code):
    result = code("WASHINGTON, June 3 (Reuters) - U.S. Immigration and Customs Enforcement returned 40 stolen "
                  "statues to Cambodia on Tuesday.", date="2025-06-03")
    [event] = events_of(result, cameo="084")
    assert [p.actor for p in event.source] == ["ice"], [p.text for p in event.source]
    border = code("EL PASO, June 3 (AP) - Customs and Border Protection returned 200 migrants to Mexico on Monday.",
                  date="2025-06-03")
    assert any(p.actor == "cbp" for e in border.events for p in e.source), [e.cameo for e in border.events]


def test_aid_a_report_put_out_accusing_is_its_publishers_accusation(code):
    result = code("LONDON, June 3 (Reuters) - Human Rights Watch put out a report accusing the Burundian army of "
                  "torture on Tuesday.", date="2025-06-03")
    [event] = events_of(result, cameo="112")
    assert event.source and event.source[0].text.endswith("Human Rights Watch"), [p.text for p in event.source]


def test_aid_resources_sent_to_another_are_aid(code):
    result = code("BRASILIA, June 3 (AFP) - Brazil sent more resources to Bolivia to fight the forest fires.",
                  date="2025-06-03")
    [event] = events_of(result, cameo="070")
    assert [p.actor for p in event.source] == ["BRA"]
    assert [p.country for p in event.target] == ["BOL"]
