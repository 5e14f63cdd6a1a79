"""Issue 9 in the web app: background ingest jobs, bounded and paginated answers, 413 on /api/code,
faults as 503 with a JSON body, results cached per store version."""

from __future__ import annotations

import os
import time

import duckdb
import pytest
from benchmarks.coded import coded_articles
from web_helpers import AUTH

from detente.store import Store


def _app(db, coder=None):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    return TestClient(create_app(db, token="t0k", coder_factory=lambda: coder))


def _wait_for(client, href: str) -> dict:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        job = client.get(href).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {href} did not finish")


def test_web_ingest_is_a_background_job_with_progress_and_result(writable_db, coder):
    articles = {"articles": [{"id": f"job-{n}", "date": "2021-07-01", "text": text} for n, text in enumerate(
        ["Chad accused Sudan of shelling border towns.", "Sudan and Chad held talks in Khartoum.",
         "Egypt praised Sudan for its role in the talks."] * 4)]}
    with _app(writable_db, coder) as app:
        posted = app.post("/api/articles", json=articles, headers=AUTH)
        assert posted.status_code == 202, posted.text
        job = posted.json()
        assert job["status"] in ("queued", "running", "done") and job["articles"] == 12
        assert posted.headers["location"] == job["href"] == f"/api/jobs/{job['id']}"
        finished = _wait_for(app, job["href"])
        assert finished["status"] == "done" and finished["done"] == 12 and finished["error"] is None
        result = finished["result"]
        assert result["read"] == 12 and result["stored"] == 12 and result["already"] == 0 and result["failed"] == 0
        again = app.post("/api/articles?wait=true", json=articles, headers=AUTH)
        assert again.status_code == 200 and again.json()["stored"] == 0 and again.json()["already"] == 12
        assert app.get("/api/articles/job-1").status_code == 200
        assert app.get("/api/jobs/nothing").status_code == 404


def test_web_code_refuses_long_texts_with_413(client):
    response = client.post("/api/code", json={"text": "Kenya met Uganda. " * 6000}, headers=AUTH)
    assert response.status_code == 413
    body = response.json()
    assert body["error"] == "text too long" and "100,000" in body["detail"]


def _store_with_a_long_article(path, events: int = 250):
    [article] = coded_articles(1, events=events, seed=11)
    with Store.open(path) as store:
        store.add([article], "test")
    return article


def test_web_article_events_are_paginated(tmp_path):
    """Issue 9: GET /api/articles/{id} returned 121 MB for one run-on article."""
    path = tmp_path / "d.duckdb"
    article = _store_with_a_long_article(path)
    with _app(path) as app:
        first = app.get(f"/api/articles/{article.id}").json()
        assert len(first["events"]) == 100 and first["events_total"] == 250 and first["next_offset"] == 100
        last = app.get(f"/api/articles/{article.id}", params={"offset": 200, "limit": 100}).json()
        assert len(last["events"]) == 50 and last["next_offset"] is None
        seen = [e["id"] for page in (0, 100, 200)
                for e in app.get(f"/api/articles/{article.id}", params={"offset": page}).json()["events"]]
        assert sorted(seen) == sorted(e.id for e in article.events)
        assert [e["sentence_index"] for e in first["events"]] == list(range(100))
        assert app.get(f"/api/articles/{article.id}", params={"limit": 501}).status_code == 422
        assert app.get(f"/articles/{article.id}").status_code == 200


def test_web_event_mentions_are_paginated(tmp_path):
    path = tmp_path / "d.duckdb"
    [article] = coded_articles(1, events=30, seed=5)
    for event in article.events:  # thirty reports of one act, as a run-on sentence gives
        event.plover, event.source, event.target = "ACCUSE", article.events[0].source, article.events[0].target
    with Store.open(path) as store:
        store.add([article], "test")
        [event] = store.events()
    with _app(path) as app:
        page = app.get(f"/api/events/{event.id}", params={"limit": 10}).json()
        assert page["event"]["num_mentions"] == 30 and len(page["mentions"]) == 10 and page["next_offset"] == 10
        assert app.get(f"/api/events/{event.id}", params={"offset": 20}).json()["next_offset"] is None


def test_web_failed_write_leaves_reads_working(writable_db, coder, monkeypatch):
    """Issue 9: after one failed write the app answered 503 "different configuration" until restarted."""
    opened = Store._check_or_create

    def full_disk(self, existed):
        if not self.read_only:
            raise duckdb.IOException('Could not write file: No space left on device')
        return opened(self, existed)

    with _app(writable_db, coder) as app:
        monkeypatch.setattr(Store, "_check_or_create", full_disk)
        failed = app.post("/api/articles?wait=true", json={"articles": [{"text": "Chad met Sudan."}]}, headers=AUTH)
        assert failed.status_code == 503 and "disk is full" in failed.json()["detail"]
        assert app.get("/api/events").status_code == 200
        monkeypatch.setattr(Store, "_check_or_create", opened)
        assert app.post("/api/articles?wait=true", json={"articles": [{"text": "Chad met Sudan."}]},
                        headers=AUTH).json()["stored"] == 1


@pytest.mark.parametrize("damage", ["truncated", "newer", "foreign"])
def test_web_bad_database_is_503_with_a_json_body(tmp_path, damage):
    path = tmp_path / "d.duckdb"
    with Store.open(path) as store:
        store.add(list(coded_articles(200, events=5)), "test")
    if damage == "truncated":
        os.truncate(path, path.stat().st_size // 2)
    else:
        con = duckdb.connect(str(path))
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'" if damage == "newer"
                    else "DROP TABLE meta")
        con.close()
    with _app(path) as app:
        for route in ("/api/events", "/api/network", "/api/dyad?a=Kenya&b=Uganda"):
            response = app.get(route)
            assert response.status_code == 503, (route, response.text)
            assert response.json()["error"] == "database unavailable" and str(path) in response.json()["detail"]
        assert app.get("/").status_code == 503


def test_web_results_are_cached_per_store_version(writable_db, coder):
    with _app(writable_db, coder) as app:
        cache = app.app.state.detente.cache
        first = app.get("/api/network").json()
        misses = cache.misses
        assert app.get("/api/network").json() == first
        assert cache.misses == misses and cache.hits >= 1
        stored = app.post("/api/articles?wait=true", headers=AUTH, json={"articles": [
            {"date": "2021-05-20", "text": "Kenya accused Uganda of shelling border villages near Busia."}]})
        assert stored.json()["stored"] == 1
        after = app.get("/api/network").json()
        assert cache.misses > misses  # the write bumped the version: computed again
        kenya_uganda = [e for e in after["edges"] if {e["a"], e["b"]} == {"KEN", "UGA"}]
        before = [e for e in first["edges"] if {e["a"], e["b"]} == {"KEN", "UGA"}]
        assert kenya_uganda[0]["events"] == before[0]["events"] + 1


def test_web_an_older_store_is_upgraded_on_first_read(tmp_path):
    import importlib.util
    from pathlib import Path

    where = Path(__file__).resolve().parents[1] / "store" / "test_faults.py"
    spec = importlib.util.spec_from_file_location("store_faults", where)
    faults = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(faults)
    _version_1_store = faults._version_1_store
    path = tmp_path / "old.duckdb"
    _version_1_store(path)
    with _app(path) as app:
        response = app.get("/api/events")
        assert response.status_code == 200 and len(response.json()["items"]) == 3


def test_web_reads_during_a_job_answer_the_previous_result_then_the_fresh_one(writable_db, coder, monkeypatch):
    import threading

    from detente import pipeline
    from detente.web import jobs

    def ken_uga(graph):
        return [e["events"] for e in graph["edges"] if {e["a"], e["b"]} == {"KEN", "UGA"}][0]

    reached, release = threading.Event(), threading.Event()
    real = pipeline.code_stream

    def slow_code_stream(coder, records, batch_size=16):  # the job stops before its second article
        if any(r.article.id == "swr-2" for r in records):
            reached.set()
            assert release.wait(60)
        return real(coder, records, batch_size=batch_size)

    monkeypatch.setattr(pipeline, "code_stream", slow_code_stream)
    monkeypatch.setattr(jobs, "JOB_BATCH", 1)
    # synthetic, wire style
    text = "Kenya accused Uganda of shelling border villages near Busia."
    with _app(writable_db, coder) as app:
        before = app.get("/api/network")
        assert "x-detente-stale" not in before.headers
        cache = app.app.state.detente.cache
        posted = app.post("/api/articles", headers=AUTH, json={"articles": [
            {"id": "swr-1", "date": "2021-05-20", "text": text}, {"id": "swr-2", "date": "2021-11-03", "text": text}]})
        try:
            assert posted.status_code == 202 and reached.wait(60)  # swr-1 committed; the job is running
            during = app.get("/api/network")
            assert during.status_code == 200
            assert during.json() == before.json()  # the previous version's result, at once
            stale = int(during.headers["x-detente-stale"])
            deadline = time.monotonic() + 60  # the background refresh computes the current version
            while time.monotonic() < deadline:
                refreshed = app.get("/api/network")
                if "x-detente-stale" not in refreshed.headers:
                    break
                assert int(refreshed.headers["x-detente-stale"]) == stale
                time.sleep(0.05)
            assert "x-detente-stale" not in refreshed.headers
            assert ken_uga(refreshed.json()) == ken_uga(before.json()) + 1
        finally:
            release.set()
        assert _wait_for(app, posted.json()["href"])["status"] == "done"
        after = app.get("/api/network")
        assert "x-detente-stale" not in after.headers
        assert ken_uga(after.json()) == ken_uga(before.json()) + 2
        assert cache.stale_hits >= 1


def test_web_stopping_the_server_ends_the_job_after_its_batch_and_waits_for_it(writable_db, coder, monkeypatch):
    """The process aborted (status 134, "terminate called without an active exception") when it
    ended while the ingest thread, a background refresh or the idle timer still used DuckDB:
    closing the app now stops the running job between batches and waits for it."""
    import threading

    from detente import pipeline
    from detente.web import jobs

    reached, release = threading.Event(), threading.Event()
    real = pipeline.code_stream

    def slow_code_stream(coder, records, batch_size=16):
        if any(r.article.id == "stop-2" for r in records):
            reached.set()
            assert release.wait(60)
        return real(coder, records, batch_size=batch_size)

    monkeypatch.setattr(pipeline, "code_stream", slow_code_stream)
    monkeypatch.setattr(jobs, "JOB_BATCH", 1)
    text = "Kenya accused Uganda of shelling border villages near Busia."  # synthetic, wire style
    with _app(writable_db, coder) as app:
        state = app.app.state.detente
        posted = app.post("/api/articles", headers=AUTH, json={"articles": [
            {"id": f"stop-{n}", "date": "2021-05-20", "text": text} for n in (1, 2, 3)]})
        assert posted.status_code == 202 and reached.wait(60)  # stop-1 stored, stop-2 being coded
        closing = threading.Thread(target=state.close)
        closing.start()
        time.sleep(0.2)
        assert closing.is_alive()  # close waits for the running batch
        release.set()
        closing.join(60)
        assert not closing.is_alive()
        job = state.jobs.get(posted.json()["id"])
        assert job.status == "failed" and job.error.startswith(jobs.STOPPED) and job.done_articles == 2
        late = state.jobs.submit(state, [])
        assert late.status == "failed" and late.error == jobs.STOPPED
    with Store.open(writable_db, read_only=True) as store:
        assert {"stop-1", "stop-2"} <= store.known_articles(["stop-1", "stop-2", "stop-3"])
        assert "stop-3" not in store.known_articles(["stop-3"])
