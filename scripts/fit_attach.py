"""Fit the attacher (``src/detente/data/attach.json``): which known actor of its sentence an act with no
known target is aimed at (``detente.events.attach``).

    .venv/bin/python scripts/fit_attach.py [--bio ../shared/data/dev/cameo_actorspans_train.bio]
        [--dev eval/wire/dev] [--out src/detente/data/attach.json]

Training data, coded by the rules-only coder up to its ``status`` step:
(a) the development sentences (BIO actor spans): for every act with no known target, each option (a known
    actor of the sentence, not on the doer's side) is labelled 1 when the words the event would show for it
    overlap a gold target (T) or reciprocal (R) span, else 0;
(b) the team's dev articles (``eval/wire/dev``): for every output event matched leniently to a gold act that
    is not symmetric (``detente.evaluate_articles``, the protocol of ``detente eval``), each option is
    labelled 1 when it matches a gold target key, else 0 (all 0 when the act has no target: the "none" case).
The model is an L2-regularised logistic regression over the options (``fit`` of ``fit_confidence.py``); the
best option is attached when its probability reaches the threshold, chosen on out-of-fold probabilities.

Cross-validation: 5 folds over sentences (BIO) and over articles (wire dev), folds drawn with a fixed seed.
Figures: ranking accuracy (the best option is a right one, over acts that have one), decision accuracy
(attach a right option, or none when there is none), and, through the real code with the out-of-fold model
(each fold fitted on the other four folds of its set plus all of the other set), ``detente eval`` figures on
the wire dev articles and target span F1 on the BIO sentences, beside those of the rules alone. The rules
were written looking at both sets, so these figures are higher than on text nobody has read.
The aside set (``eval/wire/aside``) is never read. Deterministic: the same data give the same file.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # one home for the Newton fit: fit_confidence.py
from fit_confidence import data_hash, fit

ROOT = Path(__file__).resolve().parent.parent
SEED = 0
FOLDS = 5
L2 = 4.0
WIRE_WEIGHT = 1  # each wire example counts this many times (3 raised strict precision and false dyads alike)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


@dataclasses.dataclass
class Item:
    """One coded text, stopped after ``status``; its options' rows and labels (None: not labelled)."""

    group: int  # sentence (BIO) or article (wire) number
    state: object  # the Judged record
    gold: object  # BIO: (tags, offsets); wire: the GoldArticle
    rows: list  # per act: (index in judged, feature matrix, labels or None)


def _stop_at_status(coder, article, doc):
    from detente.records import Parsed

    state: object = Parsed(article=article, doc=doc)
    for step in coder.steps:
        state = step.run(state, coder.knowledge)
        if step.name == "status":
            return state
    raise SystemExit("the coder has no 'status' step")


def _finish(coder, judged):
    """The coded article from a Judged record: the steps after ``status`` (the attacher excluded)."""
    names = [s.name for s in coder.steps]
    state: object = judged
    for step in coder.steps[names.index("status") + 1:]:
        if step.name != "attach":
            state = step.run(state, coder.knowledge)
    return state


def _participant(coder, judged, option):
    from detente.events.assemble import participant

    return participant(coder.finder, judged.doc, judged.actors, option.token, option.ref, judged.article.date)


def collect_bio(coder, path: Path) -> list[Item]:
    from detente.evaluate import _gold_spans, read_bio
    from detente.events.attach import rows
    from detente.model import Article

    items = []
    data = read_bio(path)
    texts = [" ".join(tokens) for tokens, _ in data]
    for number, ((tokens, tags), doc) in enumerate(zip(data, coder.nlp.pipe(texts, batch_size=64))):
        judged = _stop_at_status(coder, Article(text=texts[number], id=f"bio-{number}"), doc)
        offsets, position = [], 0
        for token in tokens:
            offsets.append((position, position + len(token)))
            position += len(token) + 1
        gold = _gold_spans(tags)["T"]
        acts = []
        for index, item in enumerate(judged.judged):
            options, x = rows(item.candidate, item.status, judged.actors, judged.quotes)
            if not options:
                continue
            labels = []
            for option in options:
                p = _participant(coder, judged, option)
                inside = [i for i, (s, e) in enumerate(offsets) if s < p.end and e > p.start]
                labels.append(1.0 if inside and any(inside[0] < b and a <= inside[-1] for a, b in gold) else 0.0)
            acts.append((index, x, np.array(labels)))
        items.append(Item(number, judged, (tags, offsets), acts))
    return items


def collect_wire(coder, dev: Path) -> list[Item]:
    from detente.evaluate_articles import KeyMatcher, _ArticleMatcher
    from detente.evaluate_gold import read_gold_articles
    from detente.events.assemble import _chars
    from detente.events.attach import rows
    from detente.io import DEFAULT_MAX_CHARS, InputError, article_from_record

    keys = KeyMatcher(coder.kb)
    items = []
    for number, gold in enumerate(read_gold_articles(dev)):
        record = article_from_record({"id": gold.id, "text": gold.text, "date": gold.date, "title": gold.title,
                                      "source": gold.source}, gold.where, None, DEFAULT_MAX_CHARS)
        if isinstance(record, InputError):
            raise SystemExit(str(record))
        doc = next(iter(coder.nlp.pipe([record.article.text], batch_size=1)))
        judged = _stop_at_status(coder, record.article, doc)
        result = _finish(coder, judged)
        matcher = _ArticleMatcher(gold, result, keys)
        outcomes, _ = matcher.run()
        by_event = {(o.event.sentence.index, o.event.trigger.start): o for o in outcomes}
        acts = []
        for index, item in enumerate(judged.judged):
            options, x = rows(item.candidate, item.status, judged.actors, judged.quotes)
            outcome = by_event.get((item.candidate.sentence, _chars(item.candidate.trigger)[0]))
            if not options or outcome is None or not outcome.lenient or outcome.act.symmetric:
                continue
            target = matcher.resolved[outcome.act.index][1]
            labels = [1.0 if target and matcher._side_ok([_participant(coder, judged, o)], target) else 0.0
                      for o in options]
            acts.append((index, x, np.array(labels)))
        items.append(Item(number, judged, gold, acts))
    return items


def _folds(items: list[Item]) -> dict[int, int]:
    order = np.random.default_rng(SEED).permutation(len(items))
    return {int(items[i].group): n % FOLDS for n, i in enumerate(order)}


def _stack(items: list[Item], wire_weight: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The rows and labels of ``items``; wire articles' rows repeated ``wire_weight`` times."""
    from detente.events.attach import FEATURES

    times = [wire_weight if not isinstance(item.gold, tuple) else 1 for item in items]
    xs = [x for item, n in zip(items, times) for _, x, _ in item.rows for _ in range(n)]
    ys = [y for item, n in zip(items, times) for _, _, y in item.rows for _ in range(n)]
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys)


def _model(w: np.ndarray, threshold: float):
    from detente.events.attach import FEATURES, AttachModel

    return AttachModel(features=FEATURES, coefficients=w[1:], intercept=float(w[0]), threshold=threshold)


def ranking(scored: list[tuple[np.ndarray, np.ndarray]], threshold: float) -> dict:
    """Ranking and decision figures over acts, each given as (probabilities, labels)."""
    with_right = [(p, y) for p, y in scored if y.sum() > 0]
    top = sum(1 for p, y in with_right if y[int(np.argmax(p))] == 1)
    right = wrong = kept_empty_ok = kept_empty_missed = 0
    for p, y in scored:
        best = int(np.argmax(p))
        if p[best] >= threshold:
            right += int(y[best] == 1)
            wrong += int(y[best] == 0)
        elif y.sum() > 0:
            kept_empty_missed += 1
        else:
            kept_empty_ok += 1
    return {"acts": len(scored), "acts_with_a_right_option": len(with_right),
            "options": int(sum(len(y) for _, y in scored)),
            "ranking_accuracy": round(top / len(with_right), 3) if with_right else 0.0,
            "attached_right": right, "attached_wrong": wrong, "left_empty_rightly": kept_empty_ok,
            "left_empty_wrongly": kept_empty_missed,
            "decision_accuracy": round((right + kept_empty_ok) / len(scored), 3) if scored else 0.0}


def _apply(coder, item: Item, model) -> object:
    from detente.events.attach import attach_with

    judged = item.state if model is None else attach_with(model, item.state)
    return _finish(coder, judged)


def bio_figures(coder, items: list[Item], models: dict[int, object], folds: dict[int, int]) -> dict:
    from detente.evaluate import PRF, _predicted_spans

    exact, overlap, events = PRF(), PRF(), 0
    for item in items:
        result = _apply(coder, item, models.get(folds[item.group]))
        tags, offsets = item.gold
        from detente.evaluate import _gold_spans

        g, p = _gold_spans(tags)["T"], _predicted_spans(result, offsets)["T"]
        events += len(result.events)
        exact.tp += len(g & p)
        exact.fp += len(p - g)
        exact.fn += len(g - p)
        hit = {x for x in p if any(x[0] < y[1] and y[0] < x[1] for y in g)}
        found = {y for y in g if any(x[0] < y[1] and y[0] < x[1] for x in p)}
        overlap.tp += len(found)
        overlap.fp += len(p - hit)
        overlap.fn += len(g - found)
    return {"target_f1": round(exact.f1, 3), "target_overlap_f1": round(overlap.f1, 3),
            "events_per_sentence": round(events / len(items), 3) if items else 0.0}


def wire_figures(coder, items: list[Item], models: dict[int, object], folds: dict[int, int]) -> dict:
    from detente.evaluate_articles import score_articles

    pairs = [(item.gold, _apply(coder, item, models.get(folds[item.group]))) for item in items]
    report = score_articles(pairs, coder.kb, worst=0).as_dict()
    wanted = ("strict_precision", "lenient_precision", "spurious_rate", "false_dyad_rate", "repeat_rate",
              "core_recall_strict", "core_recall_lenient")
    metrics = report.get("metrics", report)
    return {k: metrics[k] for k in wanted if k in metrics}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bio", type=Path, default=ROOT.parent / "shared" / "data" / "dev" /
                        "cameo_actorspans_train.bio")
    parser.add_argument("--dev", type=Path, default=ROOT / "eval" / "wire" / "dev")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "detente" / "data" / "attach.json")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--wire-weight", type=int, default=WIRE_WEIGHT)
    args = parser.parse_args(argv)
    if "aside" in args.dev.resolve().parts:
        sys.exit("the aside set is the test set: fit on eval/wire/dev only")
    if not args.bio.exists():
        sys.exit(f"{args.bio}: no such file (the development sentences live in ../shared/data/dev)")
    from detente import __version__
    from detente.events.attach import FEATURES, weights_hash
    from detente.pipeline import Coder

    coder = Coder()  # rules only, the shipped chain
    bio = collect_bio(coder, args.bio)
    wire = collect_wire(coder, args.dev)
    bio_folds, wire_folds = _folds(bio), _folds(wire)

    # out-of-fold: each fold of one set fitted on the other folds of that set and all of the other set
    oof: dict[str, dict[int, np.ndarray]] = {"bio": {}, "wire": {}}
    scored: dict[str, list] = {"bio": [], "wire": []}
    for name, own, own_folds, other in (("bio", bio, bio_folds, wire), ("wire", wire, wire_folds, bio)):
        for k in range(FOLDS):
            x, y = _stack([i for i in own if own_folds[i.group] != k] + other, args.wire_weight)
            oof[name][k] = fit(x, y, args.l2)
            for item in own:
                if own_folds[item.group] == k:
                    for _, xa, ya in item.rows:
                        w = oof[name][k]
                        scored[name].append((1.0 / (1.0 + np.exp(-np.clip(w[0] + xa @ w[1:], -30, 30))), ya))
    everything = scored["bio"] + scored["wire"]
    threshold = max(THRESHOLDS, key=lambda t: (ranking(everything, t)["decision_accuracy"], t))

    x, y = _stack(bio + wire, args.wire_weight)
    w = fit(x, y, args.l2)
    cross = {name: ranking(scored[name], threshold) for name in ("bio", "wire")}
    through_code = {
        "wire_dev_rules": wire_figures(coder, wire, {}, wire_folds),
        "wire_dev_attacher_out_of_fold": wire_figures(
            coder, wire, {k: _model(oof["wire"][k], threshold) for k in range(FOLDS)}, wire_folds),
        "wire_dev_threshold_sweep": {str(t): wire_figures(
            coder, wire, {k: _model(oof["wire"][k], t) for k in range(FOLDS)}, wire_folds) for t in THRESHOLDS},
        "bio_rules": bio_figures(coder, bio, {}, bio_folds),
        "bio_attacher_out_of_fold": bio_figures(
            coder, bio, {k: _model(oof["bio"][k], threshold) for k in range(FOLDS)}, bio_folds),
    }
    model = {
        "about": "Logistic model of P(this known actor of the sentence is the act's target) for acts with no "
                 "known target (detente.events.attach); the best option is attached when it reaches the "
                 "threshold. Made by scripts/fit_attach.py; do not edit by hand.",
        "features": list(FEATURES),
        "coefficients": [round(float(c), 5) for c in w[1:]],
        "intercept": round(float(w[0]), 5),
        "threshold": threshold,
    }
    model["sha256"] = weights_hash(model)
    model["fit"] = {"method": "L2-regularised logistic regression over options, Newton's method (numpy; "
                              "scripts/fit_confidence.py:fit)", "l2": args.l2, "seed": SEED, "folds": FOLDS,
                    "wire_weight": args.wire_weight, "threshold": "the one of " + ", ".join(map(str, THRESHOLDS)) +
                                 " with the best out-of-fold decision accuracy over both sets",
                    "coder": f"detente {__version__}, rules only"}
    model["data"] = {"bio": {"path": "../shared/data/dev/" + args.bio.name, "sentences": len(bio),
                             "sha256": hashlib.sha256(args.bio.read_bytes()).hexdigest(),
                             "acts": len(scored["bio"]), "options": int(sum(len(v) for _, v in scored["bio"]))},
                     "wire": {"path": "eval/wire/dev", "articles": len(wire),
                              "sha256": data_hash(sorted(args.dev.glob("*.gold.json")) if args.dev.is_dir()
                                                  else [args.dev]),
                              "acts": len(scored["wire"]),
                              "options": int(sum(len(v) for _, v in scored["wire"]))}}
    model["figures"] = {"note": "out-of-fold; the rules were written looking at both sets, so these figures "
                                "are higher than on unseen text",
                        "threshold": threshold, "cross_validated": cross, "through_the_code": through_code}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["figures"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
