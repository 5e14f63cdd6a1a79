"""Publication dates given by the user or an article record: the formats detente reads (ISO 8601,
20200304, 2020/03/04, "March 4, 2020", RFC 2822; never an ambiguous 03/04/2020) and the window of
plausible publication dates (1945 to one year after the run's today). The dates of events live in
:mod:`detente.events.dates`, and how far they may lie from publication in :mod:`detente.events.date_values`.
"""

from __future__ import annotations

import datetime as dt
import re

from detente.events.date_values import plus_years, valid_date
from detente.events.dates import word_tables

__all__ = ["EARLIEST_PUBLICATION", "check_publication_date", "parse_publication_date", "parse_publication_format",
           "publication_window"]

_ACCEPTED = (
    "use ISO 8601 (2020-03-04 or 2020-03-04T10:22:00Z), 20200304, 2020/03/04, "
    "'March 4, 2020', '4 March 2020' or RFC 2822 ('Wed, 04 Mar 2020 10:22:00 GMT')"
)
_PUB_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?")
_PUB_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})|(\d{4})/(\d{1,2})/(\d{1,2})")
_PUB_AMBIGUOUS = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_PUB_TEXT = re.compile(
    r"(?:(?P<wd>[A-Za-z]+)\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]+)\.?"
    r"|(?P<m2>[A-Za-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?),?\s+(?P<y>\d{4})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*(?:[+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?)?"
)

EARLIEST_PUBLICATION = dt.date(1945, 1, 1)


def publication_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The plausible publication dates on ``today``: 1945-01-01 to one year after today (inclusive)."""
    return EARLIEST_PUBLICATION, plus_years(today, 1)


def check_publication_date(day: dt.date, today: dt.date | None = None) -> dt.date:
    """Return ``day`` when it lies in :func:`publication_window`, else raise ValueError saying why.

    ``today`` defaults to the system date (the run's today)."""
    first, last = publication_window(today or dt.date.today())
    if not first <= day <= last:
        raise ValueError(f"publication date {day.isoformat()} is outside the plausible window "
                         f"{first.isoformat()} to {last.isoformat()} (1945 to one year after today); "
                         "check the year for a typo")
    return day


def parse_publication_date(value: str, *, today: dt.date | None = None) -> dt.date:
    """Parse a publication date given by the user; raise ValueError naming the accepted formats, or
    saying that the date is outside :func:`publication_window` (``today`` defaults to the system date)."""
    return check_publication_date(parse_publication_format(value), today)


def parse_publication_format(value: str) -> dt.date:
    """Parse a publication date's format only (no window check); raise ValueError naming the formats."""
    s = value.strip()
    if m := _PUB_AMBIGUOUS.fullmatch(s):
        raise ValueError(
            f"publication date {value!r} is ambiguous: {m[1]}/{m[2]} could be month/day or "
            f"day/month; write it as ISO 8601 YYYY-MM-DD (e.g. 2020-03-04)"
        )
    parts: tuple[int, int, int] | None = None
    if _PUB_ISO.fullmatch(s):
        try:
            return dt.datetime.fromisoformat(s).date()
        except ValueError as exc:
            raise ValueError(f"publication date {value!r} is not a valid date ({exc}); {_ACCEPTED}") from None
    elif m := _PUB_COMPACT.fullmatch(s):
        y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        parts = (int(y), int(mo), int(d))
    elif m := _PUB_TEXT.fullmatch(s):
        tables = word_tables()
        month = tables.months.get((m["m1"] or m["m2"]).lower())
        weekday_ok = m["wd"] is None or m["wd"].lower() in tables.weekdays
        if month is not None and weekday_ok:
            parts = (int(m["y"]), month, int(m["d1"] or m["d2"]))
    if parts is None:
        raise ValueError(f"publication date {value!r} is not in a format detente reads; {_ACCEPTED}")
    d = valid_date(*parts)
    if d is None:
        raise ValueError(f"publication date {value!r} is not a valid calendar date; {_ACCEPTED}")
    return d
