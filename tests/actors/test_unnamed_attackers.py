"""Common nouns for attackers nobody has named ("gunmen", "assailants", "gangs") get no country from the
article: where they struck says nothing of who they are (``NO_FOCUS_SECTORS`` in actors/antecedents.py).
Police still take the article's country; protesters, counted or bare, take none (test_anonymous_people.py).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_unnamed_attackers_gunmen_get_no_country_from_the_dateline(code):
    result = code("MAIDUGURI, June 3 (Reuters) - Gunmen abducted 25 farmers from a village in Borno state on "
                  "Sunday, police said.", date="2025-06-03")
    assert [p.actor for p in event_on(result, "abducted").source] == [None]


def test_unnamed_attackers_gangs_get_no_country_from_the_place(code):
    result = code("PORT-AU-PRINCE, June 3 (Reuters) - Gangs attacked a police station in the Haitian capital "
                  "on Monday.", date="2025-06-03")
    assert [p.actor for p in event_on(result, "attacked").source] == [None]


def test_unnamed_attackers_police_still_take_the_article_s_country(code):
    result = code("NAIROBI, June 3 (Reuters) - Police arrested 40 protesters in Nairobi on Tuesday.",
                  date="2025-06-03")
    assert [p.code for p in event_on(result, "arrested").source] == ["KENCOP"]


def test_unnamed_attackers_drones_an_indefinite_spokesman_reports_are_not_his_forces(code):
    # "an army spokesman" reports what struck his side; "the defence ministry said air defences had ..."
    # still gives the air defences the ministry's country (test_wire_antecedents, hardware)
    result = code("KHARTOUM, June 3 (Reuters) - Drones struck the airport in Port Sudan on Sunday, an army "
                  "spokesman said.", date="2025-06-03")
    assert [p.actor for p in event_on(result, "struck").source] == [None]
