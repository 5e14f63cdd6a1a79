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
The model is an L2-regularised logistic regression over the options (``fit`` of ``fit_confidence.py``).
The gate is another, over the same acts (one row each, ``detente.events.attach.gate_features``), labelled 1 when
one of the act's options is right (``--gate-label right``, the default) or when the gold act has a target at all
(``--gate-label takes``: on the BIO sentences, a gold T or R span not on the act's doer).
The option threshold (used without a gate) is chosen on out-of-fold probabilities (decision accuracy); the gated
rule (P(gate) x P(option) >= t, or P(option) >= the option threshold and P(gate) >= g) by ``choose_setting`` over
a sweep, through the real code on the wire dev articles out of fold.

Cross-validation: 5 folds over sentences (BIO) and over articles (wire dev), folds drawn with a fixed seed.
Figures: ranking accuracy (the best option is a right one, over acts that have one), decision accuracy
(attach a right option, or none when there is none), and, through the real code with the out-of-fold model
(each fold fitted on the other four folds of its set plus all of the other set), ``detente eval`` figures on
the wire dev articles and target span F1 on the BIO sentences, beside those of the rules alone. The rules
were written looking at both sets, so these figures are higher than on text nobody has read.
The aside and fresh sets (``eval/wire/aside``, ``eval/wire/fresh``) are never read. Deterministic: the same
data give the same file.
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
from fit_confidence import FOLDS, SEED, article_folds, data_hash, fit

ROOT = Path(__file__).resolve().parent.parent
L2 = 4.0
WIRE_WEIGHT = 1  # each wire example counts this many times (3 raised strict precision and false dyads alike)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
GATE_L2 = 1.0
# the gate's label: "right" (one of the act's options is its gold target) or "takes" (the gold act has a target);
# out of fold "takes" ranked wire dev acts no better than chance (AUC 0.49), "right" did better (docs/attach.md)
GATE_LABEL = "right"
GATE_WIRE_WEIGHT = 1  # each wire act counts this many times in the gate's fit
PRODUCT_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55)  # on P(gate) x P(option)
GATE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)  # least P(gate), with the option threshold alone


@dataclasses.dataclass
class Item:
    """One coded text, stopped after ``status``; its options' rows and labels (None: not labelled)."""

    group: int  # sentence (BIO) or article (wire) number
    state: object  # the Judged record
    gold: object  # BIO: (tags, offsets); wire: the GoldArticle
    rows: list  # per act: (index in judged, option feature matrix, option labels, gate features, gate label)


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
    return getattr(state, "coded", state)  # the chain ends with Assembled, which holds the coded article


def _participant(coder, judged, option):
    from detente.events.assemble import participant

    return participant(coder.finder, judged.doc, judged.actors, option.token, option.ref, judged.article.date)


def _words(coder, judged, option, offsets: list[tuple[int, int]]) -> list[int]:
    """The BIO words the event would show for ``option``."""
    p = _participant(coder, judged, option)
    return [i for i, (s, e) in enumerate(offsets) if s < p.end and e > p.start]


def _overlaps(inside: list[int], span: tuple[int, int]) -> bool:
    return bool(inside) and inside[0] < span[1] and span[0] <= inside[-1]


def collect_bio(coder, path: Path) -> list[Item]:
    from detente.evaluate import _gold_spans, read_bio
    from detente.events.attach import Option, gate_features, rows
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
        gold = _gold_spans(tags)["T"]  # T and R spans
        acts = []
        view = judged.actors.view(doc)
        for index, item in enumerate(judged.judged):
            options, x = rows(item.candidate, item.status, judged.actors, judged.quotes)
            if not options:
                continue
            labels = [1.0 if any(_overlaps(_words(coder, judged, o, offsets), span) for span in gold) else 0.0
                      for o in options]
            # the gate's label ("takes"): a gold T or R span in the sentence that is not on the act's doer
            doers = [_words(coder, judged, Option(token, ref), offsets) for token, ref in item.candidate.sources]
            takes = any(not any(_overlaps(d, span) for d in doers) for span in gold)
            acts.append((index, x, np.array(labels), gate_features(item.candidate, item.status, judged.quotes,
                                                                   len(options), view), float(takes)))
        items.append(Item(number, judged, (tags, offsets), acts))
    return items


def collect_wire(coder, dev: Path) -> list[Item]:
    from detente.evaluate_articles import KeyMatcher, _ArticleMatcher
    from detente.evaluate_gold import gold_article, read_gold_articles
    from detente.events.assemble import _chars
    from detente.events.attach import gate_features, rows

    keys = KeyMatcher(coder.kb)
    items = []
    for number, gold in enumerate(read_gold_articles(dev)):
        article = gold_article(gold)
        doc = next(iter(coder.nlp.pipe([article.text], batch_size=1)))
        judged = _stop_at_status(coder, article, doc)
        result = _finish(coder, judged)
        matcher = _ArticleMatcher(gold, result, keys)
        outcomes, _ = matcher.run()
        by_event = {(o.event.sentence.index, o.event.trigger.start): o for o in outcomes}
        acts = []
        view = judged.actors.view(doc)
        for index, item in enumerate(judged.judged):
            options, x = rows(item.candidate, item.status, judged.actors, judged.quotes)
            outcome = by_event.get((item.candidate.sentence, _chars(item.candidate.trigger)[0]))
            if not options or outcome is None or not outcome.lenient or outcome.act.symmetric:
                continue
            target = matcher.resolved[outcome.act.index][1]
            labels = [1.0 if target and matcher._side_ok([_participant(coder, judged, o)], target) else 0.0
                      for o in options]
            acts.append((index, x, np.array(labels), gate_features(item.candidate, item.status, judged.quotes,
                                                                   len(options), view), float(bool(target))))
        items.append(Item(number, judged, gold, acts))
    return items


def _stack(items: list[Item], wire_weight: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The rows and labels of ``items``; wire articles' rows repeated ``wire_weight`` times."""
    from detente.events.attach import FEATURES

    times = [wire_weight if not isinstance(item.gold, tuple) else 1 for item in items]
    xs = [row[1] for item, n in zip(items, times) for row in item.rows for _ in range(n)]
    ys = [row[2] for item, n in zip(items, times) for row in item.rows for _ in range(n)]
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys)


def _gate_label(row: tuple, label: str) -> float:
    """1 when the act of ``row`` takes a target ("takes") or has its target among its options ("right")."""
    return row[4] if label == "takes" else float(row[2].sum() > 0)


def _stack_gate(items: list[Item], wire_weight: int = 1, label: str = GATE_LABEL) -> tuple[np.ndarray, np.ndarray]:
    """The gate's rows (one per act) and labels (see :func:`_gate_label`) of ``items``."""
    from detente.events.attach import GATE_FEATURES

    times = [wire_weight if not isinstance(item.gold, tuple) else 1 for item in items]
    xs = [row[3] for item, n in zip(items, times) for row in item.rows for _ in range(n)]
    ys = [_gate_label(row, label) for item, n in zip(items, times) for row in item.rows for _ in range(n)]
    if not xs:
        return np.zeros((0, len(GATE_FEATURES))), np.zeros(0)
    return np.vstack(xs), np.array(ys)


def _model(w: np.ndarray, threshold: float, gate: np.ndarray | None = None, gate_threshold: float = 0.0,
           rule: str = "product"):
    from detente.events.attach import FEATURES, AttachModel, GateModel

    return AttachModel(features=FEATURES, coefficients=w[1:], intercept=float(w[0]), threshold=threshold,
                       gate=None if gate is None else GateModel(coefficients=gate[1:], intercept=float(gate[0]),
                                                                threshold=gate_threshold, rule=rule))


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


def choose_setting(sweep: list[dict], rules: dict) -> dict:
    """Of the gate sweep, the setting with the best wire dev strict precision among those whose false-dyad
    rate is no higher than the rules'; when none is, the lowest false-dyad rate among those above the rules'
    strict precision (ties: higher strict precision, then the higher threshold)."""
    fd, strict = rules["false_dyad_rate"], rules["strict_precision"]
    within = [f for f in sweep if f["wire_dev"]["false_dyad_rate"] <= fd]
    if within:
        return max(within, key=lambda f: (f["wire_dev"]["strict_precision"], -f["wire_dev"]["false_dyad_rate"],
                                          f["threshold"], f["gate_threshold"]))
    above = [f for f in sweep if f["wire_dev"]["strict_precision"] > strict] or sweep
    return min(above, key=lambda f: (f["wire_dev"]["false_dyad_rate"], -f["wire_dev"]["strict_precision"],
                                     -f["threshold"], -f["gate_threshold"]))


def gate_figures(scored: list[tuple[float, float]]) -> dict:
    """The gate's out-of-fold figures over acts given as (P(gate), label): how many are positive,
    accuracy at 0.5, and the area under the ROC curve."""
    p = np.array([a for a, _ in scored])
    y = np.array([b for _, b in scored])
    pos, neg = p[y == 1], p[y == 0]
    auc = float(np.mean([(a > b) + 0.5 * (a == b) for a in pos for b in neg])) if len(pos) and len(neg) else 0.0
    return {"acts": len(y), "positive": int(y.sum()),
            "accuracy": round(float(np.mean((p >= 0.5) == (y == 1))), 3) if len(y) else 0.0, "auc": round(auc, 3)}


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
    parser.add_argument("--gate-l2", type=float, default=GATE_L2)
    parser.add_argument("--gate-wire-weight", type=int, default=GATE_WIRE_WEIGHT)
    parser.add_argument("--gate-label", choices=("right", "takes"), default=GATE_LABEL)
    parser.add_argument("--wire-weight", type=int, default=WIRE_WEIGHT)
    args = parser.parse_args(argv)
    if {"aside", "fresh"} & set(args.dev.resolve().parts):
        sys.exit("the aside and fresh sets are test sets: fit on eval/wire/dev only")
    if not args.bio.exists():
        sys.exit(f"{args.bio}: no such file (the development sentences live in ../shared/data/dev)")
    from detente import __version__
    from detente.evaluate import EvalError
    from detente.events.attach import FEATURES, GATE_FEATURES, weights_hash
    from detente.mathx import logistic
    from detente.pipeline import Coder

    coder = Coder()  # rules only, the shipped chain
    bio = collect_bio(coder, args.bio)
    try:
        wire = collect_wire(coder, args.dev)
    except EvalError as exc:  # a bad gold file: its message names the file
        sys.exit(str(exc))
    bio_folds, wire_folds = article_folds([i.group for i in bio]), article_folds([i.group for i in wire])

    # out-of-fold: each fold of one set fitted on the other folds of that set and all of the other set
    oof: dict[str, dict[int, np.ndarray]] = {"bio": {}, "wire": {}}
    gates: dict[str, dict[int, np.ndarray]] = {"bio": {}, "wire": {}}
    scored: dict[str, list] = {"bio": [], "wire": []}
    gated: dict[str, list] = {"bio": [], "wire": []}  # per act: (P(gate), its label)
    for name, own, own_folds, other in (("bio", bio, bio_folds, wire), ("wire", wire, wire_folds, bio)):
        for k in range(FOLDS):
            train = [i for i in own if own_folds[i.group] != k] + other
            oof[name][k] = fit(*_stack(train, args.wire_weight), args.l2)
            gates[name][k] = fit(*_stack_gate(train, args.gate_wire_weight, args.gate_label), args.gate_l2)
            w, g = oof[name][k], gates[name][k]
            for item in own:
                if own_folds[item.group] == k:
                    for row in item.rows:
                        scored[name].append((logistic(w[0] + row[1] @ w[1:]), row[2]))
                        gated[name].append((float(logistic(g[0] + row[3] @ g[1:])), _gate_label(row, args.gate_label)))
    everything = scored["bio"] + scored["wire"]
    threshold = max(THRESHOLDS, key=lambda t: (ranking(everything, t)["decision_accuracy"], t))

    w = fit(*_stack(bio + wire, args.wire_weight), args.l2)
    g = fit(*_stack_gate(bio + wire, args.gate_wire_weight, args.gate_label), args.gate_l2)
    cross = {name: {**ranking(scored[name], threshold), "gate": gate_figures(gated[name])}
             for name in ("bio", "wire")}

    def models(name: str, t: float, gate_threshold: float | None, rule: str = "product") -> dict:
        return {k: _model(oof[name][k], t, None if gate_threshold is None else gates[name][k],
                          gate_threshold or 0.0, rule) for k in range(FOLDS)}

    def wire_with(t: float, gate_threshold: float | None, rule: str = "product") -> dict:
        return wire_figures(coder, wire, models("wire", t, gate_threshold, rule), wire_folds)

    def bio_with(t: float, gate_threshold: float | None, rule: str = "product") -> dict:
        return bio_figures(coder, bio, models("bio", t, gate_threshold, rule), bio_folds)

    rules = wire_figures(coder, wire, {}, wire_folds)
    bio_rules = bio_figures(coder, bio, {}, bio_folds)
    # the gated rules: P(gate) x P(option) >= t ("product"), or P(option) >= the option threshold and
    # P(gate) >= g ("both"); chosen on wire dev out of fold
    settings = [("product", t, 0.0) for t in PRODUCT_THRESHOLDS] + \
               [("both", threshold, gt) for gt in GATE_THRESHOLDS]
    sweep = [{"rule": rule, "threshold": t, "gate_threshold": gt, "wire_dev": wire_with(t, gt, rule),
              "bio": bio_with(t, gt, rule)} for rule, t, gt in settings]
    chosen = choose_setting(sweep, rules)
    through_code = {
        "wire_dev_rules": rules,
        "wire_dev_attacher_out_of_fold": wire_with(threshold, None),
        "wire_dev_threshold_sweep": {str(t): wire_with(t, None) for t in THRESHOLDS},
        "bio_rules": bio_rules,
        "bio_attacher_out_of_fold": bio_with(threshold, None),
        "gate_sweep": sweep,
        "wire_dev_gated_out_of_fold": chosen["wire_dev"],
        "bio_gated_out_of_fold": chosen["bio"],
    }
    model = {
        "about": "Logistic model of P(this known actor of the sentence is the act's target) for acts with no "
                 "known target (detente.events.attach), and the gate, P(the act's target is among its "
                 "options); the best option is attached when P(gate) x P(option) reaches the threshold and "
                 "P(gate) the gate's threshold. Made by scripts/fit_attach.py; do not edit by hand.",
        "features": list(FEATURES),
        "coefficients": [round(float(c), 5) for c in w[1:]],
        "intercept": round(float(w[0]), 5),
        "threshold": chosen["threshold"],
        "gate": {"features": list(GATE_FEATURES), "coefficients": [round(float(c), 5) for c in g[1:]],
                 "intercept": round(float(g[0]), 5), "threshold": chosen["gate_threshold"], "rule": chosen["rule"]},
    }
    model["sha256"] = weights_hash(model)
    model["fit"] = {"method": "L2-regularised logistic regressions (options; acts for the gate), Newton's method "
                              "(numpy; scripts/fit_confidence.py:fit)", "l2": args.l2, "gate_l2": args.gate_l2,
                    "gate_label": {"right": "1 when one of the act's options is its gold target",
                                   "takes": "1 when the gold act has a target"}[args.gate_label],
                    "seed": SEED, "folds": FOLDS, "wire_weight": args.wire_weight,
                    "gate_wire_weight": args.gate_wire_weight,
                    "option_threshold": threshold,
                    "option_threshold_rule": "the one of " + ", ".join(map(str, THRESHOLDS)) +
                                             " with the best out-of-fold decision accuracy over both sets",
                    "threshold": "of the gate sweep (threshold on the product: " +
                                 ", ".join(map(str, PRODUCT_THRESHOLDS)) + "; or the option threshold and a "
                                 "least P(gate): " + ", ".join(map(str, GATE_THRESHOLDS)) + "), the one with "
                                 "the best out-of-fold wire dev strict precision among those whose false-dyad "
                                 "rate is no higher than the rules' (scripts/fit_attach.py:choose_setting)",
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
                        "rule": chosen["rule"], "threshold": chosen["threshold"],
                        "gate_threshold": chosen["gate_threshold"],
                        "option_threshold": threshold,
                        "cross_validated": cross,
                        "through_the_code": through_code}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["figures"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
