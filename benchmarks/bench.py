"""``make bench``: throughput of the coder and of ingest, and the cost of the coder over the parse.

On news-length articles (benchmarks/news.py: 20 sentences of 25-30 tokens with subordinate
clauses and attributions; ``--corpus short`` takes the short templates of benchmarks/corpus.py,
which overstate throughput about twofold):
  1. CPU time per article in one process, medians of --runs: the bare spaCy parse (the pipeline
     the coder loads), detente's rules on the parsed docs, and the rules with the learned layer
     (when its artefacts are installed), side by side; rules / parse is the rules' overhead;
  2. coding throughput (articles and sentences per second, peak memory per process) with one
     process, all local cores, and a local Dask cluster of one worker per core;
  3. ingest throughput into a fresh store with all cores (--ingest articles).
CPU time, not wall clock, for (1): it hardly depends on what else the machine runs.
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

from benchmarks import corpus, news

CORPORA = {"news": news.generate, "short": corpus.generate}


def records(count: int, sentences: int, seed: int = 7, kind: str = "news"):
    """Articles of the chosen synthetic corpus, read as `detente code` reads them (io.Record items)."""
    from detente.io import article_from_record

    for i, data in enumerate(CORPORA[kind](count, sentences, seed=seed)):
        yield article_from_record(data, f"{kind} {i}", None, 10**7)


def _peak_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def cpu_per_article(coder, articles: list, runs: int, learned=None) -> dict:
    """CPU milliseconds per article in this process, medians of ``runs``: parse alone, the rules on the
    parsed docs, and (``learned``: a :class:`detente.learned.LearnedModel`) the rules with the learned layer."""
    from detente.pipeline import Coder

    model = Coder(nlp=coder.nlp, kb=coder.kb, lexicon=coder.lexicon, learned=learned) if learned else None
    texts = [a.text for a in articles]
    warm = list(coder.nlp.pipe(texts[:2]))
    for article, doc in zip(articles, warm):  # first use loads tables and, with a model, the encoder
        coder.code_doc(article, doc)
        if model is not None:
            model.code_doc(article, doc)
    times: dict[str, list[float]] = {"parse": [], "rules": [], "rules_plus_model": []}
    for _ in range(runs):  # CPU time of this process: robust to other load on the machine
        start = time.process_time()
        docs = list(coder.nlp.pipe(texts))
        times["parse"].append(time.process_time() - start)
        for name, which in (("rules", coder), ("rules_plus_model", model)):
            if which is None:
                continue
            start = time.process_time()
            for article, doc in zip(articles, docs):
                which.code_doc(article, doc)
            times[name].append(time.process_time() - start)
    ms = {name: statistics.median(values) * 1000 / len(articles) for name, values in times.items() if values}
    report = {"articles": len(articles), "runs": runs,
              **{f"{name}_cpu_ms_per_article": round(value, 1) for name, value in ms.items()},
              "rules_overhead_ratio": round(ms["rules"] / ms["parse"], 3)}
    if "rules_plus_model" in ms:
        report["rules_plus_model_overhead_ratio"] = round(ms["rules_plus_model"] / ms["parse"], 3)
    return report


def overhead(coder, count: int, sentences: int, runs: int, kind: str = "news", model: bool = True) -> dict:
    """Parse alone vs the rules (and the rules with the learned layer, if installed), one process."""
    learned = None
    if model:
        from detente import learned as learned_mod

        try:
            learned = learned_mod.load()
        except learned_mod.ModelMissing:
            learned = None
    articles = [r.article for r in records(count, sentences, kind=kind)]
    return cpu_per_article(coder, articles, runs, learned)


def throughput(engine: str, workers: int, count: int, sentences: int, coder=None, kind: str = "news") -> dict:
    """Articles and sentences per second of one engine, end to end (reading, parsing, coding)."""
    from detente.parallel import code_with

    start = time.perf_counter()
    done = sentences_done = 0
    for _, result in code_with(records(count, sentences, seed=11, kind=kind), engine=engine, workers=workers,
                               coder=coder):
        done += 1
        sentences_done += sentences if not isinstance(result, str) else 0
    seconds = time.perf_counter() - start
    return {"articles": done, "seconds": round(seconds, 1), "articles_per_second": round(done / seconds, 2),
            "sentences_per_second": round(sentences_done / seconds, 1)}


def ingest_run(count: int, sentences: int, workers: int, kind: str = "news") -> dict:
    """Articles per second into a fresh store, coding included, with ``workers`` processes."""
    from detente.parallel import code_with
    from detente.store import Store, ingest

    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.duckdb") as store:
        summary = ingest(records(count, sentences, seed=13, kind=kind), store,
                         coding=lambda items: code_with(items, workers=workers))
    return {"ingest_articles": summary.stored, "ingest_workers": workers, "ingest_seconds": round(summary.seconds, 1),
            "ingest_articles_per_second": round(summary.stored / summary.seconds, 2),
            "ingest_events": summary.events, "ingest_mentions": summary.mentions,
            "ingest_peak_mb_parent": _peak_mb(resource.RUSAGE_SELF)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60, help="articles for the CPU time per article")
    parser.add_argument("--throughput", type=int, default=300, help="articles per engine for throughput (0 to skip)")
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5, help="runs of the CPU measure (medians are reported)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="news",
                        help="news: benchmarks/news.py (default); short: the templates of benchmarks/corpus.py")
    parser.add_argument("--no-model", action="store_true", help="leave the learned layer out of the CPU measure")
    parser.add_argument("--ingest", type=int, default=5000, help="articles for the ingest benchmark (0 to skip)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask engine")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args()

    from detente.pipeline import Coder

    cores = os.cpu_count() or 1
    coder = Coder()
    report: dict = {"machine": f"{platform.machine()}, {cores} cores, Python {platform.python_version()}",
                    "model": coder.nlp.version, "corpus": args.corpus, "sentences_per_article": args.sentences,
                    "load_average_at_start": round(os.getloadavg()[0], 1)}
    # first, so that the peak memory of one process is the rules' alone (the CPU measure may load the model)
    if args.throughput:
        report["one_process"] = throughput("local", 1, args.throughput, args.sentences, coder=coder, kind=args.corpus)
        report["one_process"]["peak_mb"] = _peak_mb(resource.RUSAGE_SELF)
    report["cpu_per_article"] = overhead(coder, args.articles, args.sentences, args.runs, kind=args.corpus,
                                         model=not args.no_model)
    if args.throughput:
        report["all_cores"] = throughput("local", cores, args.throughput, args.sentences, kind=args.corpus)
        report["all_cores"]["workers"] = cores
        report["all_cores"]["peak_mb_per_worker"] = _peak_mb(resource.RUSAGE_CHILDREN)
    if args.throughput and not args.no_dask:
        report["dask_local"] = throughput("dask", cores, args.throughput, args.sentences, kind=args.corpus)
        report["dask_local"]["workers"] = cores
    if args.ingest:
        report.update(ingest_run(args.ingest, args.sentences, cores, kind=args.corpus))
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
