"""Build step 2 (runs in the project's .venv): code the training sentences with the rules and turn each
into the learned layer's features, with the very functions the package uses at run time.

Writes features.npz (rule evidence, embeddings, gold and rules' classes), retype.json (the codes a
re-typed event takes) and data.json (hashes and counts of the training data) into the build folder.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import numpy as np


def lemma_codes() -> dict[str, dict[int, str]]:
    """For each verb the lexicon codes alone (a bare pattern: no object, no particle), its most frequent
    CAMEO code in each class (0-4). Patterns with objects are left out: their code belongs to the
    phrase ("impose +sentence" is a verdict, not a sanction), not to the verb."""
    from detente.evaluate import dev_quad
    from detente.events.lexicon import NO_CODE

    counts: dict[str, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
    path = resources.files("detente") / "data" / "lexicon" / "verbs.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] in ("cameo", NO_CODE) or len(row) < 2:
                continue  # a header, a comment, or a sense that codes nothing ("-\tvow")
            if len(row[1].split()) != 1:
                continue
            lemma = row[1].lower()
            if lemma.replace("-", "").replace("_", "").isalpha():
                counts[lemma][dev_quad(row[0])][row[0]] += 1
    return {lemma: {quad: c.most_common(1)[0][0] for quad, c in sorted(by_quad.items())}
            for lemma, by_quad in sorted(counts.items())}


NONE = 5  # the "no event" class of the silver rows (after the quad classes 0-4)


def act_quad(act) -> int:
    """The class of an annotated act in the training labels' convention (PLOVER's quad table: a sanction
    is verbal conflict, as in the development sentences' labels)."""
    from detente.evaluate import dev_quad

    return dev_quad(act.cameo, "plover")


def silver_label(acts: list, typed: bool) -> int | None:
    """The class of a silver sentence from the annotated acts with an evidence phrase in it: 'no event'
    when there are none; with ``typed``, the acts' class when they are all of one class and none is
    negated; else no row (None)."""
    if not acts:
        return NONE
    classes = {act_quad(act) for act in acts}
    if typed and len(classes) == 1 and not any(act.negated for act in acts):
        return classes.pop()
    return None


def silver_rows(coder, paths: list[Path], encoder, static, typed: bool = False) -> dict:
    """'No event' rows from annotated articles: each article is parsed and coded by the rules as at run
    time (``Coder.run`` on the article's text; the sentences of its actor table, as the ``learned`` step
    reads them), and every sentence in which no
    annotated act has an evidence phrase (located as ``detente eval`` locates them: folded text, substring)
    becomes a row of class 5 with the run-time features. Sentences holding an act's evidence are left out
    (their class is not one label of the sentence), unless ``typed``: then a sentence whose annotated acts
    (those with an evidence phrase in it) are all of one class (``act_quad``) and none negated becomes a
    row of that class. Returns the arrays (features.npz's blocks, ``gold`` 5,
    the article of each row) and the files' sha256 and counts."""
    from detente.evaluate_articles import _fold
    from detente.evaluate_gold import gold_article, gold_files, read_gold_articles
    from detente.learned.features import rule_vector, sentence_evidence

    files = sorted(f for path in paths for f in gold_files(path))
    rules_x, tensors, texts, rules_q, retypable, article, labels, kept, left = [], [], [], [], [], [], [], 0, 0
    golds = [g for f in files for g in read_gold_articles(f)]
    for number, gold in enumerate(golds):
        read = gold_article(gold)
        doc = next(iter(coder.nlp.pipe([read.text])))
        coded = coder.run(read, doc)  # the chain's record: the sentences the learned step scores
        result, sentences = coded.coded, coded.actors.sentences
        phrases = [(_fold(e), act) for act in gold.acts for e in act.evidence]
        for span, evidence in zip(sentences, sentence_evidence(result, sentences), strict=True):
            label = silver_label([act for p, act in phrases if p in _fold(span.text)], typed)
            if not evidence.text or label is None:
                left += 1
                continue
            labels.append(label)
            own = [result.events[j] for j in evidence.events]
            position = evidence.events.index(evidence.deciding) if evidence.deciding is not None else None
            rules_x.append(rule_vector(own, position, evidence.lemma))
            tensors.append(evidence.tensor)
            texts.append(evidence.text)
            rules_q.append(evidence.rules_quad)
            retypable.append(evidence.retypable)
            article.append(number)
            kept += 1
    arrays = {"rules": np.stack(rules_x), "tensors": np.stack(tensors),
              "embeddings": np.vstack([encoder.embed(texts[k:k + 32]) for k in range(0, len(texts), 32)]),
              "gold": np.array(labels), "rules_quad": np.array(rules_q), "retypable": np.array(retypable),
              "article": np.array(article), "where": np.array([g.where for g in golds])}
    if static is not None:
        arrays["static"] = static.embed(texts)
    return {"arrays": arrays, "rows": kept, "sentences_with_act_evidence_left_out": left,
            "rows_where_rules_coded_nothing": int(sum(not r for r in retypable)),
            "rows_by_class": {str(k): v for k, v in sorted(Counter(labels).items())},
            "articles": len(set(article)),
            "files": {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("train", type=Path, help="sentence<TAB>quad training file")
    parser.add_argument("build", type=Path, help="build folder holding encoder.onnx and tokenizer.json")
    parser.add_argument("--silver", type=Path, action="append", default=[],
                        help="a folder (or file) of annotated articles (*.gold.json) whose sentences with no "
                             "annotated act become 'no event' rows (class 5); the team's DEV articles only")
    parser.add_argument("--silver-typed", action="store_true",
                        help="also make a row of every silver sentence whose annotated acts are all of one class")
    args = parser.parse_args()
    if not args.train.is_file():
        sys.exit(f"{args.train}: training sentences not found (they exist only on developers' machines, "
                 "under ../shared/data/dev); the shipped artefacts stay as they are")

    from detente.evaluate import read_quad_tsv
    from detente.learned.encoder import Encoder, StaticEncoder
    from detente.learned.features import rule_vector, sentence_evidence
    from detente.model import Article
    from detente.pipeline import Coder

    rows = read_quad_tsv(args.train)
    coder = Coder(learned=None)
    encoder = Encoder(args.build)
    rules_x, tensors, texts, gold, rules_q, retypable, deciding_codes = [], [], [], [], [], [], []
    start = time.perf_counter()
    for i, ((sentence, label), doc) in enumerate(zip(rows, coder.nlp.pipe(s for s, _ in rows))):
        result = coder.code_doc(Article(text=sentence, id=f"s{i}"), doc)
        evidence = sentence_evidence(result, [doc[:]])[0]  # the whole labelled text is one unit
        tensors.append(evidence.tensor)
        own = [result.events[j] for j in evidence.events]
        position = evidence.events.index(evidence.deciding) if evidence.deciding is not None else None
        rules_x.append(rule_vector(own, position, evidence.lemma))
        texts.append(evidence.text)
        gold.append(label)
        rules_q.append(evidence.rules_quad)
        retypable.append(evidence.retypable)
        deciding_codes.append(result.events[evidence.deciding].cameo if evidence.deciding is not None else "")
    coding_seconds = time.perf_counter() - start
    start = time.perf_counter()
    embeddings = np.vstack([encoder.embed(texts[k:k + 32]) for k in range(0, len(texts), 32)])
    embed_ms = (time.perf_counter() - start) * 1000 / len(texts)
    extra = {}
    if (args.build / "static.npz").is_file():  # the static table export.py distilled, read as at run time
        static = StaticEncoder(args.build)
        start = time.process_time()
        extra["static"] = static.embed(texts)
        extra_ms = {"static_ms_per_sentence_cpu": round((time.process_time() - start) * 1000 / len(texts), 3)}
    else:
        extra_ms = {}

    # the code a re-typed event takes by default: the root-level code ("040") of the class's most frequent
    # root where the rules were right; a statement (010) for class 0, the neutral reading
    right = Counter((g, c[:2]) for g, q, c in zip(gold, rules_q, deciding_codes) if c and g == q)
    defaults = {0: "010"}
    for quad, fallback in ((1, "04"), (2, "06"), (3, "11"), (4, "19")):
        roots = [(n, root) for (g, root), n in right.items() if g == quad]
        defaults[quad] = (max(roots)[1] if roots else fallback) + "0"
    (args.build / "retype.json").write_text(json.dumps({"defaults": defaults, "lemmas": lemma_codes()},
                                                       indent=1, sort_keys=True) + "\n")
    np.savez_compressed(args.build / "features.npz", rules=np.stack(rules_x), embeddings=embeddings,
                        tensors=np.stack(tensors), **extra,
                        gold=np.array(gold), rules_quad=np.array(rules_q), retypable=np.array(retypable))
    if args.silver:
        from detente.evaluate import EvalError

        try:
            silver = silver_rows(coder, args.silver, encoder, StaticEncoder(args.build) if extra else None,
                                 typed=args.silver_typed)
        except EvalError as exc:  # a bad gold file: its message names the file
            sys.exit(str(exc))
        np.savez_compressed(args.build / "silver.npz", **silver.pop("arrays"))
        data_silver = silver
    else:
        (args.build / "silver.npz").unlink(missing_ok=True)
        data_silver = None
    (args.build / "texts.json").write_text(json.dumps(texts))  # for the static-embedding comparison; not shipped
    data = {"train_file": args.train.name, "train_sha256": hashlib.sha256(args.train.read_bytes()).hexdigest(),
            "sentences": len(rows), "labels": dict(sorted(Counter(gold).items())),
            "retypable_sentences": int(sum(retypable)), "rules_coding_seconds": round(coding_seconds, 1),
            "minilm_int8_ms_per_sentence_batch32": round(embed_ms, 2), **extra_ms,
            "silver": data_silver}
    (args.build / "data.json").write_text(json.dumps(data, indent=2) + "\n")
    print(json.dumps(data, indent=2))


if __name__ == "__main__":
    main()
