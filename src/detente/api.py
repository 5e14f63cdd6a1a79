"""The library's front door: build a coder, code a text, code files, ingest files into a store.

The library does the work and shows nothing: long runs report through plain callbacks
(``progress(n)``, ``on_error(where, message)``); the CLI draws progress bars from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from detente.io import DEFAULT_MAX_CHARS, read_inputs
from detente.model import Article, CodedArticle
from detente.pipeline import Coder

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase
    from detente.store import IngestSummary, Store

def make_coder(actors_file: Path | None = None, model: str | None = None,
               kb: KnowledgeBase | None = None, explain: bool = False, learned: bool = False,
               attach: bool = True, min_confidence: float | None = None, merge: bool = False) -> Coder:
    """A coder with the given knowledge base (else the shipped one plus a user's actor file) and the
    spaCy model; with ``explain`` every event says why it came out (``Event.explanation``); with
    ``learned``, the learned layer (detente.learned) runs after the rules; with ``attach``, the
    attacher (detente.events.attach) chooses a target for acts the rules left without one; with
    ``merge``, the merge model (detente.events.act_merge) merges events that restate an act told before;
    with ``min_confidence``, events less confident than that are left out."""
    from detente import nlp
    from detente.actors import kb as kb_mod

    layer = None
    if learned:
        from detente import learned as learned_mod

        layer = learned_mod.load()
    return Coder(nlp=nlp.load(model), kb=kb if kb is not None else kb_mod.load(actors_file), explain=explain,
                 learned=layer, attach=attach, min_confidence=min_confidence, merge=merge)


def code_text(text: str, date: dt.date | str | None = None, title: str | None = None,
              coder: Coder | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> CodedArticle:
    """Code one article given as text (``date`` is its publication date: a date, a datetime or a
    string, read as :class:`~detente.model.Article` reads it). The text is read as the ``text`` of an
    input record is (:func:`detente.io.check_text`: control characters made spaces, HTML markup read
    as the words a page shows); an empty text, one over ``max_chars``, one with an unpaired surrogate
    and one that is not English raise ``ValueError`` saying why (``not English (fr): detente codes
    English text only``), as ``detente code`` reports them."""
    from detente.io import InputError, check_text
    from detente.language import not_english

    checked = check_text(text, "text", max_chars, language_check=False)
    if isinstance(checked, InputError):
        raise ValueError(checked.message)
    article = Article(text=checked, title=title, date=date)  # type: ignore[arg-type]  # Article reads a string date
    language = not_english(article.text)
    if language:
        raise ValueError(f"not English ({language}): detente codes English text only")
    return (coder or make_coder()).code(article)


def code_paths(paths: list[str] | str | Path, coder: Coder | None = None, date: dt.date | None = None,
               max_chars: int | None = None, engine: str = "local", workers: int = 1,
               scheduler: str | None = None, actors_file: Path | None = None,
               learned: bool = False, attach: bool = True,
               min_confidence: float | None = None, merge: bool = False) -> Iterator[tuple[str, CodedArticle | str]]:
    """Code every article in the given paths: yields (where, result or error message) in input order,
    in this process, on ``workers`` local processes, or on a Dask cluster (``engine="dask"``);
    ``learned``, ``attach``, ``min_confidence`` and ``merge`` are what workers build their coders with (see
    :func:`make_coder`)."""
    records = read_inputs(paths, default_date=date, max_chars=max_chars or DEFAULT_MAX_CHARS)
    coding = _coding(engine, workers, scheduler, actors_file, coder, learned, attach, min_confidence, merge)
    for where, result in coding(records):
        yield where, result if isinstance(result, CodedArticle) else str(result)


def ingest_paths(paths: list[str] | str | Path, store: Store, coder: Coder | None = None, date: dt.date | None = None,
                 max_chars: int | None = None, engine: str = "local", workers: int = 1,
                 scheduler: str | None = None, actors_file: Path | None = None,
                 on_error: Callable[[str, str], None] | None = None,
                 progress: Callable[[int], None] | None = None, learned: bool = False,
                 attach: bool = True, min_confidence: float | None = None, merge: bool = False) -> IngestSummary:
    """Code and store every article in the given paths that the store does not hold yet, then merge
    mentions into events. Nothing is displayed: ``progress(n)`` is called as ``n`` more articles are
    coded and ``on_error(where, message)`` once per record that could not be read or coded. ``learned``,
    ``attach``, ``min_confidence`` and ``merge`` are what workers build their coders with (:func:`make_coder`)."""
    from detente.store import ingest

    records = read_inputs(paths, default_date=date, max_chars=max_chars or DEFAULT_MAX_CHARS)
    return ingest(records, store, coder, on_error=on_error, progress=progress,
                  coding=_coding(engine, workers, scheduler, actors_file, coder, learned, attach,
                                 min_confidence=min_confidence, merge=merge))


def _coding(engine: str, workers: int, scheduler: str | None, actors_file: Path | None, coder: Coder | None,
            learned: bool = False, attach: bool = True, min_confidence: float | None = None, merge: bool = False):
    """Records -> (where, result) pairs on the chosen engine (workers build their coder from the actor file)."""
    from detente.parallel import CoderSpec, code_with

    spec = CoderSpec(actors_file=str(actors_file) if actors_file else None, learned=learned, attach=attach,
                     min_confidence=min_confidence, merge=merge)
    return lambda items: code_with(items, engine=engine, workers=workers, scheduler=scheduler, spec=spec, coder=coder)


def side_keys(store, names: list[str], kb: KnowledgeBase) -> list[str]:
    """Actor keys and country codes for actors named as a user names them (name, code or id),
    resolved against the run's knowledge base ``kb``."""
    from detente.relations import resolve_side

    keys: list[str] = []
    for name in names:
        side = resolve_side(name, kb, store)
        keys += sorted(side.keys | side.countries)
    return keys
