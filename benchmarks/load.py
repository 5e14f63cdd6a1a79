"""``make bench`` (part 2): a loopback load test of the web app.

Builds a store of at least 20,000 events from coded articles made directly (benchmarks/coded.py,
no spaCy), serves it with ``detente serve`` (uvicorn) on 127.0.0.1, and drives 25 concurrent
clients against the main pages and API routes: a fixed number of requests per client, stopped
anyway after ``--seconds``, after one warm-up request per route (its cold latency, computed on an
empty cache, is reported apart as ``cold_ms``). With ``--ingest N`` a writer posts N synthetic articles
(``POST /api/articles``, a background job) while the readers run. Reports the median and 95th
percentile latency per route; results go to benchmarks/load.json.

    python -m benchmarks.load [--clients 25] [--requests 40] [--seconds 300] [--ingest 0]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROUTES = [
    "/", "/api/events", "/api/events?actor=Kenya", "/api/events/{event}", "/api/articles/{article}",
    "/articles/{article}", "/api/actors/Kenya", "/actors/Kenya", "/api/dyad?a=Kenya&b=Uganda",
    "/dyad?a=Kenya&b=Uganda", "/api/mediators?a=Kenya&b=Uganda", "/api/network", "/network",
]


def build(path: Path, articles: int, events: int) -> dict:
    from benchmarks.coded import coded_articles
    from detente.store import Store

    started = time.perf_counter()
    with Store.open(path) as store:
        batch = []
        for article in coded_articles(articles, events=events):
            batch.append(article)
            if len(batch) == 500:
                store.add(batch, "benchmark")
                batch.clear()
        store.add(batch, "benchmark")
        counts = store.counts()
        event = store.events(limit=1)[0]
        article = store.mentions(event.mention_ids[:1])[0].article_id
    return {"counts": counts, "seconds": round(time.perf_counter() - started, 1), "event": event.id,
            "article": article}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path, port: int, token: str) -> subprocess.Popen:
    env = dict(os.environ, DETENTE_TOKEN=token)
    server = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not start")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def drive(base: str, routes: list[str], clients: int, requests: int, seconds: float) -> tuple[dict, float]:
    """``clients`` threads, each sending ``requests`` requests (routes in turn, each client starting
    at another route) or stopping at the deadline; latencies in seconds by route."""
    import httpx

    latencies: dict[str, list[float]] = defaultdict(list)
    statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    stale: dict[str, int] = defaultdict(int)  # answers of an earlier store version (X-Detente-Stale)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    start = threading.Barrier(clients)

    def client(number: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            start.wait()
            for i in range(requests):
                if time.monotonic() > deadline:
                    return
                route = routes[(number + i) % len(routes)]
                began = time.perf_counter()
                old = False
                try:
                    response = http.get(route)
                    status, old = response.status_code, "x-detente-stale" in response.headers
                except httpx.HTTPError:
                    status = 0
                took = time.perf_counter() - began
                with lock:
                    latencies[route].append(took)
                    statuses[route][status] += 1
                    stale[route] += old

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {route: {"requests": len(values), "median_ms": round(1000 * statistics.median(values)),
                    "p95_ms": round(1000 * _percentile(values, 0.95)), "statuses": dict(statuses[route]),
                    "stale": stale[route]}
            for route, values in latencies.items()}, time.perf_counter() - began


def warm_up(base: str, routes: list[str]) -> dict[str, int]:
    """One request per route, one at a time: the cold latency (nothing cached yet), in ms."""
    import httpx

    cold = {}
    with httpx.Client(base_url=base, timeout=120) as http:
        for route in routes:
            began = time.perf_counter()
            http.get(route)
            cold[route] = round(1000 * (time.perf_counter() - began))
    return cold


def _ingest(base: str, token: str, count: int) -> dict:
    import httpx

    from benchmarks.corpus import generate

    articles = [{k: a[k] for k in ("id", "title", "date", "text")} for a in generate(count, sentences=10, seed=99)]
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=600) as http:
        job = http.post("/api/articles", json={"articles": articles}, headers=headers).json()
        while job["status"] not in ("done", "failed"):
            time.sleep(0.5)
            job = http.get(job["href"]).json()
    return job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2100, help="coded articles in the store")
    parser.add_argument("--events", type=int, default=10, help="events per article")
    parser.add_argument("--clients", type=int, default=25)
    parser.add_argument("--requests", type=int, default=40, help="requests per client")
    parser.add_argument("--seconds", type=float, default=300, help="stop the clients after this long")
    parser.add_argument("--ingest", type=int, default=0, help="articles posted while the clients read")
    parser.add_argument("--output", default=str(Path(__file__).with_name("load.json")))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="detente-load-") as folder:
        db = Path(folder) / "load.duckdb"
        store = build(db, args.articles, args.events)
        print(f"store: {store['counts']['events']:,} events from {store['counts']['articles']:,} articles "
              f"(built in {store['seconds']} s)", flush=True)
        token, port = secrets.token_urlsafe(16), _free_port()
        server = _serve(db, port, token)
        base = f"http://127.0.0.1:{port}"
        routes = [r.format(event=store["event"], article=store["article"]) for r in ROUTES]
        writer, job = None, {}
        try:
            if args.ingest:
                writer = threading.Thread(target=lambda: job.update(_ingest(base, token, args.ingest)))
                writer.start()
            cold = warm_up(base, routes)
            results, seconds = drive(base, routes, args.clients, args.requests, args.seconds)
            for route, value in cold.items():
                results.setdefault(route, {})["cold_ms"] = value
            if writer is not None:
                writer.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    every = list(results.values())
    total = sum(v["requests"] for v in every)
    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
              "store": store["counts"], "clients": args.clients, "requests": total, "seconds": round(seconds, 1),
              "ingest": {"articles": args.ingest, "status": job.get("status"),
                         "result": job.get("result")} if args.ingest else None,
              "routes": results,
              "worst_p95_ms": max(v["p95_ms"] for v in every), "median_of_medians_ms":
                  round(statistics.median(v["median_ms"] for v in every))}
    Path(args.output).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"{total} requests from {args.clients} clients in {seconds:.1f} s")
    print(f"{'route':45} {'n':>5} {'median ms':>10} {'p95 ms':>8} {'cold ms':>8} {'stale':>5}  statuses")
    for route, v in results.items():
        print(f"{route[:45]:45} {v['requests']:5d} {v['median_ms']:10d} {v['p95_ms']:8d} {v['cold_ms']:8d} "
              f"{v['stale']:5d}  {v['statuses']}")


if __name__ == "__main__":
    main()
