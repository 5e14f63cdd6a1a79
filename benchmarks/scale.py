"""``make bench-scale``: turning points and camps over a store of a million events, on one core.

1. **Build** (no coding of text): a synthetic store of ``--events`` generated events (about a
   million real-world events once duplicates are merged) is
   written straight into the store's tables (:func:`detente.store.bulk.load`: pyarrow batches, one
   transaction each, then one deduplication in parts that fit DuckDB's 1 GB cap), in a temporary
   folder removed at the end. Its shape (deterministic for ``--seed``):

   * actors: the knowledge base's countries, government bodies (which act for their country),
     organisations, armed groups and parties: about 440 actors, 380 parties;
   * dyads: ``--dyads`` pairs of parties drawn with probability growing with both sides' activity
     (Pareto-distributed, so a few actors are in most of the news), and events shared among them
     with a heavy tail (the busiest pairs have 0.5% of them each, the median pair a few dozen);
   * time: ``--years`` years of days; each pair has a base state (cooperative, verbal or material
     conflict), 40% of the pairs with 60 events or more change state once at a month drawn in the
     middle half (**planted changes**), 20% of the events are noise of a random state;
   * each event is one mention in a short article about its pair (up to six events an article, two
     actors), and 8% of the events are reported again by a second article up to two days later
     (the deduplication merges them).

2. **Time**: ``--runs`` runs, each in a fresh process pinned to one CPU, DuckDB with one thread and
   the BLAS/OpenMP pools at one thread: ``turning_points(by="month")`` then ``blocs(by="year")``,
   wall clock and CPU time (the process's: DuckDB's thread included), and the process's peak
   resident memory. Reports the medians (and every run) to
   ``--output`` (benchmarks/scale.json) and stdout.

    python -m benchmarks.scale [--events 1150000] [--runs 3] [--dyads 4000] [--years 20] [--seed 7]

On a shared machine the wall-clock times are noisy (and longer than the CPU time when other work
takes the core): the median of the runs is reported, with every run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
KINDS = ("country", "government", "organisation", "group", "party")
STATES = ("cooperative", "verbal conflict", "material conflict")
# CAMEO codes per state (their quad classes are checked against the state: 1-2, 3, 4)
CODES = {"cooperative": ("036", "040", "042", "043", "046", "051", "057", "061", "070", "071", "073", "081"),
         "verbal conflict": ("111", "112", "120", "125", "128", "130", "138"),
         "material conflict": ("163", "164", "172", "173", "180", "190", "193", "195")}
PER_ARTICLE = 6
REPORTED_AGAIN = 0.08
NOISE = 0.2
CHANGING = 0.4
MIN_CHANGE_EVENTS = 60
BATCH_MENTIONS = 100_000
MAX_SHARE = 0.005  # of all events, for the busiest pair
START = dt.date(2005, 1, 1)


def _actors(kb) -> list:
    """The knowledge base's actors of the kinds a dyad is made of, in id order (persons left out:
    their party depends on their roles' dates)."""
    return sorted((e for e in kb.entries.values() if e.kind in KINDS and (e.kind != "government" or e.country)),
                  key=lambda e: e.id)


def _party(entry) -> str:
    return entry.country if entry.kind == "government" else entry.id


def plan(seed: int, events: int, dyads: int, years: int, kb):
    """The synthetic events as numpy arrays (one row per event): actor indices of source and
    target, day number from START, CAMEO code index into ``codes``; and the actors and codes."""
    import numpy as np

    from detente.events.cameo import lookup

    rng = np.random.default_rng(seed)
    actors = _actors(kb)
    parties = np.array([_party(e) for e in actors])
    codes, code_state = [], []
    for state_number, state in enumerate(STATES):
        for code in CODES[state]:
            quad = lookup(code).quad_class
            if (state_number, quad) not in ((0, 1), (0, 2), (1, 3), (2, 4)):
                raise ValueError(f"CAMEO {code} has quad class {quad}, not a {state} code")
            codes.append(code)
            code_state.append(state_number)
    by_state = [np.flatnonzero(np.array(code_state) == s) for s in range(len(STATES))]
    # heavy-tailed activity; a dyad's chance grows with both sides' activity
    activity = rng.pareto(1.2, len(actors)) + 1.0
    x, y = np.triu_indices(len(actors), 1)
    distinct = parties[x] != parties[y]
    x, y = x[distinct], y[distinct]
    weight = activity[x] * activity[y]
    pick = rng.choice(len(x), size=min(dyads, len(x)), replace=False, p=weight / weight.sum())
    x, y = x[pick], y[pick]
    share = (activity[x] * activity[y]) ** 0.8 * rng.lognormal(0.0, 1.0, len(x))
    share = np.minimum(share / share.sum(), MAX_SHARE)
    per_dyad = rng.multinomial(events, share / share.sum())
    months = 12 * years
    month_days = np.array([(dt.date(START.year + m // 12, m % 12 + 1, 1) - START).days for m in range(months + 1)])
    dyad = np.repeat(np.arange(len(x)), per_dyad)
    before = rng.choice(len(STATES), len(x), p=[0.5, 0.3, 0.2])
    after = (before + rng.integers(1, len(STATES), len(x))) % len(STATES)
    changes = (per_dyad >= MIN_CHANGE_EVENTS) & (rng.random(len(x)) < CHANGING)
    at = np.where(changes, rng.integers(months // 4, 3 * months // 4, len(x)), months)
    month = rng.integers(0, months, len(dyad))
    day = month_days[month] + (rng.random(len(dyad)) * (month_days[month + 1] - month_days[month])).astype(np.int64)
    state = np.where(month < at[dyad], before[dyad], after[dyad])
    noisy = rng.random(len(dyad)) < NOISE
    state = np.where(noisy, rng.integers(0, len(STATES), len(dyad)), state)
    code = np.empty(len(dyad), dtype=np.int64)
    for s, members in enumerate(by_state):
        where = np.flatnonzero(state == s)
        code[where] = members[rng.integers(0, len(members), len(where))]
    swap = rng.random(len(dyad)) < 0.5
    source = np.where(swap, y[dyad], x[dyad])
    target = np.where(swap, x[dyad], y[dyad])
    planted = int(np.count_nonzero(changes))
    return {"source": source, "target": target, "day": day, "code": code, "dyad": dyad}, actors, codes, planted


def _dedup_keys(source, target, code, actors, codes) -> list[str]:
    """The store's dedup key of each (source, target, code) row, computed once per distinct
    combination by :func:`detente.store.rows.dedup_key` (its one home)."""
    import numpy as np

    from detente.events.cameo import lookup
    from detente.model import Event, Participant, SentenceRef, Span
    from detente.store.rows import dedup_key

    combos, inverse = np.unique(np.stack([source, target, code]), axis=1, return_inverse=True)
    keys = []
    for s, t, c in combos.T:
        info = lookup(codes[c])
        sides = [Participant(text=actors[i].name, actor=actors[i].id, code=actors[i].id, country=actors[i].country,
                             sector=None) for i in (s, t)]
        keys.append(dedup_key(Event(
            id="k", plover=info.plover, cameo=info.code, mode=info.mode, context=list(info.context),
            source=sides[:1], target=sides[1:], trigger=Span(info.label, 0, 0), sentence=SentenceRef(0, ""),
            negated=False, modality="asserted", historical=False, date=None, location=None, attribution=None,
            quad_class=info.quad_class, goldstein=info.goldstein, confidence=0.8)))
    table = np.array(keys, dtype=object)
    return table[np.asarray(inverse).reshape(-1)]


def batches(seed: int, events: int, dyads: int, years: int, kb):
    """The store's rows (articles, actors, mentions) in pyarrow batches of about BATCH_MENTIONS
    mentions, whole articles each; then the number of planted changes (as the generator's value)."""
    import numpy as np
    import pyarrow as pa

    from detente.events.cameo import lookup

    rows, actors, codes, planted = plan(seed, events, dyads, years, kb)
    rng = np.random.default_rng(seed + 1)
    again = np.flatnonzero(rng.random(len(rows["day"])) < REPORTED_AGAIN)
    # the mentions: every event once, then the events reported again (in articles of their own)
    source = np.concatenate([rows["source"], rows["source"][again]])
    target = np.concatenate([rows["target"], rows["target"][again]])
    code = np.concatenate([rows["code"], rows["code"][again]])
    day = np.concatenate([rows["day"], rows["day"][again] + rng.integers(0, 3, len(again))])
    dyad = np.concatenate([rows["dyad"], rows["dyad"][again]])
    second = np.concatenate([np.zeros(len(rows["day"]), dtype=bool), np.ones(len(again), dtype=bool)])
    order = np.lexsort((day, dyad, second))
    source, target, code, day, dyad, second = (v[order] for v in (source, target, code, day, dyad, second))
    # articles: runs of up to PER_ARTICLE mentions of one dyad (originals and reports apart)
    group = dyad * 2 + second
    new_group = np.concatenate([[True], group[1:] != group[:-1]])
    group_start = np.maximum.accumulate(np.where(new_group, np.arange(len(group)), 0))
    position = np.arange(len(group)) - group_start
    new_article = new_group | (position % PER_ARTICLE == 0)
    article = np.cumsum(new_article) - 1
    sentence = position % PER_ARTICLE
    keys = _dedup_keys(source, target, code, actors, codes)
    info = [lookup(c) for c in codes]
    plover = np.array([i.plover for i in info], dtype=object)
    quad = np.array([i.quad_class for i in info], dtype=np.int32)
    goldstein = np.array([i.goldstein for i in info])
    code_text = np.array(codes, dtype=object)
    ids = np.array([e.id for e in actors], dtype=object)
    names = np.array([e.name for e in actors], dtype=object)
    countries = np.array([e.country for e in actors], dtype=object)
    kinds = np.array([e.kind for e in actors], dtype=object)
    coded_at = dt.datetime(2026, 1, 1)
    days = np.datetime64(START.isoformat(), "D") + day
    bounds = np.flatnonzero(new_article)
    cut = [0]
    while cut[-1] < len(bounds):
        cut.append(min(len(bounds), cut[-1] + BATCH_MENTIONS // PER_ARTICLE))
    for lo_article, hi_article in zip(cut, cut[1:]):
        lo = int(bounds[lo_article])
        hi = int(bounds[hi_article]) if hi_article < len(bounds) else len(article)
        part = slice(lo, hi)
        firsts = bounds[lo_article:hi_article]
        article_ids = np.array([f"scale-{seed}-{a:07d}" for a in range(lo_article, hi_article)], dtype=object)
        counts = np.diff(np.append(firsts, hi))
        yield {
            "articles": pa.table({
                "id": article_ids, "title": np.full(len(firsts), "Scale benchmark article (synthetic)", dtype=object),
                "date": days[firsts], "source": np.full(len(firsts), "detente scale benchmark", dtype=object),
                "text": np.full(len(firsts), "(synthetic: events written without text)", dtype=object),
                "content_hash": article_ids, "num_events": counts.astype(np.int32),
                "coded_at": pa.array([coded_at] * len(firsts), pa.timestamp("us")),
                "coder": np.full(len(firsts), "scale benchmark", dtype=object)}),
            "actors": _article_actors(article_ids, source[firsts], target[firsts], ids, names, countries, kinds),
            "mentions": _mentions(seed, part, article_ids[article[part] - lo_article], source[part], target[part],
                                  code[part], days[part], sentence[part], keys[part], ids, countries, plover,
                                  code_text, quad, goldstein),
        }
    return planted


def _article_actors(article_ids, source, target, ids, names, countries, kinds):
    import numpy as np
    import pyarrow as pa

    both = np.concatenate([source, target])
    return pa.table({"article_id": np.concatenate([article_ids, article_ids]), "actor_id": ids[both],
                     "name": names[both], "code": ids[both], "country": countries[both], "kind": kinds[both]})


def _one_each(values) -> object:
    """A list column of one value a row (an empty list where the value is None)."""
    import numpy as np
    import pyarrow as pa

    present = np.array([v is not None for v in values])
    offsets = np.concatenate([[0], np.cumsum(present)]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(values[present], pa.string()))


def _mentions(seed, part, article_ids, source, target, code, days, sentence, keys, ids, countries, plover,
              code_text, quad, goldstein):
    import numpy as np
    import pyarrow as pa

    n = len(source)
    return pa.table({
        "id": np.array([f"m{seed}-{i:08d}" for i in range(part.start, part.stop)], dtype=object),
        "article_id": article_ids, "plover": plover[code], "cameo": code_text[code],
        "source_keys": _one_each(ids[source]), "target_keys": _one_each(ids[target]),
        "source_countries": _one_each(countries[source]), "target_countries": _one_each(countries[target]),
        "sentence_index": sentence.astype(np.int32), "negated": np.zeros(n, dtype=bool),
        "modality": np.full(n, "asserted", dtype=object), "historical": np.zeros(n, dtype=bool),
        "date_value": days.astype(str).astype(object), "date_granularity": np.full(n, "day", dtype=object),
        "event_day": days, "quad_class": quad[code], "goldstein": goldstein[code],
        "confidence": np.full(n, 0.8), "dedup_key": keys})


def build(path: Path, seed: int, events: int, dyads: int, years: int) -> dict:
    """Write the synthetic store at ``path``; what it holds and how long it took."""
    from detente.actors.kb import load_default
    from detente.store import Store
    from detente.store.bulk import load

    started, cpu = time.perf_counter(), time.process_time()
    kb = load_default()
    generator = batches(seed, events, dyads, years, kb)
    planted: list[int] = []

    def rows():
        planted.append((yield from generator))

    with Store.open(path) as store:
        load(store, rows())
        counts = store.counts()
    return {"seconds": round(time.perf_counter() - started, 1), "cpu_seconds": round(time.process_time() - cpu, 1),
            "articles": counts["articles"],
            "mentions": counts["mentions"], "events": counts["events"], "planted_changes": planted[0],
            "peak_memory_mb": _peak_mb()}


def _peak_mb() -> int:
    """This process's peak resident memory: VmHWM on Linux (``ru_maxrss`` would count the parent's
    memory in a child started by fork and exec), else ``ru_maxrss``."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # kB on Linux


def measure(path: Path) -> dict:
    """One timed run in this process: pinned to one CPU, DuckDB and BLAS on one thread."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from detente.actors.kb import load_default
    from detente.relations.blocs import blocs
    from detente.relations.changes import turning_points
    from detente.store import Store

    kb = load_default()
    with Store.open(path, read_only=True, threads=1) as store:
        started, cpu = time.perf_counter(), time.process_time()
        found = turning_points(store, by="month", kb=kb)
        changes_seconds, changes_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        periods = blocs(store, by="year", kb=kb)
        blocs_seconds, blocs_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"changes_seconds": round(changes_seconds, 2), "blocs_seconds": round(blocs_seconds, 2),
            "total_seconds": round(changes_seconds + blocs_seconds, 2),
            "changes_cpu_seconds": round(changes_cpu, 2), "blocs_cpu_seconds": round(blocs_cpu, 2),
            "total_cpu_seconds": round(changes_cpu + blocs_cpu, 2), "turning_points": len(found),
            "blocs_periods": len(periods), "camps": sum(len(p.camps) for p in periods),
            "peak_memory_mb": _peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_150_000,
                        help="events to generate (about 1,000,000 stay after deduplication)")
    parser.add_argument("--dyads", type=int, default=4000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", default=str(Path(__file__).with_name("scale.json")))
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # a store to time once (the child process)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    environment = dict(os.environ, **{name: "1" for name in ONE_THREAD})
    with tempfile.TemporaryDirectory(prefix="detente-scale-") as folder:
        path = Path(folder) / "scale.duckdb"
        built = build(path, args.seed, args.events, args.dyads, args.years)
        print(f"store: {built['events']:,} events ({built['mentions']:,} mentions, {built['articles']:,} articles, "
              f"{built['planted_changes']:,} planted changes) built in {built['seconds']} s, "
              f"peak {built['peak_memory_mb']} MB", flush=True)
        runs = []
        for number in range(args.runs):
            done = subprocess.run([sys.executable, "-m", "benchmarks.scale", "--measure", str(path)],
                                  env=environment, capture_output=True, text=True, check=False)
            if done.returncode:
                sys.exit(f"run {number + 1} failed:\n{done.stderr}")
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(f"run {number + 1}: " + ", ".join(f"{k} {v}" for k, v in runs[-1].items()), flush=True)
    median = {name: statistics.median(r[name] for r in runs)
              for name in ("changes_seconds", "blocs_seconds", "total_seconds", "changes_cpu_seconds",
                           "blocs_cpu_seconds", "total_cpu_seconds", "peak_memory_mb")}
    result = {"store": built, "median": median, "runs": runs, "turning_points": runs[0]["turning_points"],
              "cores": 1, "duckdb_threads": 1, "memory_limit": "1GB",
              "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared with other work), "
                         f"Python {platform.python_version()}",
              "command": "make bench-scale"}
    Path(args.output).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"median of {len(runs)} runs: turning points {median['changes_seconds']} s, camps "
          f"{median['blocs_seconds']} s, {median['total_seconds']} s in all (CPU {median['total_cpu_seconds']} s), "
          f"peak {median['peak_memory_mb']} MB")


if __name__ == "__main__":
    main()
