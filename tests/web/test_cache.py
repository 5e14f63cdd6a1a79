"""The web app's result cache (issue 9 item 5): fresh results when no ingest job runs; while one
runs, the expensive views answer an earlier version's result at once and one background refresh per
key computes the current one. Versions are driven by hand here; no server, no store."""

from __future__ import annotations

from contextlib import contextmanager

from detente.web.cache import ResultCache


class FakeStore:
    """What the cache needs of a store: its version."""

    def __init__(self, db: dict) -> None:
        self.db = db

    def version(self) -> int:
        return self.db["version"]


def _setup(size: int = 8, refreshes: int = 1):
    db = {"version": 1}
    spawned: list = []  # background refreshes, run by the test when it chooses
    cache = ResultCache(size=size, refreshes=refreshes, spawn=spawned.append)
    calls: list[tuple[str, int]] = []

    @contextmanager
    def reader():
        yield FakeStore(db)

    def compute(name):
        def run(store):
            calls.append((name, store.version()))
            return f"{name}@{store.version()}"
        return run

    def read(stale_ok: bool):
        return cache.bound(db["version"], FakeStore(db), reader=reader, stale_ok=stale_ok)

    return db, cache, spawned, calls, compute, read


def test_without_a_job_every_read_is_of_the_current_version():
    db, cache, spawned, calls, compute, read = _setup()
    results = read(stale_ok=False)
    assert results("net", compute("net"), stale=True) == "net@1"
    assert read(stale_ok=False)("net", compute("net"), stale=True) == "net@1"
    assert calls == [("net", 1)]  # the second read was a hit
    db["version"] = 2
    results = read(stale_ok=False)
    assert results("net", compute("net"), stale=True) == "net@2"
    assert results.stale is None and spawned == [] and calls == [("net", 1), ("net", 2)]


def test_during_a_job_the_previous_result_is_answered_and_refreshed_once_in_the_background():
    db, cache, spawned, calls, compute, read = _setup()
    read(stale_ok=False)("net", compute("net"), stale=True)
    db["version"] = 2
    answers = []
    for _ in range(3):  # three readers while version 2 is not computed yet
        results = read(stale_ok=True)
        answers.append((results("net", compute("net"), stale=True), results.stale))
    assert answers == [("net@1", 1)] * 3
    assert len(spawned) == 1 and calls == [("net", 1)]  # one refresh in flight, nothing computed in the reads
    db["version"] = 3  # another batch committed before the refresh ran: it computes the latest
    spawned.pop()()
    assert calls == [("net", 1), ("net", 3)]
    results = read(stale_ok=True)
    assert results("net", compute("net"), stale=True) == "net@3" and results.stale is None


def test_during_a_job_cheap_views_and_never_computed_keys_are_computed_fresh():
    db, cache, spawned, calls, compute, read = _setup()
    read(stale_ok=False)("counts", compute("counts"))
    db["version"] = 2
    results = read(stale_ok=True)
    assert results("counts", compute("counts")) == "counts@2"  # not a stale-able view
    assert results("net", compute("net"), stale=True) == "net@2"  # nothing earlier to answer
    assert results.stale is None and spawned == []


def test_refreshes_are_bounded_and_an_older_result_never_replaces_a_newer_one():
    db, cache, spawned, calls, compute, read = _setup(refreshes=1)
    for key in ("a", "b"):
        read(stale_ok=False)(key, compute(key), stale=True)
    db["version"] = 2
    results = read(stale_ok=True)
    assert results("a", compute("a"), stale=True) == "a@1"
    assert results("b", compute("b"), stale=True) == "b@1"
    assert len(spawned) == 1  # one refresh at a time: b waits for a later read
    db["version"] = 3
    spawned.pop()()  # a@3 kept
    late = cache.bound(2, FakeStore({"version": 2}), stale_ok=False)  # a slow read that began at version 2
    assert late("a", compute("a"), stale=True) == "a@2"
    assert read(stale_ok=True)("a", compute("a"), stale=True) == "a@3"


def test_the_cache_keeps_at_most_size_keys():
    db, cache, spawned, calls, compute, read = _setup(size=2)
    for key in ("a", "b", "c"):
        read(stale_ok=False)(key, compute(key))
    calls.clear()
    for key in ("b", "c", "a"):
        read(stale_ok=False)(key, compute(key))
    assert calls == [("a", 1)]  # a was dropped (least recently used), b and c were kept
