"""What the ``detente`` commands share: options, the knowledge base and store they open, output helpers."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click


def fail(message: str) -> None:
    click.echo(f"detente: {message}", err=True)


def scale_options(command):
    """--workers, --engine and --scheduler, shared by code and ingest."""
    command = click.option("--scheduler",
                           help="A Dask scheduler address (tcp://host:8786); with --engine dask.")(command)
    command = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                           help="local: processes on this machine; dask: a Dask cluster (local if no --scheduler)."
                           )(command)
    return click.option("--workers", type=int, default=None,
                        help="Worker processes (default: all cores when the input is over 1 MB, else 1).")(command)


ACTORS_HELP = "A JSON-lines or Phoenix actor file that adds to or overrides the knowledge base."


def actors_option(command):
    """--actors FILE: the run's knowledge base is the shipped one plus this file (every command that names
    or codes actors)."""
    return click.option("--actors", "actors", type=click.Path(dir_okay=False, path_type=Path),
                        help=ACTORS_HELP)(command)


def load_kb(actors: Path | None):
    """The run's knowledge base, loaded once here and passed down; a bad actor file ends the run (exit 2)."""
    from detente.actors import kb

    try:
        return kb.load(actors)
    except Exception as exc:  # a malformed or unreadable actor file: say where, no traceback
        fail(str(exc))
        sys.exit(2)


def echo_json(value) -> None:
    """Machine output: plain JSON (lists, ISO dates, rounded floats) through the one serialiser."""
    from detente.plain import dumps

    click.echo(dumps(value))


class progress_bar:
    """A progress counter on stderr while the block runs (only on a terminal); gives ``advance(n=1)``."""

    def __init__(self, description: str, unit: str = "articles"):
        self.description, self.unit = description, unit
        self._display: Any = None

    def __enter__(self) -> Callable[..., None]:
        if not sys.stderr.isatty():
            return lambda n=1: None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        # on stderr: stdout carries the output (`detente code --format jsonl | ...`)
        display = Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"),
                           TextColumn(f"{{task.completed}} {self.unit}"), TimeElapsedColumn(), transient=True,
                           console=Console(stderr=True))
        self._display = display
        display.__enter__()
        task = display.add_task(self.description, total=None)
        return lambda n=1: display.advance(task, n)

    def __exit__(self, *exc) -> None:
        if self._display is not None:
            self._display.__exit__(*exc)


def workers_for(workers, paths) -> int:
    from detente.parallel import default_workers

    if workers is not None and workers < 1:
        raise click.BadParameter("must be at least 1", param_hint="--workers")
    return workers or default_workers(list(paths))


# The learned layer is opt-in: its cross-validated gain on the development sentences did not carry
# over to the team's annotated wire articles (lenient recall fell; README, "The learned layer").
NO_MODEL = click.option("--model/--no-model", "use_model", default=False, show_default=True,
                        help="Run the learned layer that re-types events and adds those the rules missed "
                             "(docs/model.md); --no-model (the default) codes with the rules alone.")

# The attacher is on by default: on the held-out articles it raised strict precision by about two points for
# under one point of false dyads (docs/attach.md, "On by default").
ATTACH = click.option("--attach/--no-attach", default=True, show_default=True,
                      help="Let the attacher choose a target for acts the rules left without one, among the "
                           "known actors of the act's sentence (docs/attach.md); --no-attach: the rules' "
                           "targets only.")


# The merge model is off by default: out of fold on the dev articles it raised strict precision by half a point
# but lost a little strict core recall (docs/merge.md).
MERGE = click.option("--merge/--no-merge", default=False, show_default=True,
                     help="Let the merge model join output events that restate an act an earlier event of the "
                          "article gives (docs/merge.md); --no-merge: the acts step's grouping only.")


# The threshold README "Accuracy" recommends is chosen on the team's dev articles by a documented rule;
# none by default: every event comes out with its confidence.
MIN_CONFIDENCE = click.option("--min-confidence", "min_confidence", type=click.FloatRange(0.0, 1.0), default=None,
                              help="Leave out events less confident than this (a probability of being right "
                                   "at doer, target and type; README \"Accuracy\" gives the threshold to "
                                   "choose). Default: keep every event.")

def format_option(*choices: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The ``--format`` option of a command that prints its result, in one of ``choices``: the first is the
    default."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=choices[0], show_default=True)


DB_OPTION = click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=Path("detente.duckdb"),
                         show_default=True, help="The embedded database file.")


def open_store(db: Path, read_only: bool):
    from detente.store import Store, StoreError

    try:
        return Store.open(db, read_only=read_only, create=not read_only)
    except StoreError as exc:
        fail(str(exc))
        sys.exit(1)


def to_stdout(path: Path | None) -> bool:
    """Whether ``--output`` means standard output: not given, or ``-``."""
    return path is None or str(path) == "-"


def check_output(path: Path | None) -> None:
    """End the run (exit 2, one line) when ``--output`` cannot be written: its folder is missing or is
    not a folder, or the path is a folder. Commands call it before loading anything, so a typo in the
    path costs no coding."""
    if to_stdout(path):
        return
    assert path is not None
    folder = path.parent
    if not folder.is_dir():
        fail(f"{path}: folder {folder} does not exist" if not folder.exists() else f"{path}: {folder} is not a folder")
        sys.exit(2)
    if path.is_dir():
        fail(f"{path}: is a folder; give a file name to write")
        sys.exit(2)


class sink:
    """stdout (no path, or ``-``), or a file written atomically (a temporary file renamed on success)."""

    def __init__(self, path: Path | None):
        self.path = None if to_stdout(path) else path
        self.tmp = ""

    def __enter__(self):
        if self.path is None:
            return sys.stdout
        check_output(self.path)
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        except OSError as exc:
            fail(f"{self.path}: cannot write there ({exc.strerror})")
            sys.exit(2)
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        return self.handle

    def __exit__(self, exc_type, exc, tb):
        if self.path is None:
            sys.stdout.flush()
            return False
        self.handle.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)
        return False
