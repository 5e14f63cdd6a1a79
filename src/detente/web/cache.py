"""The web app's cache of results computed from the store (relations, network, dyad...).

A result belongs to the store version (``Store.version``) it was computed from: every write bumps
the version. When no ingest job runs, a read always gets a result of the current version (computed
once per key: concurrent requests for it wait for the first). While a job runs, every committed
batch is a new version; the expensive views then answer stale-while-revalidate: a request gets the
latest result computed for an earlier version at once (``Results.stale`` says which version, the
API sends it as ``X-Detente-Stale``) and one background refresh per key (at most ``REFRESHES`` at
a time) computes the current one. One result is kept per key; at most ``size`` keys, least
recently used out first. Thread-safe.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextlib import AbstractContextManager
from typing import Any

CACHED_RESULTS = 256  # keys (relations, network, dyad... with their arguments) kept
REFRESHES = 1  # background refreshes running at a time (each holds a read of the store)

Compute = Callable[[Any], object]  # the result, from a store
Reader = Callable[[], AbstractContextManager[Any]]  # a fresh read of the store (always current results)
log = logging.getLogger("detente")


def _thread(run: Callable[[], None]) -> None:
    threading.Thread(target=run, name="detente-refresh", daemon=True).start()


class Results:
    """The cache as one read sees it: ``results(key, compute, stale=...)`` gives ``compute(store)``
    for the read's version, or (``stale=True`` while ``stale_ok``) an earlier version's result;
    ``stale`` is then the oldest version served (``None``: everything was current)."""

    def __init__(self, cache: ResultCache, version: int, store: Any, reader: Reader | None, stale_ok: bool) -> None:
        self.cache, self.version, self.store = cache, version, store
        self.reader, self.stale_ok = reader, stale_ok
        self.stale: int | None = None

    def __call__(self, key: Hashable, compute: Compute, *, stale: bool = False) -> object:
        return self.cache._get(self, key, compute, stale)


class ResultCache:
    """See the module: one ``(version, result)`` per key, bounded, stale-while-revalidate while
    ``stale_ok``. ``spawn`` runs a background refresh (default: a daemon thread)."""

    def __init__(self, size: int = CACHED_RESULTS, refreshes: int = REFRESHES,
                 spawn: Callable[[Callable[[], None]], None] = _thread) -> None:
        self._items: OrderedDict[Hashable, tuple[int, object]] = OrderedDict()
        self._lock = threading.Lock()
        self._size, self._refreshes, self._spawn = size, refreshes, spawn
        self._flights: dict[tuple, threading.Lock] = {}
        self._refreshing: set[Hashable] = set()
        self.hits = self.misses = self.stale_hits = 0

    def bound(self, version: int, store: Any = None, *, reader: Reader | None = None,
              stale_ok: bool = False) -> Results:
        """The cache for one read of ``store`` at ``version``; ``stale_ok`` allows earlier
        versions' results (refreshed in the background through ``reader``)."""
        return Results(self, version, store, reader, stale_ok)

    def _keep(self, key: Hashable, version: int, value: object) -> None:
        """Under the lock: keep ``value`` unless a newer version's result is already kept."""
        found = self._items.get(key)
        if found is None or found[0] <= version:
            self._items[key] = (version, value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def _get(self, results: Results, key: Hashable, compute: Compute, stale: bool) -> object:
        version, refresh = results.version, False
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] == version:
                self._items.move_to_end(key)
                self.hits += 1
                return found[1]
            if stale and results.stale_ok and found is not None and found[0] < version:
                self.stale_hits += 1
                self._items.move_to_end(key)
                results.stale = found[0] if results.stale is None else min(results.stale, found[0])
                if (results.reader is not None and key not in self._refreshing
                        and len(self._refreshing) < self._refreshes):
                    self._refreshing.add(key)
                    refresh = True
                if not refresh:
                    return found[1]
            flight = None if refresh else self._flights.setdefault((version, key), threading.Lock())
        if refresh:
            reader = results.reader
            assert reader is not None
            self._spawn(lambda: self._refresh(key, compute, reader))
            return found[1] if found is not None else None
        assert flight is not None
        with flight:  # one computation per key and version: concurrent requests wait for the first
            with self._lock:
                found = self._items.get(key)
                if found is not None and found[0] == version:
                    self.hits += 1
                    return found[1]
            try:
                value = compute(results.store)
            except BaseException:
                with self._lock:
                    self._flights.pop((version, key), None)
                raise
            with self._lock:
                self.misses += 1
                self._keep(key, version, value)
                self._flights.pop((version, key), None)
            return value

    def wait_for_refreshes(self, timeout: float = 60.0) -> bool:
        """Wait (up to ``timeout`` seconds) until no background refresh runs; whether none does."""
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._refreshing:
                    return True
            time.sleep(0.02)
        return False

    def _refresh(self, key: Hashable, compute: Compute, reader: Reader) -> None:
        try:
            with reader() as store:
                version = store.version()
                value = compute(store)
            with self._lock:
                self.misses += 1
                self._keep(key, version, value)
        except Exception as exc:  # the next read tries again (or computes it itself)
            log.warning("refreshing a cached result failed: %s: %s", type(exc).__name__, exc)
        finally:
            with self._lock:
                self._refreshing.discard(key)
