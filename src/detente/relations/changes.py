"""Turning points: where the relation between two parties changed, dated, with its evidence.

For every pair of parties with at least ``min_events`` dated events, the series of its non-empty
periods (week, month, quarter or year) is segmented by PELT with a binomial cost and a BIC
penalty scaled to the noise (the method and why: :mod:`detente.relations.segment`), first on
cooperation vs conflict, then on verbal vs material conflict. Each change of state between two
neighbouring segments is a :class:`TurningPoint`:

* ``break``: cooperative -> conflictual (verbal or material);
* ``rapprochement``: conflictual -> cooperative;
* ``escalation``: verbal conflict -> material conflict;
* ``de-escalation``: material conflict -> verbal conflict.

A relation whose first recorded state is conflict and whose first period holds an event of
CAMEO 16 (reduce or break relations, sanctions, halt negotiations, expel: PLOVER SANCTION, or
COERCE for sanctions, CAMEO 163) opens with a
``break``: the news itself says that the relation got worse (its ``before`` state is
``unrecorded``, its confidence ``1 - 0.5 ** (such events)``).

The date of a turning point is the first day of the first period of the new state; the
evidence is the strongest events (largest absolute Goldstein score, then most mentions) of the
old state's last two periods and of the new state's first two, at most ``evidence_limit`` each.
Aggregation is done by DuckDB (:mod:`detente.store.aggregates`), the maths in numpy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

import numpy as np

from detente.relations import segment as seg
from detente.relations._index import ActorIndex, Node, check_grouping
from detente.relations.dyad import NO_TREND, period_label

PERIODS = ("week", "month", "quarter", "year")
KINDS = ("break", "rapprochement", "escalation", "de-escalation")
STATES = ("cooperative", "verbal conflict", "material conflict")
IMPROVING = frozenset({"rapprochement", "de-escalation"})
EVIDENCE_PERIODS = 2
MIN_EVENTS = 3


@dataclass(frozen=True, slots=True)
class Regime:
    """A stretch of a relation in one state: its first and last non-empty periods and figures."""

    state: str
    start: dt.date | None
    end: dt.date | None
    periods: int
    events: int
    cooperative: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: float


@dataclass(frozen=True, slots=True)
class TurningPoint:
    """A change in the relation between ``a`` and ``b`` (names as the coder resolves them)."""

    a: str
    b: str
    a_key: str
    b_key: str
    kind: str
    date: dt.date
    period: str
    before: Regime
    after: Regime
    confidence: float
    evidence: list[str]

    @property
    def improving(self) -> bool:
        return self.kind in IMPROVING

    def to_dict(self) -> dict:
        """Plain JSON: ISO dates, rounded floats, the dataclass's names."""
        out = asdict(self)
        out["date"] = self.date.isoformat()
        out["confidence"] = round(self.confidence, 3)
        for side in ("before", "after"):
            regime = out[side]
            regime["start"] = regime["start"].isoformat() if regime["start"] else None
            regime["end"] = regime["end"].isoformat() if regime["end"] else None
            regime["mean_goldstein"] = round(regime["mean_goldstein"], 2)
        return out


@dataclass(frozen=True, slots=True)
class Change:
    """A turning point found in one series, by index into its non-empty periods."""

    kind: str
    index: int
    before: tuple[str, int, int]  # state, start index, stop index (excluded); start -1: unrecorded
    after: tuple[str, int, int]
    confidence: float


def _kind(before: str, after: str) -> str:
    if before == "cooperative":
        return "break"
    if after == "cooperative":
        return "rapprochement"
    return "escalation" if after == "material conflict" else "de-escalation"


def find_changes(events, cooperative, verbal, material, reduce=None) -> list[Change]:
    """The turning points of one series of non-empty periods (counts per period), in order."""
    return find_changes_many([(events, cooperative, verbal, material, reduce)])[0]


def find_changes_many(series: list[tuple]) -> list[list[Change]]:
    """:func:`find_changes` of many series at once, each ``(events, cooperative, verbal,
    material, reduce)``: each stage's segmentation is run on all the series together."""
    counts = []
    for events, cooperative, verbal, material, reduce in series:
        events, cooperative = np.asarray(events, dtype=np.int64), np.asarray(cooperative, dtype=np.int64)
        verbal, material = np.asarray(verbal, dtype=np.int64), np.asarray(material, dtype=np.int64)
        if not np.all(events > 0):
            raise ValueError("find_changes takes non-empty periods only")
        counts.append((events, cooperative, verbal, material, reduce))
    stage = seg.segment_many([c[1] for c in counts], [c[0] for c in counts])
    firsts = [seg.merge(segments, lambda s: "cooperative" if seg.cooperative(s) else "conflict")
              for segments, _, _ in stage]
    wheres: dict[tuple[int, int], np.ndarray] = {}  # (series, regime) -> its periods with conflict
    for i, first in enumerate(firsts):
        _, _, verbal, material, _ = counts[i]
        for number, (name, part) in enumerate(first):
            if name != "cooperative":
                conflict = verbal[part.start:part.stop] + material[part.start:part.stop]
                wheres[i, number] = np.flatnonzero(conflict > 0)
    inner_jobs = list(wheres)
    inner_results = seg.segment_many(
        [counts[i][3][firsts[i][j][1].start:firsts[i][j][1].stop][wheres[i, j]] for i, j in inner_jobs],
        [(counts[i][2] + counts[i][3])[firsts[i][j][1].start:firsts[i][j][1].stop][wheres[i, j]]
         for i, j in inner_jobs])
    inner = dict(zip(inner_jobs, inner_results))
    return [_changes(firsts[i], stage[i][1], stage[i][2], inner, i, wheres, counts[i][4])
            for i in range(len(counts))]


def _changes(first, penalty: float, phi: float, inner: dict, i: int, wheres: dict, reduce) -> list[Change]:
    """The changes of one series from its two stages' segments."""
    regimes: list[tuple[str, int, int]] = []
    scores: list[float] = []  # confidence of the change into each regime (after the first)
    for number, (name, part) in enumerate(first):
        if number:
            scores.append(seg.confidence(first[number - 1][1], part, penalty, phi))
        if name == "cooperative":
            regimes.append((name, part.start, part.stop))
            continue
        where = wheres[i, number]
        segments, inner_penalty, inner_phi = inner[i, number]
        merged = seg.merge(segments, lambda s: "material conflict" if seg.cooperative(s) else "verbal conflict")
        for j, (state, sub) in enumerate(merged):
            start = part.start if j == 0 else part.start + int(where[sub.start])
            stop = part.stop if j == len(merged) - 1 else part.start + int(where[merged[j + 1][1].start])
            if j:
                scores.append(seg.confidence(merged[j - 1][1], sub, inner_penalty, inner_phi))
            regimes.append((state, start, stop))
    out = [Change(_kind(regimes[j - 1][0], regimes[j][0]), regimes[j][1], regimes[j - 1], regimes[j], scores[j - 1])
           for j in range(1, len(regimes))]
    if reduce is not None and regimes and regimes[0][0] != "cooperative" and int(np.asarray(reduce)[0]) > 0:
        declared = 1.0 - 0.5 ** int(np.asarray(reduce)[0])
        out.insert(0, Change("break", 0, ("unrecorded", -1, 0), regimes[0], declared))
    return out


def trend_of_counts(events, cooperative, verbal, material, reduce=None) -> str:
    """``improving`` / ``worsening`` after the latest turning point, else ``stable``; ``n/a``
    with fewer than two non-empty periods and no turning point (a relation opened by reducing
    relations has one, a break, even in its one period: :func:`find_changes`)."""
    busy = np.asarray(events) > 0
    if not busy.any():
        return NO_TREND
    pick = (lambda x: None if x is None else np.asarray(x)[busy])
    changes = find_changes(pick(events), pick(cooperative), pick(verbal), pick(material), pick(reduce))
    if not changes:
        return "stable" if int(np.count_nonzero(busy)) >= 2 else NO_TREND
    return "improving" if changes[-1].kind in IMPROVING else "worsening"


def parties_of(store, grouping: str = "party", kb=None) -> tuple[dict[str, str], ActorIndex]:
    """Actor key -> the party it stands for (as :meth:`ActorIndex.party`), for every stored actor."""
    check_grouping(grouping)
    index = ActorIndex(store, kb)
    out = {}
    for key in index.known:
        party = index.party(Node(key, index.country(key)), grouping)
        if party is not None:
            out[key] = party
    return out, index


def _pair_slices(a: np.ndarray, b: np.ndarray):
    """(start, stop) of each pair's rows (rows sorted by pair)."""
    if len(a) == 0:
        return
    edges = np.flatnonzero((a[1:] != a[:-1]) | (b[1:] != b[:-1])) + 1
    bounds = [0, *edges.tolist(), len(a)]
    yield from zip(bounds, bounds[1:])


def _wanted(sides, a: str, b: str) -> bool:
    if not sides:
        return True
    in_a = [i for i, s in enumerate(sides) if s.covers(a)]
    in_b = [i for i, s in enumerate(sides) if s.covers(b)]
    if len(sides) == 1:
        return bool(in_a or in_b)
    return any(i != j for i in in_a for j in in_b)


def _regime(state: str, counts: dict, start: int, stop: int) -> Regime:
    if start < 0:
        return Regime(state, None, None, 0, 0, 0, 0, 0, 0.0)
    part = slice(start, stop)
    events = int(counts["events"][part].sum())
    return Regime(state=state, start=counts["period"][start].astype(dt.date),
                  end=counts["period"][stop - 1].astype(dt.date), periods=stop - start, events=events,
                  cooperative=int(counts["cooperative"][part].sum()),
                  verbal_conflict=int(counts["verbal_conflict"][part].sum()),
                  material_conflict=int(counts["material_conflict"][part].sum()),
                  mean_goldstein=float(counts["goldstein"][part].sum()) / events if events else 0.0)


def turning_points(store, actors=None, *, by: str = "month", since: dt.date | None = None,
                   until: dt.date | None = None, min_events: int = MIN_EVENTS, grouping: str = "party",
                   include_historical: bool = True, evidence_limit: int = 3, kb=None) -> list[TurningPoint]:
    """The turning points of every pair of parties with at least ``min_events`` dated events
    (module docstring), newest first. ``actors`` (a list of :class:`Side`) keeps the pairs with
    one of them, or, when there are several, the pairs between two of them."""
    from detente.store.aggregates import pair_events, pair_period_counts

    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    parties, index = parties_of(store, grouping, kb)
    counts = pair_period_counts(store, parties, by, since=since, until=until, include_historical=include_historical)
    pairs = []
    for s, e in _pair_slices(counts["a"], counts["b"]):
        a, b = str(counts["a"][s]), str(counts["b"][s])
        if int(counts["events"][s:e].sum()) < min_events or not _wanted(actors, a, b):
            continue  # quiet pairs are left out before any maths
        pairs.append((a, b, {name: values[s:e] for name, values in counts.items()}))
    every = find_changes_many([(part["events"], part["cooperative"], part["verbal_conflict"],
                                part["material_conflict"], part["reduce_relations"]) for _, _, part in pairs])
    found = [(a, b, part, change) for (a, b, part), changes in zip(pairs, every) for change in changes]
    windows = []
    for a, b, part, change in found:
        lo = max(0, change.index - EVIDENCE_PERIODS) if change.before[1] >= 0 else change.index
        hi = min(change.after[2], change.index + EVIDENCE_PERIODS) - 1
        windows.append((a, b, part["period"][lo].astype(dt.date), part["period"][hi].astype(dt.date)))
    rows = pair_events(store, parties, sorted(set(windows)), by, include_historical=include_historical)
    by_pair: dict[tuple[str, str], list[tuple]] = {}
    for row in rows:
        by_pair.setdefault((row[0], row[1]), []).append(row)
    out = []
    for (a, b, part, change), (_, _, lo, hi) in zip(found, windows):
        start = part["period"][change.index].astype(dt.date)
        out.append(TurningPoint(
            a=index.name(a), b=index.name(b), a_key=a, b_key=b, kind=change.kind, date=start,
            period=period_label(start, by), before=_regime(change.before[0], part, *change.before[1:]),
            after=_regime(change.after[0], part, *change.after[1:]), confidence=change.confidence,
            evidence=_evidence(by_pair.get((a, b), []), change, start, lo, hi, evidence_limit)))
    out.sort(key=lambda t: (-t.date.toordinal(), -t.confidence, t.a_key, t.b_key))
    return out


def _state_of_quad(quad: int) -> str:
    return "cooperative" if quad in (1, 2) else "verbal conflict" if quad == 3 else "material conflict"


def _evidence(rows: list[tuple], change: Change, start: dt.date, lo: dt.date, hi: dt.date, limit: int) -> list[str]:
    """Event ids on both sides of a change, each side's events of its own state, strongest first."""
    before_state, after_state = change.before[0], change.after[0]

    def fits(state: str, quad: int) -> bool:
        if state == "unrecorded":
            return False
        if change.kind in ("break", "rapprochement") and state != "cooperative":
            return quad in (3, 4)
        return _state_of_quad(quad) == state

    def strength(row) -> tuple:
        return (-abs(row[5]), -row[6], row[2])

    before = sorted((r for r in rows if lo <= r[3] < start and fits(before_state, r[4])), key=strength)[:limit]
    after = sorted((r for r in rows if start <= r[3] <= hi and fits(after_state, r[4])), key=strength)[:limit]
    ranked = sorted(before + after, key=strength)
    return list(dict.fromkeys(r[2] for r in ranked))

