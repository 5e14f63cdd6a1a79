"""Tests for detente.events.dates and detente.events.publication; expected values are worked out by
hand from a calendar.

The usual base is Wednesday 2020-03-04: Monday 2020-03-02 starts ISO week 2020-W10
(week 1 of 2020 starts on Monday 2019-12-30, and 2019-12-30 + 9 weeks = 2020-03-02).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.events import dates
from detente.events.date_values import is_historical, starts_after
from detente.events.dates import find_dates, resolve_expression, resolve_relative
from detente.events.publication import parse_publication_date
from detente.model import GRANULARITIES, EventDate

WED = dt.date(2020, 3, 4)  # a Wednesday
MON = dt.date(2020, 3, 2)  # a Monday


def value(text: str, base: dt.date | None = WED) -> tuple[str | None, str | None] | None:
    found = resolve_expression(text, base)
    return None if found is None else (found.value, found.granularity)


# --- the data file ---------------------------------------------------------------------


def test_dates_data_file_integrity() -> None:
    path = Path(dates.__file__).resolve().parent.parent / "data" / "dates.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert [names[0] for names in raw["months"]] == [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]  # fmt: skip
    assert [names[0] for names in raw["weekdays"]] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]  # fmt: skip
    for table in ("months", "weekdays"):
        words = [w.lower() for names in raw[table] for w in names]
        assert len(words) == len(set(words)), f"{table}: a name or abbreviation appears twice"
        for names in raw[table]:
            assert all(names[0].lower().startswith(a.lower()) for a in names[1:]), names
    assert sorted(set(raw["numbers"].values())) == list(range(1, 21))
    for key in ("vague_numbers", "quantity_nouns", "quantity_words", "named_days"):
        words = raw[key]
        assert words and len(words) == len(set(words)), f"{key}: empty or has duplicates"
        assert all(w == w.lower() and w.strip() == w for w in words), key
    assert not set(raw["vague_numbers"]) & set(raw["numbers"])


# --- parse_publication_date ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2020-03-04",
        " 2020-03-04 ",
        "2020-03-04T10:22:00Z",
        "2020-03-04T23:59:59.123+05:30",
        "2020-03-04 10:22",
        "20200304",
        "2020/03/04",
        "2020/3/4",
        "March 4, 2020",
        "4 March 2020",
        "Mar 4 2020",
        "Mar. 4, 2020",
        "march 4th, 2020",
        "Wed, 04 Mar 2020 10:22:00 GMT",
        "Wed, 4 Mar 2020 10:22:00 +0000",
        "Wednesday, March 4, 2020",
    ],
)
def test_dates_parse_publication_date_formats(text: str) -> None:
    assert parse_publication_date(text) == WED


@pytest.mark.parametrize("text", ["03/04/2020", "4/3/2020", "04-03-2020", "04.03.20"])
def test_dates_parse_publication_date_rejects_ambiguous(text: str) -> None:
    with pytest.raises(ValueError, match=r"ambiguous.*ISO 8601") as err:
        parse_publication_date(text)
    assert repr(text) in str(err.value)


@pytest.mark.parametrize(
    "text",
    ["", "yesterday", "2020-02-30", "20201340", "Foo 4, 2020", "Blursday, 4 March 2020", "2020-03-04Tnoon"],
)
def test_dates_parse_publication_date_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match=r"publication date .* ISO 8601") as err:
        parse_publication_date(text)
    assert repr(text) in str(err.value)


# --- resolve_expression: explicit dates -------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2012", ("2012", "year")),
        ("in 2012", ("2012", "year")),
        ("since 2012", ("2012", "year")),
        ("March 2020", ("2020-03", "month")),
        ("in March of 2020", ("2020-03", "month")),
        ("March 4, 2020", ("2020-03-04", "day")),
        ("on 4 March 2020", ("2020-03-04", "day")),
        ("Sept. 11, 2001", ("2001-09-11", "day")),
        ("Jan. 6, 2021", ("2021-01-06", "day")),
        ("2020-03-04", ("2020-03-04", "day")),
        ("the 1990s", ("199X", "decade")),
        ("the early 2000s", ("200X", "decade")),
        ("the 2017 elections", ("2017", "year")),
        ("mid-2014", ("2014", "year")),
        ("early 2015", ("2015", "year")),
        ("late 2019", ("2019", "year")),
        ("the 4th of March 2019", ("2019-03-04", "day")),
        ("Monday, March 2, 2020", ("2020-03-02", "day")),
    ],
)
def test_dates_explicit(text: str, expected: tuple[str, str]) -> None:
    assert value(text) == expected
    assert value(text, None) == expected  # explicit dates need no base


def test_dates_keep_the_given_text() -> None:
    assert resolve_expression("  in 2012 ", WED) == EventDate("in 2012", "2012", "year")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("March 4", "2020-03-04"),  # the base day itself
        ("4 March", "2020-03-04"),
        ("March 4th", "2020-03-04"),
        ("the 4th of March", "2020-03-04"),
        ("March 3", "2020-03-03"),
        ("March 5", "2019-03-05"),  # after the base: last year's
        ("December 25", "2019-12-25"),
        ("next March 4", "2021-03-04"),  # "next": the first one after the base
        ("next March 5", "2020-03-05"),
    ],
)
def test_dates_month_day_takes_year_from_base(text: str, expected: str) -> None:
    assert value(text) == (expected, "day")


def test_dates_february_29_goes_back_to_a_leap_year() -> None:
    assert value("February 29", dt.date(2021, 6, 1)) == ("2020-02-29", "day")
    assert value("February 30") is None


# --- resolve_expression: relative to the publication date -------------------------------


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("Monday", WED, "2020-03-02"),
        ("on Monday", WED, "2020-03-02"),
        ("last Monday", WED, "2020-03-02"),
        ("next Monday", WED, "2020-03-09"),
        ("Sunday", WED, "2020-03-01"),
        ("Thursday", WED, "2020-02-27"),
        ("Wednesday", WED, "2020-03-04"),  # the base day itself
        ("last Wednesday", WED, "2020-02-26"),
        ("next Wednesday", WED, "2020-03-11"),
        ("this Friday", WED, "2020-03-06"),  # same ISO week as the base
        ("early Monday", WED, "2020-03-02"),
        ("Monday night", WED, "2020-03-02"),
        ("Monday", MON, "2020-03-02"),
        ("last Monday", MON, "2020-02-24"),
        ("next Monday", MON, "2020-03-09"),
    ],
)
def test_dates_weekdays(text: str, base: dt.date, expected: str) -> None:
    assert value(text, base) == (expected, "day")


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("this week", WED, "2020-W10"),
        ("last week", WED, "2020-W09"),
        ("next week", WED, "2020-W11"),
        ("earlier this week", WED, "2020-W10"),
        ("last weekend", WED, "2020-W09"),  # Saturday 2020-02-29
        ("this weekend", WED, "2020-W10"),  # Saturday 2020-03-07
        ("this weekend", dt.date(2020, 3, 8), "2020-W10"),  # on the Sunday itself
        ("this week", dt.date(2021, 1, 1), "2020-W53"),  # 2020 has 53 ISO weeks
        ("next week", dt.date(2021, 1, 1), "2021-W01"),
        ("3 weeks ago", WED, "2020-W07"),  # 2020-02-12
    ],
)
def test_dates_weeks(text: str, base: dt.date, expected: str) -> None:
    assert value(text, base) == (expected, "week")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("today", "2020-03-04"),
        ("tonight", "2020-03-04"),
        ("this morning", "2020-03-04"),
        ("this afternoon", "2020-03-04"),
        ("this evening", "2020-03-04"),
        ("earlier today", "2020-03-04"),
        ("yesterday", "2020-03-03"),
        ("yesterday afternoon", "2020-03-03"),
        ("last night", "2020-03-03"),
        ("overnight", "2020-03-04"),  # the night before the story, dated by the day of publication
        ("tomorrow", "2020-03-05"),
        ("the day before yesterday", "2020-03-02"),
        ("the day after tomorrow", "2020-03-06"),
        ("two days ago", "2020-03-02"),
        ("10 days ago", "2020-02-23"),
        ("a day ago", "2020-03-03"),
    ],
)
def test_dates_days(text: str, expected: str) -> None:
    assert value(text) == (expected, "day")


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("last month", WED, ("2020-02", "month")),
        ("this month", WED, ("2020-03", "month")),
        ("next month", WED, ("2020-04", "month")),
        ("earlier this month", WED, ("2020-03", "month")),
        ("later this month", WED, ("2020-03", "month")),
        ("last month", dt.date(2020, 1, 15), ("2019-12", "month")),
        ("next month", dt.date(2020, 12, 10), ("2021-01", "month")),
        ("two months ago", WED, ("2020-01", "month")),
        ("four months ago", WED, ("2019-11", "month")),
        ("last January", WED, ("2020-01", "month")),
        ("last March", WED, ("2019-03", "month")),  # not the month the base is in
        ("next January", WED, ("2021-01", "month")),
        ("this December", WED, ("2020-12", "month")),
        ("in February", WED, ("2020-02", "month")),
        ("in March", WED, ("2020-03", "month")),
        ("in May", WED, ("2019-05", "month")),  # the most recent May
        ("mid-March", WED, ("2020-03", "month")),
        ("January next year", WED, ("2021-01", "month")),
        ("last year", WED, ("2019", "year")),
        ("this year", WED, ("2020", "year")),
        ("earlier this year", WED, ("2020", "year")),
        ("late last year", WED, ("2019", "year")),
        ("next year", WED, ("2021", "year")),
        ("a year ago", WED, ("2019", "year")),
        ("ten years ago", WED, ("2010", "year")),
        ("a decade ago", WED, ("201X", "decade")),
        ("this decade", WED, ("202X", "decade")),
    ],
)
def test_dates_months_years_decades(text: str, base: dt.date, expected: tuple[str, str]) -> None:
    assert value(text, base) == expected


# --- without a base, relative to another event, vague, durations ------------------------


@pytest.mark.parametrize(
    "text, granularity",
    [
        ("on Monday", "day"),
        ("last Monday", "day"),
        ("March 4", "day"),
        ("the 4th of March", "day"),
        ("yesterday", "day"),
        ("today", "day"),
        ("two days ago", "day"),
        ("last week", "week"),
        ("this weekend", "week"),
        ("last month", "month"),
        ("in May", "month"),
        ("last January", "month"),
        ("last year", "year"),
        ("ten years ago", "year"),
        ("a decade ago", "decade"),
    ],
)
def test_dates_no_base_keeps_text_and_granularity(text: str, granularity: str) -> None:
    assert resolve_expression(text, None) == EventDate(text, None, granularity)


@pytest.mark.parametrize(
    "text, granularity",
    [
        ("two days earlier", "day"),
        ("two days later", "day"),
        ("three days after the summit", "day"),
        ("a week later", "week"),
        ("months later", "month"),
        ("the following day", "day"),
        ("the next day", "day"),
        ("the day before the vote", "day"),
        ("the previous year", "year"),
        ("a few days ago", "day"),  # vague count: a granularity, no value
        ("several weeks ago", "week"),
        ("years ago", "year"),
        ("decades ago", "decade"),
    ],
)
def test_dates_relative_to_another_event_or_vague_have_no_value(text: str, granularity: str) -> None:
    assert resolve_expression(text, WED) == EventDate(text, None, granularity)


@pytest.mark.parametrize(
    "text",
    [
        "10 years",
        "two days",
        "for decades",
        "for 10 years",
        "in the last year",  # "the last N": a duration, not last year
        "over the next month",
        "for the past week",
        "in the future",
        "recently",
        "soon",
        "now",
        "at the time",
        "",
        "2000 soldiers",
        "the march",
        "it may rain",
    ],
)
def test_dates_durations_and_non_dates_return_none(text: str) -> None:
    assert resolve_expression(text, WED) is None


# --- find_dates ----------------------------------------------------------------------------


def spans(text: str, base: dt.date | None = WED) -> list[tuple[str, str | None]]:
    found = find_dates(text, base)
    for start, end, date in found:
        assert text[start:end] == date.text
    return [(date.text, date.value) for _, _, date in found]


def test_dates_find_years_not_quantities() -> None:
    text = "Since 2012, about 1990 protesters and 2000 soldiers were sent 2,012 km, $2000 and 20123 times."
    assert spans(text) == [("2012", "2012")]


@pytest.mark.parametrize(
    "text",
    [
        "Resolution 1973 was adopted.",
        "The talks resumed at 1930 GMT.",
        "Nearly 2000 people fled.",
        "A 2000-strong force.",
        "Turnout was 2015% of nothing, and 1999.5 is a number.",
        "The year 1850 and 2150 are out of range.",
    ],
)
def test_dates_find_skips_numbers_that_are_not_years(text: str) -> None:
    assert spans(text) == []


def test_dates_find_offsets_and_order() -> None:
    text = "On Monday, the army said that on March 4, 2020 it had withdrawn troops it sent in the 1990s."
    found = find_dates(text, WED)
    assert [(text[s:e], d.value, d.granularity) for s, e, d in found] == [
        ("Monday", "2020-03-02", "day"),
        ("March 4, 2020", "2020-03-04", "day"),
        ("1990s", "199X", "decade"),
    ]
    assert found[0][:2] == (3, 9)
    assert found[1][:2] == (33, 46)


def test_dates_find_prefers_the_longest_match() -> None:
    assert spans("Talks on Wednesday, March 4, 2020 failed.") == [("Wednesday, March 4, 2020", "2020-03-04")]
    assert spans("It happened the day before yesterday.") == [("day before yesterday", "2020-03-02")]
    assert spans("Fighting resumed in early March 2020.") == [("early March 2020", "2020-03")]
    assert spans("The 2020-03-04 meeting") == [("2020-03-04", "2020-03-04")]


def test_dates_find_leaves_prepositions_out_and_modifiers_in() -> None:
    assert spans("He has ruled since mid-2014.") == [("mid-2014", "2014")]
    assert spans("It was agreed earlier this month.") == [("earlier this month", "2020-03")]
    assert spans("Elections are due in May.") == [("May", "2019-05")]


def test_dates_find_needs_capitalised_month_and_weekday_names() -> None:
    assert spans("Theresa May said the march may go ahead on Monday.") == [("Monday", "2020-03-02")]
    assert spans("ELECTIONS ON MARCH 4, 2020") == [("MARCH 4, 2020", "2020-03-04")]


def test_dates_find_named_days_are_not_weekdays() -> None:
    assert spans("On Bloody Sunday, 14 people died.") == []
    assert spans("It happened on Sunday.") == [("Sunday", "2020-03-01")]


def test_dates_find_durations_are_not_dates() -> None:
    assert spans("The siege lasted for 10 years and two days.") == []
    assert spans("Prices rose over the last year.") == []


def test_dates_find_without_base() -> None:
    assert spans("On Monday he recalled the 2017 elections.", None) == [("Monday", None), ("2017", "2017")]


# --- is_historical -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2012", True),
        ("2019", False),  # ends 2019-12-31, within a year of the base
        ("2019-02", True),  # ends 2019-02-28, before 2019-03-04
        ("2019-03", False),  # ends 2019-03-31
        ("2019-03-03", True),
        ("2019-03-04", False),  # exactly one year before: not more than
        ("2018-W10", True),  # ends Sunday 2018-03-11
        ("2019-W10", False),  # ends Sunday 2019-03-10
        ("199X", True),
        ("201X", False),  # ends 2019-12-31
        ("2020-03-04", False),
        ("2021", False),
    ],
)
def test_dates_is_historical(value: str, expected: bool) -> None:
    assert is_historical(value, WED) is expected


def test_dates_is_historical_edge_cases() -> None:
    assert is_historical(None, WED) is False
    assert is_historical("2012", None) is False
    assert is_historical("2016", WED, years=5) is False  # ends 2016-12-31, after 2015-03-04
    assert is_historical("2014", WED, years=5) is True
    assert is_historical("2019-02-27", dt.date(2020, 2, 29)) is True  # cutoff 2019-02-28
    assert is_historical("2019-02-28", dt.date(2020, 2, 29)) is False
    with pytest.raises(ValueError, match="'March 2012' is not an ISO value"):
        is_historical("March 2012", WED)


def test_dates_starts_after_compares_the_first_day_of_the_period() -> None:
    base = dt.date(2021, 5, 4)
    assert starts_after("2021-05-05", base) and not starts_after("2021-05-04", base)
    assert starts_after("2021-06", base) and not starts_after("2021-05", base)
    assert starts_after("2022", base) and not starts_after("2021", base)
    assert not starts_after("2021-W30", base)  # weeks are not judged
    assert not starts_after("nonsense", base)


def test_dates_resolved_values_round_trip_through_is_historical() -> None:
    for text in ("last week", "last month", "last year", "a decade ago", "yesterday", "the 1990s"):
        found = resolve_expression(text, WED)
        assert found is not None and found.granularity in GRANULARITIES
        is_historical(found.value, WED)  # every value we write is one we can read


# --- properties ----------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [" ", ", ", ".", "-", "the ", "in ", "on ", "last ", "next ", "this ", "early ", "mid-", "ago",
     "Monday", "Sunday", "March", "May", "Sept.", "4", "4th", "of", "2012", "1990s", "2,012", "20",
     "day", "days", "week", "weekend", "month", "year", "two", "a few", "yesterday", "today", "later",
     "2020-03-04", "people", "Bloody", "'s"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(st.text(), st.lists(FRAGMENTS, max_size=30).map("".join)),
    base=st.one_of(st.none(), st.dates()),
)
def test_dates_find_dates_property(text: str, base: dt.date | None) -> None:
    found = find_dates(text, base)
    previous_end = 0
    for start, end, date in found:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == date.text
        assert date.granularity in GRANULARITIES
        previous_end = end


# --- issue 9: plausible publication and event dates -------------------------------------------
def test_dates_publication_window_is_a_function_of_today_issue9() -> None:
    from detente.events.publication import publication_window

    assert publication_window(dt.date(2026, 12, 1)) == (dt.date(1945, 1, 1), dt.date(2027, 12, 1))
    assert publication_window(dt.date(2024, 2, 29)) == (dt.date(1945, 1, 1), dt.date(2025, 2, 28))


@pytest.mark.parametrize("text", ["9999-12-31", "2202-03-04", "1900-01-01", "0001-01-01", "March 4, 1944"])
def test_dates_publication_date_outside_the_window_is_refused_issue9(text: str) -> None:
    with pytest.raises(ValueError, match=r"outside the plausible window 1945-01-01 to 2027-12-01"):
        parse_publication_date(text, today=dt.date(2026, 12, 1))


def test_dates_publication_date_at_the_window_edges_is_accepted_issue9() -> None:
    today = dt.date(2026, 12, 1)
    assert parse_publication_date("1945-01-01", today=today) == dt.date(1945, 1, 1)
    assert parse_publication_date("2027-12-01", today=today) == dt.date(2027, 12, 1)
    with pytest.raises(ValueError, match="outside"):
        parse_publication_date("2027-12-02", today=today)


@pytest.mark.parametrize(("value", "published", "problem"), [
    ("2031", WED, "more than 10 years after publication"),
    ("9999-12-31", WED, "more than 10 years after publication"),
    ("0001-01-01", WED, "before 1800"),
    ("1799", WED, "before 1800"),
    ("204X", WED, "more than 10 years after publication"),
    ("9999-12-31", None, "after 2100-12-31"),
    ("2030", WED, None),  # a scheduled event within ten years
    ("1914", WED, None),
    ("199X", WED, None),
    ("2020-W10", WED, None),
    (None, WED, None),
])
def test_dates_event_date_problem_issue9(value, published, problem) -> None:
    from detente.events.date_values import event_date_problem

    found = event_date_problem(value, published)
    assert (found is None) if problem is None else (problem in found)



# --- resolve_relative: relative to another event's date ------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("a year later", EventDate("2018", "2018", "year"), ("2019", "year")),
        ("the following year", EventDate("in 2022", "2022", "year"), ("2023", "year")),
        ("two days later", EventDate("March 4", "2020-03-04", "day"), ("2020-03-06", "day")),
        ("the following week", EventDate("March 4", "2020-03-04", "day"), ("2020-W11", "week")),
        ("three months earlier", EventDate("February 2020", "2020-02", "month"), ("2019-11", "month")),
        ("the previous day", EventDate("March 1", "2020-03-01", "day"), ("2020-02-29", "day")),
    ],
)
def test_dates_relative_to_another_event(text: str, anchor: EventDate, expected: tuple[str, str]) -> None:
    found = resolve_relative(EventDate(text, None, "day"), anchor)
    assert found is not None and (found.value, found.granularity) == expected and found.text == text


@pytest.mark.parametrize(
    "text, anchor",
    [
        ("a few days later", EventDate("March 4", "2020-03-04", "day")),  # vague
        ("days after", EventDate("March 4", "2020-03-04", "day")),  # some days, not one
        ("months later", EventDate("March 2020", "2020-03", "month")),
        ("years earlier", EventDate("2019", "2019", "year")),
        ("the next day", EventDate("2019", "2019", "year")),  # finer than what the anchor gives
        ("a year later", EventDate("March 4", None, "day")),  # the anchor has no value
        ("last year", EventDate("2019", "2019", "year")),  # not relative to an event
    ],
)
def test_dates_relative_to_another_event_unresolved(text: str, anchor: EventDate) -> None:
    assert resolve_relative(EventDate(text, None, "year"), anchor) is None


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # "lifted the ban in June 2025, two years after it halted imports": the halt is the earlier act
        ("two years after", EventDate("June 2025", "2025-06", "month"), ("2023", "year")),
        # "began enriching in 2019, a year before the talks collapsed": the collapse is the later act
        ("a year before", EventDate("2019", "2019", "year"), ("2020", "year")),
        # "later" and "earlier" have no object: the act they modify is the one displaced
        ("two years later", EventDate("June 2025", "2025-06", "month"), ("2027", "year")),
    ],
)
def test_dates_relative_after_with_an_object_heads_the_earlier_act(text: str, anchor: EventDate,
                                                                    expected: tuple[str, str]) -> None:
    found = resolve_relative(EventDate(text, None, "year"), anchor, governs=True)
    assert found is not None and (found.value, found.granularity) == expected
# --- skipping patterns whose words a text lacks (a speed-up) never changes what is found ---------
_GATE_TEXT = ("on Monday MONDAY monday Mon. last next this past coming current week weeks weekend month months year "
              "years decade decades DAYS ago earlier later before after previously prior today tonight this morning "
              "afternoon evening night yesterday tomorrow overnight day days following previous preceding in since "
              "by March march MARCH Sept. Sep May may June 4 4th 21st 2019 1990s 1990S 2020-01-02 , . ' ’s of the "
              "mid- early late two a few ſ K İ ı ٣ Mondayé Marché 12 31 five troops said that same end "
              "until till during from through couple several dozens twenty Tuesday Dec. September")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GATE_TEXT.split()), min_size=1, max_size=14),
       st.sampled_from([dt.date(2023, 5, 17), None]))
def test_dates_skipping_patterns_finds_the_same(words: list[str], base: dt.date | None) -> None:
    text = " ".join(words)
    assert find_dates(text, base) == find_dates(text, base, every_pattern=True)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_GATE_TEXT.split()),
                          st.sampled_from(["", " ", "  ", "-", ",", ", ", "x", "7"])), min_size=1, max_size=12),
       st.sampled_from([dt.date(2023, 5, 17), None]))
def test_dates_trying_patterns_where_words_begin_finds_the_same(pieces: list[tuple[str, str]],
                                                                  base: dt.date | None) -> None:
    # words glued to letters, digits and hyphens ("v2020-01-02", "annext March 4"): a pattern tried only
    # where runs of word characters begin must find what it finds tried at every character
    text = "".join(word + gap for word, gap in pieces)
    assert find_dates(text, base) == find_dates(text, base, every_pattern=True)


def test_dates_patterns_that_can_begin_inside_a_word_are_tried_there() -> None:
    # an ISO date after a letter and "next" closing a longer word begin inside a run of word characters
    found = find_dates("build v2020-01-02 shipped; the annext March 4 date", dt.date(2023, 5, 17))
    assert [d.text for _, _, d in found] == ["2020-01-02", "next March 4"]


# date phrases opening with each kind of word a pattern's match can begin with (written for this test)
_OPENING_PHRASES = (
    "in March", "since March", "by March", "until March", "till March", "during March", "from March",
    "before March", "after March", "through March", "early March", "mid-March", "late March 2020",
    "last March", "next March", "this March", "March 2020", "Sept. 2019", "Dec 2018", "Monday, March 2",
    "Tuesday, 4 March", "this past Monday", "this coming Friday", "last Sunday", "next Wednesday",
    "past Saturday", "coming Thursday", "early Monday", "later Monday night", "today", "tonight",
    "this morning", "this evening", "last night", "the day before yesterday", "day after tomorrow",
    "yesterday", "tomorrow", "overnight", "earlier today", "three days ago", "a few weeks later",
    "a couple of months earlier", "several years before", "dozens of years ago", "days later",
    "weeks earlier", "decades ago", "twenty years later", "last week", "this year", "next month",
    "current decade", "early this year", "that month", "the same day", "later that year", "that December",
    "June of that year", "the end of the year", "the end of next month", "the next day", "the following week",
    "the previous month", "the preceding year", "the prior decade", "the day before", "mid-1990s",
    "late 2019", "the 1980s", "in 2021")


def test_dates_patterns_open_only_with_their_openers() -> None:
    # find_dates tries a pattern only at word starts whose word is one of its openers (or opens with no
    # ASCII letter): every match of it, sought at every character, begins at such a place
    base = dt.date(2023, 5, 17)
    for phrase in _OPENING_PHRASES:
        for text in (phrase, f"Officials said {phrase} that talks would resume.", phrase.upper()):
            for pattern, _, _, at_words, opens, _ in dates._patterns():
                for m in pattern.finditer(text) if at_words else ():
                    run = re.match(r"[A-Za-z]+", text[m.start():])
                    assert run is None or run.group().lower() in opens, (phrase, pattern.pattern[:40])
            assert find_dates(text, base) == find_dates(text, base, every_pattern=True)
    assert len({d.text for p in _OPENING_PHRASES for _, _, d in find_dates(p, base)}) > 60  # they are dates


def test_dates_letters_that_fold_to_ascii_are_not_skipped() -> None:
    # under re.IGNORECASE the Kelvin sign matches "k": "last wee\u212a" is "last week", although
    # the text holds no run of ASCII letters "week"
    found = find_dates("Troops withdrew last wee\u212a, officials said.", dt.date(2023, 5, 17))
    assert [(d.text, d.value) for _, _, d in found] == [("last wee\u212a", "2023-W19")]


# --- anaphoric dates: "that month", "the same day", "that December" ------------------------------


@pytest.mark.parametrize(
    "text, span, granularity",
    [
        ("began patrols in the area that month.", "that month", "month"),
        ("signed a declaration in Athens that December", "that December", "month"),
        ("signed a peace deal in June of that year under which", "June of that year", "month"),
        ("and withdrew its envoy later that year", "later that year", "year"),
        ("and replied on the same day", "same day", "day"),
    ],
)
def test_dates_anaphoric_date_is_found_without_a_value(text: str, span: str, granularity: str) -> None:
    [(start, end, found)] = find_dates(text, WED)
    assert text[start:end] == span and found.text == span
    assert found.value is None and found.granularity == granularity  # resolved against the date before it
    assert dates.is_anaphoric(found)


@pytest.mark.parametrize(
    "text",
    [
        "officials said that year-on-year exports fell",  # "that" is a conjunction; a compound adjective
        "police made arrests on same day",  # "same" without its article
        "the two leaders met that",  # no unit
    ],
)
def test_dates_anaphoric_date_needs_its_form(text: str) -> None:
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("that month", EventDate("February 2024", "2024-02", "month"), ("2024-02", "month")),
        ("that month", EventDate("March 4", "2020-03-04", "day"), ("2020-03", "month")),
        ("that December", EventDate("February 2023", "2023-02", "month"), ("2023-12", "month")),
        ("June of that year", EventDate("early 2025", "2025", "year"), ("2025-06", "month")),
        ("later that year", EventDate("March 4", "2020-03-04", "day"), ("2020", "year")),
        ("same day", EventDate("March 4", "2020-03-04", "day"), ("2020-03-04", "day")),
        ("that week", EventDate("March 4", "2020-03-04", "day"), ("2020-W10", "week")),
    ],
)
def test_dates_anaphoric_date_takes_the_period_of_the_date_before(text: str, anchor: EventDate,
                                                                   expected: tuple[str, str]) -> None:
    found = resolve_relative(EventDate(text, None, "month"), anchor)
    assert found is not None and (found.value, found.granularity) == expected and found.text == text


@pytest.mark.parametrize(
    "text, anchor",
    [
        ("that day", EventDate("in 2019", "2019", "year")),  # finer than the anchor gives
        ("that month", EventDate("in 2019", "2019", "year")),
        ("that year", EventDate("the 1990s", "199X", "decade")),
        ("that month", EventDate("March 4", None, "day")),  # the anchor has no value
    ],
)
def test_dates_anaphoric_date_unresolved(text: str, anchor: EventDate) -> None:
    assert resolve_relative(EventDate(text, None, "month"), anchor) is None


# --- the end of a period: "by the end of the year" ----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("would donate a patrol boat before the end of the year", ("end of the year", "2020", "year")),
        ("pledged to lift the ban by the end of next month", ("end of next month", "2020-04", "month")),
        ("expects a reply by the end of the week", ("end of the week", "2020-W10", "week")),
        ("had promised to finish by the end of last year", ("end of last year", "2019", "year")),
    ],
)
def test_dates_end_of_a_period_dates_that_period(text: str, expected: tuple[str, str, str]) -> None:
    [(_, _, found)] = find_dates(text, WED)
    assert (found.text, found.value, found.granularity) == expected


@pytest.mark.parametrize("text", ["at the end of the day, the ministry said", "the end of the war", "the end of it"])
def test_dates_end_of_something_else_is_no_date(text: str) -> None:
    assert find_dates(text, WED) == []


@pytest.mark.parametrize("text,relative", [
    ("weeks after", True), ("a year later", True), ("the following month", True), ("two days earlier", True),
    ("in July 2021", False), ("last week", False), ("that month", False),
])
def test_dates_is_relative_tells_a_date_told_from_another(text, relative):
    assert dates.is_relative(EventDate(text, None, "week")) is relative
