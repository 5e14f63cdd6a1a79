"""Ingest: read articles, skip those already stored, code the rest, store them, merge duplicates.

Idempotent (an article is keyed by its id, or a hash of its title and text) and crash-safe
(each batch of articles is one transaction, with the events it changes rebuilt in it).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from detente.io import InputError, Record
from detente.model import CodedArticle, content_id
from detente.store.db import Store

DEFAULT_BATCH = 32
RUN_IDS = 100_000  # the run's latest ids kept in memory to name where an id was first used; older ones are
                   # in the store by then (far more than the articles in flight), which tells a clash too


def stored_clash(article_id: str) -> str:
    """What is said of an article whose id the store holds for another title or text: another article,
    or this one as an older detente read it (its text is sanitised as it is read, and that has changed)."""
    return (f"id {article_id!r} is already the id of another article in the store (its title or text differ: "
            "another article, or this one as an older detente read it): skipped; give every article its own id")


@dataclass
class IngestSummary:
    """What one ingest did."""

    read: int = 0
    stored: int = 0
    already: int = 0
    failed: int = 0
    events: int = 0
    mentions: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.stored / self.seconds if self.seconds else 0.0
        return (f"{self.read} articles read: {self.stored} stored, {self.already} already in the store, "
                f"{self.failed} failed ({self.seconds:.1f} s, {rate:.1f} articles/s); the store holds "
                f"{self.mentions} event mentions in {self.events} events")


def _new_records(items: Iterable, store: Store, summary: IngestSummary, on_error, chunk: int) -> Iterator:
    """Records not yet stored (checked a chunk at a time); input errors go to ``on_error``.

    An id given twice is the same article when its title and text are the same (counted as already
    stored: a file named twice, yesterday's feed again) and an error otherwise (an article is keyed by
    its id: the second would silently be lost), reported where it is, with where the id was first
    used in this run or that the store holds it (a feed that numbers its articles anew each day). The
    run keeps its latest ``RUN_IDS`` ids, not all: memory stays bounded however long the input."""
    pending: list[Record] = []
    seen: OrderedDict[str, tuple[str, str]] = OrderedDict()  # id -> (content hash, where), the run's latest

    def flush():
        stored = store.stored_hashes(r.article.id for r in pending)
        for record in pending:
            article = record.article
            if article.id not in stored:
                yield record
            elif stored[article.id] == content_id(article.title or "", article.text):
                summary.already += 1
            else:
                summary.failed += 1
                on_error(record.where, stored_clash(article.id))
        pending.clear()

    for item in items:
        summary.read += 1
        if isinstance(item, InputError):
            summary.failed += 1
            on_error(item.where, item.message)
            continue
        article = item.article
        content = content_id(article.title or "", article.text)
        first = seen.get(article.id)
        if first is not None:
            if first[0] == content:
                summary.already += 1
            else:
                summary.failed += 1
                on_error(item.where, f"id {article.id!r} is already the id of another article in this input "
                                     f"({first[1]}): skipped; give every article its own id")
            continue
        seen[article.id] = (content, item.where)
        if len(seen) > RUN_IDS:
            seen.popitem(last=False)
        pending.append(item)
        if len(pending) >= chunk:
            yield from flush()
    yield from flush()


def ingest(records: Iterable, store: Store, coder=None, batch_size: int = DEFAULT_BATCH,
           on_error: Callable[[str, str], None] | None = None,
           progress: Callable[[int], None] | None = None,
           coding: Callable[[Iterable], Iterator] | None = None) -> IngestSummary:
    """Code and store every new article of ``records`` (``io.Record``/``io.InputError`` items).

    ``coding`` turns records into (where, result) pairs in order (default: ``coder`` in this
    process; see :mod:`detente.parallel` for all cores or Dask). The store has one writer: this
    process.
    """
    from detente import __version__
    from detente.pipeline import code_stream

    summary = IngestSummary()
    started = time.perf_counter()
    on_error = on_error or (lambda where, message: None)
    coder_name = f"detente {__version__}"
    if coding is None:
        coding = lambda items: code_stream(coder, items, batch_size=batch_size)
    batch: list[CodedArticle] = []
    fresh = _new_records(records, store, summary, on_error, chunk=batch_size)
    for where, result in coding(fresh):
        if not isinstance(result, CodedArticle):
            summary.failed += 1
            on_error(where, str(result))
            continue
        batch.append(result)
        if progress is not None:
            progress(1)
        if len(batch) >= batch_size:
            summary.stored += store.add(batch, coder_name)
            batch.clear()
    summary.stored += store.add(batch, coder_name)
    counts = store.counts()  # events are rebuilt with each batch (Store.add)
    summary.events, summary.mentions = counts["events"], counts["mentions"]
    summary.seconds = time.perf_counter() - started
    return summary
