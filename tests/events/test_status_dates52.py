"""Dates of session 52 (h-stat52). A mediation (CAMEO 045) is done when the accord, truce or talks it mediates are made,
so a date before its object dates it ("Qatar, which brokered a 2019 truce, ...", "mediated Monday's talks":
``DateRules._mediated_thing``), ahead of a date on the verb its relative clause hangs on; a date before the object of
another act ("violated a 1979 treaty" is no mediation), a mediation of talks with no date, and one named by its noun
keep their dates as before. The lone date of a sentence said in a past participle describing a noun of another
clause than the act's ("rejected it, saying the rig was in waters allotted by a treaty signed in 1979") dates the
thing that noun names, not the act (``DateAnchors._in_participle_of_another_clause``), while one on the act's object
("handed over suspects arrested ... on Monday") or on a phrase of its verb still dates the act. A day after "on" that
the parser glues to the name of the object set after it ("welcomed on Wednesday Libya's cooperation") is the verb's
(``DateAnchors._anchor``). Sentences written for the tests (synthetic, wire style), coded with the model."""

import datetime as dt

from tests.conftest import event_on

LEAD = "DOHA, Nov 4 (Reuters) - Chad's army and rebels clashed near the Libyan border on Tuesday, N'Djamena said. "


def _explained(coder, text: str):
    from detente.model import Article

    return coder.explaining().code(Article(text=text, date=dt.date(2026, 11, 4)))


def test_a_year_before_what_a_mediator_brokered_dates_the_mediation(coder):
    result = _explained(coder, LEAD + "Libya brokered a 2019 truce between Chad and the rebels.")
    brokered = event_on(result, "brokered")
    assert brokered.date is not None and brokered.date.value == "2019"
    assert "mediation made" in brokered.explanation.status["date"]


def test_the_mediated_things_date_outranks_the_day_of_the_main_clause(code):
    result = code(LEAD + "Libya, which brokered a 2019 truce between Chad and the rebels, offered on Monday to host "
                         "new talks.", date="2026-11-04")
    brokered = event_on(result, "brokered")
    assert brokered.date is not None and brokered.date.value == "2019"


def test_a_day_before_mediated_talks_dates_the_mediation(code):
    result = code(LEAD + "Niger mediated Monday's talks between Chad and the rebels in Niamey.", date="2026-11-04")
    mediated = event_on(result, "mediated")
    assert mediated.date is not None and mediated.date.value == "2026-11-02"


def test_a_mediation_of_undated_talks_takes_no_date_from_its_main_clause(code):
    result = code(LEAD + "Libya, which mediated talks between Chad and the rebels, offered on Monday to host new "
                         "talks.", date="2026-11-04")
    assert event_on(result, "mediated").date is None


def test_a_year_before_the_object_of_another_act_is_not_taken_by_the_rule(coder):
    result = _explained(coder, LEAD + "Libya violated a 2019 truce between Chad and the rebels, N'Djamena said.")
    for event in result.events:
        assert "mediation made" not in event.explanation.status["date"]



def test_a_lone_date_in_a_participle_on_a_noun_of_another_clause_is_not_the_acts(code):
    result = code(LEAD + "Chad rejected the protest, saying its troops had stayed inside a border fixed by arbitrators "
                         "in 2019.", date="2026-11-04")
    rejected = event_on(result, "rejected")
    assert rejected.date is None and rejected.historical is False


def test_a_lone_date_in_a_participle_on_the_acts_object_still_dates_the_act(code):
    result = code(LEAD + "Niger handed over six suspects arrested near the border to Chadian police on Monday.",
                  date="2026-11-04")
    handed = event_on(result, "handed")
    assert handed.date is not None and handed.date.value == "2026-11-02"


def test_a_day_glued_to_the_name_of_a_shifted_object_dates_the_verb(code):
    result = code(LEAD + "The WHO board welcomed on Monday Libya's cooperation in tracing the outbreak and urged "
                         "Tripoli to open two more clinics.", date="2026-11-04")
    for trigger in ("welcomed", "urged"):
        event = event_on(result, trigger)
        assert event.date is not None and event.date.value == "2026-11-02", trigger
