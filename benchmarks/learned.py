"""``make bench`` (learned layer): rules-only vs with-model throughput on news-length articles.

On benchmarks/news.py articles (20 sentences of 25-30 tokens), with ``--workers`` local processes:
articles per second end to end (reading, parsing, coding) rules-only and with the learned layer,
the peak memory of a worker, and the encoder's CPU cost per sentence in one process. The machine is
shared, so wall-clock figures vary with its load; the CPU-time figures do not.
Results go to benchmarks/learned.json; the README's performance section summarises them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import time
from pathlib import Path

from benchmarks.news import generate


def _records(count: int, seed: int):
    from detente.io import article_from_record

    for i, data in enumerate(generate(count, 20, seed=seed)):
        yield article_from_record(data, f"news {i}", None, 10**7)


def _worker_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def throughput(count: int, workers: int, learned: bool) -> dict:
    """Articles per second with ``workers`` processes, from process start to the last result."""
    from detente.parallel import CoderSpec, code_with

    start = time.perf_counter()
    done = events = 0
    for _, result in code_with(_records(count, seed=11), workers=workers, spec=CoderSpec(learned=learned)):
        done += 1
        events += 0 if isinstance(result, str) else len(result.events)
    seconds = time.perf_counter() - start
    return {"articles": done, "seconds": round(seconds, 1), "articles_per_second": round(done / seconds, 2),
            "events_per_article": round(events / max(done, 1), 2), "peak_mb_per_worker": _worker_peak_mb()}


def one_process_cpu(count: int) -> dict:
    """CPU seconds per article in this process: parse, rules, and the learned layer on top."""
    from detente import learned
    from detente.pipeline import Coder

    articles = [r.article for r in _records(count, seed=13)]
    rules = Coder(learned=None)
    model = Coder(nlp=rules.nlp, kb=rules.kb, lexicon=rules.lexicon, learned=learned.load())
    list(rules.nlp.pipe(a.text for a in articles[:2]))
    start = time.process_time()
    docs = list(rules.nlp.pipe(a.text for a in articles))
    parse = time.process_time() - start
    start = time.process_time()
    for article, doc in zip(articles, docs):
        rules.code_doc(article, doc)
    coding = time.process_time() - start
    start = time.process_time()
    for article, doc in zip(articles, docs):
        model.code_doc(article, doc)
    with_model = time.process_time() - start
    sentences = [s.text for d in docs[:5] for s in d.sents]
    encoders = {name: e for name, e in (("minilm_int8", model.learned.encoder), ("static", model.learned.static))
                if e is not None}
    per_sentence = {}
    for name, encoder in encoders.items():
        start = time.process_time()
        encoder.embed(sentences)
        per_sentence[name] = round((time.process_time() - start) * 1000 / len(sentences), 3)
    return {"articles": count, "view": list(model.learned.view),
            "parse_cpu_ms_per_article": round(parse * 1000 / count, 1),
            "rules_cpu_ms_per_article": round(coding * 1000 / count, 1),
            "rules_plus_model_cpu_ms_per_article": round(with_model * 1000 / count, 1),
            "encoder_cpu_ms_per_sentence": per_sentence}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="articles per throughput run")
    parser.add_argument("--cpu-articles", type=int, default=20, help="articles for the one-process CPU measure")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("learned.json"))
    args = parser.parse_args()
    report: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                    "corpus": "benchmarks/news.py: 20 sentences of 25-30 tokens per article",
                    "load_average_at_start": round(os.getloadavg()[0], 1)}
    report["one_process_cpu"] = one_process_cpu(args.cpu_articles)
    report["rules_only"] = throughput(args.articles, args.workers, learned=False)
    report["with_model"] = throughput(args.articles, args.workers, learned=True)
    report["workers"] = args.workers
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
