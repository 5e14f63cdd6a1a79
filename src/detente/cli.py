"""The ``detente`` command line: a thin shell over the library."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from pathlib import Path

import click

from detente import __version__


def _fail(message: str) -> None:
    click.echo(f"detente: {message}", err=True)


def _scale_options(command):
    """--workers, --engine and --scheduler, shared by code and ingest."""
    command = click.option("--scheduler", help="A Dask scheduler address (tcp://host:8786); with --engine dask.")(command)
    command = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                           help="local: processes on this machine; dask: a Dask cluster (local if no --scheduler).")(command)
    return click.option("--workers", type=int, default=None,
                        help="Worker processes (default: all cores when the input is over 1 MB, else 1).")(command)


def _workers(workers, paths) -> int:
    from detente.parallel import default_workers

    if workers is not None and workers < 1:
        raise click.BadParameter("must be at least 1", param_hint="--workers")
    return workers or default_workers(list(paths))


class _Main(click.Group):
    """The command group; a store that fails mid-command (a damaged file, a full disk) is one line
    and exit status 1, never a traceback."""

    def invoke(self, ctx):
        from detente.store import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            _fail(str(exc))
            sys.exit(1)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
def main() -> None:
    """Code international news into political event data (CAMEO, PLOVER)."""
    _show_warnings()


class _Warnings(logging.Handler):
    """Warnings of the library (logger ``detente``) as ``detente: warning: ...`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"detente: warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    log = logging.getLogger("detente")
    if not any(isinstance(h, _Warnings) for h in log.handlers):
        handler = _Warnings(level=logging.WARNING)
        log.addHandler(handler)


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for articles that carry none.")
@click.option("--actors", "actors", type=click.Path(dir_okay=False, path_type=Path),
              help="A JSON-lines file of actors that adds to or overrides the knowledge base.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--max-chars", type=int, default=None, help="Refuse articles longer than this (default 1,000,000).")
@_scale_options
def code_command(paths, date, actors, fmt, output, max_chars, workers, engine, scheduler) -> None:
    """Code articles: PATH is a .txt article, a .jsonl/.json file of articles, a directory, or - for stdin."""
    from detente import api

    default_date, workers, coder = _prepare(date, workers, paths, engine, actors)
    failures = 0
    results = []
    stream = api.code_paths(list(paths), coder=coder, date=default_date, max_chars=max_chars, engine=engine,
                            workers=workers, scheduler=scheduler, actors_file=actors)
    with _sink(output) as out:
        for where, result in api.with_progress(stream, enabled=sys.stderr.isatty()):
            if isinstance(result, str):
                failures += 1
                _fail(f"{where}: {result}")
                continue
            if fmt == "jsonl":
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            else:
                results.append(result)
        if fmt == "json":
            json.dump([r.to_dict() for r in results], out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif fmt == "table":
            from detente.render import print_tables

            print_tables(results, out)
    if failures:
        _fail(f"{failures} record(s) could not be coded; the others were written")
    sys.exit(1 if failures else 0)


def _prepare(date, workers, paths, engine, actors):
    """The publication date, the number of workers and, for one local process, the coder."""
    from detente import api
    from detente.events.dates import parse_publication_date

    default_date = None
    if date:
        try:
            default_date = parse_publication_date(date)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--date") from None
    workers = _workers(workers, paths)
    coder = None
    if engine == "local" and workers == 1:
        try:
            coder = api.make_coder(actors_file=actors)
        except Exception as exc:  # a bad actors file or a missing model: say so, no traceback
            _fail(str(exc))
            sys.exit(2)
    elif actors:
        _check_actors(actors)
    return default_date, workers, coder


def _check_actors(path: Path) -> None:
    """Read an actor file once here, so that a bad one is reported before workers start."""
    from detente.actors import kb

    try:
        kb.load(path)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        _fail(str(exc))
        sys.exit(2)


class _sink:
    """stdout, or a file written atomically (a temporary file renamed on success)."""

    def __init__(self, path: Path | None):
        self.path, self.tmp = path, None

    def __enter__(self):
        if self.path is None:
            return sys.stdout
        directory = self.path.parent if str(self.path.parent) else Path(".")
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=directory)
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


@main.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--worst", type=int, default=10, show_default=True, help="How many misses to show per file.")
@click.option("--actors", "actors", type=click.Path(dir_okay=False, path_type=Path),
              help="A JSON-lines or Phoenix actor file that adds to or overrides the knowledge base.")
@click.option("--quad-scheme", type=click.Choice(["cameo", "plover"]), default="cameo", show_default=True,
              help="cameo: 14-20 is material conflict (the protocol); plover: PLOVER's quad table, where "
                   "SANCTION (CAMEO 16) is verbal conflict.")
def eval_command(paths, fmt, worst, actors, quad_scheme) -> None:
    """Score the coder on gold files: .tsv quad classes, .bio actor spans, .json/.jsonl PLOVER records,
    whole annotated articles (.gold.json, JSON lines of them, or a directory of them: see docs/eval.md)."""
    from detente import api
    from detente.evaluate import EvalError, evaluate

    try:
        coder = api.make_coder(actors_file=actors)
        reports = evaluate(coder, list(paths), worst=worst, scheme=quad_scheme)
    except (EvalError, OSError) as exc:
        _fail(str(exc))
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in reports], indent=2, ensure_ascii=False))
    else:
        from detente.render import print_eval

        print_eval(reports, sys.stdout)


DB_OPTION = click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=Path("detente.duckdb"),
                         show_default=True, help="The embedded database file.")


def _open_store(db: Path, read_only: bool):
    from detente.store import Store, StoreError

    try:
        return Store.open(db, read_only=read_only, create=not read_only)
    except StoreError as exc:
        _fail(str(exc))
        sys.exit(1)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for articles that carry none.")
@click.option("--actors", "actors", type=click.Path(dir_okay=False, path_type=Path),
              help="A JSON-lines or Phoenix actor file that adds to or overrides the knowledge base.")
@click.option("--max-chars", type=int, default=None, help="Refuse articles longer than this (default 1,000,000).")
@_scale_options
def ingest_command(paths, db, date, actors, max_chars, workers, engine, scheduler) -> None:
    """Code and store articles (txt, jsonl, json, directories, .gz); already stored ones are skipped."""
    from detente import api
    from detente.io import DEFAULT_MAX_CHARS, read_inputs
    from detente.store import ingest

    from detente.parallel import CoderSpec, code_with

    default_date, workers, coder = _prepare(date, workers, paths, engine, actors)
    store = _open_store(db, read_only=False)
    spec = CoderSpec(actors_file=str(actors) if actors else None)
    errors: list[str] = []
    records = read_inputs(list(paths), default_date=default_date, max_chars=max_chars or DEFAULT_MAX_CHARS)
    with store, api.progress_counter(enabled=sys.stderr.isatty(), description="ingesting") as advance:
        summary = ingest(records, store, coder, on_error=lambda where, msg: errors.append(f"{where}: {msg}"),
                         progress=advance,
                         coding=lambda items: code_with(items, engine=engine, workers=workers, scheduler=scheduler,
                                                        spec=spec, coder=coder))
    for error in errors:
        _fail(error)
    click.echo(summary.line())
    sys.exit(1 if summary.failed else 0)


@main.command("events")
@DB_OPTION
@click.option("--actor", "actors", multiple=True, help="An actor (name, code or id) on either side; repeatable.")
@click.option("--type", "event_type", help="A PLOVER type (CONSULT) or a CAMEO code prefix (04).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
def events_command(db, actors, event_type, since, until, limit, fmt) -> None:
    """List stored events (merged across articles), newest first."""
    from detente import api

    with _open_store(db, read_only=True) as store:
        try:
            keys = api.side_keys(store, list(actors)) if actors else None
        except ValueError as exc:
            _fail(str(exc))
            sys.exit(2)
        events = store.events(actor=keys, plover=event_type, since=since.date() if since else None,
                              until=until.date() if until else None, limit=limit)
        if fmt == "table":
            from detente.render import print_stored_events

            print_stored_events(events, store, sys.stdout)
            return
        rows = [api.stored_event_dict(e) for e in events]
        if fmt == "json":
            click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        else:
            for row in rows:
                click.echo(json.dumps(row, ensure_ascii=False, default=str))


@main.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]), required=True)
@click.option("--table", default="events", show_default=True,
              type=click.Choice(["events", "mentions", "articles", "actors", "quotes"]),
              help="Which table (gdelt: events only).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export_command(db, fmt, table, output) -> None:
    """Write a table of the store to parquet, csv, jsonl, or a GDELT 2.0 event-table-shaped TSV."""
    from detente.export import export

    with _open_store(db, read_only=True) as store:
        try:
            rows = export(store, output, fmt, table)
        except (ValueError, OSError) as exc:
            _fail(str(exc))
            sys.exit(2)
    click.echo(f"{rows} rows of {table} written to {output} ({fmt})")


def _sides(store, names):
    from detente.relations import resolve_side

    try:
        return [resolve_side(name, store=store) for name in names]
    except ValueError as exc:
        _fail(str(exc))
        sys.exit(2)


@main.command("dyad")
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def dyad_command(a, b, db, by, fmt) -> None:
    """A pair of actors through time: events per period by type and quad class, Goldstein sum, state."""
    from detente.relations import dyad
    from detente.render import dyad_rows, print_dyad

    with _open_store(db, read_only=True) as store:
        side_a, side_b = _sides(store, [a, b])
        result = dyad(store, side_a, side_b, by=by)
    if fmt == "table":
        print_dyad(result, sys.stdout)
    elif fmt == "json":
        import dataclasses

        click.echo(json.dumps(dataclasses.asdict(result), indent=2, default=str, ensure_ascii=False))
    else:
        import csv

        writer = csv.writer(sys.stdout)
        for row in dyad_rows(result):
            writer.writerow(row)


@main.command("actor")
@click.argument("name")
@DB_OPTION
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def actor_command(name, db, limit, fmt) -> None:
    """An actor's partners, most active first."""
    from detente.relations import partners
    from detente.render import print_partners

    with _open_store(db, read_only=True) as store:
        [side] = _sides(store, [name])
        found = partners(store, side, limit=limit)
    if fmt == "json":
        import dataclasses

        click.echo(json.dumps([dataclasses.asdict(p) for p in found], indent=2, default=str, ensure_ascii=False))
    else:
        print_partners(side, found, sys.stdout)


@main.command("mediators")
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def mediators_command(a, b, db, limit, fmt) -> None:
    """Third parties ranked by evidence that they could bridge A and B, with that evidence."""
    from detente.relations import mediators
    from detente.render import print_mediators

    with _open_store(db, read_only=True) as store:
        side_a, side_b = _sides(store, [a, b])
        found = mediators(store, side_a, side_b, limit=limit)
    if fmt == "json":
        import dataclasses

        click.echo(json.dumps([dataclasses.asdict(m) for m in found], indent=2, default=str, ensure_ascii=False))
    else:
        print_mediators(side_a, side_b, found, sys.stdout)


@main.command("relations")
@DB_OPTION
@click.option("--limit", type=int, default=10, show_default=True)
def relations_command(db, limit) -> None:
    """The strongest relations in the store, one pair a line, with their state and trend."""
    from detente.relations import strongest_relations

    with _open_store(db, read_only=True) as store:
        for r in strongest_relations(store, limit=limit):
            click.echo(f"{r.a_name} -- {r.b_name}: {r.events} events, {r.state}, trend {r.trend} "
                       f"(Goldstein {r.goldstein:+.1f})")


@main.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (127.0.0.1: this machine only).")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--max-body", type=click.IntRange(min=1), default=2_000_000, show_default=True,
              help="Largest request body, in bytes (at least 1).")
def serve_command(db, host, port, max_body) -> None:
    """Serve the web app and HTTP API over the store (writing endpoints need DETENTE_TOKEN);
    a missing database is created empty."""
    from detente.web import serve

    if not db.exists():
        _open_store(db, read_only=False).close()
        _fail(f"{db}: no database here, so an empty one was created; fill it with "
              f"`detente ingest FILES --db {db}` (stop the server first) or POST /api/articles")
    serve(db, host=host, port=port, max_body=max_body)


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output."""
    from detente.schema import article_schema

    click.echo(json.dumps(article_schema(), indent=2))


if __name__ == "__main__":
    main()
