"""Fit the merge model (``src/detente/data/merge.json``): whether a later output event of an article restates
an act an earlier one already gives (``detente.events.act_merge``).

    .venv/bin/python scripts/fit_merge.py [--dev eval/wire/dev] [--out src/detente/data/merge.json]
        [--cache FILE]

Training data: the team's dev articles (``eval/wire/dev``), coded by the shipped chain up to ``assemble``
(the attacher on, the merge step off). Every pair of output events of one article that the step would
score (``act_merge.candidate``: both with a PLOVER type, the same quad class) is a row of
``act_merge.features``, labelled by the scorer's own matching (``detente.evaluate_articles``, the protocol
of ``detente eval``): 1 when both events are matched at least leniently to the same gold act, 0 when they
are matched to two different acts; a pair in which one event or both match no act leniently is left out
(``--unmatched skip``, the default), labelled 0 (``--unmatched zero``), or (``--unmatched evidence``)
labelled 1 when the unmatched event's trigger lies in an evidence phrase of the act the other event is
matched to, and left out otherwise. The model is an L2-regularised logistic regression (``fit`` of
``fit_confidence.py``).

Cross-validation: 5 folds over articles, drawn with a fixed seed; each fold is merged, through the run-time
code (``act_merge.merge_events``), by the model fitted on the other four, and the whole set is scored by
``detente eval``'s scorer. The threshold and which event is kept (``act_merge.KEEPERS``) are chosen on these
out-of-fold figures (:func:`choose_setting`). The rules were written looking at these articles, so the
figures are higher than on text nobody has read. The aside and fresh sets are never read. Deterministic: the
same data give the same file.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # one home for the Newton fit: fit_confidence.py
from fit_confidence import FOLDS, SEED, article_folds, data_hash, fit

ROOT = Path(__file__).resolve().parent.parent
L2 = 2.0
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)  # least P(same act) to merge
CORE_SLACK = 0.001  # strict core recall may fall this much (one or two of dev's core acts) for a setting to be chosen
WANTED = ("strict_precision", "lenient_precision", "spurious_rate", "false_dyad_rate", "repeat_rate",
          "core_recall_strict", "core_recall_lenient", "recall_strict", "recall_lenient")


@dataclasses.dataclass
class Item:
    """One coded dev article: its gold, the coded article (before merging) and its events' trigger facts."""

    number: int
    gold: object
    coded: object
    facts: list


def collect(dev: Path) -> list[Item]:
    """The dev articles coded by the shipped chain (the merge step not in it)."""
    from detente.evaluate_gold import gold_article, read_gold_articles
    from detente.events.act_merge import trigger_facts
    from detente.pipeline import Coder

    coder = Coder()
    if any(step.name == "merge" for step in coder.steps):
        sys.exit("the coder already merges: fit on the chain without the merge step")
    golds = read_gold_articles(dev)
    items = []
    docs = coder.nlp.pipe((gold_article(g).text for g in golds), batch_size=8)
    for number, (gold, doc) in enumerate(zip(golds, docs)):
        record = coder.run(gold_article(gold), doc)
        items.append(Item(number, gold, record.coded,
                          [trigger_facts(record.doc, record.quotes, e, coder.lexicon.words)
                           for e in record.coded.events]))
    return items


def _evidenced(item: Item, event, act) -> bool:
    """Whether ``event``'s trigger lies inside one of the gold ``act``'s evidence phrases in the article."""
    from detente.evaluate_articles import _find_all

    return any(start <= event.trigger.start < start + len(phrase)
               for phrase in act.evidence for start in _find_all(item.coded.text, phrase))


def pairs(item: Item, keys, unmatched: str = "skip") -> tuple[list[np.ndarray], list[float]]:
    """The rows and labels of the candidate pairs of one article (see the module's docstring)."""
    from detente.evaluate_articles import _ArticleMatcher
    from detente.events.act_merge import candidate, features, nearest_of_root

    outcomes = {id(o.event): o for o in _ArticleMatcher(item.gold, item.coded, keys).run()[0]}
    events = [(e, f) for e, f in zip(item.coded.events, item.facts) if e.plover]
    xs, ys = [], []
    for j, (b, fb) in enumerate(events):
        nearest = nearest_of_root([e for e, _ in events[:j]], b)
        for i, (a, fa) in enumerate(events[:j]):
            if not candidate(a, b):
                continue
            oa, ob = outcomes[id(a)], outcomes[id(b)]
            if oa.lenient and ob.lenient:
                label = float(oa.act.index == ob.act.index)
            elif unmatched == "zero":
                label = 0.0
            elif unmatched == "evidence" and (oa.lenient or ob.lenient) and \
                    _evidenced(item, b if oa.lenient else a, (oa if oa.lenient else ob).act):
                label = 1.0
            else:
                continue
            xs.append(features(a, b, fa, fb, i == nearest))
            ys.append(label)
    return xs, ys


def stack(rows: dict[int, tuple[list, list]], numbers) -> tuple[np.ndarray, np.ndarray]:
    from detente.events.act_merge import FEATURES

    xs = [x for n in numbers for x in rows[n][0]]
    ys = [y for n in numbers for y in rows[n][1]]
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.vstack(xs), np.array(ys)


def model(w: np.ndarray, threshold: float, keep: str):
    from detente.events.act_merge import MergeModel

    return MergeModel(coefficients=w[1:], intercept=float(w[0]), threshold=threshold, keep=keep)


def scored(items: list[Item], kb, models: dict[int, object] | None, fold_of: dict[int, int]) -> dict:
    """``detente eval``'s figures on ``items``, each merged by the model of its fold (None: not merged)."""
    from detente.evaluate_articles import score_articles
    from detente.events.act_merge import merge_events

    pairs_ = []
    for item in items:
        coded = item.coded
        if models is not None:
            events = merge_events(models[fold_of[item.number]], coded.events, item.facts)
            coded = dataclasses.replace(coded, events=events)
        pairs_.append((item.gold, coded))
    report = score_articles(pairs_, kb, worst=0).as_dict()
    metrics = report.get("metrics", report)
    out = {k: metrics[k] for k in WANTED if k in metrics}
    counts = report.get("counts", {})
    out.update({k: counts[k] for k in ("events", "strict", "false_dyads", "repeats") if k in counts})
    return out


def choose_setting(sweep: list[dict], rules: dict) -> dict | None:
    """Of the sweep, the setting with the best out-of-fold strict precision among those that raise it, do not
    raise the spurious or false-dyad rate above the rules', and lose at most ``CORE_SLACK`` of strict core
    recall; None when there is none (ties: the higher threshold)."""
    fine = [s for s in sweep if s["wire_dev"]["core_recall_strict"] >= rules["core_recall_strict"] - CORE_SLACK
            and s["wire_dev"]["spurious_rate"] <= rules["spurious_rate"]
            and s["wire_dev"]["false_dyad_rate"] <= rules["false_dyad_rate"]
            and s["wire_dev"]["strict_precision"] > rules["strict_precision"]]
    if not fine:
        return None
    return max(fine, key=lambda s: (s["wire_dev"]["strict_precision"], -s["wire_dev"]["false_dyad_rate"],
                                    s["threshold"]))


def ranking(p: np.ndarray, y: np.ndarray) -> dict:
    """Pair figures: positives, AUC, and precision and recall of P >= 0.5."""
    pos, neg = p[y == 1], p[y == 0]
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    auc = float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))) \
        if len(pos) and len(neg) else 0.0
    said = p >= 0.5
    return {"pairs": int(len(y)), "positive": int(y.sum()), "auc": round(auc, 3),
            "precision_at_0.5": round(float(y[said].mean()), 3) if said.any() else 0.0,
            "recall_at_0.5": round(float(said[y == 1].mean()), 3) if len(pos) else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT / "eval" / "wire" / "dev")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "detente" / "data" / "merge.json")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--unmatched", choices=("skip", "zero", "evidence"), default="skip")
    parser.add_argument("--cache", type=Path, help="a pickle of the coded dev articles (made when missing)")
    args = parser.parse_args(argv)
    if {"aside", "fresh"} & set(args.dev.resolve().parts):
        sys.exit("the aside and fresh sets are test sets: fit on eval/wire/dev only")
    from detente import __version__
    from detente.actors import kb as kb_mod
    from detente.evaluate import EvalError
    from detente.evaluate_articles import KeyMatcher
    from detente.events.act_merge import FEATURES, KEEPERS, weights_hash
    from detente.mathx import logistic

    if args.cache is not None and args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
    else:
        try:
            items = collect(args.dev)
        except EvalError as exc:  # a bad gold file: its message names the file
            sys.exit(str(exc))
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(items))
    kb = kb_mod.load(None)
    keys = KeyMatcher(kb)
    rows = {item.number: pairs(item, keys, args.unmatched) for item in items}
    fold_of = article_folds([i.number for i in items])
    weights, held_p, held_y = {}, [], []
    for k in range(FOLDS):
        weights[k] = fit(*stack(rows, [n for n in rows if fold_of[n] != k]), args.l2)
        x, y = stack(rows, [n for n in rows if fold_of[n] == k])
        held_p.append(logistic(weights[k][0] + x @ weights[k][1:]))
        held_y.append(y)
    cross = ranking(np.concatenate(held_p), np.concatenate(held_y))
    rules = scored(items, kb, None, fold_of)
    sweep = [{"threshold": t, "keep": keep,
              "wire_dev": scored(items, kb, {k: model(weights[k], t, keep) for k in range(FOLDS)}, fold_of)}
             for keep in KEEPERS for t in THRESHOLDS]
    chosen = choose_setting(sweep, rules)
    w = fit(*stack(rows, list(rows)), args.l2)
    threshold, keep = (chosen["threshold"], chosen["keep"]) if chosen else (1.0, "earlier")
    in_sample = scored(items, kb, {k: model(w, threshold, keep) for k in range(FOLDS)}, fold_of)
    out = {
        "about": "Logistic model of P(a later output event restates the act of an earlier one of its article) "
                 "(detente.events.act_merge); the later event is merged into the earlier one of highest P when "
                 "P reaches the threshold, and 'keep' says which of the two is kept. Made by "
                 "scripts/fit_merge.py; do not edit by hand.",
        "features": list(FEATURES),
        "coefficients": [round(float(c), 5) for c in w[1:]],
        "intercept": round(float(w[0]), 5),
        "threshold": threshold,
        "keep": keep,
    }
    out["sha256"] = weights_hash(out)
    out["fit"] = {"method": "L2-regularised logistic regression over pairs of events, Newton's method (numpy; "
                            "scripts/fit_confidence.py:fit)", "l2": args.l2, "seed": SEED, "folds": FOLDS,
                  "label": "1 when both events match the same gold act at least leniently; pairs with an event "
                           "that matches no act leniently: " + {
                               "zero": "0", "skip": "left out",
                               "evidence": "1 when its trigger is in an evidence phrase of the other's act, "
                                           "else left out"}[args.unmatched],
                  "threshold": "of " + ", ".join(map(str, THRESHOLDS)) + " and each way of keeping ("
                               + ", ".join(KEEPERS) + "), the best out-of-fold strict precision that does not "
                               "raise the spurious or false-dyad rate without losing more than "
                               + str(CORE_SLACK) + " of strict core recall "
                               "(scripts/fit_merge.py:choose_setting); 1.0 (no merge) when none beats the rules",
                  "coder": f"detente {__version__}, the shipped chain without the merge step"}
    files = sorted(args.dev.glob("*.gold.json")) if args.dev.is_dir() else [args.dev]
    out["data"] = {"path": "eval/wire/dev", "articles": len(items), "sha256": data_hash(files),
                   "pairs": cross["pairs"], "positive": cross["positive"]}
    out["figures"] = {"note": "out-of-fold unless said; the rules were written looking at these articles, so "
                              "the figures are higher than on unseen text",
                      "pairs_cross_validated": cross, "wire_dev_rules": rules,
                      "wire_dev_merged_out_of_fold": chosen["wire_dev"] if chosen else rules,
                      "wire_dev_merged_in_sample": in_sample, "sweep": sweep}
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out["figures"].items() if k != "sweep"}, indent=1))
    for s in sweep:
        print(s["keep"], s["threshold"], json.dumps(s["wire_dev"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
