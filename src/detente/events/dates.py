"""Date expressions: find them in a sentence and resolve them against the publication date.

Relative dates ("on Monday", "last month", "two years ago") are resolved against an
explicit base, the article's publication date, never against today (as dateparser does).
Without a base they keep their words and granularity and get ``value=None``; so do dates
relative to another event ("two days later", "the following week"). Durations ("for 10
years", "two days") and vague words ("recently", "now", "at the time") are not dates.

Spans follow TimeML's TIMEX3 extents: they include modifiers ("last", "early", "mid-")
but not prepositions ("in", "on", "since") or articles ("the"); a caller that cares
about "since 2012" looks at the word before the span.

Month and weekday names, number words and the words that make a 4-digit number a
quantity rather than a year live in ``detente/data/dates.json``. They are read once, on
first use, by ``word_tables()`` (no I/O at import time); the regular expressions built from
them are compiled once by ``_patterns()``. Month and weekday names must be capitalised
(or upper case) so that "may" and "march" stay verbs; bare months ("in May") need a
preposition or a modifier, and only full month names stand without a day or year. Holidays of a fixed date
("New Year's Day", "Christmas Eve", ``holidays`` in the same file) are days, written capitalised, resolved like a month
and day: with their year, or the latest one up to publication.

Publication dates given by the user or an article record are read and checked in
:mod:`detente.events.publication`; the values dates resolve to (ISO days, weeks, months, years, decades)
as periods of time, in :mod:`detente.events.date_values`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple, cast

from detente.events.date_values import (
    Resolved,
    add_months,
    day_value,
    decade_value,
    month_value,
    valid_date,
    value_to_day,
    week_value,
    year_value,
)
from detente.model import EventDate, Granularity

_DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "dates.json"

Resolver = Callable[[re.Match[str], str, dt.date | None], Resolved | None]


class _Tables(NamedTuple):
    months: Mapping[str, int]  # lower-case name or abbreviation -> 1..12
    weekdays: Mapping[str, int]  # lower-case name or abbreviation -> 0 (Monday)..6
    numbers: Mapping[str, int]
    month_full: tuple[str, ...]
    month_abbr: tuple[str, ...]
    weekday_full: tuple[str, ...]
    vague_numbers: tuple[str, ...]
    quantity_nouns: frozenset[str]
    quantity_words: frozenset[str]
    named_days: frozenset[str]
    holidays: Mapping[str, tuple[int, int]]
    holiday_names: tuple[str, ...]


@lru_cache(maxsize=1)
def word_tables() -> _Tables:
    """Return the word tables of ``data/dates.json``, read once."""
    raw = json.loads(_DATA_FILE.read_text(encoding="utf-8"))
    months = {w.lower(): i for i, names in enumerate(raw["months"], 1) for w in names}
    weekdays = {w.lower(): i for i, names in enumerate(raw["weekdays"]) for w in names}
    return _Tables(
        months=MappingProxyType(months),
        weekdays=MappingProxyType(weekdays),
        numbers=MappingProxyType({k.lower(): int(v) for k, v in raw["numbers"].items()}),
        month_full=tuple(names[0] for names in raw["months"]),
        month_abbr=tuple(w for names in raw["months"] for w in names[1:]),
        weekday_full=tuple(names[0] for names in raw["weekdays"]),
        vague_numbers=tuple(raw["vague_numbers"]),
        quantity_nouns=frozenset(w.lower() for w in raw["quantity_nouns"]),
        quantity_words=frozenset(w.lower() for w in raw["quantity_words"]),
        named_days=frozenset(w.lower() for w in raw["named_days"]),
        holidays=MappingProxyType({_holiday_key(k): (v[0], v[1]) for k, v in raw["holidays"].items()}),
        holiday_names=tuple(raw["holidays"]),
    )


def _holiday_key(phrase: str) -> str:
    """A holiday phrase as ``holidays`` in data/dates.json keys it: lower case, one space, a straight apostrophe."""
    return " ".join(phrase.lower().replace("\u2019", "'").split())


def _nearest(base: dt.date, month: int, day: int, after: bool) -> dt.date | None:
    """The latest month/day on or before base, or the first one after it."""
    years = range(base.year, base.year + 9) if after else range(base.year, base.year - 9, -1)
    for year in years:
        d = valid_date(year, month, day)
        if d is not None and (d > base if after else d <= base):
            return d
    return None


_PREV_WORD = re.compile(r"([^\W\d_]+)[\W_]*$")
_NEXT_WORD = re.compile(r"[\s-]*([^\W\d_]+)")


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else ""


def _month_of(word: str) -> int:
    return word_tables().months[word.rstrip(".").lower()]


def _words(m: re.Match[str], group: str) -> str:
    """The group's words, lower case and single-spaced ('' when it did not match)."""
    return " ".join((m.groupdict().get(group) or "").lower().split())


def _r_iso(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    d = valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return day_value(d) if d else None


def _r_month_day(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    month, day = _month_of(m["mon"]), int(m["d"])
    if m["y"]:
        d = valid_date(int(m["y"]), month, day)
        return day_value(d) if d else None
    if valid_date(2000, month, day) is None:  # 2000 is a leap year: only impossible days fail
        return None
    if base is None:
        return (None, "day")
    return day_value(_nearest(base, month, day, after=_words(m, "rel") == "next"))


def _r_month_year(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    return month_value(int(m["y"]), _month_of(m["mon"]))


def _r_month(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    if not (m["prep"] or m["mod"] or m["rel"] or m["ry"]):
        return None  # a bare "May" is too often a name or a verb
    month = _month_of(m["mon"])
    if base is None:
        return (None, "month")
    rel, ry = _words(m, "rel"), _words(m, "ry")
    if ry:
        year = base.year + {"last": -1, "this": 0, "next": 1}[ry]
    elif rel == "last":
        year = base.year if month < base.month else base.year - 1
    elif rel == "next":
        year = base.year if month > base.month else base.year + 1
    elif rel == "this":
        year = base.year
    else:
        year = base.year if month <= base.month else base.year - 1
    return month_value(year, month)


def _r_holiday(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    month, day = word_tables().holidays[_holiday_key(m["hol"])]
    if m["y"]:
        return day_value(valid_date(int(m["y"]), month, day))
    if base is None:
        return (None, "day")
    return day_value(_nearest(base, month, day, after=False))


def _r_decade(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    return decade_value(int(m["dec"]))


def _r_year(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    tables = word_tables()
    if _next_word(text, m.end("x")) in tables.quantity_nouns:
        return None  # "2000 soldiers", "1930 GMT"
    if not m["mod"] and _prev_word(text, m.start("x")) in tables.quantity_words:
        return None  # "nearly 2000", "Resolution 1973"
    return year_value(int(m["y"]))


def _r_weekday(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    rel = _words(m, "rel")
    if not rel and not m["mod"] and _prev_word(text, m.start("x")) in word_tables().named_days:
        return None  # "Bloody Sunday" names a day, it does not date one
    if base is None:
        return (None, "day")
    target, today = word_tables().weekdays[m["wd"].lower()], base.weekday()
    if rel in ("next", "coming", "this coming"):
        return day_value(base + dt.timedelta(days=(target - today) % 7 or 7))
    if rel in ("last", "past", "this past"):
        return day_value(base - dt.timedelta(days=(today - target) % 7 or 7))
    if rel == "this":
        return day_value(base + dt.timedelta(days=target - today))
    return day_value(base - dt.timedelta(days=(today - target) % 7))


# "overnight" is the night before the story: wires date it by the day they publish ("struck overnight")
_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1, "overnight": 0}
_DAY_OFFSETS |= {"day before yesterday": -2, "day after tomorrow": 2}


def _r_relday(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    if base is None:
        return (None, "day")
    return day_value(base + dt.timedelta(days=_DAY_OFFSETS.get(_words(m, "w"), 0)))


def _r_ago(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    unit, counted = m["u"].lower(), m["n"] is not None
    if not counted and not m["pl"]:
        return None  # "day before" (handled elsewhere), "year after"
    n = cardinal(m["n"]) if counted else None
    if _words(m, "dir") != "ago" or base is None or n is None:
        return (None, cast(Granularity, unit))  # relative to another event, or vague ("a few days ago")
    if unit == "day":
        return day_value(base - dt.timedelta(days=n))
    if unit == "week":
        return week_value(base - dt.timedelta(weeks=n))
    if unit == "month":
        return month_value(*add_months(base.year, base.month, -n))
    return year_value(base.year - n) if unit == "year" else decade_value(base.year - 10 * n)


def cardinal(word: str) -> int | None:
    """The number a cardinal is written with, in figures or words ("12", "two", "Twenty"), or None."""
    key = " ".join(word.lower().split())
    return int(key) if key.isdigit() else word_tables().numbers.get(key)


def _r_period(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    rel, unit = _words(m, "rel"), m["u"].lower()
    if rel in ("last", "next") and _prev_word(text, m.start("x")) == "the":
        return None  # "in the last year", "over the next month" are durations
    k = {"last": -1, "next": 1}.get(rel, 0)
    if base is None:
        return (None, "week" if unit == "weekend" else cast(Granularity, unit))
    if unit == "weekend":
        saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
        if base.weekday() < 5:  # on a weekday, "this weekend" is the coming one
            saturday += dt.timedelta(days=7)
        return week_value(saturday + dt.timedelta(weeks=k))
    return _shifted(base, unit, k)


def _shifted(base: dt.date, unit: str, k: int) -> Resolved:
    """The week, month, year or decade ``k`` such periods from the one of ``base``."""
    if unit == "week":
        return week_value(base + dt.timedelta(weeks=k))
    if unit == "month":
        return month_value(*add_months(base.year, base.month, k))
    return year_value(base.year + k) if unit == "year" else decade_value(base.year + 10 * k)


def _r_anaphoric(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    if m["same"] and (m["mon"] or _prev_word(text, m.start("same")) != "the"):
        return None  # "the same month", not "same December" or "on same day"
    unit = (m["u"] or "").lower()
    if m["mon"] or m["mon2"]:
        return (None, "month")
    return (None, cast(Granularity, unit) if unit in ("week", "month", "year") else "day")


def _r_period_end(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    unit = m["u"].lower()
    if base is None:
        return (None, cast(Granularity, unit))
    return _shifted(base, unit, {"last": -1, "next": 1}.get(_words(m, "rel"), 0))


def _r_relevent(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    unit = (m["u1"] or m["u2"] or "day").lower()
    return (None, cast(Granularity, unit) if unit in ("week", "month", "year", "decade") else "day")


def _names(words: tuple[str, ...], *, dot: bool = False) -> str:
    """A case-sensitive alternation of the words, capitalised or upper case."""
    forms = sorted({f for w in words for f in (w, w.upper())}, key=len, reverse=True)
    return r"\b(?-i:" + "|".join(map(re.escape, forms)) + r")\b" + (r"\.?" if dot else "")


# A pattern is tried only on a text that holds, for each of its word sets, one of the words as a run
# of ASCII letters ("0": a digit). Every match of the pattern holds such a whole word, so no date is
# lost, and most sentences skip most of the 14 passes (a text with none of the words skips them all).
# Under re.IGNORECASE four non-ASCII letters match ASCII ones ("K" Kelvin sign, "ſ", "ı", "İ"): a
# text holding one is tried with every pattern.
_DIGIT = "0"
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_ANY_DIGIT = re.compile(r"\d")  # as the patterns' \d: any Unicode digit
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
Needs = tuple[frozenset[str], ...]
# Where a pattern's matches can begin. WORD_START: only where a run of word characters begins (each of its
# alternatives opens, after optional words that open the same way, with "\b" or a lookbehind that rules
# out a word character before its first word or number), so find_dates tries it there alone (one attempt
# a word instead of one a character); ANYWHERE: at any character ("v2020-01-02", and "next" has no "\b").
WORD_START, ANYWHERE = True, False
_WORD_START = re.compile(r"(?<!\w)\w")
# A word start with its run of ASCII letters (group 1; None when the word begins with a digit, "_" or
# another letter). A WORD_START pattern's *openers* are the words in lower case that a match beginning
# with an ASCII letter begins with, each followed in the pattern by a space, a hyphen, "\b" or an
# optional "s" and a space (so the whole run is the word): find_dates tries the pattern at a word start
# whose run is one of them, or that begins with no ASCII letter (a number: "4 March", "1990s"); a pattern
# with a word that may open a match inside a word ("next", which has no "\b") is also tried where it is.
_OPENING = re.compile(r"(?<!\w)(?:([A-Za-z]+)|\w)")
Opens = frozenset[str]
_MOD = ("early", "earlier", "late", "later", "mid")  # "early March", "mid-2020"
_MONTH_PREP = ("in", "since", "by", "until", "till", "during", "from", "before", "after", "through")
_WEEKDAY_REL = ("this past", "this coming", "last", "next", "this", "past", "coming")
_RELDAY = ("today", "tonight", "this morning", "this afternoon", "this evening", "last night", "day before yesterday",
           "day after tomorrow", "yesterday", "tomorrow", "overnight")
_UNITS = ("day", "week", "month", "year", "decade")
# the units a span of time is counted in, by lemma ("within a week after", "hours before")
TIME_UNITS = frozenset(_UNITS) | {"hour", "minute"}
_PERIOD_REL = ("last", "this", "next", "current")
_RELEVENT_OPEN = ("next", "following", "previous", "preceding", "prior", "day")


def _openers(*groups: Iterable[str]) -> Opens:
    """The first words, in lower case, of the phrases of ``groups`` (see :data:`_OPENING`); each phrase
    begins with an ASCII letter."""
    out = set()
    for phrase in (p for group in groups for p in group):
        run = _LETTER_RUN.match(phrase.lower())
        if run is None:
            raise ValueError(f"a date pattern's opening word {phrase!r} does not begin with an ASCII letter")
        out.add(run.group())
    return frozenset(out)


def _alternatives(words: Iterable[str]) -> str:
    """Words as alternatives of a pattern, a space in one standing for any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], Resolver, Needs, bool, Opens, re.Pattern[str] | None], ...]:
    """Compile the date patterns once, with the words each needs, where its matches can begin (WORD_START or
    ANYWHERE), for WORD_START the words they open with (its openers) and the word that may open one inside
    a run of word characters (None: none can); each resolver returns None to reject its match."""
    t = word_tables()
    month_any = _names(t.month_full + t.month_abbr, dot=True)
    month_full = _names(t.month_full)
    weekday = _names(t.weekday_full)
    counts = sorted([*t.numbers, *t.vague_numbers], key=len, reverse=True)
    num = _alternatives(counts) + r"|\d{1,3}"
    mod = rf"(?:\b(?P<mod>{_alternatives(_MOD)})(?:\s+|-))?"
    ordinal = r"(?:st|nd|rd|th)?\b"
    year = r"(?:,?\s+(?P<y>\d{4})\b)?"
    day_part = r"(?:\s+(?:morning|afternoon|evening|night)\b)?"  # "Monday night"
    # as written, a curly apostrophe for a straight one
    holiday = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in t.holiday_names)
    digit = frozenset({_DIGIT})
    any_month = frozenset(w.lower() for w in t.month_full + t.month_abbr)
    full_month = frozenset(w.lower() for w in t.month_full)
    full_weekday = frozenset(w.lower() for w in t.weekday_full)
    units = frozenset(_UNITS)
    if not all(map(_WORD_START.match, (*t.month_full, *t.month_abbr, *t.weekday_full, *counts))):
        raise ValueError(f"{_DATA_FILE.name}: a month, weekday or number word does not begin with a letter or digit")
    sources: list[tuple[Resolver, str, Needs, bool] | tuple[Resolver, str, Needs, bool, Opens]
                  | tuple[Resolver, str, Needs, bool, Opens, str]] = [
        (_r_iso, r"(?<![\d-])(?P<x>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))(?!\d|-\d)", (digit,), ANYWHERE),
        # a holiday of a fixed date, "on New Year's Day", "New Year's Eve 2020" (``holidays`` in data/dates.json)
        (_r_holiday, rf"(?P<x>(?-i:(?P<hol>{holiday})){year})", (frozenset({"new", "christmas"}),), WORD_START,
         _openers(("new", "christmas"))),
        # "Monday, March 2", "March 4th, 2020"
        # "next" has no "\b": a match may also begin inside a word ("annext March 4")
        (_r_month_day, rf"(?P<x>(?:{weekday},?\s+)?{mod}(?:(?P<rel>next)\s+)?(?P<mon>{month_any})\s+"
                       rf"(?P<d>\d{{1,2}}){ordinal}{year})", (digit, any_month), WORD_START,
         _openers(t.weekday_full, _MOD, ("next",), t.month_full, t.month_abbr), "next"),
        (_r_month_day, rf"(?P<x>(?:{weekday},?\s+)?(?<![\d.,])\b(?P<d>\d{{1,2}}){ordinal}(?:\s+of)?\s+"
                       rf"(?P<mon>{month_any}){year})", (digit, any_month),
         WORD_START, _openers(t.weekday_full)),  # "4 March 2020", "4th of March"
        (_r_month_year, rf"(?P<x>{mod}(?P<mon>{month_any})(?:\s+of)?,?\s+(?P<y>\d{{4}})\b)", (digit, any_month),
         WORD_START, _openers(_MOD, t.month_full, t.month_abbr)),
        (_r_month, rf"(?:\b(?P<prep>{_alternatives(_MONTH_PREP)})\s+)?"
                   rf"(?P<x>{mod}(?:\b(?P<rel>last|next|this)\s+)?(?P<mon>{month_full})"
                   r"(?:\s+(?P<ry>last|this|next)\s+year\b)?)(?!['’]s\b)", (full_month,), WORD_START,
         _openers(_MONTH_PREP, _MOD, ("last", "next", "this"), t.month_full)),
        (_r_decade, rf"(?P<x>{mod}(?<![\w'’$])(?P<dec>(?:1[89]|20)\d0)s)\b",
         (digit, frozenset({"s"})), WORD_START, _openers(_MOD)),  # the "s" of "1990s" is a run of letters of its own
        (_r_year, rf"(?P<x>{mod}(?<![\w$£€#'’])(?<!\d[.,])(?P<y>(?:19|20)\d\d))(?![\w%]|[.,]\d)", (digit,), WORD_START,
         _openers(_MOD)),
        (_r_weekday, rf"(?P<x>{mod}(?:\b(?P<rel>{_alternatives(_WEEKDAY_REL)})"
                     rf"\s+)?(?P<wd>{weekday}){day_part})", (full_weekday,), WORD_START,
         _openers(_MOD, _WEEKDAY_REL, t.weekday_full)),
        (_r_relday, rf"(?P<x>{mod}\b(?P<w>{_alternatives(_RELDAY)})\b{day_part})",
         (frozenset({"today", "tonight", "morning", "afternoon", "evening", "night", "yesterday", "tomorrow",
                     "overnight"}),), WORD_START, _openers(_MOD, _RELDAY)),
        (_r_ago, rf"(?P<x>(?:\b(?P<n>{num})\s+)?\b(?P<u>{_alternatives(_UNITS)})(?P<pl>s)?\s+"
                 r"(?P<dir>ago|earlier|later|before|after|previously|prior)\b)",
         (frozenset({"ago", "earlier", "later", "before", "after", "previously", "prior"}),
          units | {f"{u}s" for u in units}), WORD_START, _openers(counts, _UNITS, (f"{u}s" for u in _UNITS))),
        (_r_period, rf"(?P<x>{mod}\b(?P<rel>{_alternatives(_PERIOD_REL)})\s+"
                    r"(?P<u>week|weekend|month|year|decade)\b)",
         (frozenset(_PERIOD_REL), units | {"weekend"}), WORD_START, _openers(_MOD, _PERIOD_REL)),
        # "that month", "later that year", "the same day", "that December", "June of that year": the period
        # of a date said before (resolved by resolve_relative against it)
        (_r_anaphoric, rf"(?P<x>{mod}\b(?:that|(?P<same>same))\s+"
                       rf"(?:(?P<u>day|morning|afternoon|evening|night|week|month|year)|(?P<mon>{month_full}))\b(?!-)|(?P<mon2>{month_full})\s+(?:of\s+)?that\s+year\b(?!-))",
         (frozenset({"that", "same"}),
          frozenset({"day", "morning", "afternoon", "evening", "night", "week", "month", "year"}) | full_month),
         WORD_START, _openers(_MOD, ("that", "same"), t.month_full)),
        # "by the end of the year", "before the end of next month": the period, said of its end
        (_r_period_end, r"(?P<x>\bend\s+of\s+(?:the|this|(?P<rel>next|last))\s+(?P<u>week|month|year)\b)",
         (frozenset({"end"}), frozenset({"week", "month", "year"})), WORD_START, _openers(("end",))),
        (_r_relevent, r"(?P<x>\b(?:next\s+(?P<u1>day|morning)|(?:following|previous|preceding|prior)\s+"
                      r"(?P<u2>day|morning|evening|night|week|month|year|decade)|day\s+(?:before|after))\b)",
         (frozenset(_RELEVENT_OPEN), units | {"morning", "evening", "night"}), WORD_START, _openers(_RELEVENT_OPEN)),
    ]
    return tuple((re.compile(source[1], re.IGNORECASE), source[0], source[2], source[3],
                  source[4] if len(source) > 4 else frozenset(),
                  re.compile(source[5], re.IGNORECASE) if len(source) > 5 else None) for source in sources)


def _words_of(text: str) -> set[str] | None:
    """The text's runs of ASCII letters in lower case, and "0" if it has a digit; None when a letter
    in it may match an ASCII letter of a pattern under re.IGNORECASE (every pattern is then tried).
    Lower-casing the whole text first gives the same runs: of all characters only "İ" and the Kelvin
    sign, both ruled out here, lower-case to ASCII letters."""
    if _FOLDS_TO_ASCII.search(text):
        return None
    words = set(_LETTER_RUN.findall(text.lower()))
    if _ANY_DIGIT.search(text):
        words.add(_DIGIT)
    return words


def find_dates(text: str, base: dt.date | None, *, every_pattern: bool = False,
               spans: bool = True) -> list[tuple[int, int, EventDate]]:
    """Return every date expression in text as sorted, non-overlapping (start, end, EventDate); two that bound
    a span ("between 2016 and 2019") are one expression without a value, unless ``spans`` is false.
    ``every_pattern`` tries every pattern at every character, skipping none for want of its words nor
    trying it only where words begin (the same result, slower)."""
    words = None if every_pattern else _words_of(text)
    # where runs of word characters begin, with their runs of ASCII letters in lower case (None: the word begins
    # with no ASCII letter), found once if a pattern needs them
    openings: list[tuple[int, str | None]] | None = None
    found: list[tuple[int, int, int, Resolved]] = []
    for order, (pattern, resolve, needs, at_words, opens, inside) in enumerate(_patterns()):
        if words is not None and any(map(frozenset.isdisjoint, needs, repeat(words))):
            continue  # a word every match needs is missing
        if at_words and not every_pattern and (words is not None or inside is None):
            if openings is None:
                openings = [(m.start(), None if run is None else run.lower())
                            for m in _OPENING.finditer(text) for run in (m.group(1),)]
            # at a word that opens with an ASCII letter, only where the word is one of the pattern's openers
            # (with a letter that folds to ASCII in the text, every word start: see _words_of)
            tries = [start for start, run in openings if run is None or run in opens] if words is not None \
                else [start for start, _ in openings]
            if inside is not None:  # and where the word that may open a match inside a word is
                tries = sorted({*tries, *(m.start() for m in inside.finditer(text))})
            matches: Iterator[re.Match[str]] = _matches_at(pattern, text, tries)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            try:
                resolved = resolve(m, text, base)
            except (OverflowError, ValueError):  # a base near year 1 or 9999
                resolved = None
            if resolved is not None:
                found.append((m.start("x"), m.end("x"), order, resolved))
    found.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))  # longest first, then leftmost
    starts: list[int] = []  # the chosen spans, kept sorted; they never overlap
    chosen: list[tuple[int, int, EventDate]] = []
    for start, end, _, (value, granularity) in found:
        i = bisect.bisect_left(starts, start)
        if (i and chosen[i - 1][1] > start) or (i < len(chosen) and chosen[i][0] < end):
            continue
        starts.insert(i, start)
        chosen.insert(i, (start, end, EventDate(text[start:end], value, granularity)))
    return _month_pairs(text, _spans(text, chosen)) if spans else chosen


# "between 2016 and 2019", "in the 2013-2018 war": two dates bounding a span of time, which dates no one act
# (the gold writes null); the words before the first date and between the two. "From 1998 to 2000" is not one:
# "from" names when the act began, and the gold dates the act by it ("fought a border war from 1998 to 2000": 1998)
_SPAN_OPEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_SPAN_AND = re.compile(r"^\s+and\s+$", re.IGNORECASE)
_SPAN_DASH = re.compile(r"^\s*[-–—]\s*$")


def _spans(text: str, chosen: list[tuple[int, int, EventDate]]) -> list[tuple[int, int, EventDate]]:
    """The dates with two that bound a span joined into one expression without a value ("2016 and 2019" of
    "between 2016 and 2019", "2019-2022"), of the later one's granularity; both must name a year."""
    out: list[tuple[int, int, EventDate]] = []
    i = 0
    while i < len(chosen):
        start, end, value = chosen[i]
        if i + 1 < len(chosen) and _bounds_span(text, chosen[i], chosen[i + 1]):
            _, end2, value2 = chosen[i + 1]
            out.append((start, end2, EventDate(text[start:end2], None, value2.granularity)))
            i += 2
            continue
        out.append((start, end, value))
        i += 1
    return out


# "in February and March 2025", "from March to July 2024": a bare month joined to a month with a year shares that
# year; the words between the two
_MONTH_PAIR = re.compile(r"^\s+(?:and|or|to|through|until|till)\s+$|^\s*[-–—]\s*$", re.IGNORECASE)
_MONTH_AND = re.compile(r"^\s+(?:and|or)\s+$", re.IGNORECASE)


def _month_pairs(text: str, chosen: list[tuple[int, int, EventDate]]) -> list[tuple[int, int, EventDate]]:
    """The dates with a bare month joined to a month of a named year made one expression in that year (session 50):
    two months joined by "and" or "or" ("sailed around the islands in February and March 2025") date the act by the
    year they share, as the dev gold does, and a run of months ("from March to July 2024") by the month it starts in,
    as "from 1998 to 2000" is dated by 1998 (the bare month alone would be read as the last such month before
    publication, 2026-02 in a story of late 2026)."""
    out: list[tuple[int, int, EventDate]] = []
    i = 0
    while i < len(chosen):
        start, end, one = chosen[i]
        if i + 1 < len(chosen) and one.granularity == "month" and not any(ch.isdigit() for ch in one.text) \
                and one.text.rstrip(".").lower() in word_tables().months:
            _, end2, two = chosen[i + 1]
            between = text[end:chosen[i + 1][0]]
            if two.granularity == "month" and two.value and two.value[:4].isdigit() and two.text[-4:].isdigit() \
                    and _MONTH_PAIR.match(between):
                year = two.value[:4]
                joined = EventDate(text[start:end2], year, "year") if _MONTH_AND.match(between) \
                    else EventDate(text[start:end2], f"{year}-{_month_of(one.text):02d}", "month")
                out.append((start, end2, joined))
                i += 2
                continue
        out.append((start, end, one))
        i += 1
    return out


def _bounds_span(text: str, first: tuple[int, int, EventDate], second: tuple[int, int, EventDate]) -> bool:
    """Whether two dates of a text bound a span ("between X and Y", "X-Y"), both with a year."""
    (start, end, one), (start2, _, two) = first, second
    if not (one.value and two.value and one.value[:4].isdigit() and two.value[:4].isdigit()
            and one.granularity in ("year", "month", "decade") and two.granularity in ("year", "month", "decade")):
        return False
    between = text[end:start2]
    if _SPAN_DASH.match(between):
        return True
    return _SPAN_OPEN.search(text[max(0, start - 12):start]) is not None and _SPAN_AND.match(between) is not None


def is_span(expression: EventDate) -> bool:
    """Whether a date expression is a span bounded by two dates ("2016 and 2019", "2019-2022")."""
    return expression.value is None and span_end(expression) is not None


def span_end(expression: EventDate) -> str | None:
    """The value of the date that ends a span ("2019" of "2016 and 2019"), or None when it is no span."""
    if expression.value is not None:
        return None
    parts = find_dates(expression.text, None, spans=False)
    if len(parts) != 2 or parts[0][0] != 0 or parts[1][1] != len(expression.text):
        return None
    between = expression.text[parts[0][1]:parts[1][0]]
    if not (_SPAN_DASH.match(between) or _SPAN_AND.match(between)):
        return None
    return parts[1][2].value


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can begin only at ``starts`` (in order): tried at
    those alone, each at or after the end of the match before (``match`` at a position sees the text before
    it, as a search does)."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                end = m.end()
                yield m


_RELATIVE = re.compile(
    r"^(?:the\s+)?(?:(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+)?(?P<u>day|week|month|year|decade)(?P<pl>s)?\s+"
    r"(?P<dir>later|after|earlier|before|previously|prior)$"
    r"|^(?:the\s+)?(?P<rel>following|next|previous|preceding|prior)\s+(?P<u2>day|week|month|year|decade)$",
    re.IGNORECASE)
_ANAPHORIC = re.compile(
    r"^(?:(?:early|earlier|late|later|mid)[\s-]+)?(?:that|(?:the\s+)?same)\s+(?:(?P<u>day|morning|afternoon|evening"
    r"|night|week|month|year)|(?P<mon>[a-z]+))$|^(?P<mon2>[a-z]+)\s+(?:of\s+)?that\s+year$", re.IGNORECASE)


def is_anaphoric(expression: EventDate) -> bool:
    """Whether a date names the period of a date said before it ("that month", "the same day", "that
    December"), which may lie in an earlier sentence."""
    return _ANAPHORIC.match(" ".join(expression.text.split())) is not None


def is_relative(expression: EventDate) -> bool:
    """Whether a date is told from another event's ("weeks after", "a year later", "the following
    month"), whether or not it resolves to a value."""
    return _RELATIVE.match(" ".join(expression.text.split())) is not None


def follows_a_date(expression: EventDate) -> bool:
    """Whether a date is told on from a date said before it ("a year later", "the following month"), not from now
    ("next year") nor as the time of another act it heads ("two years after it halted imports")."""
    words = " ".join(expression.text.lower().split())
    return is_relative(expression) and not words.endswith(("after", "before")) \
        and (words.startswith(("the ", "following", "preceding")) or words.endswith(("later", "earlier")))


_ORDER: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}


def resolve_relative(expression: EventDate, anchor: EventDate, governs: bool = False) -> EventDate | None:
    """A date relative to another event ("a year later", "the following month", "two days earlier"),
    resolved against that event's date; None when it cannot be ("a few days later", "days after", a
    unit finer than the anchor's: "the next day" after "in 2019"). With ``governs``, "after" and "before" head the
    other event ("lifted the ban in June, two years after it halted imports"): that event lies the
    count before the anchor (after) or after it (before), not the other way round."""
    if not anchor.value:
        return None
    text = " ".join(expression.text.split())
    if (same := _ANAPHORIC.match(text)) is not None:
        return _same_period(expression, same, anchor)
    m = _RELATIVE.match(text)
    if m is None:
        return None
    if m["u2"]:
        unit, n = m["u2"].lower(), (1 if m["rel"].lower() in ("following", "next") else -1)
    else:
        unit = m["u"].lower()
        count = cardinal(m["n"]) if m["n"] else (None if m["pl"] else 1)
        if count is None:
            return None  # "a few days later"; "days after", "months later": some, not one
        n = count if m["dir"].lower() in ("later", "after") else -count
        if governs and m["dir"].lower() in ("after", "before"):
            n = -n
    granularity = anchor.granularity if anchor.granularity in _ORDER else None
    if granularity is None or _ORDER[unit] < _ORDER[granularity] or unit == "decade":
        return None
    day = value_to_day(anchor.value)
    if day is None:
        return None
    try:
        if unit == "day":
            value, kind = day_value(day + dt.timedelta(days=n))
        elif unit == "week":
            value, kind = week_value(day + dt.timedelta(weeks=n))
        elif unit == "month":
            value, kind = month_value(*add_months(day.year, day.month, n))
        else:
            value, kind = year_value(day.year + n)
    except (OverflowError, ValueError):
        return None
    return EventDate(expression.text, value, kind)


def _same_period(expression: EventDate, m: re.Match[str], anchor: EventDate) -> EventDate | None:
    """ "that month", "the same day", "that December": the anchor's period at the unit said, or its
    year with the month named; None when the anchor is coarser than the unit ("that day" after "in 2019")."""
    day, granularity = value_to_day(anchor.value), anchor.granularity
    if day is None or granularity not in _ORDER:
        return None
    name = m["mon"] or m["mon2"]
    if name is not None:
        month = word_tables().months.get(name.lower())
        return None if month is None else EventDate(expression.text, *month_value(day.year, month))
    unit = m["u"].lower()
    unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit
    if _ORDER[unit] < _ORDER[granularity]:
        return None
    resolved = {"day": day_value, "week": week_value}.get(unit)
    if resolved is not None:
        return EventDate(expression.text, *resolved(day))
    return EventDate(expression.text, *(month_value(day.year, day.month) if unit == "month" else year_value(day.year)))


def resolve_expression(text: str, base: dt.date | None) -> EventDate | None:
    """Resolve one date expression against base; None when it names no point or period in time."""
    spans = find_dates(text, base) or find_dates(text.title(), base)
    if not spans:
        return None
    _, _, found = max(spans, key=lambda s: s[1] - s[0])  # max keeps the first of equals
    return EventDate(text.strip(), found.value, found.granularity)
