"""The gold format for whole annotated articles (``docs/eval.md``): reading and checking it.

A gold article holds the text and one entry per distinct real-world act; :mod:`detente.evaluate_articles`
scores the coder's output against it. A malformed file is an :class:`~detente.evaluate.EvalError` that
names the file and the event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.evaluate import EvalError, plover_name
from detente.events import cameo as cameo_mod
from detente.io import DEFAULT_MAX_CHARS, InputError, article_from_record
from detente.model import MODALITIES, Article


@dataclass(frozen=True)
class GoldAct:
    """One distinct real-world act of a gold article."""

    index: int
    plover: str
    alt_plover: tuple[str, ...]
    cameo: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    symmetric: bool = False
    negated: bool = False
    modality: str = "asserted"
    historical: bool = False
    date: str | None = None
    location: str | None = None
    attribution: dict | None = None
    core: bool = True
    evidence: tuple[str, ...] = ()

    @property
    def types(self) -> tuple[str, ...]:
        return (self.plover, *self.alt_plover)


@dataclass(frozen=True)
class GoldArticle:
    id: str
    where: str
    text: str
    date: str | None
    acts: tuple[GoldAct, ...]
    not_events: tuple[str, ...] = ()
    title: str | None = None
    source: str | None = None


def _strings(value, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EvalError(f"{where}: \"{name}\" must be a list of strings")
    return tuple(value)


def _act(data, index: int, where: str) -> GoldAct:
    where = f"{where} event {index + 1}"
    if not isinstance(data, dict) or "plover" not in data:
        raise EvalError(f"{where}: each event needs at least \"plover\", \"source\" and \"target\"")
    types = [plover_name(str(t)) for t in [data["plover"], *_strings(data.get("alt_plover"), where, "alt_plover")]]
    unknown = [t for t in types if t not in cameo_mod.PLOVER_TYPES]
    if unknown:
        raise EvalError(f"{where}: unknown PLOVER type {unknown[0]!r} (one of {', '.join(cameo_mod.PLOVER_TYPES)})")
    modality = data.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise EvalError(f"{where}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
    code = data.get("cameo")
    if code is not None:
        try:
            cameo_mod.lookup(str(code))
        except (KeyError, ValueError):
            raise EvalError(f"{where}: unknown CAMEO code {code!r}") from None
    attribution = data.get("attribution")
    if attribution is not None and not isinstance(attribution, dict):
        raise EvalError(f"{where}: \"attribution\" must be {{\"text\", \"anonymous\"}} or null")
    return GoldAct(index=index, plover=types[0], alt_plover=tuple(types[1:]), cameo=str(code) if code else None,
                   source=_strings(data.get("source"), where, "source"),
                   target=_strings(data.get("target"), where, "target"),
                   symmetric=bool(data.get("symmetric")), negated=bool(data.get("negated")), modality=modality,
                   historical=bool(data.get("historical")), date=data.get("date") or None,
                   location=data.get("location") or None, attribution=attribution,
                   core=bool(data.get("core", True)), evidence=_strings(data.get("evidence"), where, "evidence"))


def _article(data, where: str, base: Path, default_id: str) -> GoldArticle:
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise EvalError(f"{where}: a gold article is a JSON object with \"text\" (or \"path\") and \"events\"")
    text = data.get("text")
    if text is None and data.get("path"):
        try:
            text = (base / str(data["path"])).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EvalError(f"{where}: cannot read the article text {data['path']!r} ({exc})") from None
    if not isinstance(text, str) or not text.strip():
        raise EvalError(f"{where}: no article text (\"text\" or \"path\")")
    acts = tuple(_act(event, i, where) for i, event in enumerate(data["events"]))
    return GoldArticle(id=str(data.get("id") or default_id), where=where, text=text, date=data.get("date"),
                       acts=acts, not_events=_strings(data.get("not_events"), where, "not_events"),
                       title=data.get("title"), source=data.get("source"))


def is_article_file(path: Path) -> bool:
    """Whether a .json/.jsonl file holds gold articles (objects with "events") rather than gold records."""
    if path.name.lower().endswith((".gold.json", ".gold.jsonl")):
        return True
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return False
    try:
        first = json.loads(text)
    except json.JSONDecodeError:
        try:
            first = json.loads(text.splitlines()[0]) if text else None
        except json.JSONDecodeError:
            return False
    if isinstance(first, list):
        first = first[0] if first else None
    return isinstance(first, dict) and "events" in first


def gold_files(path: Path) -> list[Path]:
    """The gold article files of a path: the file itself, or every .gold.json / .jsonl file under a directory."""
    if not path.is_dir():
        return [path]
    files = sorted(f for f in path.rglob("*") if f.is_file() and f.name.lower().endswith((".gold.json", ".jsonl")))
    if not files:
        raise EvalError(f"{path}: directory holds no .gold.json or .jsonl gold articles")
    return files


def read_gold_articles(path: Path) -> list[GoldArticle]:
    """Every gold article of a file (one object, a list, or JSON lines) or a directory of them."""
    articles = []
    for file in gold_files(path):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EvalError(f"{file}: cannot read ({exc})") from None
        stem = file.name.split(".")[0]
        items: list[tuple[str, Any]]  # (where, the JSON item)
        try:
            data = json.loads(text)
            items = [(str(file), data)] if isinstance(data, dict) else [(f"{file} item {i}", d)
                                                                       for i, d in enumerate(data, 1)]
        except json.JSONDecodeError:
            items = []
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        items.append((f"{file} line {number}", json.loads(line)))
                    except json.JSONDecodeError as exc:
                        raise EvalError(f"{file} line {number}: not valid JSON ({exc.msg})") from None
        for number, (where, item) in enumerate(items, 1):
            articles.append(_article(item, where, file.parent, stem if len(items) == 1 else f"{stem}-{number}"))
    return articles


def gold_article(gold: GoldArticle) -> Article:
    """The article a gold article annotates, read as ``detente code`` reads one; a bad text, date, id, title
    or source is an :class:`~detente.evaluate.EvalError` naming the file (and item or line)."""
    record = article_from_record({"id": gold.id, "text": gold.text, "date": gold.date, "title": gold.title,
                                  "source": gold.source}, gold.where, None, DEFAULT_MAX_CHARS)
    if isinstance(record, InputError):
        raise EvalError(str(record))
    return record.article
