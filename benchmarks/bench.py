"""``make bench``: coder throughput and the cost of the coder's own work over the bare parse.

Measures, on a synthetic corpus (benchmarks/corpus.py), the median of several runs of:
  - parse: spaCy alone (the same pipeline the coder loads) over the texts;
  - coder steps: everything detente does after parsing, on the parsed docs;
and reports articles per second end to end and the overhead ratio steps/parse; then the
throughput of `ingest` (coding and storing) of --ingest articles into a fresh store.
Results go to benchmarks/results.json; README's performance section summarises them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from benchmarks.corpus import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ingest", type=int, default=5000,
                        help="articles for the ingest benchmark (0 to skip)")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args()

    from detente.model import Article
    from detente.pipeline import Coder

    coder = Coder()
    articles = [Article(text=a["text"], id=a["id"]) for a in generate(args.articles, args.sentences)]
    texts = [a.text for a in articles]
    list(coder.nlp.pipe(texts[:4]))  # warm up
    parse_times, step_times, events = [], [], 0
    for _ in range(args.runs):
        start = time.perf_counter()
        docs = list(coder.nlp.pipe(texts))
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        results = [coder.code_doc(article, doc) for article, doc in zip(articles, docs)]
        step_times.append(time.perf_counter() - start)
        events = sum(len(r.events) for r in results)
    parse, steps = statistics.median(parse_times), statistics.median(step_times)
    sentences = sum(len(list(d.sents)) for d in docs)
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "model": coder.nlp.version,
        "articles": len(articles), "sentences": sentences, "events": events, "runs": args.runs,
        "parse_seconds": round(parse, 3), "coder_seconds": round(steps, 3),
        "articles_per_second": round(len(articles) / (parse + steps), 2),
        "sentences_per_second": round(sentences / (parse + steps), 1),
        "bare_parse_articles_per_second": round(len(articles) / parse, 2),
        "coder_overhead_ratio": round(steps / parse, 3),
    }
    if args.ingest:
        report.update(ingest_benchmark(coder, args.ingest, args.sentences))
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    for key, value in report.items():
        print(f"{key:32} {value}")


def ingest_benchmark(coder, count: int, sentences: int) -> dict:
    """Articles per second into a fresh store, coding included (one process)."""
    import tempfile

    from detente.io import article_from_record
    from detente.store import Store, ingest

    records = (article_from_record(a, f"synthetic {i}", None, 10**7) for i, a in enumerate(generate(count, sentences)))
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "bench.duckdb") as store:
            summary = ingest(records, store, coder)
    return {"ingest_articles": summary.stored, "ingest_seconds": round(summary.seconds, 1),
            "ingest_articles_per_second": round(summary.stored / summary.seconds, 2),
            "ingest_events": summary.events, "ingest_mentions": summary.mentions}


if __name__ == "__main__":
    main()
