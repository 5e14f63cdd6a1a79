"""The library's front door: build a coder, code a text, code files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.io import DEFAULT_MAX_CHARS, read_inputs
from detente.model import Article, CodedArticle
from detente.pipeline import Coder


def make_coder(actors_file: Path | None = None, model: str | None = None) -> Coder:
    """A coder with the shipped knowledge base (plus a user's actor file) and the spaCy model."""
    from detente import nlp

    return Coder(nlp=nlp.load(model), actors_file=actors_file)


def code_text(text: str, date: dt.date | str | None = None, title: str | None = None,
              coder: Coder | None = None) -> CodedArticle:
    """Code one article given as text (``date`` is its publication date); a text that is not
    English raises ``ValueError`` (``not English (fr): detente codes English text only``)."""
    from detente.events.dates import parse_publication_date
    from detente.language import not_english

    language = not_english(text)
    if language:
        raise ValueError(f"not English ({language}): detente codes English text only")

    if isinstance(date, str):
        date = parse_publication_date(date)
    coder = coder or make_coder()
    return coder.code(Article(text=text, title=title, date=date))


def code_paths(paths: list[str], coder: Coder | None = None, date: dt.date | None = None,
               max_chars: int | None = None, engine: str = "local", workers: int = 1,
               scheduler: str | None = None, actors_file: Path | None = None) -> Iterator[tuple[str, CodedArticle | str]]:
    """Code every article in the given paths: yields (where, result or error message) in input order,
    in this process, on ``workers`` local processes, or on a Dask cluster (``engine="dask"``)."""
    from detente.parallel import CoderSpec, code_with

    records = read_inputs(paths, default_date=date, max_chars=max_chars or DEFAULT_MAX_CHARS)
    spec = CoderSpec(actors_file=str(actors_file) if actors_file else None)
    yield from code_with(records, engine=engine, workers=workers, scheduler=scheduler, spec=spec, coder=coder)


def with_progress(items: Iterable, enabled: bool, description: str = "coding") -> Iterator:
    """Pass items through, showing a progress counter on stderr when ``enabled``."""
    with progress_counter(enabled, description) as advance:
        for item in items:
            yield item
            advance()


class progress_counter:
    """A context manager giving a callable that advances a progress display on stderr (when enabled)."""

    def __init__(self, enabled: bool, description: str = "coding"):
        self.enabled, self.description, self._progress = enabled, description, None

    def __enter__(self):
        if not self.enabled:
            return lambda n=1: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"),
                                  TextColumn("{task.completed} articles"), TimeElapsedColumn(), transient=True)
        self._progress.__enter__()
        task = self._progress.add_task(self.description, total=None)
        return lambda n=1: self._progress.advance(task, n)

    def __exit__(self, *exc):
        if self._progress is not None:
            self._progress.__exit__(*exc)
        return False


def side_keys(store, names: list[str]) -> list[str]:
    """Actor keys and country codes for actors named as a user names them (name, code or id)."""
    from detente.actors.kb import load_default
    from detente.relations import resolve_side

    keys: list[str] = []
    for name in names:
        side = resolve_side(name, load_default(), store)
        keys += sorted(side.keys | side.countries)
    return keys


def stored_event_dict(event) -> dict:
    """A stored event as plain JSON-ready data."""
    import dataclasses

    return dataclasses.asdict(event)
