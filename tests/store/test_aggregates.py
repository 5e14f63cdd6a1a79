"""The relations' aggregates (store/aggregates.py): each event counted once per pair of parties it
links — source with target, or every two sources of an event without targets — on a hand-made
store (synthetic rows written with store.bulk.load)."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from detente.store import Store
from detente.store.aggregates import pair_period_counts
from detente.store.bulk import load

PARTIES = {"A": "A", "A-GOV": "A", "B": "B", "C": "C"}  # A-GOV acts for A


def _store(path):
    events = [  # id, sources, targets, quad class
        ("e1", ["A"], ["B"], 1),
        ("e2", ["A", "C"], [], 1),  # no target: A and C act together
        ("e3", ["A", "A-GOV"], ["B"], 4),  # two participants of one party: one link A-B
        ("e4", ["A", "B", "C"], [], 3),  # three together: three pairs
        ("e5", ["A"], ["A-GOV"], 3),  # within one party: no pair
        ("e6", ["~border villages"], ["B"], 4),  # unresolved words link nobody
    ]
    day = dt.date(2024, 3, 5)
    mentions = pa.Table.from_pylist([
        {"id": f"m-{i}", "article_id": "a1", "cameo": "040", "quad_class": quad, "goldstein": 1.0,
         "source_keys": sources, "target_keys": targets, "negated": False, "historical": False,
         "event_day": day, "dedup_key": f"key-{i}"} for i, sources, targets, quad in events])
    article = pa.Table.from_pylist([{"id": "a1", "content_hash": "a1", "num_events": len(events),
                                     "coded_at": dt.datetime(2026, 1, 1), "coder": "test"}])
    store = Store.open(path)
    load(store, [{"articles": article, "mentions": mentions}])
    return store


def test_aggregates_count_each_event_once_per_pair_of_parties(tmp_path):
    with _store(tmp_path / "s.duckdb") as store:
        counts = pair_period_counts(store, PARTIES, "month")
    got = {(a, b): (int(n), int(c), int(v), int(m)) for a, b, n, c, v, m in zip(
        counts["a"], counts["b"], counts["events"], counts["cooperative"], counts["verbal_conflict"],
        counts["material_conflict"])}
    assert got == {("A", "B"): (3, 1, 1, 1), ("A", "C"): (2, 1, 1, 0), ("B", "C"): (1, 0, 1, 0)}
    assert {str(p) for p in counts["period"]} == {"2024-03-01"}
