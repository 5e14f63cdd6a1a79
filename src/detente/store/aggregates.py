"""Read-only aggregates of the event store for the relations analyses (turning points, camps):
the counting is done by DuckDB, so that a store of a million events is summed in seconds.

Each event is counted once per pair of parties it links: a source and a target, or two sources
of an event without targets (as :func:`detente.relations._index.links`). Who a participant's
party is (``parties``: actor key -> party key) is decided by the caller; participants missing
from it (unresolved words) link nobody. Negated events and undated events are left out.
"""

from __future__ import annotations

import datetime as dt

PERIOD_UNITS = ("week", "month", "quarter", "year")

_PAIRS = """
WITH parties AS (SELECT UNNEST(string_split(?, chr(31))) AS key, UNNEST(string_split(?, chr(31))) AS party),
ev AS (
    SELECT id, quad_class, goldstein, num_mentions, cameo, first_day, len(target_keys) = 0 AS reciprocal,
           source_keys, target_keys, CAST(date_trunc('{unit}', first_day) AS DATE) AS period
    FROM events WHERE {where}),
src AS (SELECT e.id, p.party FROM (SELECT id, UNNEST(source_keys) AS k FROM ev WHERE NOT reciprocal) e
        JOIN parties p ON p.key = e.k),
tgt AS (SELECT e.id, p.party FROM (SELECT id, UNNEST(target_keys) AS k FROM ev) e JOIN parties p ON p.key = e.k),
together AS (SELECT e.id, p.party FROM (SELECT id, UNNEST(source_keys) AS k FROM ev WHERE reciprocal) e
             JOIN parties p ON p.key = e.k),
-- the two parts hold different events (with targets / without), so UNION ALL: no duplicates to remove
links AS (
    SELECT DISTINCT s.id, least(s.party, t.party) AS a, greatest(s.party, t.party) AS b
    FROM src s JOIN tgt t ON s.id = t.id WHERE s.party <> t.party
    UNION ALL
    SELECT DISTINCT x.id, x.party AS a, y.party AS b
    FROM together x JOIN together y ON x.id = y.id AND x.party < y.party),
pairs AS (SELECT l.a, l.b, ev.* FROM links l JOIN ev ON ev.id = l.id)
"""


def _packed(values) -> str:
    """A list passed as one string (split again in SQL): DuckDB binds a Python list element by
    element, trying to import pandas for each, which costs seconds on long lists."""
    return "\x1f".join(v.isoformat() if isinstance(v, dt.date) else str(v) for v in values)


def _where(since: dt.date | None, until: dt.date | None, include_historical: bool) -> tuple[str, list]:
    where, params = ["NOT negated", "first_day IS NOT NULL"], []
    if not include_historical:
        where.append("NOT historical")
    if since:
        where.append("last_day >= ?")
        params.append(since)
    if until:
        where.append("first_day <= ?")
        params.append(until)
    return " AND ".join(where), params


def _check(unit: str) -> None:
    if unit not in PERIOD_UNITS:
        raise ValueError(f"by must be one of {', '.join(PERIOD_UNITS)}, not {unit!r}")


def pair_period_counts(store, parties: dict[str, str], by: str = "month", *, since: dt.date | None = None,
                       until: dt.date | None = None, include_historical: bool = True) -> dict:
    """Per pair of parties (``a`` < ``b``) and period: events, cooperative (quad 1-2), verbal
    conflict (quad 3), material conflict (quad 4), events of CAMEO root 16 (reduce relations)
    and the Goldstein sum; as numpy arrays of equal length, sorted by pair then period."""
    import numpy as np

    _check(by)
    where, params = _where(since, until, include_historical)
    keys = sorted(parties)
    sql = _PAIRS.format(unit=by, where=where) + """
        SELECT a, b, period, COUNT(*) AS events,
               SUM(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperative,
               SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
               SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict,
               SUM(CASE WHEN cameo LIKE '16%' THEN 1 ELSE 0 END) AS reduce_relations,
               SUM(goldstein) AS goldstein
        FROM pairs GROUP BY a, b, period ORDER BY a, b, period"""
    result = store.con.execute(sql, [_packed(keys), _packed(parties[k] for k in keys), *params]).fetchnumpy()
    out = {name: np.asarray(result[name]) for name in ("a", "b", "period", "events", "cooperative",
                                                         "verbal_conflict", "material_conflict", "reduce_relations",
                                                         "goldstein")}
    for name in ("events", "cooperative", "verbal_conflict", "material_conflict", "reduce_relations"):
        out[name] = out[name].astype(np.int64)
    out["goldstein"] = out["goldstein"].astype(np.float64)
    out["period"] = out["period"].astype("datetime64[D]")
    return out


def pair_events(store, parties: dict[str, str], windows: list[tuple[str, str, dt.date, dt.date]], by: str = "month",
                *, include_historical: bool = True) -> list[tuple]:
    """The events of each pair within each window (``a``, ``b``, first period, last period,
    both included): rows of (a, b, event id, period, quad class, Goldstein, mentions, cameo)."""
    _check(by)
    if not windows:
        return []
    where, params = _where(None, None, include_historical)
    keys = sorted(parties)
    columns = list(zip(*windows))
    sql = _PAIRS.format(unit=by, where=where) + """,
        wanted AS (SELECT UNNEST(string_split(?, chr(31))) AS a, UNNEST(string_split(?, chr(31))) AS b,
                          CAST(UNNEST(string_split(?, chr(31))) AS DATE) AS start,
                          CAST(UNNEST(string_split(?, chr(31))) AS DATE) AS stop)
        SELECT DISTINCT p.a, p.b, p.id, p.period, p.quad_class, p.goldstein, p.num_mentions, p.cameo
        FROM pairs p JOIN wanted w ON p.a = w.a AND p.b = w.b AND p.period BETWEEN w.start AND w.stop
        ORDER BY p.a, p.b, p.period, p.id"""
    return store.con.execute(sql, [_packed(keys), _packed(parties[k] for k in keys), *params,
                                   *(_packed(column) for column in columns)]).fetchall()
