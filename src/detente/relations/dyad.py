"""Dyads: the events between two sides over time, each period with its mix of cooperation and
conflict, a relation state and an overall trend; and the strongest relations of a store.

Rules (see :func:`state_of` and :func:`trend_of`):

* a period is ``cooperative`` when at least two thirds of its events are cooperative (quad
  classes 1-2) and their summed Goldstein score is positive, ``conflictual`` when at least two
  thirds are conflictual (quads 3-4) and the sum is negative, ``mixed`` otherwise, ``none``
  without events;
* the trend follows the turning points of the non-empty periods
  (:mod:`detente.relations.changes`: PELT segmentation of the share of cooperation, then of
  material conflict): ``improving`` when the latest one is a rapprochement or a de-escalation,
  ``worsening`` when it is a break or an escalation, ``stable`` without one; ``n/a`` with fewer
  than two non-empty periods and no turning point (a relation opened by a sanction has one, a break,
  even in its one month). Thus ``detente dyad`` and ``detente changes`` always agree; people read
  ``n/a`` with its reason (:func:`trend_text`).
  The trend is always read month by month (``TREND_BY``, the turning points' default period),
  whatever period a dyad is shown by: :func:`trend_of_events` is its one home, used by
  :func:`dyad`, :func:`strongest_relations` and so by every page of the web app.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.relations._index import CONFLICTUAL_QUADS, COOPERATIVE_QUADS, ActorIndex, between, check_grouping, links
from detente.relations.sides import Side, check_two_sides
from detente.store.db import check_page

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase

PERIODS = ("day", "week", "month", "quarter", "year")  # shortest first (the web app's charts go up the list)
TREND_BY = "month"  # the period the trend is read by (that of `detente changes` by default)
MAX_PERIODS = 20_000  # a longer series (55 years by day) keeps only its non-empty periods


@dataclass(frozen=True, slots=True)
class Period:
    """The events between two sides in one period (``start`` is ``None`` for the undated ones)."""

    label: str
    start: dt.date | None
    events: int
    by_plover: dict[str, int]
    by_quad: dict[int, int]
    goldstein: float  # summed over the events
    state: str
    event_ids: list[str]
    reduce_relations: int = 0  # events of CAMEO 16 (reduce or break relations, sanctions, expulsions)

    @property
    def mean_goldstein(self) -> float:
        return self.goldstein / self.events if self.events else 0.0


@dataclass(frozen=True, slots=True)
class Dyad:
    """The relation between two sides, period by period."""

    a: Side
    b: Side
    by: str
    periods: list[Period]
    undated: Period | None
    trend: str

    @property
    def events(self) -> int:
        return sum(p.events for p in self.periods) + (self.undated.events if self.undated else 0)

    def period(self, label: str) -> Period | None:
        return next((p for p in self.periods if p.label == label), None)


@dataclass(frozen=True, slots=True)
class Relation:
    """A pair of actors and how they relate over all their events."""

    a_key: str
    a_name: str
    b_key: str
    b_name: str
    events: int
    state: str
    trend: str
    goldstein: float  # summed over the events

    @property
    def mean_goldstein(self) -> float:
        return self.goldstein / self.events if self.events else 0.0


def state_of(events) -> str:
    """``none``, ``cooperative``, ``conflictual`` or ``mixed`` (module docstring)."""
    return state_of_counts(len(events), sum(e.quad_class in COOPERATIVE_QUADS for e in events),
                           sum(e.quad_class in CONFLICTUAL_QUADS for e in events), sum(e.goldstein for e in events))


def state_of_counts(events: int, cooperative: int, conflictual: int, goldstein: float) -> str:
    """:func:`state_of` from counts (the brief's, summed by the store): the one rule of a relation's state."""
    if not events:
        return "none"
    if 3 * cooperative >= 2 * events and goldstein > 0:
        return "cooperative"
    if 3 * conflictual >= 2 * events and goldstein < 0:
        return "conflictual"
    return "mixed"


def trend_of(periods: list[Period]) -> str:
    """``improving``, ``worsening``, ``stable`` or ``n/a`` (module docstring)."""
    from detente.relations.changes import trend_of_counts

    busy = [p for p in periods if p.events]
    return trend_of_counts([p.events for p in busy],
                           [p.by_quad.get(1, 0) + p.by_quad.get(2, 0) for p in busy],
                           [p.by_quad.get(3, 0) for p in busy], [p.by_quad.get(4, 0) for p in busy],
                           [p.reduce_relations for p in busy])


NO_TREND = "n/a"
REDUCE_ROOT = "16"  # CAMEO 16: reduce relations (the store counts it the same way: store.aggregates)
NO_TREND_WHY = "dated events in fewer than two months"


def trend_text(trend: str) -> str:
    """A trend as the CLI and the pages print it: ``n/a`` says why there is none."""
    return f"{NO_TREND} ({NO_TREND_WHY})" if trend == NO_TREND else trend


def trend_of_events(events) -> str:
    """The trend of a relation from its events, read by ``TREND_BY`` whatever period it is shown by."""
    periods, _ = series(events, TREND_BY)
    return trend_of(periods)


def period_start(day: dt.date, by: str) -> dt.date:
    """The first day of the period holding ``day`` (0001-01-01 is a Monday: every week has its start)."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def period_label(start: dt.date, by: str) -> str:
    """The label of the period starting on ``start``: 2021-03-04, 2021-W09, 2021-03, 2021-Q1, 2021."""
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if by == "quarter":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year:04d}"


def next_start(start: dt.date, by: str) -> dt.date | None:
    """The first day of the next period, or ``None`` after the last one a date can hold (9999)."""
    try:
        if by == "day":
            return start + dt.timedelta(days=1)
        if by == "week":
            return start + dt.timedelta(days=7)
        if by in ("month", "quarter"):
            month = start.month - 1 + (3 if by == "quarter" else 1)
            return dt.date(start.year + month // 12, month % 12 + 1, 1)
        return dt.date(start.year + 1, 1, 1)
    except (ValueError, OverflowError):
        return None


def _count_periods(first: dt.date, last: dt.date, by: str) -> int:
    """How many periods run from the one starting ``first`` to the one starting ``last``."""
    if by == "day":
        return (last - first).days + 1
    if by == "week":
        return (last - first).days // 7 + 1
    if by == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    if by == "quarter":
        return (last.year - first.year) * 4 + (last.month - first.month) // 3 + 1
    return last.year - first.year + 1


def summarize(label: str, start: dt.date | None, events) -> Period:
    """One period's counts, Goldstein sum and state (events in day order)."""
    events = sorted(events, key=lambda e: (e.first_day or dt.date.max, e.id))
    by_plover = Counter(e.plover or f"CAMEO{e.cameo[:2]}" for e in events)
    by_quad = Counter(e.quad_class for e in events)
    return Period(label=label, start=start, events=len(events), by_plover=dict(sorted(by_plover.items())),
                  by_quad=dict(sorted(by_quad.items())), goldstein=sum(e.goldstein for e in events),
                  state=state_of(events), event_ids=[e.id for e in events],
                  reduce_relations=sum(e.cameo.startswith(REDUCE_ROOT) for e in events))


def series(events, by: str) -> tuple[list[Period], Period | None]:
    """Every period from the first dated event's to the last's (empty ones included; only the
    non-empty ones when there would be more than ``MAX_PERIODS``), and the undated events apart.
    Total: any stored day, 0001-01-01 to 9999-12-31, has its period."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    buckets: dict[dt.date, list] = defaultdict(list)
    undated = []
    for event in events:
        if event.first_day is None:
            undated.append(event)
        else:
            buckets[period_start(event.first_day, by)].append(event)
    periods = []
    if buckets and _count_periods(min(buckets), max(buckets), by) > MAX_PERIODS:
        periods = [summarize(period_label(start, by), start, buckets[start]) for start in sorted(buckets)]
    elif buckets:
        start: dt.date | None = min(buckets)
        end = max(buckets)
        while start is not None and start <= end:
            periods.append(summarize(period_label(start, by), start, buckets.get(start, [])))
            start = next_start(start, by)
    return periods, (summarize("undated", None, undated) if undated else None)


def dyad(store, a: Side, b: Side, by: str = "month", include_historical: bool = True, *,
         since: dt.date | None = None, until: dt.date | None = None, kb: KnowledgeBase) -> Dyad:
    """The events between ``a`` and ``b``: one side among the sources and the other among the
    targets (either direction), or both among the sources of an event without targets.
    Negated events are left out; so are events told as history when ``include_historical`` is
    false."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    check_two_sides(a, b)
    index = ActorIndex(store, kb)
    chosen = []
    for event in store.events(actor=sorted(a.keys | a.countries), since=since, until=until):
        if event.historical and not include_historical:
            continue
        if between(a, b, *index.nodes(event)):
            chosen.append(event)
    periods, undated = series(chosen, by)
    trend = trend_of(periods) if by == TREND_BY else trend_of_events(chosen)
    return Dyad(a=a, b=b, by=by, periods=periods, undated=undated, trend=trend)


def strongest_relations(store, limit: int = 10, *, by: str = "actor", include_historical: bool = True,
                        since: dt.date | None = None, until: dt.date | None = None,
                        kb: KnowledgeBase) -> list[Relation]:
    """Pairs of actors ranked by the number of events between them (unresolved words are left
    out), each with its state over all its events and its trend (:func:`trend_of_events`), over the
    events of a span when ``since``/``until`` are given. ``by="party"`` counts officials and sectors
    as their country, members as their group."""
    check_grouping(by)
    check_page(limit)
    index = ActorIndex(store, kb)
    pairs: dict[tuple[str, str], list] = defaultdict(list)
    for event in store.events(since=since, until=until):
        if event.historical and not include_historical:
            continue
        seen = set()
        for x, y in links(*index.nodes(event)):
            px, py = index.party(x, by), index.party(y, by)
            if px is None or py is None or px == py:
                continue
            pair = (px, py) if px < py else (py, px)
            if pair not in seen:
                seen.add(pair)
                pairs[pair].append(event)
    ranked = sorted(pairs.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]
    out = []
    for (ka, kb_), events in ranked:
        out.append(Relation(a_key=ka, a_name=index.name(ka), b_key=kb_, b_name=index.name(kb_),
                            events=len(events), state=state_of(events), trend=trend_of_events(events),
                            goldstein=sum(e.goldstein for e in events)))
    return out
