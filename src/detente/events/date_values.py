"""Date values: the ISO values detente writes ("2020-03-04", "2020-W10", "2020-03", "2020", "199X") as
periods of time.

Their first, middle and last days, whether one begins after a day, whether one is background (it ended
long enough before the publication date) or an implausible event date, and the values of a day, week,
month, year or decade. Finding date expressions in text and resolving them to these values is
:mod:`detente.events.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeGuard

from detente.model import EventDate, Granularity

Resolved = tuple[str | None, Granularity]  # (ISO value or None, granularity)


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when it does not exist (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_value(d: dt.date | None) -> Resolved:
    return (d.isoformat() if d else None, "day")


def week_value(d: dt.date | None) -> Resolved:
    if d is None:
        return (None, "week")
    year, week, _ = d.isocalendar()
    return (f"{year:04d}-W{week:02d}", "week")


def month_value(year: int, month: int) -> Resolved:
    return (f"{year:04d}-{month:02d}" if 1 <= year <= 9999 else None, "month")


def year_value(year: int) -> Resolved:
    return (f"{year:04d}" if 1 <= year <= 9999 else None, "year")


def decade_value(year: int) -> Resolved:
    return (f"{year // 10:03d}X" if 1 <= year <= 9999 else None, "decade")


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + k
    return total // 12, total % 12 + 1


EARLIEST_EVENT = dt.date(1800, 1, 1)
EVENT_MARGIN_YEARS = 10  # scheduled events ("elections in 2026") may lie this far after publication
LATEST_UNDATED_EVENT = dt.date(2100, 12, 31)  # the bound when the article has no publication date


def plus_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (28 February for 29 February), capped at 9999-12-31."""
    year = min(day.year + years, 9999)
    return valid_date(year, day.month, day.day) or dt.date(year, day.month, 28)


def event_date_problem(value: str | None, published: dt.date | None) -> str | None:
    """Why an event date value is implausible for an article published on ``published``, or None.

    Plausible: the period it names ends on or after 1800-01-01 and starts no later than
    EVENT_MARGIN_YEARS (10) years after publication (2100-12-31 without a publication date)."""
    if not value:
        return None
    try:
        end = _period_end(value)
    except ValueError as exc:
        return str(exc)
    start = value_to_day(value) or (dt.date(max(1, int(value[:3]) * 10), 1, 1) if value.endswith("X") else end)
    latest = plus_years(published, EVENT_MARGIN_YEARS) if published else LATEST_UNDATED_EVENT
    if end < EARLIEST_EVENT:
        return f"{value} is before {EARLIEST_EVENT.year}"
    if start > latest:
        after = (f"more than {EVENT_MARGIN_YEARS} years after publication ({published.isoformat()})"
                 if published else f"after {latest.isoformat()}")
        return f"{value} is {after}"
    return None


_VALUE = re.compile(r"(?P<dec>\d{3})X|(?P<y>\d{4})(?:-W(?P<w>\d{2})|-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def _period_end(value: str) -> dt.date:
    """The last day of the period an ISO value names."""
    try:
        if (m := _VALUE.fullmatch(value)) is None:
            raise ValueError(value)
        if m["dec"]:
            return dt.date(int(m["dec"]) * 10 + 9, 12, 31)
        year = int(m["y"])
        if m["w"]:
            return dt.date.fromisocalendar(year, int(m["w"]), 7)
        if m["d"]:
            return dt.date(year, int(m["m"]), int(m["d"]))
        if m["m"]:  # the day before the first of the next month
            return dt.date(*add_months(year, int(m["m"]), 1), 1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31)
    except (ValueError, OverflowError):
        raise ValueError(
            f"date value {value!r} is not an ISO value detente writes "
            "(2012, 2020-03, 2020-03-04, 2020-W10 or 199X)"
        ) from None


# a finished act dated this many days before publication is background, not the news of the day
# ("suspended cooperation in July" in an October story); news covers the last weeks, not months
BACKGROUND_DAYS = 30


def is_historical(value: str | None, base: dt.date | None, *, years: int = 1, days: int | None = None) -> bool:
    """True when the period named by value ended more than `years` years (or `days` days) before base."""
    if value is None or base is None:
        return False
    end = _period_end(value)
    if days is not None:
        return base.toordinal() - days > 0 and end < base - dt.timedelta(days=days)
    if base.year - years < 1:
        return False
    cutoff = valid_date(base.year - years, base.month, base.day) or dt.date(base.year - years, 2, 28)
    return end < cutoff


def value_to_day(value: str | None, middle: bool = False) -> dt.date | None:
    """A day for an ISO value of any granularity: its first day, or its middle with ``middle``."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7 and value[4] == "-":
            return dt.date(int(value[:4]), int(value[5:]), 15 if middle else 1)
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 7 if middle else 1, 1)
        if "-W" in value:
            return dt.date.fromisocalendar(int(value[:4]), int(value.split("W")[1]), 4 if middle else 1)
    except ValueError:
        return None
    return None


def period_days(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period an ISO value of any granularity names ("2025-10": Oct 1-31;
    a day: that day twice), else None (no value, a decade, or a value detente does not write)."""
    first = value_to_day(value)
    if first is None or value is None:
        return None
    try:
        return first, _period_end(value)
    except ValueError:
        return None


def dated_to_come(date: EventDate | None, base: dt.date | None) -> TypeGuard[EventDate]:
    """Whether an event's date begins after ``base``, the publication day (a week judged by its first day, as
    :func:`starts_after` with ``weeks``): an act dated to come ("agreed to convene the committee next week"). False
    with no date value or no publication day."""
    return date is not None and date.value is not None and base is not None \
        and starts_after(date.value, base, weeks=True)


def starts_after(value: str, base: dt.date, weeks: bool = False) -> bool:
    """Whether the period an ISO value names (day, month or year; a week too with ``weeks``) begins after
    ``base``. Week values are not judged by default (a week is too coarse to tell the future from the
    present); ``weeks`` judges them by their first day ("agreed to convene the committee next week")."""
    if "-W" in value and not weeks:
        return False
    day = value_to_day(value)
    return day is not None and day > base
