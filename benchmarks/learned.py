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

from benchmarks.bench import cpu_per_article, records


def _worker_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def throughput(count: int, workers: int, learned: bool) -> dict:
    """Articles per second with ``workers`` processes, from process start to the last result; and the CPU
    time (``getrusage``) of this process (reading, building the coder the forked workers share, taking the
    results) and of the workers, which on a shared machine says more than the wall clock."""
    from detente.parallel import CoderSpec, code_with

    load = os.getloadavg()[0]
    cpu = _cpu_seconds()
    start = time.perf_counter()
    done = events = 0
    for _, result in code_with(records(count, 20, seed=11), workers=workers, spec=CoderSpec(learned=learned)):
        done += 1
        events += 0 if isinstance(result, str) else len(result.events)
    seconds = time.perf_counter() - start
    parent, children = (round(after - before, 1) for after, before in zip(_cpu_seconds(), cpu))
    return {"articles": done, "seconds": round(seconds, 1), "articles_per_second": round(done / seconds, 2),
            "cpu_seconds_parent": parent, "cpu_seconds_workers": children,
            "cpu_ms_per_article": round((parent + children) * 1000 / max(done, 1), 1),
            "load_average": [round(load, 1), round(os.getloadavg()[0], 1)],
            "events_per_article": round(events / max(done, 1), 2), "peak_mb_per_worker": _worker_peak_mb()}


def _cpu_seconds() -> tuple[float, float]:
    """User + system CPU seconds of this process and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def one_process_cpu(count: int, runs: int) -> dict:
    """CPU milliseconds per article in this process (medians of ``runs``): parse, rules, and the learned
    layer on top; and the encoder's CPU time per sentence."""
    from detente import learned
    from detente.pipeline import Coder

    articles = [r.article for r in records(count, 20, seed=13)]
    model, rules = learned.load(), Coder(learned=None)
    report = cpu_per_article(rules, articles, runs, model)
    sentences = [s.text for d in rules.nlp.pipe(a.text for a in articles[:5]) for s in d.sents]
    encoders = {name: e for name, e in (("minilm_int8", model.encoder), ("static", model.static)) if e is not None}
    per_sentence = {}
    for name, encoder in encoders.items():
        start = time.process_time()
        encoder.embed(sentences)
        per_sentence[name] = round((time.process_time() - start) * 1000 / len(sentences), 3)
    return {**report, "view": list(model.view), "encoder_cpu_ms_per_sentence": per_sentence}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="articles per throughput run")
    parser.add_argument("--cpu-articles", type=int, default=20, help="articles for the one-process CPU measure")
    parser.add_argument("--runs", type=int, default=3, help="runs of the CPU measure (medians are reported)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("learned.json"))
    args = parser.parse_args()
    report: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                    "corpus": "benchmarks/news.py: 20 sentences of 25-30 tokens per article",
                    "load_average_at_start": round(os.getloadavg()[0], 1)}
    report["one_process_cpu"] = one_process_cpu(args.cpu_articles, args.runs)
    report["rules_only"] = throughput(args.articles, args.workers, learned=False)
    report["with_model"] = throughput(args.articles, args.workers, learned=True)
    report["workers"] = args.workers
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
