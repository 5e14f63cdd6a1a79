"""``make bench`` (part): turning points and camps over a large store, on one core.

A planted store of ``--events`` events (relations.planted.plant_many: 150 countries, 4,000 pairs,
ten years, stored as coded records) is built once and kept in ``--cache``; then, with this process
pinned to one CPU (DuckDB included), ``turning_points(by="month")`` and ``blocs(by="year")`` are
timed (wall clock). Results go to benchmarks/changes_bench.json and the README.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path


def build(path: Path, events: int) -> float:
    from detente.relations.planted import plant_many, write_records
    from detente.store import Store

    started = time.perf_counter()
    planted = plant_many(7, events)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    with Store.open(partial) as store:
        write_records(planted, store, per_article=5000)
    partial.replace(path)
    return time.perf_counter() - started


def main() -> None:
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")  # one core: no BLAS threads either (set before numpy loads)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--cache", default=str(Path(__file__).with_name(".cache")))
    parser.add_argument("--output", default=str(Path(__file__).with_name("changes_bench.json")))
    args = parser.parse_args()
    from detente.actors.kb import load_default
    from detente.relations.blocs import blocs
    from detente.relations.changes import turning_points
    from detente.store import Store

    folder = Path(args.cache)
    folder.mkdir(exist_ok=True)
    path = folder / f"planted-{args.events}.duckdb"
    built = None if path.exists() else round(build(path, args.events), 1)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, DuckDB's threads too
    kb = load_default()
    with Store.open(path, read_only=True) as store:
        stored = store.counts()["events"]
        started = time.perf_counter()
        found = turning_points(store, by="month", kb=kb)
        changes_seconds = time.perf_counter() - started
        started = time.perf_counter()
        periods = blocs(store, by="year", kb=kb)
        blocs_seconds = time.perf_counter() - started
    result = {"events": stored, "turning_points": len(found), "changes_seconds": round(changes_seconds, 2),
              "blocs_periods": len(periods), "blocs_seconds": round(blocs_seconds, 2),
              "total_seconds": round(changes_seconds + blocs_seconds, 2), "store_build_seconds": built,
              "cores": 1, "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"}
    Path(args.output).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
