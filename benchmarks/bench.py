"""``make bench``: throughput of the coder and of ingest, and the cost of the coder over the parse.

On a synthetic corpus (benchmarks/corpus.py, 20-sentence articles):
  1. parse vs coder steps, one process, medians of --runs, in CPU time: spaCy alone (the
     pipeline the coder loads) and everything detente does after parsing; their ratio is the
     coder's overhead;
  2. coding throughput (articles and sentences per second, peak memory per process) with one
     process, all local cores, and a local Dask cluster of one worker per core;
  3. ingest throughput into a fresh store with all cores (--ingest articles).
Results go to benchmarks/results.json; the README's performance section summarises them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import generate


def _records(count: int, sentences: int, seed: int = 7):
    from detente.io import article_from_record

    for i, data in enumerate(generate(count, sentences, seed=seed)):
        yield article_from_record(data, f"synthetic {i}", None, 10**7)


def _peak_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def overhead(coder, count: int, sentences: int, runs: int) -> dict:
    """Parse alone vs detente's own steps on the parsed docs (one process)."""
    articles = [r.article for r in _records(count, sentences)]
    texts = [a.text for a in articles]
    list(coder.nlp.pipe(texts[:4]))  # warm up
    parse_times, step_times = [], []
    for _ in range(runs):  # CPU time of this process: robust to other load on the machine
        start = time.process_time()
        docs = list(coder.nlp.pipe(texts))
        parse_times.append(time.process_time() - start)
        start = time.process_time()
        for article, doc in zip(articles, docs):
            coder.code_doc(article, doc)
        step_times.append(time.process_time() - start)
    parse, steps = statistics.median(parse_times), statistics.median(step_times)
    return {"overhead_articles": count, "parse_seconds": round(parse, 3), "coder_seconds": round(steps, 3),
            "bare_parse_articles_per_second": round(count / parse, 2),
            "coder_overhead_ratio": round(steps / parse, 3)}


def throughput(engine: str, workers: int, count: int, sentences: int, coder=None) -> dict:
    """Articles and sentences per second of one engine, end to end (reading, parsing, coding)."""
    from detente.parallel import code_with

    start = time.perf_counter()
    done = sentences_done = 0
    for _, result in code_with(_records(count, sentences, seed=11), engine=engine, workers=workers, coder=coder):
        done += 1
        sentences_done += sentences if not isinstance(result, str) else 0
    seconds = time.perf_counter() - start
    return {"articles": done, "seconds": round(seconds, 1), "articles_per_second": round(done / seconds, 2),
            "sentences_per_second": round(sentences_done / seconds, 1)}


def ingest_run(count: int, sentences: int, workers: int) -> dict:
    """Articles per second into a fresh store, coding included, with ``workers`` processes."""
    from detente.parallel import code_with
    from detente.store import Store, ingest

    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.duckdb") as store:
        summary = ingest(_records(count, sentences, seed=13), store,
                         coding=lambda items: code_with(items, workers=workers))
    return {"ingest_articles": summary.stored, "ingest_workers": workers, "ingest_seconds": round(summary.seconds, 1),
            "ingest_articles_per_second": round(summary.stored / summary.seconds, 2),
            "ingest_events": summary.events, "ingest_mentions": summary.mentions,
            "ingest_peak_mb_parent": _peak_mb(resource.RUSAGE_SELF)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60, help="articles for the overhead measure")
    parser.add_argument("--throughput", type=int, default=300, help="articles per engine for throughput")
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ingest", type=int, default=5000, help="articles for the ingest benchmark (0 to skip)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask engine")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args()

    from detente.pipeline import Coder

    cores = os.cpu_count() or 1
    coder = Coder()
    report: dict = {"machine": f"{platform.machine()}, {cores} cores, Python {platform.python_version()}",
                    "model": coder.nlp.version, "sentences_per_article": args.sentences}
    report.update(overhead(coder, args.articles, args.sentences, args.runs))
    report["one_process"] = throughput("local", 1, args.throughput, args.sentences, coder=coder)
    report["one_process"]["peak_mb"] = _peak_mb(resource.RUSAGE_SELF)
    report["all_cores"] = throughput("local", cores, args.throughput, args.sentences)
    report["all_cores"]["workers"] = cores
    report["all_cores"]["peak_mb_per_worker"] = _peak_mb(resource.RUSAGE_CHILDREN)
    if not args.no_dask:
        report["dask_local"] = throughput("dask", cores, args.throughput, args.sentences)
        report["dask_local"]["workers"] = cores
    if args.ingest:
        report.update(ingest_run(args.ingest, args.sentences, cores))
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
