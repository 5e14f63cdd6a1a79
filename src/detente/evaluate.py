"""Score the coder against gold files: quad classes (TSV), actor spans (BIO) and PLOVER gold records.
Whole annotated articles are scored by :mod:`detente.evaluate_articles`.

Scoring protocol, so that figures mean the same everywhere:
- negated events are left out;
- a sentence's quad is that of its first event whose CAMEO root is 03 or above, else 0
  (0 statement/appeal 01-02, 1 verbal cooperation 03-05, 2 material cooperation 06-08,
  3 verbal conflict 09-13, 4 material conflict 14-20);
- actor spans are compared token by token against the gold spans, exactly and by overlap;
  a gold reciprocal span (R) counts as both a source and a target, and so do the sources of a
  predicted event with several sources and no target;
- for gold event records, a record's type is found when any event in its sentence has it, and
  every other event in the sentence counts against precision.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.events.cameo import roots
from detente.model import Article, CodedArticle

QUAD_NAMES = {0: "statement/appeal", 1: "verbal coop", 2: "material coop", 3: "verbal conflict",
              4: "material conflict"}
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
              "YIELD": "CONCEDE"}
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


class EvalError(ValueError):
    """A gold file is malformed; the message names the file and line."""


QUAD_SCHEMES = ("cameo", "plover")


def dev_quad(cameo: str, scheme: str = "cameo") -> int:
    """The quad of a CAMEO code (0 for 01-02 statements and appeals). The ``cameo`` scheme is the
    protocol's (14-20 material conflict); ``plover`` follows PLOVER's quad table, where SANCTION
    (CAMEO 16, reduce relations) is verbal conflict."""
    root = roots()[cameo[:2]]
    if root.speech:
        return 0
    return root.plover_quad if scheme == "plover" else root.quad_class


def sentence_quad(result: CodedArticle, scheme: str = "cameo") -> tuple[int, float | None]:
    """The quad of a coded sentence by the protocol, and the confidence of the event that decided it."""
    for event in result.events:
        if not event.negated and not roots()[event.cameo[:2]].speech:
            return dev_quad(event.cameo, scheme), event.confidence
    return 0, None


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    """What ``detente eval`` prints for one gold file."""

    path: str
    kind: str
    sentences: int = 0
    events: int = 0
    metrics: dict = field(default_factory=dict)
    per_class: dict[str, PRF] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    reliability: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"path": self.path, "kind": self.kind, "sentences": self.sentences, "events": self.events,
                "events_per_sentence": round(self.events / self.sentences, 3) if self.sentences else 0.0,
                "metrics": self.metrics, "per_class": {k: v.as_dict() for k, v in self.per_class.items()},
                "confusion": self.confusion, "reliability": self.reliability, "misses": self.misses}


def accuracy_bins(scored: list[tuple[float, bool]], edges: tuple[float, ...], key: str = "accuracy") -> list[dict]:
    """The share right (under ``key``) of the events by confidence bin between successive ``edges``, for the bins
    that hold any: a useful confidence rises with the bins."""
    rows = []
    for low, high in zip(edges, edges[1:]):
        inside = [ok for confidence, ok in scored if low <= confidence < high]
        if inside:
            rows.append({"confidence": f"{low:.1f}-{min(high, 1.0):.1f}", "events": len(inside),
                         key: round(sum(inside) / len(inside), 3)})
    return rows


def _reliability(scored: list[tuple[float, bool]]) -> list[dict]:
    """Accuracy of events by confidence bin."""
    return accuracy_bins(scored, BINS)


def _code_all(coder, texts: list[str], progress=None) -> Iterator[CodedArticle]:
    articles = [Article(text=t, id=f"s{i}") for i, t in enumerate(texts)]
    for article, doc in zip(articles, coder.nlp.pipe(t for t in texts)):
        result = coder.code_doc(article, doc)
        if progress is not None:
            progress()
        yield result


# -- quad classes ---------------------------------------------------------------------------
def read_quad_tsv(path: Path) -> list[tuple[str, int]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        sentence, _, label = line.rpartition("\t")
        if not sentence or label.strip() not in {"0", "1", "2", "3", "4"}:
            raise EvalError(f"{path} line {number}: expected sentence<TAB>quad (0-4)")
        rows.append((sentence, int(label)))
    return rows


def eval_quad(coder, path: Path, worst: int = 10, progress=None, scheme: str = "cameo") -> Report:
    rows = read_quad_tsv(path)
    report = Report(path=str(path), kind=f"quad ({scheme} scheme)", sentences=len(rows))
    confusion: Counter[tuple[int, int]] = Counter()
    scored: list[tuple[float, bool]] = []
    misses: list[dict[str, Any]] = []
    for (sentence, gold), result in zip(rows, _code_all(coder, [s for s, _ in rows], progress)):
        predicted, confidence = sentence_quad(result, scheme)
        confusion[(gold, predicted)] += 1
        report.events += len(result.events)
        if confidence is not None:
            scored.append((confidence, predicted == gold))
        if predicted != gold:
            misses.append({"sentence": sentence, "gold": gold, "predicted": predicted,
                           "confidence": confidence or 0.0,
                           "events": [f"{e.cameo} {e.trigger.text}" for e in result.events if not e.negated]})
    for quad, name in QUAD_NAMES.items():
        prf = PRF(tp=confusion[(quad, quad)],
                  fp=sum(n for (g, p), n in confusion.items() if p == quad and g != quad),
                  fn=sum(n for (g, p), n in confusion.items() if g == quad and p != quad))
        report.per_class[f"{quad} {name}"] = prf
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    report.metrics = {"accuracy": round(correct / len(rows), 3) if rows else 0.0,
                      "macro_f1": round(sum(p.f1 for p in report.per_class.values()) / 5, 3),
                      "events_per_sentence": round(report.events / len(rows), 3) if rows else 0.0}
    report.confusion = {f"gold {g}": {f"pred {p}": confusion[(g, p)] for p in QUAD_NAMES} for g in QUAD_NAMES}
    report.reliability = _reliability(scored)
    misses.sort(key=lambda m: -m["confidence"])
    report.misses = misses[:worst]
    return report


# -- actor spans ----------------------------------------------------------------------------
def read_bio(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        token, _, tag = line.rpartition(" ")
        if not token or not (tag == "O" or tag[:2] in ("B-", "I-") and tag[2:] in ("S", "T", "R")):
            raise EvalError(f"{path} line {number}: expected 'token TAG' with TAG O, B-S, I-T, ...")
        tokens.append(token)
        tags.append(tag)
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def _gold_spans(tags: list[str]) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = {"S": set(), "T": set()}
    start: int | None = None
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            for role in ("S", "T") if kind == "R" else (kind,):
                spans[role].add((start, i))
            start, kind = None, ""
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def _predicted_spans(result: CodedArticle, offsets: list[tuple[int, int]]) -> dict[str, set[tuple[int, int]]]:
    def to_tokens(start: int, end: int) -> tuple[int, int] | None:
        inside = [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
        return (inside[0], inside[-1] + 1) if inside else None

    spans: dict[str, set[tuple[int, int]]] = {"S": set(), "T": set()}
    for event in result.events:
        if event.negated:
            continue
        reciprocal = len(event.source) > 1 and not event.target
        for role, participants in (("S", event.source), ("T", event.target)):
            for p in participants:
                span = to_tokens(p.start, p.end)
                if span is not None:
                    spans[role].add(span)
                    if reciprocal:
                        spans["T"].add(span)
    return spans


def eval_spans(coder, path: Path, worst: int = 10, progress=None, scheme: str = "cameo") -> Report:
    rows = read_bio(path)
    report = Report(path=str(path), kind="spans", sentences=len(rows))
    exact = {"S": PRF(), "T": PRF()}
    overlap = {"S": PRF(), "T": PRF()}
    texts, all_offsets = [], []
    for tokens, _ in rows:
        offsets, position = [], 0
        for token in tokens:
            offsets.append((position, position + len(token)))
            position += len(token) + 1
        texts.append(" ".join(tokens))
        all_offsets.append(offsets)
    misses = []
    for (tokens, tags), offsets, result in zip(rows, all_offsets, _code_all(coder, texts, progress)):
        gold = _gold_spans(tags)
        predicted = _predicted_spans(result, offsets)
        report.events += len(result.events)
        for role in ("S", "T"):
            g, p = gold[role], predicted[role]
            exact[role].tp += len(g & p)
            exact[role].fp += len(p - g)
            exact[role].fn += len(g - p)
            hit = {x for x in p if any(x[0] < y[1] and y[0] < x[1] for y in g)}
            found = {y for y in g if any(x[0] < y[1] and y[0] < x[1] for x in p)}
            overlap[role].tp += len(found)
            overlap[role].fp += len(p - hit)
            overlap[role].fn += len(g - found)
        if predicted != gold:
            def show(spans, tokens=tokens):
                return [" ".join(tokens[a:b]) for a, b in sorted(spans)]
            misses.append({"sentence": " ".join(tokens), "gold_source": show(gold["S"]),
                           "gold_target": show(gold["T"]), "source": show(predicted["S"]),
                           "target": show(predicted["T"])})
    report.per_class = {"source exact": exact["S"], "target exact": exact["T"],
                        "source overlap": overlap["S"], "target overlap": overlap["T"]}
    report.metrics = {"source_f1": round(exact["S"].f1, 3), "target_f1": round(exact["T"].f1, 3),
                      "source_overlap_f1": round(overlap["S"].f1, 3), "target_overlap_f1": round(overlap["T"].f1, 3),
                      "events_per_sentence": round(report.events / len(rows), 3) if rows else 0.0}
    report.misses = misses[:worst]
    return report


# -- PLOVER gold records --------------------------------------------------------------------
def read_gold_records(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8").strip()
    try:
        data = json.loads(text)
        records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise EvalError(f"{path} line {number}: not valid JSON ({exc.msg})") from None
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict) or "text" not in record or "event" not in record:
            raise EvalError(f"{path} record {number}: a gold record needs \"text\" and \"event\"")
    return records


def plover_name(name: str) -> str:
    """PLOVER 2.0 name of a type, mapping the older names (DEMAND -> REQUEST, ...)."""
    return OLD_PLOVER.get(name.upper(), name.upper())


def eval_records(coder, path: Path, worst: int = 10, progress=None, scheme: str = "cameo") -> Report:
    records = read_gold_records(path)
    by_text: dict[str, list[str]] = defaultdict(list)
    for record in records:
        by_text[record["text"]].append(plover_name(record["event"]))
    texts = list(by_text)
    report = Report(path=str(path), kind="records", sentences=len(texts))
    per_type: dict[str, PRF] = defaultdict(PRF)
    scored: list[tuple[float, bool]] = []
    misses: list[dict[str, Any]] = []
    for text, result in zip(texts, _code_all(coder, texts, progress)):
        events = [(e.plover, e) for e in result.events if not e.negated and e.plover]  # (PLOVER type, event)
        report.events += len(events)
        predicted = {plover for plover, _ in events}
        for gold_type in by_text[text]:
            if gold_type in predicted:
                per_type[gold_type].tp += 1
            else:
                per_type[gold_type].fn += 1
                misses.append({"sentence": text, "gold": gold_type, "predicted": sorted(predicted)})
        for plover, event in events:
            ok = plover in by_text[text]
            scored.append((event.confidence, ok))
            if not ok:
                per_type[plover].fp += 1
    report.per_class = dict(sorted(per_type.items()))
    total = PRF(tp=sum(p.tp for p in per_type.values()), fp=sum(p.fp for p in per_type.values()),
                fn=sum(p.fn for p in per_type.values()))
    report.metrics = {"micro_precision": round(total.precision, 3), "micro_recall": round(total.recall, 3),
                      "micro_f1": round(total.f1, 3),
                      "events_per_sentence": round(report.events / len(texts), 3) if texts else 0.0}
    report.reliability = _reliability(scored)
    report.misses = misses[:worst]
    return report


def detect_kind(path: Path) -> str:
    """Which gold format a path holds: quad (TSV), spans (BIO), records (JSON) or whole articles
    (a ``.gold.json`` file, JSON objects with ``events``, or a directory of them)."""
    from detente.evaluate_gold import is_article_file

    name = path.name.lower()
    if path.is_dir() or (name.endswith((".json", ".jsonl")) and is_article_file(path)):
        return "articles"
    if name.endswith(".tsv"):
        return "quad"
    if name.endswith((".bio", ".conll")):
        return "spans"
    if name.endswith((".json", ".jsonl")):
        return "records"
    raise EvalError(f"{path}: unknown gold format (use .tsv for quad classes, .bio for actor spans, "
                    ".json/.jsonl for PLOVER gold records or gold articles, a directory of .gold.json articles)")


def evaluate(coder, paths: Iterable[Path], worst: int = 10, progress=None, scheme: str = "cameo") -> list:
    """Score the coder on each gold path: a :class:`Report`, or an ``ArticleReport`` for whole articles."""
    from detente.evaluate_articles import eval_articles

    runners = {"quad": eval_quad, "spans": eval_spans, "records": eval_records, "articles": eval_articles}
    reports = []
    for path in paths:
        try:
            reports.append(runners[detect_kind(path)](coder, path, worst, progress, scheme))
        except UnicodeDecodeError as exc:  # a gold file saved in another encoding: one line, not a traceback
            raise EvalError(f"{path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); "
                            "convert the file to UTF-8") from None
    return reports
