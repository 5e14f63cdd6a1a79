"""Dates and history of session 49 (h-date49). A past perfect told in the main clause of a sentence after the lead, in
the article's own voice, with no date, is background (``HistoryRules._own_voice_past_perfect``, eval/wire/README.md:
"past perfect recent context"), while the backshift of a reported clause, a negated past perfect, one framed by
"according to" and one in the lead stay news. A ``tied_today`` phrase ("later in the day") after sentences of its
paragraph that tell no date takes the lead's one day (``DateRules._tied``); "hours later" after an undated act stays
undated. A clause joined with a doer of its own that acts on the people of the first clause, by a plural pronoun,
takes the first clause's lone date (``DateRules._same_scene``); one of other people does not. What a simple-past
denial denies is news (a rule making what a present-perfect denial denies background was dropped at the merge).
Sentences written for the tests (synthetic, wire style), coded with the model."""

import datetime as dt

from tests.conftest import event_on

LEAD = "LUSAKA, Nov 4 (Reuters) - Zambia closed its border with Malawi on Wednesday after a clash between farmers. "


def _explained(coder, text: str):
    from detente.model import Article

    return coder.explaining().code(Article(text=text, date=dt.date(2026, 11, 4)))


def test_a_past_perfect_in_the_articles_own_voice_is_background(coder):
    result = _explained(coder, LEAD + "Lilongwe had asked Lusaka to compensate the farmers' families.")
    asked = event_on(result, "asked")
    assert asked.historical is True
    assert "own voice" in asked.explanation.status["historical"]


def test_a_past_perfect_a_saying_frames_is_news(code):
    result = code(LEAD + "Lilongwe had asked Lusaka to compensate the farmers' families, the ministry said.",
                  date="2026-11-04")
    assert event_on(result, "asked").historical is False


def test_a_past_perfect_according_to_a_source_is_news(code):
    result = code(LEAD + "According to officials, Lilongwe had asked Lusaka to compensate the farmers' families.",
                  date="2026-11-04")
    assert event_on(result, "asked").historical is False


def test_a_past_perfect_joined_to_a_saying_is_not_taken_by_the_rule(coder):
    result = _explained(coder, LEAD + "An official said Lusaka had offered a joint inquiry, but Lilongwe had turned "
                                      "the offer down.")
    assert "own voice" not in event_on(result, "turned").explanation.status["historical"]


def test_a_negated_past_perfect_is_news(code):
    result = code(LEAD + "Malawi had not recalled its ambassador from Lusaka.", date="2026-11-04")
    recalled = event_on(result, "recalled")
    assert recalled.negated is True and recalled.historical is False


def test_a_past_perfect_in_the_lead_is_not_taken_by_the_rule(coder):
    result = _explained(coder, "LUSAKA, Nov 4 (Reuters) - Zambia had closed its border with Malawi after a clash "
                               "between farmers, and Lilongwe demanded talks.")
    assert "own voice" not in event_on(result, "closed").explanation.status["historical"]


PARAGRAPH = ("QUITO, Nov 4 (Reuters) - Ecuador expelled two Colombian diplomats on Wednesday, accusing them of "
             "meddling in its election.\n\nIn Bogota, the government denied the charge. ")


def test_later_in_the_day_after_an_undated_paragraph_takes_the_leads_day(code):
    result = code(PARAGRAPH + "Colombia recalled its ambassador from Quito later in the day.", date="2026-11-04")
    recalled = event_on(result, "recalled")
    assert recalled.date is not None and recalled.date.value == "2026-11-04"


def test_hours_later_after_an_undated_act_stays_undated(code):
    result = code(PARAGRAPH + "Hours later, Colombia recalled its ambassador from Quito.", date="2026-11-04")
    assert event_on(result, "recalled").date is None


SCENE_LEAD = "LIMA, March 13 (Reuters) - Peru declared a state of emergency in two southern provinces on Friday.\n\n"


def test_a_joined_clause_acting_on_the_first_clauses_people_takes_its_day(code):
    result = code(SCENE_LEAD + "In Juliaca, hundreds of miners blocked the airport road on Thursday, and police fired "
                               "tear gas to disperse them, local radio reported.", date="2026-03-13")
    fired = event_on(result, "fired")
    assert fired.date is not None and fired.date.value == "2026-03-12"


def test_a_joined_clause_of_other_people_stays_undated(code):
    result = code(SCENE_LEAD + "The refugee agency appealed on Thursday for donors, and the EU pledged 12 million "
                               "euros.", date="2026-03-13")
    assert event_on(result, "pledged").date is None


DENIAL_LEAD = "HANOI, March 13 (Reuters) - Japan handed Vietnam two patrol vessels on Friday. China protested. "


def test_what_a_simple_past_denial_denies_is_news(code):
    result = code(DENIAL_LEAD + "Kenya denied sending troops to Somalia.", date="2026-03-13")
    assert event_on(result, "sending").historical is False
