"""Build step 4 (runs in the project's .venv): cross-validation through the real run-time code.

For each of the five folds written by model/train.py (``BUILD/folds/k/``: that fold's classifier
and the indexes of its held-out sentences), a :class:`detente.learned.LearnedModel` is loaded from
the fold's folder and a :class:`detente.pipeline.Coder` with it codes the held-out sentences, exactly
as ``detente code`` would; the sentences are then scored by ``detente.evaluate.eval_quad`` (the
sentence protocol of ``detente eval``) under both quad schemes, next to the rules alone. Nothing is
simulated: sentence splitting, the deciding event, re-typing, adding and merging are the package's own
(the coder's ``learned`` step).

Writes ``BUILD/cv.json`` and, with ``--manifest``, puts the same figures under ``cv_runtime`` in the
package's MANIFEST.json (which train.py has just written from the same folds).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

SCHEMES = ("cameo", "plover")


class Replay:
    """A stand-in coder for evaluate.eval_quad: hands back results already coded, in input order, so
    that both schemes score the same output without coding it twice."""

    def __init__(self, texts: list[str], results: list):
        self.texts, self.results = texts, results
        self.nlp = self

    def pipe(self, texts):
        return iter(texts)

    def code_doc(self, article, text):
        index = int(article.id[1:])
        assert text == self.texts[index] == self.results[index].text, f"sentence {index} out of step"
        return self.results[index]


def report(path: Path, texts: list[str], results: list) -> dict:
    """evaluate.eval_quad's figures for these results, under each quad scheme."""
    from detente.evaluate import eval_quad

    out = {}
    for scheme in SCHEMES:
        r = eval_quad(Replay(texts, results), path, worst=0, scheme=scheme)
        out[scheme] = {**r.metrics, "f1_by_quad": {name.split()[0]: round(prf.f1, 3)
                                                   for name, prf in r.per_class.items()}}
    return out


ARTICLE_METRICS = ("strict_precision", "lenient_precision", "spurious_rate", "recall_strict", "recall_lenient",
                   "core_recall_lenient")


def fold_model(folder: Path, none_threshold: float | None = None, **settings):
    """The fold's classifier as the run time loads it; ``none_threshold`` (its limit on P(no event) for
    adding) and ``settings`` (``threshold``, ``add_threshold``, ``policy``) in place of its own."""
    from detente.learned import LearnedModel

    model = LearnedModel(folder)
    if none_threshold is not None:
        model.none_threshold = none_threshold
    for name, value in settings.items():
        setattr(model, name, value)
    return model


def by_article(path: Path, build: Path, rules, none_threshold: float | None = None, **settings) -> dict:
    """detente eval's article figures on the silver articles: rules alone, and with the layer where each
    article is coded by the classifier of its article fold (trained without that article's silver rows;
    the development sentences are all in every fold: the classifier never saw these articles' sentences
    otherwise)."""
    from detente.evaluate_articles import eval_articles, score_articles
    from detente.evaluate_gold import gold_article, read_gold_articles
    from detente.pipeline import Coder

    folds = sorted((build / "article_folds").glob("[0-9]*"))
    if not folds:
        sys.exit(f"{build / 'article_folds'}: no article folds (train.py writes them when silver.npz exists)")
    golds = {g.where: g for g in read_gold_articles(path)}
    pairs = []
    for folder in folds:
        coder = Coder(nlp=rules.nlp, kb=rules.kb, lexicon=rules.lexicon,
                      learned=fold_model(folder, none_threshold, **settings))
        held = [golds[w] for w in json.loads((folder / "articles.json").read_text())]
        articles = [gold_article(g) for g in held]
        pairs.extend(zip(held, coder.code_many(articles)))
    if len(pairs) != len(golds):
        sys.exit(f"article folds cover {len(pairs)} of the {len(golds)} articles of {path}: rerun train.py")
    pick = lambda report: {"events": report.events,
                           **{k: report.metrics[k] for k in ARTICLE_METRICS if k in report.metrics}}
    with_model = pick(score_articles(pairs, rules.kb, path=str(path), worst=0))
    if none_threshold is not None or settings:
        return with_model
    return {"articles": len(pairs), "rules_only": pick(eval_articles(rules, path, worst=0)),
            "with_model_by_article": with_model}


def none_thresholds(values: list[float], path: Path, build: Path, rules, train: Path, texts: list[str],
                    articles: list, docs: list) -> dict:
    """A limit on P(no event) for adding, chosen by cross-validation by article: for each value, the article
    figures (each article coded by its article fold's classifier with that limit) and the development
    sentences' (each by its sentence fold's). The chosen value has the highest strict precision by article
    among those that lose no lenient recall (all acts and core acts) by article and no sentence accuracy,
    the largest such value on a tie; None when no value does better than no limit."""
    from detente.pipeline import Coder

    grid: dict[str, dict] = {}
    for value in [2.0, *values]:
        results: list = [None] * len(texts)
        for folder in sorted((build / "folds").glob("[0-9]*")):
            coder = Coder(nlp=rules.nlp, kb=rules.kb, lexicon=rules.lexicon, learned=fold_model(folder, value))
            for i in json.loads((folder / "test.json").read_text()):
                results[i] = coder.code_doc(articles[i], docs[i])
        sentences = report(train, texts, results)["cameo"]
        grid["none" if value == 2.0 else str(value)] = {
            "articles": by_article(path, build, rules, value),
            "sentences": {k: sentences[k] for k in ("accuracy", "macro_f1", "events_per_sentence")}}
    base = grid["none"]
    keep = ("recall_lenient", "core_recall_lenient")
    fine = [float(v) for v, g in grid.items() if v != "none"
            and all(g["articles"][k] >= base["articles"][k] for k in keep)
            and g["sentences"]["accuracy"] >= base["sentences"]["accuracy"]
            and g["articles"]["strict_precision"] > base["articles"]["strict_precision"]]
    chosen = max(fine, key=lambda v: (grid[str(v)]["articles"]["strict_precision"], v)) if fine else None
    return {"protocol": "no event is added where P(no event) >= the value; 'none': no such limit. Chosen on "
                        "these same out-of-fold figures, so they flatter the chosen value a little.",
            "grid": grid, "chosen": chosen}


OFF = 2.0  # a threshold no probability reaches: the layer does not re-type (or add) at all
RETYPE_THRESHOLDS = (None, 0.9)  # None: the one train.py chose on the sentences
GATES = {"everywhere": {}, "keeps_pairs": {"retype_keeps_pairs": True}, "main_only": {"retype_main_only": True},
         "keeps_pairs_main_only": {"retype_keeps_pairs": True, "retype_main_only": True}}
ADD_GATES = {"everywhere": {}, "pair": {"add_needs_pair": True}, "doer": {"add_needs_doer": True},
             "plain": {"add_plain": True}, "doer_plain": {"add_needs_doer": True, "add_plain": True}}
# (adding threshold, limit on P(no event), gates): None is the fold classifier's own
ADD_SETTINGS = [*((add, None, gate) for add in (None, 0.7) for gate in ADD_GATES),
                *((None, 0.1, gate) for gate in ("everywhere", "plain", "doer_plain"))]


def describe(settings: dict) -> dict:
    """A setting as plain JSON (the policy's flags by name; unset thresholds: the fold classifier's own)."""
    import dataclasses

    return {k: dataclasses.asdict(v) if k == "policy" else v for k, v in settings.items()}


def choose_policy(train: Path, path: Path, build: Path, rules, texts: list[str], articles: list,
                  docs: list) -> dict:
    """Where the layer acts, chosen by cross-validation on the development sentences (sentence folds) and
    on the annotated articles (article folds) jointly. The rules' chain runs once on every sentence and
    article; each setting then runs the ``learned`` step itself (``learned.apply``) with each fold's
    classifier. Re-typing settings (threshold x gate, no adding) and adding settings (threshold x
    both-sides x limit on P(no event), no re-typing) are measured apart (they act on different sentences),
    then the best of each together. A setting is admissible when, by article fold, its strict precision is
    at least the rules' and its spurious rate at most theirs; of those, the highest sentence accuracy
    (protocol) wins, then the highest strict precision. None admissible: the layer does nothing."""
    import dataclasses

    from detente.evaluate_articles import score_articles
    from detente.evaluate_gold import gold_article, read_gold_articles
    from detente.learned import Policy, apply

    knowledge = rules.knowledge
    sentence_records = [rules.run(a, d) for a, d in zip(articles, docs)]
    sentence_folds = [(f, json.loads((f / "test.json").read_text())) for f in sorted((build / "folds").glob("[0-9]*"))]
    golds = {g.where: g for g in read_gold_articles(path)}
    article_folds = [(f, [golds[w] for w in json.loads((f / "articles.json").read_text())])
                     for f in sorted((build / "article_folds").glob("[0-9]*"))]
    held = [g for _, gs in article_folds for g in gs]
    read = [gold_article(g) for g in held]
    records = {g.where: rules.run(a, d) for g, a, d in zip(held, read, rules.nlp.pipe([a.text for a in read]))}

    def figures(sentence_results: list, pairs: list) -> dict:
        sentences = report(train, texts, sentence_results)
        scored = score_articles(pairs, rules.kb, path=str(path), worst=0)
        return {"sentences": {"accuracy": sentences["cameo"]["accuracy"],
                              "accuracy_plover": sentences["plover"]["accuracy"],
                              "macro_f1": sentences["cameo"]["macro_f1"],
                              "f1_by_quad": sentences["cameo"]["f1_by_quad"],
                              "events_per_sentence": sentences["cameo"]["events_per_sentence"]},
                "articles": {"events": scored.events,
                             **{k: scored.metrics[k] for k in ARTICLE_METRICS if k in scored.metrics}}}

    def measure(settings: dict) -> dict:
        results: list = [None] * len(texts)
        for folder, test in sentence_folds:
            model = fold_model(folder, **settings)
            for i in test:
                results[i] = apply(sentence_records[i], knowledge, model).coded
        pairs = []
        for folder, gs in article_folds:
            model = fold_model(folder, **settings)
            pairs += [(g, apply(records[g.where], knowledge, model).coded) for g in gs]
        return figures(results, pairs)

    base = figures([r.coded for r in sentence_records], [(g, records[g.where].coded) for g in held])

    def admissible(f: dict) -> bool:
        return f["articles"]["strict_precision"] >= base["articles"]["strict_precision"] \
            and f["articles"]["spurious_rate"] <= base["articles"]["spurious_rate"]

    def best(rows: list[tuple[dict, dict]]) -> tuple[dict, dict] | None:
        fine = [r for r in rows if admissible(r[1])]
        return max(fine, key=lambda r: (r[1]["sentences"]["accuracy"], r[1]["articles"]["strict_precision"]),
                   default=None)

    current = measure({})  # the fold classifiers as built: re-typing and adding everywhere (the build before)
    print("current", current, flush=True)
    retyping, adding = [], []
    for threshold in RETYPE_THRESHOLDS:
        for gate in GATES.values():
            settings = {"add_threshold": OFF, "policy": Policy(**gate)}
            if threshold is not None:
                settings["threshold"] = threshold
            retyping.append((settings, measure(settings)))
            print("retype", describe(settings), retyping[-1][1], flush=True)
    for add, limit, gate in ADD_SETTINGS:
        settings = {"threshold": OFF, "policy": Policy(**ADD_GATES[gate])}
        if add is not None:
            settings["add_threshold"] = add
        if limit is not None:
            settings["none_threshold"] = limit
        adding.append((settings, measure(settings)))
        print("add", describe(settings), adding[-1][1], flush=True)
    candidates = [r for r in (best(retyping), best(adding)) if r is not None]
    if len(candidates) == 2:
        (r, _), (a, _) = candidates
        joint = {"policy": dataclasses.replace(a["policy"], retype_keeps_pairs=r["policy"].retype_keeps_pairs,
                                               retype_main_only=r["policy"].retype_main_only),
                 **{k: r[k] for k in ("threshold",) if k in r},
                 **{k: a[k] for k in ("add_threshold", "none_threshold") if k in a}}
        candidates.append((joint, measure(joint)))
    chosen = best(candidates)
    if chosen is None:
        chosen = ({"threshold": OFF, "add_threshold": OFF, "policy": Policy()}, base)
    return {"protocol": " ".join((choose_policy.__doc__ or "").split()),
            "rules_only": base, "everywhere": current,
            "retyping": [{"settings": describe(s), **f} for s, f in retyping],
            "adding": [{"settings": describe(s), **f} for s, f in adding],
            "candidates": [{"settings": describe(s), **f} for s, f in candidates],
            "chosen": {"settings": describe(chosen[0]), **chosen[1]}, "_settings": chosen[0]}


def write_policy(folder: Path, manifest_path: Path | None, settings: dict) -> None:
    """Write the chosen thresholds and policy into the package's classifier.npz and its manifest entry."""
    import dataclasses
    import hashlib

    import numpy as np

    target = folder / "classifier.npz"
    with np.load(target) as weights:
        arrays = {k: weights[k] for k in weights.files}
    for name in ("threshold", "add_threshold", "none_threshold"):
        if name in settings:
            arrays[name] = np.float32(settings[name])
    for name, value in dataclasses.asdict(settings["policy"]).items():
        arrays[name] = np.bool_(value)
    np.savez_compressed(target, **arrays)
    if manifest_path is None:
        return
    manifest = json.loads(manifest_path.read_text())
    entry = manifest["classifier"]
    for name in ("threshold", "add_threshold", "none_threshold"):
        if name in arrays:
            entry[name] = round(float(arrays[name]), 3)
    entry["policy"] = dataclasses.asdict(settings["policy"])
    data = target.read_bytes()
    manifest["files"]["classifier.npz"] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path, help="sentence<TAB>quad training file (the one train.py used)")
    parser.add_argument("build", type=Path, help="build folder with folds/0..4 written by model/train.py")
    parser.add_argument("--manifest", type=Path, help="the package's MANIFEST.json to put the figures in")
    parser.add_argument("--none-thresholds", type=lambda text: [float(v) for v in text.split(",")], default=[],
                        help="with --articles, comma-separated limits on P(no event) for adding to compare and "
                             "choose from by article (under by_article.none_thresholds); none by default")
    parser.add_argument("--articles", type=Path,
                        help="also score the annotated articles the silver rows came from (eval/wire/dev) by "
                             "article: each article coded with the classifier trained without its silver rows "
                             "(BUILD/article_folds/k/), next to the rules alone")
    parser.add_argument("--policy", type=Path, metavar="PACKAGE_MODEL_FOLDER",
                        help="with --articles, choose the thresholds and where the layer acts by cross-validation "
                             "on the sentence and article folds jointly (choose_policy), write them into this "
                             "folder's classifier.npz (and --manifest), and report every figure with them")
    args = parser.parse_args()
    if args.policy is not None and args.articles is None:
        sys.exit("--policy needs --articles (the article folds the choice is judged on)")
    if not args.train.is_file():
        sys.exit(f"{args.train}: training sentences not found (developers' machines only)")
    folds = sorted((args.build / "folds").glob("[0-9]*"))
    if len(folds) != 5:
        sys.exit(f"{args.build / 'folds'}: expected 5 fold folders from model/train.py, found {len(folds)}")

    from detente.evaluate import read_quad_tsv, sentence_quad
    from detente.model import Article
    from detente.pipeline import Coder

    rows = read_quad_tsv(args.train)
    texts = [s for s, _ in rows]
    rules = Coder(learned=None)
    start = time.process_time()
    docs = list(rules.nlp.pipe(texts))
    parse_s = time.process_time() - start
    articles = [Article(text=t, id=f"s{i}") for i, t in enumerate(texts)]
    start = time.process_time()
    rules_results = [rules.code_doc(a, d) for a, d in zip(articles, docs)]
    rules_s = time.process_time() - start

    policy = None
    if args.policy is not None:
        policy = choose_policy(args.train, args.articles, args.build, rules, texts, articles, docs)
        write_policy(args.policy, args.manifest, policy["_settings"])
    settings = policy.pop("_settings") if policy is not None else {}

    model_results: list = [None] * len(rows)
    model_s = 0.0
    adds = []
    for folder in folds:
        held_out = json.loads((folder / "test.json").read_text())
        coder = Coder(nlp=rules.nlp, kb=rules.kb, lexicon=rules.lexicon, learned=fold_model(folder, **settings))
        adds.append(coder.learned.add_threshold <= 1.0)
        coder.code_doc(articles[held_out[0]], docs[held_out[0]])  # loads the encoder before timing
        start = time.process_time()
        for i in held_out:
            model_results[i] = coder.code_doc(articles[i], docs[i])
        model_s += time.process_time() - start
    missing = [i for i, r in enumerate(model_results) if r is None]
    if missing:
        sys.exit(f"folds do not cover sentences {missing[:5]}...: rebuild with model/train.py")

    # where the sentences are: several spaCy sentences in one labelled unit, no live event
    live = [any(not e.negated for e in r.events) for r in rules_results]
    split = [len(list(d.sents)) > 1 for d in docs]
    changes: Counter = Counter()
    for (_, gold), before, after in zip(rows, rules_results, model_results):
        b, a = sentence_quad(before)[0], sentence_quad(after)[0]
        if b != a:
            changes["right_to_wrong" if b == gold else "wrong_to_right" if a == gold else "wrong_to_wrong"] += 1
    subsets = {}
    for name, keep in (("no_live_event", [not x for x in live]), ("several_spacy_sentences", split)):
        idx = [i for i, k in enumerate(keep) if k]
        subsets[name] = {"sentences": len(idx),
                         "rules_accuracy": round(sum(sentence_quad(rules_results[i])[0] == rows[i][1]
                                                     for i in idx) / max(len(idx), 1), 3),
                         "model_accuracy": round(sum(sentence_quad(model_results[i])[0] == rows[i][1]
                                                     for i in idx) / max(len(idx), 1), 3)}
    out = {"protocol": "5-fold CV through the run-time code: each fold's LearnedModel in a Coder on its held-out "
                       "sentences, scored by detente.evaluate.eval_quad. The rules were written looking at these "
                       "sentences, so these figures overstate accuracy on unseen text.",
           "adds_events": all(adds),  # every fold's classifier has an adding threshold (the step adds events)
           "sentences": len(rows), "rules_only": report(args.train, texts, rules_results),
           "with_model": report(args.train, texts, model_results), "changed_sentences": dict(changes),
           "subsets": subsets,
           "cpu_ms_per_sentence": {"parse": round(parse_s * 1000 / len(rows), 2),
                                   "rules": round(rules_s * 1000 / len(rows), 2),
                                   "rules_plus_model": round(model_s * 1000 / len(rows), 2)}}
    if args.articles is not None:
        from detente.evaluate import EvalError
        from detente.evaluate_gold import read_gold_articles

        try:
            if policy is not None:
                out["policy"] = policy
                out["by_article"] = {"articles": len(read_gold_articles(args.articles)),
                                     "rules_only": policy["rules_only"]["articles"],
                                     "with_model_by_article": policy["chosen"]["articles"]}
            else:
                out["by_article"] = by_article(args.articles, args.build, rules)
            if args.none_thresholds:
                out["by_article"]["none_thresholds"] = none_thresholds(args.none_thresholds, args.articles,
                                                                       args.build, rules, args.train, texts,
                                                                       articles, docs)
        except EvalError as exc:  # a bad gold file: its message names the file
            sys.exit(str(exc))
    (args.build / "cv.json").write_text(json.dumps(out, indent=2) + "\n")
    if args.manifest is not None:
        manifest = json.loads(args.manifest.read_text())
        view = json.loads((folds[0] / "view.json").read_text())
        if view != manifest["classifier"]["view"]:
            sys.exit(f"{args.manifest}: view {manifest['classifier']['view']!r}, folds {view!r}: rerun train.py")
        manifest["cv_runtime"] = out
        args.manifest.write_text(json.dumps(manifest, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
