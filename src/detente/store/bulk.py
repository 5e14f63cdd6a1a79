"""Bulk loading: coded records written straight from columnar batches, for large stores made
without the coder (the scale benchmark, imports of event data coded elsewhere).

:meth:`Store.add` turns each coded article into rows in Python and rebuilds the events of the
dedup keys every batch touches: right for an ingest, slow for millions of rows. :func:`load`
inserts pyarrow tables as they are (columns named as the store's; missing columns are NULL),
one transaction per batch, and rebuilds the events once at the end, in parts that fit the
store's memory cap (:meth:`Store.rebuild_events`).

Rows whose key is already stored are skipped (``INSERT OR IGNORE``), so a load run again adds
nothing. A process killed between batches leaves whole batches and events behind their
mentions; the next write open of the store sees it and rebuilds them (docs/store.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from detente.store.db import Store, fault

# in the order they are written: an article before what belongs to it
TABLES = ("articles", "actors", "sentences", "mentions")
REQUIRED = {
    "articles": ("id", "content_hash", "num_events", "coded_at", "coder"),
    "actors": ("article_id", "actor_id"),
    "sentences": ("article_id", "sentence_index"),
    "mentions": ("id", "article_id", "cameo", "dedup_key"),
}


def _check(table: str, batch) -> None:
    if table not in REQUIRED:
        raise ValueError(f"bulk load: unknown table {table!r} (one of {', '.join(TABLES)})")
    missing = [c for c in REQUIRED[table] if c not in batch.column_names]
    if missing:
        raise ValueError(f"bulk load: the {table} batch has no {', '.join(missing)} column")


def load(store: Store, batches: Iterable[Mapping[str, Any]], *, rebuild: bool = True) -> int:
    """Insert each batch (table name -> pyarrow Table) in its own transaction, then (``rebuild``)
    rebuild every event from the mentions; returns the number of events (0 without rebuild)."""
    import duckdb

    for number, batch in enumerate(batches):
        for table, rows in batch.items():
            _check(table, rows)
        try:
            with store.transaction():
                for table in TABLES:
                    rows = batch.get(table)
                    if rows is None or rows.num_rows == 0:
                        continue
                    store.con.register("bulk_batch", rows)
                    try:
                        columns = ", ".join(rows.column_names)
                        store.con.execute(f"INSERT OR IGNORE INTO {table} ({columns}) "
                                          f"SELECT {columns} FROM bulk_batch")
                    finally:
                        store.con.unregister("bulk_batch")
                store._bump()
        except duckdb.Error as exc:
            raise fault(store.path, exc, f"bulk loading batch {number + 1}") from None
    return store.rebuild_events() if rebuild else 0
