"""Coding on all local cores or on a Dask cluster, streaming, in input order.

Input is cut into chunks of articles; at most ``window`` chunks are in flight at once, so
memory stays bounded however large the input (about ``window * chunk`` articles and their
results). Each worker process loads the spaCy model and knowledge base once and reuses them; on
Linux, when the calling process runs one thread, local workers are forked from a parent that
loaded them first, so they share its loaded coder (copy-on-write) instead of each loading its own.
Every engine runs the same function on the same chunks, so results are identical to a
single-process run (tests/test_parallel.py checks it on a local two-worker Dask cluster).
"""

from __future__ import annotations

import dataclasses
import io
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from detente.io import InputError, Record

CHUNK = 16
LARGE_INPUT_BYTES = 1_000_000


@dataclass(frozen=True)
class CoderSpec:
    """What a worker needs to build its coder: picklable, unlike the coder itself."""

    actors_file: str | None = None
    model: str | None = None  # the spaCy model
    learned: bool = False  # run the learned layer after the rules
    attach: bool = True  # run the attacher (detente.events.attach) after the status step
    min_confidence: float | None = None  # leave out events less confident than this (the step ``floor``)
    merge: bool = False  # run the merge model (detente.events.act_merge) after the assemble step


@lru_cache(maxsize=2)
def _worker_coder(spec: CoderSpec):
    """The coder of this worker process, built on first use (one per process and spec)."""
    from detente import nlp
    from detente.pipeline import Coder

    layer = None
    if spec.learned:
        from detente import learned

        layer = learned.load()
    return Coder(nlp=nlp.load(spec.model), actors_file=Path(spec.actors_file) if spec.actors_file else None,
                 learned=layer, attach=spec.attach, min_confidence=spec.min_confidence, merge=spec.merge)


def code_chunk(chunk: list, spec: CoderSpec) -> list[tuple[str, object]]:
    """Code one chunk of ``Record``/``InputError`` items in this process: (where, result or message)."""
    from detente.pipeline import code_stream

    return list(code_stream(_worker_coder(spec), chunk, batch_size=len(chunk) or 1))


def code_chunk_packed(chunk: list, spec: CoderSpec) -> bytes:
    """:func:`code_chunk`, its results pickled by :func:`pack` (what local workers send back)."""
    return pack(code_chunk(chunk, spec))


@lru_cache(maxsize=256)
def _slotted_fields(cls: Any) -> tuple[str, ...] | None:
    """The field names of a slotted dataclass (the coded records), None for any other type."""
    if dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__:
        return tuple(f.name for f in dataclasses.fields(cls))
    return None


@lru_cache(maxsize=256)
def _slot_setters(cls: Any) -> tuple:
    return tuple(getattr(cls, name).__set__ for name in _slotted_fields(cls) or ())


def _rebuild(cls: type, values: tuple) -> object:
    """A slotted dataclass from its field values, each set through its slot (as unpickling it would, with
    no call of ``__init__``; ``dataclasses``' own ``__setstate__`` looks the fields up for every record)."""
    record: object = object.__new__(cls)
    for setter, value in zip(_slot_setters(cls), values):
        setter(record, value)
    return record


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        cls: Any = type(obj)
        names = _slotted_fields(cls)
        if names is None:
            return NotImplemented
        return _rebuild, (cls, tuple([getattr(obj, name) for name in names]))


def pack(results: object) -> bytes:
    """Pickle coded results, slotted dataclasses as their field values (about a third less CPU to pickle and
    to unpickle than their default ``__getstate__``/``__setstate__``); ``pickle.loads`` reads them back."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(results)
    return buffer.getvalue()


def default_workers(paths: list[str]) -> int:
    """All cores when the input is large (over 1 MB on disk), else one."""
    size = 0
    for path in paths:
        p = Path(path)
        if p.is_file():
            size += p.stat().st_size
        elif p.is_dir():
            size += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    return (os.cpu_count() or 1) if size > LARGE_INPUT_BYTES else 1


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _failed(chunk: list, exc: BaseException) -> list[tuple[str, object]]:
    """A chunk whose worker failed as a whole (it died, or its result could not be sent back):
    each of its records is reported as failed, with the reason."""
    reason = f"the worker coding this article failed: {type(exc).__name__}: {exc}"
    return [(item.where, item.message if isinstance(item, InputError) else reason) for item in chunk]


def _ordered(submit, chunks: Iterator[list], window: int) -> Iterator[tuple[str, object]]:
    """Submit chunks keeping at most ``window`` in flight; yield results in input order."""
    pending: deque = deque()

    def collect():
        chunk, result = pending.popleft()
        try:
            return result()
        except Exception as exc:
            return _failed(chunk, exc)

    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            yield from collect()
    while pending:
        yield from collect()


def _fork_ok() -> bool:
    """Whether local workers may be forked: on Linux, from a process running one thread (forking a
    process with other threads can copy a lock one of them holds, e.g. in a web server)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def code_local(items: Iterable[Record | InputError], workers: int, spec: CoderSpec = CoderSpec(),
               chunk: int = CHUNK, fork: bool | None = None) -> Iterator[tuple[str, object]]:
    """Code on ``workers`` local processes. Forked (``fork`` None: where :func:`_fork_ok`), the parent
    builds the coder once and the workers inherit it; spawned, each worker loads its own."""
    import gc
    import multiprocessing

    if fork is None:
        fork = _fork_ok()
    if fork:
        _worker_coder(spec)  # loaded once here; the forked workers find it in their copy of the cache
        gc.freeze()  # the loaded objects leave the collector's generations: fewer pages copied in the workers
    context = multiprocessing.get_context("fork" if fork else "spawn")
    try:
        with context.Pool(workers) as pool:
            def submit(part):
                result = pool.apply_async(code_chunk_packed, (part, spec))
                return lambda: pickle.loads(result.get())

            yield from _ordered(submit, _chunks(items, chunk), window=workers * 2)
    finally:
        if fork:
            gc.unfreeze()


def code_dask(items: Iterable[Record | InputError], scheduler: str | None = None, spec: CoderSpec = CoderSpec(),
              chunk: int = CHUNK, workers: int | None = None) -> Iterator[tuple[str, object]]:
    """Code on a Dask cluster (``scheduler`` address), or on a local one when no address is given."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        window = max(2, 2 * len(client.scheduler_info().get("workers", {})) or 2)

        def submit(part):
            future = client.submit(code_chunk, part, spec, pure=False)
            return future.result

        yield from _ordered(submit, _chunks(items, chunk), window=window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def code_with(items: Iterable[Record | InputError], engine: str = "local", workers: int = 1,
              scheduler: str | None = None, spec: CoderSpec = CoderSpec(), coder=None) -> Iterator[tuple[str, object]]:
    """Code with the chosen engine: one process (``workers`` 1, reusing ``coder``), local cores, or Dask."""
    from detente.pipeline import code_stream

    if engine == "dask":
        return code_dask(items, scheduler=scheduler, spec=spec, workers=workers if workers > 1 else None)
    if workers > 1:
        return code_local(items, workers, spec)
    return code_stream(coder or _worker_coder(spec), items)
