"""Dates said of the act (issue 11, session 24, h-dates24): a span of years is no date, a date relative to the
dated act of the sentence before, a month without a year in the year its sentence gives, and a date in a
relative clause that dates the clause, not the act."""

from __future__ import annotations

import datetime as dt

from detente.events.dates import find_dates, is_span, span_end
from detente.model import Article

BASE = dt.date(2026, 5, 6)


def _date_of(coder, text: str, trigger: str, date: str = "2026-05-06"):
    result = coder.code(Article(text=text, date=date))
    events = [e for e in result.events if trigger in e.trigger.text]
    assert events, [e.trigger.text for e in result.events]
    return events[0]


def test_dates_span_of_years_is_one_expression_without_value():
    for text, words, end in [("struck camps between 2016 and 2019.", "2016 and 2019", "2019"),
                             ("fought in the 2013-2018 war", "2013-2018", "2018"),
                             ("clashed between March 2020 and 2021,", "March 2020 and 2021", "2021")]:
        (found,) = find_dates(text, BASE)
        date = found[2]
        assert (date.text, date.value, date.granularity) == (words, None, "year"), text
        assert is_span(date) and span_end(date) == end


def test_dates_two_dates_joined_by_and_are_no_span():
    found = find_dates("expelled troops in 2022 and closed the border in 2023", BASE)
    assert [d.value for _, _, d in found] == ["2022", "2023"]
    assert not any(is_span(d) for _, _, d in found)


def test_dates_from_one_year_to_another_dates_the_start():
    # the gold dates "fought a border war from 1998 to 2000" by 1998: "from" says when the act began
    found = find_dates("fought a war from 1998 to 2000 that killed", BASE)
    assert [d.value for _, _, d in found] == ["1998", "2000"]


def test_dating_span_dates_no_act_but_is_background(coder):
    e = _date_of(coder, "ISLAMABAD, May 6 (Reuters) - Pakistan carried out air strikes on militant camps in "
                        "Afghanistan between 2021 and 2023.", "air strikes")
    assert e.date is None or e.date.value is None
    assert e.historical is True


def test_dating_relative_year_from_the_sentence_before(coder):
    text = ("BELGRADE, May 6 (AP) — Serbia and Kosovo agreed on car licence plates in 2022. Kosovo banned "
            "Serbian goods the following year.")
    e = _date_of(coder, text, "banned")
    assert e.date is not None and e.date.value == "2023"
    assert e.historical is True


def test_dating_month_later_from_the_sentence_before(coder):
    text = ("DOHA, May 6 (Reuters) - Qatar hosted talks between the two sides in March 2024. A month later, "
            "Sudan's army rejected the proposal.")
    e = _date_of(coder, text, "rejected")
    assert e.date is not None and e.date.value == "2024-04"


def test_dating_bare_month_takes_the_year_its_sentence_gives(coder):
    text = ("NAIROBI, Feb 10 (Reuters) - The two countries reopened their border in May 2023. The talks stalled "
            "in 2024, and Somalia expelled Kenya's ambassador in November.")
    e = _date_of(coder, text, "expelled", date="2026-02-10")
    assert e.date is not None and e.date.value == "2024-11"


def test_dating_date_in_a_relative_clause_dates_that_clause(coder):
    text = ("VILNIUS, May 6 (Reuters) - Lithuania closed its border with Belarus, which it had reopened under an "
            "agreement signed in 2021.")
    e = _date_of(coder, text, "closed")
    assert e.date is None or e.date.value is None
