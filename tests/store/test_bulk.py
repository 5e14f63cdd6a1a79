"""Bulk loading and the full rebuild of events in parts (issue 13, item 7: a store of a million
events could not be built: ``rebuild_events`` ran out of DuckDB's 1 GB memory cap). Articles are
coded directly (benchmarks/coded.py), without spaCy."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pyarrow as pa
import pytest
from benchmarks.coded import coded_articles

from detente.store import Store
from detente.store import db as store_db
from detente.store.bulk import load
from detente.store.rows import mention_row


def _events(store: Store) -> dict:
    return {e.id: (e.mention_ids, e.first_day, e.last_day, e.num_articles, e.cameo, e.goldstein)
            for e in store.events(include_negated=True)}


def _articles(count: int = 60):
    """Coded articles, every third one reported again by a second article (the same events, other
    ids), so that the deduplication merges mentions."""
    first = list(coded_articles(count, events=6, seed=5, start_day=dt.date(2024, 1, 1)))
    again = [replace(a, id=a.id + "-again", events=[replace(e, id=e.id + "-again") for e in a.events])
             for a in first[::3]]
    return first + again


def test_bulk_rebuild_in_parts_gives_the_events_of_one_pass(tmp_path, monkeypatch):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(_articles(), "test")
        store.rebuild_events()
        whole = _events(store)
        monkeypatch.setattr(store_db, "REBUILD_PART", 7)  # 360 mentions: about 50 parts
        store.rebuild_events()
        parts = _events(store)
    assert len(whole) > 50 and any(len(v[0]) > 1 for v in whole.values())  # some mentions were merged
    assert parts == whole


def _rows(articles) -> dict:
    """The rows Store.add would write for these articles, as pyarrow tables."""
    mentions, actors = [], []
    stored = dt.datetime(2026, 1, 1)
    heads = []
    for article in articles:
        published = dt.date.fromisoformat(article.date)
        heads.append({"id": article.id, "title": article.title, "date": published, "source": article.source,
                      "text": article.text, "content_hash": article.id, "num_events": len(article.events),
                      "coded_at": stored, "coder": "bulk"})
        actors += [{"article_id": article.id, "actor_id": a.id, "name": a.name, "code": a.code,
                    "country": a.country, "kind": a.kind} for a in article.actors]
        mentions += [mention_row(article.id, e, published) for e in article.events]
    return {"articles": pa.Table.from_pylist(heads), "actors": pa.Table.from_pylist(actors),
            "mentions": pa.Table.from_pylist(mentions)}


def test_bulk_load_gives_the_events_of_store_add_and_twice_adds_nothing(tmp_path):
    articles = _articles()
    with Store.open(tmp_path / "added.duckdb") as store:
        store.add(articles, "test")
        added = _events(store)
    with Store.open(tmp_path / "bulk.duckdb") as store:
        assert load(store, [_rows(articles[:25]), _rows(articles[25:])]) == len(added)
        assert _events(store) == added
        counts = store.counts()
        load(store, [_rows(articles)])
        assert store.counts() == counts and _events(store) == added


def test_bulk_load_names_a_missing_column(tmp_path):
    rows = _rows(_articles(2))
    with Store.open(tmp_path / "s.duckdb") as store:
        with pytest.raises(ValueError, match="mentions batch has no dedup_key"):
            load(store, [{"mentions": rows["mentions"].drop(["dedup_key"])}])
        assert store.counts()["mentions"] == 0
