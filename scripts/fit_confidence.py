"""Fit the confidence model (``src/detente/data/confidence.json``) on the team's annotated wire articles.

    .venv/bin/python scripts/fit_confidence.py [--dev eval/wire/dev] [--out src/detente/data/confidence.json]

It codes every article of ``--dev`` with the rules-only coder, keeps the evidence of each output event
(``detente.events.assemble.assemble_with_evidence``), labels each event with a PLOVER type 1 when it
matches a gold act strictly (``detente.evaluate_articles.match_events``, the protocol of ``detente eval``)
and 0 otherwise, and fits an L2-regularised logistic regression by Newton's method (numpy only; the
intercept is not penalised). The figures written with the model are in-sample, plus those of a 5-fold
cross-validation over articles (folds drawn with a fixed seed). The aside and fresh sets
(``eval/wire/aside``, ``eval/wire/fresh``) are never read: they are test sets. Deterministic: the same data
give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from detente.mathx import logistic

ROOT = Path(__file__).resolve().parent.parent
SEED = 0
FOLDS = 5
L2 = 2.0  # penalty on the coefficients: the dev set holds a few hundred events only
THRESHOLD = 0.5
DROP_AT = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def article_folds(keys) -> dict[int, int]:
    """The fold (of :data:`FOLDS`) of each article key in ``keys``: the keys in an order drawn with :data:`SEED`,
    dealt round the folds; one draw for every fit script, so the same articles fall together."""
    order = np.random.default_rng(SEED).permutation(len(keys))
    return {int(keys[i]): n % FOLDS for n, i in enumerate(order)}


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50) -> np.ndarray:
    """Weights (intercept first) of an L2-regularised logistic regression, by Newton's method."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = logistic(design @ w)
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return logistic(w[0] + x @ w[1:])


def figures(p: np.ndarray, y: np.ndarray) -> dict:
    """The figures ``detente eval`` reports on reliability, for probabilities ``p`` and labels ``y``."""
    right, wrong = p[y == 1], p[y == 0]
    mean_right = float(right.mean()) if len(right) else 0.0
    mean_wrong = float(wrong.mean()) if len(wrong) else 0.0
    return {"events": int(len(y)), "right": int(y.sum()),
            "mean_confidence_right": round(mean_right, 3), "mean_confidence_wrong": round(mean_wrong, 3),
            "gap": round(mean_right - mean_wrong, 3),
            "below_0.5_removes_wrong": round(float((wrong < THRESHOLD).mean()) if len(wrong) else 0.0, 3),
            "below_0.5_keeps_right": round(float((right >= THRESHOLD).mean()) if len(right) else 0.0, 3),
            "drop_below": [{"threshold": t, "removes_wrong": round(float((wrong < t).mean()) if len(wrong) else 0.0, 3),
                            "keeps_right": round(float((right >= t).mean()) if len(right) else 0.0, 3)}
                           for t in DROP_AT],
            "log_loss": round(float(-np.mean(y * np.log(np.clip(p, 1e-9, 1))
                                             + (1 - y) * np.log(np.clip(1 - p, 1e-9, 1)))), 4)}


def data_hash(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def collect(dev: Path) -> tuple[list[Path], np.ndarray, np.ndarray, np.ndarray]:
    """The gold files, and for every output event with a PLOVER type: features, strict label, article index."""
    from detente.evaluate_articles import KeyMatcher, match_events
    from detente.evaluate_gold import gold_article, read_gold_articles
    from detente.events.assemble import assemble_with_evidence
    from detente.events.confidence import FEATURES
    from detente.pipeline import Coder
    from detente.records import Parsed

    files = sorted(dev.glob("*.gold.json")) if dev.is_dir() else [dev]
    golds = read_gold_articles(dev)
    coder = Coder()  # rules only: the learned layer blends its own probability into the confidence
    if coder.steps[-1].name != "assemble":
        sys.exit("the coder's last step is not 'assemble'")
    keys = KeyMatcher(coder.kb)
    rows, labels, groups = [], [], []
    for number, gold in enumerate(golds):
        article = gold_article(gold)
        doc = next(iter(coder.nlp.pipe([article.text], batch_size=1)))
        state: object = Parsed(article=article, doc=doc)
        for step in coder.steps[:-1]:
            state = step.run(state, coder.knowledge)
        result, evidences = assemble_with_evidence(state, coder.knowledge)  # type: ignore[arg-type]
        why = {event.id: ev for event, ev in zip(result.events, evidences)}
        for outcome in match_events(gold, result, keys):
            rows.append([getattr(why[outcome.event.id], name) for name in FEATURES])
            labels.append(1.0 if outcome.strict else 0.0)
            groups.append(number)
    return files, np.array(rows, dtype=float), np.array(labels), np.array(groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT / "eval" / "wire" / "dev")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "detente" / "data" / "confidence.json")
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args(argv)
    if {"aside", "fresh"} & set(args.dev.resolve().parts):
        sys.exit("the aside and fresh sets are test sets: fit on eval/wire/dev only")
    from detente import __version__
    from detente.evaluate import EvalError
    from detente.events.confidence import FEATURES

    try:
        files, x, y, groups = collect(args.dev)
    except EvalError as exc:  # a bad gold file: its message names the file
        sys.exit(str(exc))
    w = fit(x, y, args.l2)
    in_sample = figures(predict(w, x), y)
    # cross-validation over articles: each fold's events are scored by a model fitted without them
    fold_of = article_folds(range(int(groups.max()) + 1))
    folds = np.array([fold_of[int(g)] for g in groups])
    held = np.zeros(len(y))
    for k in range(FOLDS):
        inside = folds != k
        held[~inside] = predict(fit(x[inside], y[inside], args.l2), x[~inside])
    model = {
        "about": "Logistic model of an event's confidence: P(strictly right) = 1 / (1 + exp(-(intercept + "
                 "sum(coefficient * feature)))). Features: detente.events.confidence.Evidence. Made by "
                 "scripts/fit_confidence.py; do not edit by hand.",
        "features": list(FEATURES),
        "coefficients": [round(float(c), 4) for c in w[1:]],
        "intercept": round(float(w[0]), 4),
        "fit": {"method": "L2-regularised logistic regression, Newton's method (numpy)", "l2": args.l2,
                "label": "event matches a gold act strictly (detente.evaluate_articles)",
                "coder": f"detente {__version__}, rules only", "seed": SEED, "folds": FOLDS},
        "data": {"path": "eval/wire/dev", "files": len(files), "sha256": data_hash(files)},
        "figures": {"in_sample": in_sample, "cross_validated": figures(held, y)},
    }
    args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(model["figures"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
