"""``make eval-changes``: turning points and camps measured on planted corpora.

For each noise level (share of events of a random kind) and each seed, a planted corpus
(detente.relations.planted: 8 changing pairs, 8 stable pairs, 3 camps of 5 that split or merge,
two years, 15% silent months) is stored as coded records (direct mode) and analysed by month
(turning points) and by year (camps). Reported per noise level:

* turning points: precision, recall and F1; a hit is a planted change of the same pair found with
  the right kind, dated within one month; anything else found on a changing pair is a false alarm;
* stable pairs: the share of them with no turning point at all;
* camps: the mean adjusted Rand index of the camps found vs the planted ones (per year).

Results go to benchmarks/changes_results.json; the README quotes them.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path


def _months(day) -> int:
    return day.year * 12 + day.month


def run(seed: int, noise: float, kb) -> dict:
    from detente.relations.blocs import ari, blocs
    from detente.relations.changes import turning_points
    from detente.relations.planted import plant, write_records
    from detente.store import Store

    planted = plant(seed, noise, kb=kb)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "planted.duckdb") as store:
        write_records(planted, store)
        found = turning_points(store, by="month", kb=kb)
        periods = blocs(store, by="year", kb=kb)
    hits = false = 0
    truth = {(c.a, c.b): c for c in planted.changes}
    for change in planted.changes:
        hits += any((t.a_key, t.b_key) == (change.a, change.b) and t.kind == change.kind
                    and abs(_months(t.date) - _months(change.date)) <= 1 for t in found)
    for t in found:
        change = truth.get((t.a_key, t.b_key))
        if change is not None and not (t.kind == change.kind and abs(_months(t.date) - _months(change.date)) <= 1):
            false += 1
    quiet = sum(not any((t.a_key, t.b_key) == pair for t in found) for pair in planted.stable)
    scores = []
    for period in periods:
        camps = planted.camps.get(period.period)
        if camps:
            members = sorted(camps)
            scores.append(ari([camps[m] for m in members], [period.camp_of(m) for m in members]))
    return {"planted": len(planted.changes), "hits": hits, "false": false, "stable": len(planted.stable),
            "quiet": quiet, "ari": sum(scores) / len(scores), "events": len(planted.events)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="seeds per noise level")
    parser.add_argument("--noise", type=float, nargs="+", default=[0.0, 0.1, 0.2, 0.3, 0.4])
    parser.add_argument("--output", default=str(Path(__file__).with_name("changes_results.json")))
    args = parser.parse_args()
    from detente.actors.kb import load_default

    kb = load_default()
    rows, started = [], time.perf_counter()
    print(f"{'noise':>5}  {'precision':>9}  {'recall':>6}  {'F1':>5}  {'stable quiet':>12}  {'camps ARI':>9}")
    for noise in args.noise:
        runs = [run(seed, noise, kb) for seed in range(args.runs)]
        hits, false = sum(r["hits"] for r in runs), sum(r["false"] for r in runs)
        planted = sum(r["planted"] for r in runs)
        precision = hits / (hits + false) if hits + false else 1.0
        recall = hits / planted
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        quiet = sum(r["quiet"] for r in runs) / sum(r["stable"] for r in runs)
        score = sum(r["ari"] for r in runs) / len(runs)
        rows.append({"noise": noise, "runs": len(runs), "planted_changes": planted, "precision": round(precision, 3),
                     "recall": round(recall, 3), "f1": round(f1, 3), "stable_without_turning_point": round(quiet, 3),
                     "camps_ari": round(score, 3), "mean_events": round(sum(r["events"] for r in runs) / len(runs))})
        print(f"{noise:>5.0%}  {precision:>9.3f}  {recall:>6.3f}  {f1:>5.3f}  {quiet:>12.1%}  {score:>9.3f}")
    result = {"mode": "direct records (planted.write_records)", "by": "month (turning points), year (camps)",
              "machine": f"{platform.machine()}, {platform.python_version()}",
              "seconds": round(time.perf_counter() - started, 1), "levels": rows}
    Path(args.output).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
