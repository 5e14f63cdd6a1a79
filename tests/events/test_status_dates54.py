"""Dates of session 54 (h-date54). A visit, trip or tour named by its noun (``trip_noun``) is dated by the day its
visitor arrived when the article tells that arrival (an ``arrival_verb`` with a day of its own, of the same name, at
most a week before the news day): README "Dates", "a visit is dated by the arrival when the text gives one"
(``DateRules._arrival_of_the_visit``, ``events/date_arrival.py``). Another person's arrival, an old visit with a year of
its own and an arrival a month before the news leave the visit as it was. Sentences written for the tests (synthetic,
wire style), coded with the model."""

import datetime as dt

from tests.conftest import event_on

DAY = dt.date(2026, 3, 12)  # a Thursday


def _explained(coder, text: str):
    from detente.model import Article

    return coder.explaining().code(Article(text=text, date=DAY))


def test_date_arrival_a_visit_by_a_named_visitor_takes_the_arrivals_day(coder):
    result = _explained(coder, "ACCRA, March 12 (Reuters) - Ghana and Togo signed a power-sharing accord on "
                               "Wednesday during a visit to Accra by Togolese President Faure Gnassingbe, the "
                               "Ghanaian presidency said. Gnassingbe, who arrived on Monday, toured the Akosombo dam.")
    visit = event_on(result, "visit")
    assert visit.date is not None and visit.date.value == "2026-03-09"
    assert "_arrival_of_the_visit" in visit.explanation.status["date"]


def test_date_arrival_a_possessors_state_visit_takes_the_arrivals_day(coder):
    result = _explained(coder, "BERN, March 12 (Reuters) - Switzerland and Austria agreed on Wednesday to link "
                               "their rail timetables during Austrian Chancellor Christian Stocker's state visit to "
                               "Bern, the Swiss government said. Stocker arrived in the capital on Tuesday morning.")
    visit = event_on(result, "visit")
    assert visit.date is not None and visit.date.value == "2026-03-10"


def test_date_arrival_another_persons_arrival_does_not_date_the_visit(coder):
    result = _explained(coder, "ACCRA, March 12 (Reuters) - Ghana and Togo signed a power-sharing accord on "
                               "Wednesday during a visit to Accra by Togolese President Faure Gnassingbe, the "
                               "Ghanaian presidency said. Togo's energy minister, Mawussi Sossou, who arrived on "
                               "Monday, met Ghanaian officials.")
    visit = event_on(result, "visit")
    assert "_arrival_of_the_visit" not in visit.explanation.status["date"]
    assert visit.date is None or visit.date.value != "2026-03-09"


def test_date_arrival_an_old_visit_keeps_its_year(coder):
    result = _explained(coder, "ACCRA, March 12 (Reuters) - Ghana and Togo signed a power-sharing accord on Wednesday, "
                               "the Ghanaian presidency said. The accord was first discussed during Gnassingbe's 2021 "
                               "visit to Accra. Gnassingbe, who arrived on Monday, toured the Akosombo dam.")
    visit = event_on(result, "visit")
    assert visit.date is not None and visit.date.value == "2021"


def test_date_arrival_an_arrival_weeks_before_the_news_does_not_date_the_visit(coder):
    result = _explained(coder, "ACCRA, March 12 (Reuters) - Ghana and Togo signed a power-sharing accord on "
                               "Wednesday during a tour of West Africa by Togolese President Faure Gnassingbe, the "
                               "Ghanaian presidency said. Gnassingbe arrived in the region on February 20.")
    tour = event_on(result, "tour")
    assert "_arrival_of_the_visit" not in tour.explanation.status["date"]


def test_date_arrival_a_visitor_called_by_another_part_of_the_name_takes_the_arrivals_day(coder):
    result = _explained(coder, "MAPUTO, March 12 (Lusa) - Mozambique and Brazil signed a railway accord on Wednesday "
                               "during a visit to Maputo by Brazilian President Luiz Inacio Lula da Silva, the "
                               "Mozambican presidency said. Lula, who arrived on Tuesday, addressed parliament.")
    visit = event_on(result, "visit")
    assert visit.date is not None and visit.date.value == "2026-03-10"


def test_date_arrival_a_relative_clause_on_the_visiting_delegation_dates_the_visit(coder):
    result = _explained(coder, "TASHKENT, March 12 (Reuters) - Uzbekistan and Turkmenistan signed a gas transit accord "
                               "on Wednesday during a visit by a Turkmen government delegation, which arrived in "
                               "Tashkent on Monday, the Uzbek foreign ministry said.")
    # the arrival is a mention of the visit (session 60: the visit's country and the capital it arrived in are one
    # place), whichever of the two shows it
    [visit] = [e for e in result.events if any(m.trigger.text.startswith("visit") for m in e.mentions)]
    assert visit.date is not None and visit.date.value == "2026-03-09"
