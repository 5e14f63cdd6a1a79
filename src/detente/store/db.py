"""The embedded event store (DuckDB): the only module of detente that writes SQL.

One file, no server. Every coded article is written in one transaction with its actors,
event mentions and quotes, so a killed ingest leaves no half-written article; real-world
events are then rebuilt from the mentions by the deduplication rule (docs/store.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import fields
from pathlib import Path

from detente.model import CodedArticle, content_id
from detente.plain import escape_line_breaks
from detente.store.rows import KnownActor, StoredEvent, StoredMention, first_mention, mention_row, record_dict
from detente.store.schema import APPLICATION, MIGRATIONS, SCHEMA_VERSION

DEDUP_WINDOW_DAYS = 3
REBUILD_PART = 200_000  # mentions per part of a full rebuild of the events (Store._rebuild)
MEMORY_LIMIT = "1GB"
# A list bound as one JSON string (see _json_list)
_IN_LIST = "(SELECT UNNEST(from_json(?, '[\"VARCHAR\"]')))"


_CAMEO_PREFIX = re.compile(r"(?:CAMEO)?([0-9]{1,4})", re.IGNORECASE)


def event_type(value: str | None) -> str | None:
    """The event-type filter of a query (:meth:`Store.events` ``plover``) as a user writes it: a PLOVER type
    in any case ("consult") or a CAMEO code prefix ("04", "CAMEO04"); None when empty. Anything else
    raises ``ValueError`` naming the accepted types (the CLI and the web app say it, rather than
    listing no events)."""
    from detente.events.cameo import PLOVER_TYPES

    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.upper() in PLOVER_TYPES:
        return value.upper()
    if m := _CAMEO_PREFIX.fullmatch(value):
        return m.group(1)
    raise ValueError(f"type {value!r} is neither a PLOVER type ({', '.join(PLOVER_TYPES)}) nor a CAMEO code prefix "
                     "(e.g. 04, or CAMEO04)")


def check_page(limit: int | None, offset: int = 0) -> None:
    """Refuse a negative ``limit`` or ``offset`` as the caller's mistake (``ValueError``), before the
    database reads it as a fault of the file ("the file may be damaged")."""
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and value < 0:
            raise ValueError(f"{name} must be 0 or more, not {value}")


class StoreError(RuntimeError):
    """The database cannot be used; the message says which file and why, and what to do."""


class SchemaOutdated(StoreError):
    """The database has an older schema: opening it once for writing upgrades it."""


class StoreLocked(StoreError):
    """Another process holds the database (an ingest): it can be used once that one ends."""


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def fault(path: Path, exc: BaseException, doing: str) -> StoreError:
    """A DuckDB or OS error while ``doing`` something with ``path``, as one line: what, which file,
    what to do."""
    message = _first_line(exc)
    low = message.lower()
    if "no space left" in low or "disk is full" in low or "disk full" in low:
        return StoreError(f"{path}: the disk is full while {doing} ({message}); free some space and run again "
                          "(what was being written was rolled back)")
    if "read-only file system" in low or "permission denied" in low:
        return StoreError(f"{path}: cannot write here while {doing} ({message}); use a writable path, "
                          "or open it read-only")
    if "lock" in low and "conflict" in low:
        return StoreLocked(f"{path}: database is locked by another detente process; wait for it to finish")
    return StoreError(f"{path}: {doing} failed ({message}); the file may be damaged: "
                      "restore it from a copy, or ingest the articles again into a new file")


def _guarded(doing: str):
    """Turn DuckDB errors raised by a Store method into a StoreError naming the file."""
    def wrap(method):
        @functools.wraps(method)
        def guarded(self, *args, **kwargs):
            import duckdb

            try:
                return method(self, *args, **kwargs)
            except duckdb.Error as exc:
                raise fault(self.path, exc, doing) from None
        return guarded
    return wrap

class Store:
    """A detente database. ``Store.open(path)`` validates it; use as a context manager."""

    def __init__(self, connection, path: Path, read_only: bool):
        self.con, self.path, self.read_only = connection, path, read_only

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, create: bool = True,
             threads: int | None = None) -> Store:
        """Open (and, if allowed, create or migrate) a detente database, or raise StoreError;
        ``threads``: DuckDB's worker threads (default: one per core)."""
        import duckdb

        path = Path(path)
        exists = path.exists()
        if not exists and (read_only or not create):
            raise StoreError(f"{path}: no such database (create it with `detente ingest ... --db {path}`)")
        if not exists and not path.parent.exists():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
        if exists and path.is_dir():
            raise StoreError(f"{path}: is a folder, not a database file")
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreLocked(f"{path}: database is locked by another detente process; "
                                 "wait for it to finish, or stop it (an ingest, or `detente serve`)") from None
            if "permission" in message.lower() or "read-only" in message.lower():
                raise StoreError(f"{path}: cannot write here (permission denied); "
                                 "use a writable path, or open it read-only") from None
            if not exists:
                raise StoreError(f"{path}: cannot create the database here ({message.splitlines()[0]}); "
                                 "use a writable path") from None
            raise StoreError(f"{path}: not a DuckDB database, or it is damaged ({message.splitlines()[0]}); "
                             "it was left untouched") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open ({str(exc).splitlines()[0]}); it was left untouched") from None
        # No connection outlives a failed open: DuckDB keeps one database instance per file and
        # process, so a leaked read-write connection would refuse every later read-only open.
        try:
            con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")  # a bound for long ingests; DuckDB spills beyond it
            con.execute("SET enable_progress_bar = false")  # detente shows its own progress
            if threads is not None:
                con.execute(f"SET threads = {int(threads)}")
            store = cls(con, path, read_only)
            store._check_or_create(exists)
        except BaseException as exc:
            con.close()
            if not exists:  # a database this call began to create is not left half-made
                for leftover in (path, path.with_name(path.name + ".wal")):
                    leftover.unlink(missing_ok=True)
            if isinstance(exc, duckdb.Error):
                raise fault(path, exc, "opening the database") from None
            raise
        return store

    def _check_or_create(self, existed: bool) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if tables and "meta" not in tables:
            raise StoreError(f"{self.path}: a DuckDB database that is not a detente store "
                             f"(tables: {', '.join(sorted(tables)[:5])}); it was left untouched")
        if "meta" in tables:
            meta = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("application") != APPLICATION:
                raise StoreError(f"{self.path}: not a detente store; it was left untouched")
            version = int(meta.get("schema_version", 0))
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: made by a newer detente (schema {version}); upgrade detente")
            if version < SCHEMA_VERSION:
                if self.read_only:
                    raise SchemaOutdated(f"{self.path}: needs a schema upgrade (schema {version} to "
                                         f"{SCHEMA_VERSION}); open it once for writing, e.g. `detente ingest` "
                                         "with no new articles")
                self._migrate(version)
            elif not self.read_only and not self._events_consistent():
                with self.transaction():
                    self._rebuild(DEDUP_WINDOW_DAYS)
                    self._bump()
            return
        if self.read_only:
            raise StoreError(f"{self.path}: empty database, not a detente store")
        self._migrate(0)

    def _migrate(self, current: int) -> None:
        with self.transaction():
            for version in sorted(v for v in MIGRATIONS if v > current):
                for statement in MIGRATIONS[version]:
                    self.con.execute(statement)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('application', ?), ('schema_version', ?)",
                             [APPLICATION, str(SCHEMA_VERSION)])
            if current:  # an older store: its events may be stale (a kill between add and rebuild)
                self._rebuild(DEDUP_WINDOW_DAYS)

    def _events_consistent(self) -> bool:
        """Every mention is in exactly one event (cheap: two sums)."""
        mentions, merged = self.con.execute(
            "SELECT (SELECT COUNT(*) FROM mentions), (SELECT COALESCE(SUM(num_mentions), 0) FROM events)").fetchone()
        return mentions == merged

    def _bump(self) -> None:
        self.con.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) "
                         "WHERE key = 'data_version'")

    @_guarded("reading the version")
    def version(self) -> int:
        """A counter bumped by every write: results computed from the store hold while it is unchanged."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """Everything inside is written together or not at all."""
        import duckdb

        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            with suppress(duckdb.Error):  # a failed COMMIT has already rolled back
                self.con.execute("ROLLBACK")
            raise

    # -- writing ----------------------------------------------------------------------------
    @_guarded("reading")
    def known_articles(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return set()
        rows = self.con.execute(f"SELECT id FROM articles WHERE id IN {_IN_LIST}",
                               [_json_list(ids)]).fetchall()
        return {r[0] for r in rows}

    @_guarded("reading")
    def stored_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """The content hash (``content_id`` of title and text) of each of these ids that is stored: an
        id already stored under another hash names another article."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        return dict(self.con.execute(f"SELECT id, content_hash FROM articles WHERE id IN {_IN_LIST}",
                                     [_json_list(ids)]).fetchall())

    @_guarded("writing articles")
    def add(self, articles: list[CodedArticle], coder: str) -> int:
        """Store coded articles (one transaction for the batch); already stored ids are skipped.

        The events of the batch's dedup keys are rebuilt in the same transaction, so the events
        table always matches the mentions, whenever a process is killed."""
        import pyarrow as pa

        known = self.known_articles(a.id for a in articles)  # once per batch, not once per article
        fresh = []
        for article in articles:  # an id given twice in the batch: the first article keeps it
            if article.id not in known:
                known.add(article.id)
                fresh.append(article)
        if not fresh:
            return 0
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        article_rows, actor_rows, mention_rows, quote_rows = [], [], [], []
        sentence_rows: dict[tuple[str, int], dict] = {}  # one row per (article, sentence index)
        for article in fresh:
            published = dt.date.fromisoformat(article.date) if article.date else None
            article_rows.append({"id": article.id, "title": article.title, "date": published,
                                 "source": article.source, "url": article.url, "text": article.text,
                                 "content_hash": content_id(article.title or "", article.text),
                                 "num_events": len(article.events), "coded_at": now, "coder": coder})
            for actor in article.actors:
                actor_rows.append({"article_id": article.id, "actor_id": actor.id, "name": actor.name,
                                   "code": actor.code, "country": actor.country, "sector": actor.sector,
                                   "kind": actor.kind, "wikidata": actor.wikidata,
                                   "mentions": json.dumps([record_dict(m)
                                                           for m in actor.mentions])})
            for event in article.events:
                mention_rows.append(mention_row(article.id, event, published))
                for sentence in (event.sentence, *(m.sentence for m in event.mentions)):
                    sentence_rows.setdefault((article.id, sentence.index),
                                             {"article_id": article.id, "sentence_index": sentence.index,
                                              "text": sentence.text})
            for number, quote in enumerate(article.quotes):
                quote_rows.append({"article_id": article.id, "number": number, "text": quote.text,
                                   "start_offset": quote.start, "end_offset": quote.end,
                                   "speaker_text": quote.speaker.text if quote.speaker else None,
                                   "speaker_actor": quote.speaker.actor if quote.speaker else None})
        with self.transaction():
            for table, rows in (("articles", article_rows), ("actors", actor_rows), ("mentions", mention_rows),
                                ("quotes", quote_rows), ("sentences", list(sentence_rows.values()))):
                if rows:
                    self.con.register("batch", pa.Table.from_pylist(rows))
                    columns = ", ".join(rows[0])
                    self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch")
                    self.con.unregister("batch")
            keys = sorted({row["dedup_key"] for row in mention_rows})
            if keys:
                self._rebuild(DEDUP_WINDOW_DAYS, keys)
            self._bump()
        return len(fresh)

    @_guarded("rebuilding events")
    def rebuild_events(self, window_days: int = DEDUP_WINDOW_DAYS) -> int:
        """Merge mentions into real-world events: same dedup key, days at most ``window_days`` apart."""
        with self.transaction():
            self._rebuild(window_days)
            self._bump()
        return self.con.execute("SELECT COUNT(*) FROM events").fetchone()[0]

    def _rebuild(self, window_days: int, keys: list[str] | None = None) -> None:
        """Rebuild the events of these dedup keys (all when ``None``) from their mentions; the
        caller holds the transaction."""
        if keys is None:
            self.con.execute("DELETE FROM events")
            # in parts of whole dedup keys (an event never spans two): the ordered aggregates and
            # windows below are held in memory, which a million mentions at once overflow
            mentions = self.con.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
            parts = max(1, -(-mentions // REBUILD_PART))
            for part in range(parts):
                self._insert_events(window_days, f"WHERE hash(m.dedup_key) % {parts} = {part}", [])
            return
        # every mention of an event has the event's key, so its first mention tells
        self.con.execute("DELETE FROM events WHERE mention_ids[1] IN "
                         f"(SELECT id FROM mentions WHERE dedup_key IN {_IN_LIST})",
                         [_json_list(keys)])
        self._insert_events(window_days, f"WHERE m.dedup_key IN {_IN_LIST}", [_json_list(keys)])

    def _insert_events(self, window_days: int, where: str, params: list) -> None:
        """Insert the events of the mentions ``where`` selects (whole dedup keys only)."""
        self.con.execute(f"""
                INSERT INTO events
                WITH ordered AS (
                    SELECT m.*, a.id AS aid,
                        LAG(event_day) OVER (PARTITION BY dedup_key ORDER BY event_day, m.id) AS previous_day
                    FROM mentions m JOIN articles a ON a.id = m.article_id {where}
                ), numbered AS (
                    SELECT *, SUM(CASE WHEN event_day IS NULL OR previous_day IS NULL
                                        OR event_day - previous_day > {int(window_days)} THEN 1 ELSE 0 END)
                              OVER (PARTITION BY dedup_key ORDER BY event_day, id
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cluster
                    FROM ordered
                )
                SELECT 'v' || substr(md5(dedup_key || '#'
                                         || COALESCE(CAST(MIN(event_day) AS VARCHAR), MIN(id))), 1, 16),
                    ANY_VALUE(plover), MODE(cameo), ANY_VALUE(quad_class), AVG(goldstein),
                    ANY_VALUE(source_keys ORDER BY id), ANY_VALUE(target_keys ORDER BY id),
                    ANY_VALUE(source_countries ORDER BY id), ANY_VALUE(target_countries ORDER BY id),
                    ANY_VALUE(negated), ANY_VALUE(historical), MODE(modality),
                    MIN(event_day), MAX(event_day), COUNT(*), COUNT(DISTINCT article_id),
                    LIST(id ORDER BY id), MAX(confidence)
                FROM numbered
                GROUP BY dedup_key, cluster, CASE WHEN event_day IS NULL THEN id END
            """, params)

    # -- reading ----------------------------------------------------------------------------
    @_guarded("reading")
    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}

    @staticmethod
    def _event_filters(actor: list[str] | None, plover: str | None, since: dt.date | None,
                       until: dt.date | None, include_negated: bool) -> tuple[list[str], list[object]]:
        """The WHERE conditions and parameters of :meth:`events` and :meth:`newest_fact_day`."""
        where: list[str] = ["TRUE"]
        params: list[object] = []
        if not include_negated:
            where.append("NOT negated")
        if actor:
            where.append("(list_has_any(source_keys, ?) OR list_has_any(target_keys, ?) "
                         "OR list_has_any(source_countries, ?) OR list_has_any(target_countries, ?))")
            params += [actor] * 4
        if plover:
            where.append("(plover = ? OR cameo LIKE ?)")
            params += [plover.upper(), f"{plover}%"]
        if since:
            where.append("last_day >= ?")
            params.append(since)
        if until:
            where.append("first_day <= ?")
            params.append(until)
        return where, params

    @_guarded("reading events")
    def newest_fact_day(self, actor: list[str] | None = None, plover: str | None = None,
                        since: dt.date | None = None, until: dt.date | None = None,
                        include_negated: bool = False) -> dt.date | None:
        """The first day of the newest event told as having happened (asserted or reported) among the
        events :meth:`events` would list with these filters; None if there is none."""
        where, params = self._event_filters(actor, plover, since, until, include_negated)
        row = self.con.execute(f"SELECT max(first_day) FROM events WHERE {' AND '.join(where)} "
                               "AND modality IN ('asserted', 'reported')", params).fetchone()
        return row[0] if row else None

    @_guarded("counting events")
    def count_events(self, include_negated: bool = False) -> int:
        """How many real-world events :meth:`events` would list (all of them with ``include_negated``)."""
        where, params = self._event_filters(None, None, None, None, include_negated)
        return self.con.execute(f"SELECT COUNT(*) FROM events WHERE {' AND '.join(where)}", params).fetchone()[0]

    @_guarded("reading events")
    def events(self, actor: list[str] | None = None, plover: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, include_negated: bool = False, limit: int | None = None,
               offset: int = 0, later: dt.date | None = None, part: str = "all") -> list[StoredEvent]:
        """Real-world events, newest first; ``actor`` is a list of keys or country codes, either side.

        ``later`` (a day, usually :meth:`newest_fact_day`) sets apart the events dated after it - plans,
        announcements, mis-dated events - so that they never head a list of what happened: with
        ``part="all"`` they come last, ``"later"`` lists only them, ``"rest"`` only the others."""
        if part not in ("all", "later", "rest"):
            raise ValueError(f"part must be 'all', 'later' or 'rest', not {part!r}")
        where, params = self._event_filters(actor, plover, since, until, include_negated)
        order = "first_day DESC NULLS LAST, id"
        if later is not None:
            is_later = "(first_day IS NOT NULL AND first_day > ?)"
            if part == "all":
                order = f"{is_later}, {order}"
            else:
                where.append(is_later if part == "later" else f"NOT {is_later}")
        sql = (f"SELECT {', '.join(f.name for f in fields(StoredEvent))} FROM events WHERE {' AND '.join(where)} "
               f"ORDER BY {order}")
        if later is not None:
            params.append(later)
        check_page(limit, offset)
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [StoredEvent(*row) for row in self.con.execute(sql, params).fetchall()]

    @_guarded("reading mentions")
    def mentions(self, ids: list[str]) -> list[StoredMention]:
        """The mentions (evidence) with these ids."""
        if not ids:
            return []
        rows = self.con.execute(f"""
            SELECT m.id, m.article_id, m.plover, m.cameo, m.source, m.target, m.trigger, m.sentence_index,
                   COALESCE(s.text, ''), m.negated, m.modality, m.historical, m.date_value, m.event_day,
                   m.location_text, m.location_country, m.attribution, m.goldstein, m.confidence, a.url, a.title,
                   a.source
            FROM mentions m JOIN articles a ON a.id = m.article_id
            LEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index
            WHERE m.id IN {_IN_LIST} ORDER BY m.event_day NULLS LAST, m.id""",
            [_json_list(ids)]).fetchall()
        out = []
        for row in rows:
            row = list(row)
            row[4], row[5] = json.loads(row[4] or "[]"), json.loads(row[5] or "[]")
            row[16] = json.loads(row[16]) if row[16] else None
            out.append(StoredMention(*row))
        return out

    @_guarded("reading events")
    def event(self, event_id: str) -> StoredEvent | None:
        """One real-world event by id (negated ones included)."""
        rows = self.con.execute(f"SELECT {', '.join(f.name for f in fields(StoredEvent))} FROM events WHERE id = ?",
                                [event_id]).fetchall()
        return StoredEvent(*rows[0]) if rows else None

    @_guarded("reading an article")
    def article(self, article_id: str, limit: int | None = None, offset: int = 0) -> dict | None:
        """One stored article with its actors, quotes and the trigger offsets of its mentions (in
        text order; at most ``limit`` from ``offset``; ``num_mentions`` counts them all)."""
        rows = self.con.execute("SELECT id, title, date, source, url, text, num_events, coded_at, coder "
                                "FROM articles WHERE id = ?", [article_id]).fetchall()
        if not rows:
            return None
        keys = ("id", "title", "date", "source", "url", "text", "num_events", "coded_at", "coder")
        article = dict(zip(keys, rows[0]))
        if isinstance(article["coded_at"], dt.datetime) and article["coded_at"].tzinfo is None:
            article["coded_at"] = article["coded_at"].replace(tzinfo=dt.UTC)  # stored in UTC, said so
        article["actors"] = [
            {"id": r[0], "name": r[1], "code": r[2], "country": r[3], "sector": r[4], "kind": r[5],
             "wikidata": r[6], "mentions": json.loads(r[7]) if r[7] else []}
            for r in self.con.execute("SELECT actor_id, name, code, country, sector, kind, wikidata, mentions "
                                      "FROM actors WHERE article_id = ? ORDER BY actor_id", [article_id]).fetchall()]
        article["quotes"] = [
            {"text": r[1], "start": r[2], "end": r[3], "speaker": {"text": r[4], "actor": r[5]} if r[4] else None}
            for r in self.con.execute("SELECT number, text, start_offset, end_offset, speaker_text, speaker_actor "
                                      "FROM quotes WHERE article_id = ? ORDER BY number", [article_id]).fetchall()]
        check_page(limit, offset)
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        article["triggers"] = {
            r[0]: {"trigger_start": r[1], "trigger_end": r[2], "quad_class": r[3], "date_text": r[4],
                   "date_granularity": r[5]}
            for r in self.con.execute("SELECT id, trigger_start, trigger_end, quad_class, date_text, date_granularity "
                                      "FROM mentions WHERE article_id = ? "
                                      "ORDER BY sentence_index, trigger_start NULLS LAST, id" + page,
                                      [article_id]).fetchall()}
        article["num_mentions"] = self.con.execute("SELECT COUNT(*) FROM mentions WHERE article_id = ?",
                                                   [article_id]).fetchone()[0]
        return article

    @_guarded("reading mentions")
    def first_mentions(self, events: Iterable[StoredEvent]) -> dict[str, StoredMention]:
        """The first mention (:func:`first_mention`) of each event, by event id: one query for all."""
        events = list(events)
        by_id = {m.id: m for m in self.mentions([m for e in events for m in e.mention_ids])}
        first = {}
        for event in events:
            mention = first_mention(by_id[m] for m in event.mention_ids if m in by_id)
            if mention is not None:
                first[event.id] = mention
        return first

    @_guarded("reading actors")
    def known_actors(self) -> list[KnownActor]:
        """Every actor the stored articles mention, most mentioned first."""
        rows = self.con.execute("""
            SELECT actor_id, ANY_VALUE(name), ANY_VALUE(code), ANY_VALUE(country), ANY_VALUE(sector),
                   ANY_VALUE(kind), COUNT(DISTINCT article_id) AS n
            FROM actors GROUP BY actor_id ORDER BY n DESC, actor_id""").fetchall()
        return [KnownActor(*row) for row in rows]

    @_guarded("reading")
    def to_arrow(self, table: str = "events"):
        """A table of the store as a pyarrow Table, for dataframe users."""
        return self.con.execute(_table_sql(table)).fetch_arrow_table()

    @_guarded("exporting")
    def export(self, path: Path, fmt: str, table: str = "events") -> None:
        """Write a table to parquet, csv or jsonl (written to a temporary file, then renamed)."""
        sql = _table_sql(table)
        options = {"parquet": "FORMAT PARQUET", "csv": "FORMAT CSV, HEADER", "jsonl": "FORMAT JSON"}[fmt]
        partial = path.with_name(f".{path.name}.partial")
        escaped = path.with_name(f".{path.name}.escaped")
        try:
            self.con.execute(f"COPY ({sql}) TO '{_sql_path(partial)}' ({options})")
            if fmt == "jsonl":
                # DuckDB leaves U+0085, U+2028 and U+2029 raw in strings: line breaks to str.splitlines and
                # JavaScript, which would then see one record as several lines
                with partial.open(encoding="utf-8") as raw, escaped.open("w", encoding="utf-8", newline="") as out:
                    while chunk := raw.read(1 << 20):
                        out.write(escape_line_breaks(chunk))
                escaped.replace(partial)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
            escaped.unlink(missing_ok=True)

    @_guarded("reading")
    def rows(self, sql: str, params: list | None = None) -> Iterator[tuple]:
        """Rows of a read-only query (for exporters that shape their own output)."""
        return iter(self.con.execute(sql, params or []).fetchall())


TABLES = ("articles", "actors", "mentions", "quotes", "events", "sentences")
# the order of an exported table's rows: its key (events newest first, as Store.events lists them), so that
# two stores of the same articles export the same file whatever order they were written in (workers)
EXPORT_ORDER = {"articles": "id", "actors": "article_id, actor_id", "quotes": "article_id, number",
                "events": "first_day DESC NULLS LAST, id", "sentences": "article_id, sentence_index"}


def _table_sql(table: str) -> str:
    """A whole table as it is exported, in a fixed order (``EXPORT_ORDER``); mentions carry their
    sentence's text again (stored once per article since schema 2)."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    if table == "mentions":
        return ("SELECT m.*, s.text AS sentence FROM mentions m LEFT JOIN sentences s "
                "ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index ORDER BY m.id")
    return f"SELECT * FROM {table} ORDER BY {EXPORT_ORDER[table]}"


def _json_list(values: Iterable[str]) -> str:
    """A list passed to DuckDB as one JSON string: binding a Python list costs about 1 ms per item."""
    return json.dumps(list(values))


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
