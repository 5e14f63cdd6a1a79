"""Holidays of a fixed date as date expressions (session 47, h-date47): "New Year's Day", "New Year's Eve",
"Christmas Day" and "Christmas Eve" (``holidays`` in data/dates.json) are days, resolved like a month and day
without a year (the latest one up to publication) or in the year that follows them ("New Year's Eve 2019"); a
straight or curly apostrophe, never in lower case nor as part of a name ("Christmas Island"). Sentences written for
the tests."""

from __future__ import annotations

import datetime as dt

from detente.events.dates import find_dates

BASE = dt.date(2026, 1, 20)


def _found(text: str, base: dt.date = BASE) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for _, _, d in find_dates(text, base)]


def test_dates_a_holiday_by_the_latest_one_up_to_publication():
    assert _found("Togo closed the border on New Year’s Day.") == [("New Year’s Day", "2026-01-01")]
    assert _found("Rebels shelled the town on Christmas Eve.") == [("Christmas Eve", "2025-12-24")]
    assert _found("The truce broke down on Christmas Day.", dt.date(2026, 12, 25)) == [("Christmas Day", "2026-12-25")]


def test_dates_a_holiday_with_its_year():
    assert _found("Chile and Peru signed the deal on New Year's Eve 2019.") == [("New Year's Eve 2019", "2019-12-31")]


def test_does_not_date_a_holiday_word_in_lower_case_or_in_a_name():
    assert _found("the new year's day of talks") == []
    assert _found("a base on Christmas Island") == []
