"""Fit the event-type model (``src/detente/data/model/event_types.npz``) on the team's annotated dev articles.

    .venv/bin/python scripts/fit_event_types.py [--dev eval/wire/dev] [--out src/detente/data/model]
                                                [--workers 2] [--cache build/event_types.pkl] [--no-write]

It codes every article of ``--dev`` once with the coder of ``--model`` (rules, then the shipped sentence-level
learned layer), reads every output event with a PLOVER type as the run time does
(:func:`detente.learned.types.event_rows`: the rules' evidence and the static embedding of its sentence and of a
window round its trigger), and labels it with the PLOVER type of the annotated act it matches by evidence,
whatever its type: an act with an evidence phrase in the event's sentence and at least one side right (else one
it is only associated with; else the act ``detente eval`` assigns it leniently); the event's own type when the
act accepts it (``alt_plover``), else the act's type; NONE when it matches no act. A multinomial L2 logistic
regression (numpy, L-BFGS written out here) is compared by 5-fold cross-validation over articles (the folds of
``fit_confidence.article_folds``): the rules' evidence alone against the rules' evidence with the embeddings.
The re-typing limits (P(new type) >= t, P(rules' type) <= u, and optionally dropping events where P(NONE) >= n)
are chosen on the out-of-fold probabilities by simulating the matcher on every event under every type, keeping
strict matches up with lenient precision, spurious and false-dyad rates not worse; then each fold's model is
applied through the run-time code (:func:`detente.learned.types.retype_coded`) to its held-out articles and the
whole of dev is scored with ``detente eval``'s protocol. Only when that confirmation gains strict matches
without losing on the other figures is the model written (with its figures into MANIFEST.json); else the
figures are printed and nothing is written. The aside and fresh sets are never read. Deterministic (up to the
order of floating-point sums in the BLAS).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_confidence import FOLDS, SEED, article_folds, data_hash

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = (("rules", 1.0), ("rules_static", 1.0))  # view and L2 penalty compared by cross-validation
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
KEEPS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
DROPS = (2.0, 0.6, 0.7, 0.8, 0.9)  # 2.0: never drop
CANDIDATES = 6  # the best simulated limits confirmed through the run-time code, best first


# -- the codes a re-typed event takes -----------------------------------------------------------
def lexicon_codes() -> dict[tuple[str, str], str]:
    """(lemma, PLOVER type) -> the lexicon's most frequent code of a bare verb pattern of that type."""
    from importlib import resources

    from detente.events import cameo
    from detente.events.lexicon import NO_CODE

    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    path = resources.files("detente") / "data" / "lexicon" / "verbs.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] in ("cameo", NO_CODE) or len(row) < 2:
                continue
            if len(row[1].split()) != 1 or not row[1].replace("-", "").replace("_", "").isalpha():
                continue  # patterns with objects: the code is the phrase's, not the verb's
            try:
                plover = cameo.lookup(row[0]).plover
            except (KeyError, ValueError):
                continue
            if plover:
                counts[(row[1].lower(), plover)][row[0]] += 1
    return {key: c.most_common(1)[0][0] for key, c in sorted(counts.items())}


def default_codes(golds) -> dict[str, str]:
    """Each PLOVER type's usual code: the most frequent code of the dev acts of that type (the cameo table's
    lowest code of the type when no act has one)."""
    from detente.events import cameo
    from detente.events.cameo import PLOVER_TYPES

    counts: dict[str, Counter] = defaultdict(Counter)
    for gold in golds:
        for act in gold.acts:
            if act.cameo and cameo.lookup(act.cameo).plover == act.plover:
                counts[act.plover][cameo.lookup(act.cameo).code] += 1
    lowest: dict[str, str] = {}
    for code in sorted(cameo.table().values(), key=lambda c: c.code):
        if code.plover:
            lowest.setdefault(code.plover, code.code)
    return {p: (sorted(counts[p].items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts[p] else lowest[p])
            for p in PLOVER_TYPES}


# -- coding and labelling ------------------------------------------------------------------------
def _ranked(matcher, event, acts, sentence):
    """The act the matcher would assign ``event`` to (ignoring earlier claims), with its tier; ``sentence``: the
    event's sentence, folded."""
    ranked = []
    for act in acts:
        tier = matcher.tier(event, act)
        if tier:
            ranked.append(((tier, matcher.told_in(sentence, act), -act.index), act))
    if not ranked:
        return 0, None
    (tier, *_), act = max(ranked, key=lambda r: r[0])
    return tier, act


def label_of(matcher, event, outcome, gold, taken=frozenset()) -> str:
    """The PLOVER type of the act ``event`` matches by evidence, whatever its type, or NONE: among the acts
    with an evidence phrase in its sentence, the one with both sides right, else one side right, else only
    associated (an act that accepts the event's own type first among equals); else the act ``detente eval``
    assigns it leniently. Acts in ``taken`` (matched strictly by another event of the article) are left out:
    re-typing an event to such an act's type only makes a repeat, and loses the act it matched before."""
    from detente.evaluate_articles import _fold

    sentence = _fold(event.sentence.text)
    best = None
    for act in gold.acts:
        if act.index in taken or not matcher.told_in(sentence, act):
            continue
        both, one = matcher.sides(event, act)
        rank = 3 if both else 2 if one else 1 if matcher.associated(event, act) else 0
        key = (rank, event.plover in act.types and event.negated == act.negated)
        if rank and (best is None or key > best[0]):
            best = (key, act)
    act = best[1] if best and best[0][0] >= 2 else outcome.act if outcome.lenient else best[1] if best else None
    if act is None:
        return "NONE"
    return event.plover if event.plover in act.types else act.plover


def relabel(articles, golds, kb) -> None:
    """Label every event of the coded articles (:func:`label_of`), in place."""
    from detente.evaluate_articles import KeyMatcher, _ArticleMatcher, match_events
    from detente.learned.types import CLASSES

    keys = KeyMatcher(kb)
    for a, gold in zip(articles, golds):
        coded = pickle.loads(a["coded"])
        matcher = _ArticleMatcher(gold, coded, keys)
        outcomes = match_events(gold, coded, keys)
        labels = []
        for v, o in zip(a["views"], outcomes):
            taken = frozenset(other.act.index for other in outcomes
                              if other.strict and other.act is not None and other is not o and other.act is not o.act)
            labels.append(CLASSES.index(label_of(matcher, coded.events[v.index], o, gold, taken)))
        a["labels"] = np.array(labels, dtype=int)


def code_part(part):
    """Worker: code some dev articles; per article the rows, labels and the matcher's outcome under every type."""
    numbers, golds, codes, defaults = part
    from detente import learned
    from detente.evaluate_articles import KeyMatcher, _ArticleMatcher, _fold, match_events
    from detente.evaluate_gold import gold_article
    from detente.learned.types import CLASSES, NONE, event_rows
    from detente.parallel import pack
    from detente.pipeline import Coder

    layer = learned.LearnedModel(learned.default_folder())
    layer.types = None  # the rules' (and sentence layer's) types are what the model learns to correct, not its own
    coder = Coder(learned=layer)
    static = layer.static
    if static is None:
        from detente.learned.encoder import StaticEncoder

        static = StaticEncoder(layer.folder)
    keys = KeyMatcher(coder.kb)
    out = []
    for number, gold in zip(numbers, golds):
        article = gold_article(gold)
        doc = next(iter(coder.nlp.pipe([article.text], batch_size=1)))
        record = coder.run(article, doc)
        coded = record.coded
        views, x = event_rows(record, static)
        outcomes = match_events(gold, coded, keys)
        assert len(outcomes) == len(views)
        matcher = _ArticleMatcher(gold, coded, keys)
        labels, table = [], np.zeros((len(views), NONE, 3), dtype=bool)
        for row, (view, outcome) in enumerate(zip(views, outcomes)):
            event = coded.events[view.index]
            labels.append(CLASSES.index(label_of(matcher, event, outcome, gold)))
            sentence = _fold(event.sentence.text)
            for c, plover in enumerate(CLASSES[:NONE]):
                code = codes.get((view.words[0], plover)) or defaults[plover]
                other = event if plover == event.plover else learned.retype(coded.id, event, code)
                tier, act = _ranked(matcher, other, gold.acts, sentence)
                table[row, c] = (tier == 3, tier >= 2, act is not None and matcher.false_dyad(other, act))
        out.append({"number": number, "x": x, "labels": np.array(labels, dtype=int),
                    "rules": np.array([CLASSES.index(coded.events[v.index].plover) for v in views], dtype=int),
                    "table": table, "coded": pack(coded), "views": views,
                    "base": [(o.strict, o.lenient, o.false_dyad) for o in outcomes]})
    return out


def collect(golds, codes, defaults, workers: int) -> list[dict]:
    import multiprocessing

    parts = [(list(range(k, len(golds), workers)), golds[k::workers], codes, defaults) for k in range(workers)]
    if workers == 1:
        results = [code_part(parts[0])]
    else:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(code_part, parts)
    return sorted((a for r in results for a in r), key=lambda a: a["number"])


# -- the classifier ------------------------------------------------------------------------------
def _loss(w, x, y, l2, k):
    d = x.shape[1]
    weights, bias = w[:k * d].reshape(k, d), w[k * d:]
    logits = (x @ weights.T.astype(x.dtype) + bias).astype(np.float64)
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    total = p.sum(axis=1, keepdims=True)
    p /= total
    loss = -np.sum(np.log(np.maximum(p[np.arange(len(y)), y], 1e-300))) + 0.5 * l2 * np.sum(weights ** 2)
    p[np.arange(len(y)), y] -= 1.0
    grad = np.concatenate([((p.T.astype(x.dtype) @ x) + l2 * weights).ravel(), p.sum(0)])
    return loss, grad


def fit(x: np.ndarray, y: np.ndarray, l2: float, k: int, iterations: int = 120) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial L2 logistic regression (bias not penalised) by L-BFGS (memory 10, backtracking): (weights,
    bias). The columns are not standardised: the embeddings are unit vectors, so the penalty holds their
    weights back more than the rules' one-hot evidence (standardised, they overfit: cross-validated accuracy
    0.787 against 0.831 at the best penalty tried)."""
    z = x.astype(np.float32)
    d = z.shape[1]
    w = np.zeros(k * d + k)
    loss, grad = _loss(w, z, y, l2, k)
    s_list: list[np.ndarray] = []
    y_list: list[np.ndarray] = []
    for _ in range(iterations):
        q = grad.copy()
        alphas = []
        for s, t in reversed(list(zip(s_list, y_list))):
            a = (s @ q) / (t @ s)
            alphas.append(a)
            q -= a * t
        if s_list:
            q *= (s_list[-1] @ y_list[-1]) / (y_list[-1] @ y_list[-1])
        for (s, t), a in zip(zip(s_list, y_list), reversed(alphas)):
            q += s * (a - (t @ q) / (t @ s))
        direction = -q
        step = 1.0 if s_list else 1.0 / max(np.linalg.norm(grad), 1.0)
        while True:
            new = w + step * direction
            new_loss, new_grad = _loss(new, z, y, l2, k)
            if new_loss <= loss + 1e-4 * step * (grad @ direction) or step < 1e-10:
                break
            step *= 0.5
        s, t = new - w, new_grad - grad
        if s @ t > 1e-10:
            s_list.append(s)
            y_list.append(t)
            s_list, y_list = s_list[-10:], y_list[-10:]
        done = abs(loss - new_loss) < 1e-7 * max(abs(loss), 1.0)
        w, loss, grad = new, new_loss, new_grad
        if done:
            break
    return w[:k * d].reshape(k, d), w[k * d:]


def probabilities(weights, bias, x):
    logits = x @ weights.T + bias
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


# -- the policy, simulated -----------------------------------------------------------------------
def simulate(p, rules, table, threshold, keep, drop):
    """Counts (events, strict, lenient, false dyads, re-typed, dropped) and the per-type changes of strict
    matches, with the matcher's outcome of every event under every type."""
    from detente.learned.types import NONE, decide_type

    events = strict = lenient = fd = changed = dropped = 0
    fixed: Counter = Counter()
    caused: Counter = Counter()
    for row, r in enumerate(rules):
        c = decide_type(p[row], int(r), threshold, keep, drop) if p is not None else int(r)
        if c is None:
            dropped += 1
            if table[row, r, 0]:
                caused[(int(r), NONE)] += 1
            continue
        events += 1
        s, le, f = table[row, c]
        strict, lenient, fd = strict + s, lenient + le, fd + f
        if c != r:
            changed += 1
            if s and not table[row, r, 0]:
                fixed[(int(r), c)] += 1
            if table[row, r, 0] and not s:
                caused[(int(r), c)] += 1
    return {"events": events, "strict": int(strict), "lenient": int(lenient), "false_dyads": int(fd),
            "spurious": events - int(lenient), "retyped": changed, "dropped": dropped}, fixed, caused


def simulate_fast(p, rules, table, threshold, keep, drop) -> dict:
    """:func:`simulate`'s counts, vectorised (the grid of limits is searched with it)."""
    from detente.learned.types import NONE

    rows = np.arange(len(rules))
    others = p.copy()
    others[:, NONE] = -1.0
    best = others.argmax(1)  # the first of equals, as decide_type's stable sort
    change = (best != rules) & (p[rows, best] >= threshold) & (p[rows, rules] <= keep)
    kept = p[:, NONE] < drop
    out = table[rows, np.where(change, best, rules)][kept]
    events = int(kept.sum())
    return {"events": events, "strict": int(out[:, 0].sum()), "lenient": int(out[:, 1].sum()),
            "false_dyads": int(out[:, 2].sum()), "spurious": events - int(out[:, 1].sum()),
            "retyped": int((change & kept).sum()), "dropped": int((~kept).sum())}


def admissible(figures, base) -> bool:
    rate = lambda f, key: f[key] / max(f["events"], 1)
    return (figures["strict"] > base["strict"] and rate(figures, "lenient") >= rate(base, "lenient")
            and rate(figures, "false_dyads") <= rate(base, "false_dyads"))


def choose(p, rules, table):
    """The rules' simulated counts, the admissible limits with the most strict matches, and every limit tried."""
    base, *_ = simulate(None, rules, table, 2.0, 0.0, 2.0)
    tried, best = [], None
    for drop in DROPS:
        for threshold in THRESHOLDS:
            for keep in KEEPS:
                figures = simulate_fast(p, rules, table, threshold, keep, drop)
                tried.append({"threshold": threshold, "keep": keep, "drop": drop, **figures})
                if admissible(figures, base) and (best is None or figures["strict"] > best[3]["strict"]):
                    best = (threshold, keep, drop, figures)
    return base, best, tried


def confusions(fixed: Counter, caused: Counter) -> dict:
    from detente.learned.types import CLASSES

    name = lambda pair: f"{CLASSES[pair[0]]}->{CLASSES[pair[1]]}"
    return {"fixed": {name(k): v for k, v in sorted(fixed.items(), key=lambda kv: (-kv[1], kv[0]))},
            "caused": {name(k): v for k, v in sorted(caused.items(), key=lambda kv: (-kv[1], kv[0]))}}


# -- writing -------------------------------------------------------------------------------------
def save(path: Path, weights, bias, threshold, keep, drop, codes, defaults) -> None:
    from detente.learned.types import CLASSES

    items = sorted(codes.items())
    np.savez_compressed(
        path, weights=weights.astype(np.float32), bias=bias.astype(np.float32), classes=np.array(CLASSES),
        threshold=np.float32(threshold), keep=np.float32(keep), drop=np.float32(drop),
        default_types=np.array(list(defaults)), default_codes=np.array(list(defaults.values())),
        lemmas=np.array([k[0] for k, _ in items]), lemma_types=np.array([k[1] for k, _ in items]),
        lemma_codes=np.array([v for _, v in items]))


def runtime_check(articles, golds, fold, models, kb) -> tuple[dict, dict]:
    """Every dev article re-typed by its fold's model through the run-time code, scored as ``detente eval``
    scores: (rules' report, re-typed report) metrics and counts."""
    from detente.evaluate_articles import score_articles
    from detente.learned.types import retype_coded

    before, after = [], []
    for a, gold in zip(articles, golds):
        coded = pickle.loads(a["coded"])
        before.append((gold, coded))
        model = models[fold[a["number"]]]
        after.append((gold, retype_coded(coded, a["views"], model.probabilities(a["x"]), model) if a["views"]
                      else coded))

    def figures(pairs):
        report = score_articles(pairs, kb)
        return {**{k: report.counts[k] for k in ("events", "strict", "lenient", "spurious", "false_dyads",
                                                  "acts_found_strict", "acts_found_lenient")},
                **{k: round(v, 4) for k, v in report.metrics.items() if isinstance(v, float)}}
    return figures(before), figures(after)


def write_report(path: Path, report: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT / "eval" / "wire" / "dev")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "detente" / "data" / "model")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cache", type=Path, help="keep the coded articles here (a pickle) and reuse them")
    parser.add_argument("--report", type=Path, help="write every figure here (JSON)")
    parser.add_argument("--collect-only", action="store_true", help="code and label the articles (--cache), no fit")
    parser.add_argument("--no-write", action="store_true", help="print the figures, write no model")
    args = parser.parse_args(argv)
    if {"aside", "fresh"} & set(args.dev.resolve().parts):
        sys.exit("the aside and fresh sets are test sets: fit on eval/wire/dev only")
    from detente import __version__
    from detente.evaluate_gold import read_gold_articles
    from detente.learned.types import CLASSES, FILE, RULE_WIDTH, EventTypeModel

    golds = read_gold_articles(args.dev)
    files = sorted(args.dev.glob("*.gold.json"))
    codes, defaults = lexicon_codes(), default_codes(golds)
    if args.cache and args.cache.is_file():
        articles = pickle.loads(args.cache.read_bytes())
    else:
        articles = collect(golds, codes, defaults, args.workers)
        if args.cache:
            args.cache.parent.mkdir(parents=True, exist_ok=True)
            args.cache.write_bytes(pickle.dumps(articles))
    if args.collect_only:
        return 0
    from detente.pipeline import Coder

    relabel(articles, golds, Coder().kb)
    fold = article_folds(range(len(golds)))
    keep_rows = [a for a in articles if len(a["labels"])]
    x = np.vstack([a["x"] for a in keep_rows]).astype(np.float32)
    y = np.concatenate([a["labels"] for a in keep_rows])
    rules = np.concatenate([a["rules"] for a in keep_rows])
    table = np.concatenate([a["table"] for a in keep_rows])
    folds = np.concatenate([[fold[a["number"]]] * len(a["labels"]) for a in keep_rows])
    k = len(CLASSES)
    print(f"{len(articles)} articles, {len(y)} events; labels: "
          + ", ".join(f"{CLASSES[c]} {n}" for c, n in sorted(Counter(y.tolist()).items())), flush=True)
    report: dict = {"articles": len(articles), "events": int(len(y)),
                    "labels": {CLASSES[c]: int(n) for c, n in sorted(Counter(y.tolist()).items())},
                    "rules_type_is_label": round(float(np.mean(rules == y)), 4), "views": {}}

    # cross-validation over articles: each view, each L2
    out_of_fold: dict = {}
    fold_weights: dict = {}
    for view, l2 in SETTINGS:
        columns = slice(0, RULE_WIDTH if view == "rules" else x.shape[1])
        held = np.zeros((len(y), k))
        for f in range(FOLDS):
            w, b = fit(x[folds != f, columns], y[folds != f], l2, k)
            fold_weights[(view, l2, f)] = (w, b)
            held[folds == f] = probabilities(w, b, x[folds == f, columns])
        loss = float(-np.mean(np.log(np.maximum(held[np.arange(len(y)), y], 1e-12))))
        accuracy = float(np.mean(held.argmax(1) == y))
        base, best, _ = choose(held, rules, table)
        entry = {"l2": l2, "log_loss": round(loss, 4), "accuracy": round(accuracy, 4),
                 "best_policy": None if best is None else {"threshold": best[0], "keep": best[1],
                                                           "drop": best[2], **best[3]}}
        report["views"].setdefault(view, []).append(entry)
        out_of_fold[(view, l2)] = held
        print(view, json.dumps(entry), flush=True)
    report["simulated_rules"] = base
    # the shipped view: the one whose best admissible policy gains most strict matches (ties: lower log-loss)
    candidates = [(e["best_policy"]["strict"] if e["best_policy"] else -1, -e["log_loss"], v, e["l2"])
                  for v, entries in report["views"].items() for e in entries]
    _, _, view, l2 = max(candidates)
    held = out_of_fold[(view, l2)]
    base, best, tried = choose(held, rules, table)
    report["chosen"] = {"view": view, "l2": l2}
    report["policies_tried"] = len(tried)
    if best is None:
        print("no admissible policy: the rules' types stay", flush=True)
        report["decision"] = "no admissible policy by cross-validation: nothing shipped"
        if args.report:
            write_report(args.report, report)
        return 0
    candidates, seen = [], set()
    for t in sorted((t for t in tried if admissible(t, base)),
                    key=lambda t: (-t["strict"], -t["threshold"], t["keep"], -t["drop"])):
        outcome = tuple(t[key] for key in ("strict", "lenient", "false_dyads", "retyped", "dropped"))
        if outcome not in seen and len(candidates) < CANDIDATES:  # limits that act alike are confirmed once
            seen.add(outcome)
            candidates.append(t)
    report["simulated_rules"] = base
    return finish(args, articles, golds, files, fold, x, y, folds, k, l2, candidates, (held, rules, table), codes,
                  defaults, report, EventTypeModel, FILE, __version__, RULE_WIDTH if view == "rules" else x.shape[1],
                  [fold_weights[(view, l2, f)] for f in range(FOLDS)])


def confirmed(before: dict, after: dict) -> bool:
    """Whether the run-time figures gain strict matches and lose on nothing else: lenient precision, spurious and
    false-dyad rates, and the acts found strictly and leniently (a re-typing that only repeats an act another
    event already matched would raise strict precision while losing the act the event matched before)."""
    return (after["strict"] > before["strict"] and after["spurious_rate"] <= before["spurious_rate"]
            and after["false_dyad_rate"] <= before["false_dyad_rate"]
            and after["lenient_precision"] >= before["lenient_precision"]
            and after["acts_found_strict"] >= before["acts_found_strict"]
            and after["acts_found_lenient"] >= before["acts_found_lenient"])


def finish(args, articles, golds, files, fold, x, y, folds, k, l2, candidates, simulation, codes, defaults, report,
           model_class, file_name, version, width, fold_weights) -> int:
    """Confirm the best simulated limits through the run-time code (up to :data:`CANDIDATES` of them, best
    first); write the model with the first that the run-time figures confirm."""
    from detente.pipeline import Coder

    def padded(w):
        """Zero weights for the columns the view leaves out (the run time reads every column)."""
        return np.hstack([w, np.zeros((k, x.shape[1] - width))])

    kb = Coder().kb
    report["runtime_by_article_fold"] = []
    chosen = None
    for candidate in candidates:
        threshold, keep, drop = candidate["threshold"], candidate["keep"], candidate["drop"]
        models = {}
        with tempfile.TemporaryDirectory() as folder:
            for f in range(FOLDS):
                w, b = fold_weights[f]
                save(Path(folder) / f"{f}.npz", padded(w), b, threshold, keep, drop, codes, defaults)
                models[f] = model_class(Path(folder) / f"{f}.npz")
        before, after = runtime_check(articles, golds, fold, models, kb)
        report["runtime_rules"] = before
        report["runtime_by_article_fold"].append({"threshold": threshold, "keep": keep, "drop": drop,
                                                  "confirmed": confirmed(before, after), **after})
        print("runtime", json.dumps(report["runtime_by_article_fold"][-1]), flush=True)
        if confirmed(before, after):
            chosen = (threshold, keep, drop)
            break
    print("rules", json.dumps(report.get("runtime_rules")), flush=True)
    report["decision"] = "shipped" if chosen else "not shipped: the run-time check confirmed no simulated gain"
    if chosen:
        figures, fixed, caused = simulate(*simulation, *chosen)
        report["simulated"] = {"threshold": chosen[0], "keep": chosen[1], "drop": chosen[2], **figures,
                               **confusions(fixed, caused)}
        print("simulated", json.dumps(report["simulated"]), flush=True)
    if args.report:
        write_report(args.report, report)
    if not chosen or args.no_write:
        print(report["decision"] if not chosen else "not written (--no-write)")
        return 0
    threshold, keep, drop = chosen
    weights, bias = fit(x[:, :width], y, l2, k)
    weights = padded(weights)
    path = args.out / file_name
    save(path, weights, bias, threshold, keep, drop, codes, defaults)
    manifest_path = args.out / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    data = path.read_bytes()
    manifest["files"][file_name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    manifest["event_types"] = {
        "about": "PLOVER type of an output event by the team's annotation conventions "
                 "(detente.learned.types; docs/model.md, 'Event types learned from the team's articles')",
        "made_by": "scripts/fit_event_types.py (make event-types)", "coder": f"detente {version}, --model",
        "method": "multinomial L2 logistic regression, L-BFGS (numpy)", "l2": l2, "seed": SEED, "folds": FOLDS,
        "view": report["chosen"]["view"], "threshold": threshold, "keep": keep, "drop": drop,
        "training_data": {"path": "eval/wire/dev", "files": len(files), "sha256": data_hash(files),
                          "events": int(len(y))},
        "figures": {k2: report[k2] for k2 in ("simulated_rules", "simulated", "runtime_rules",
                                               "runtime_by_article_fold")},
        "cross_validation": report["views"],
        "protocol": "5-fold cross-validation over the dev articles; the rules were written looking at the same "
                    "dev articles, and the limits were chosen on the same folds they are judged by: these "
                    "figures overstate accuracy on unseen copy",
    }
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path} and its manifest entry")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
