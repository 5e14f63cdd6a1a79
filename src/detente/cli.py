"""The ``detente`` command line: a thin shell over the library."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from detente import __version__


def _fail(message: str) -> None:
    click.echo(f"detente: {message}", err=True)


def _scale_options(command):
    """--workers, --engine and --scheduler, shared by code and ingest."""
    command = click.option("--scheduler",
                           help="A Dask scheduler address (tcp://host:8786); with --engine dask.")(command)
    command = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                           help="local: processes on this machine; dask: a Dask cluster (local if no --scheduler)."
                           )(command)
    return click.option("--workers", type=int, default=None,
                        help="Worker processes (default: all cores when the input is over 1 MB, else 1).")(command)


ACTORS_HELP = "A JSON-lines or Phoenix actor file that adds to or overrides the knowledge base."


def _actors_option(command):
    """--actors FILE: the run's knowledge base is the shipped one plus this file (every command that names
    or codes actors)."""
    return click.option("--actors", "actors", type=click.Path(dir_okay=False, path_type=Path),
                        help=ACTORS_HELP)(command)


def _kb(actors: Path | None):
    """The run's knowledge base, loaded once here and passed down; a bad actor file ends the run (exit 2)."""
    from detente.actors import kb

    try:
        return kb.load(actors)
    except Exception as exc:  # a malformed or unreadable actor file: say where, no traceback
        _fail(str(exc))
        sys.exit(2)


def _echo_json(value) -> None:
    """Machine output: plain JSON (lists, ISO dates, rounded floats) through the one serialiser."""
    from detente.plain import dumps

    click.echo(dumps(value))


class _progress:
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


def _workers(workers, paths) -> int:
    from detente.parallel import default_workers

    if workers is not None and workers < 1:
        raise click.BadParameter("must be at least 1", param_hint="--workers")
    return workers or default_workers(list(paths))


# The learned layer is opt-in: its cross-validated gain on the development sentences did not carry
# over to the team's annotated wire articles (lenient recall fell; README, "The learned layer").
NO_MODEL = click.option("--model/--no-model", "use_model", default=False, show_default=True,
                        help="Run the learned layer that re-types events and adds those the rules missed "
                             "(docs/model.md); --no-model (the default) codes with the rules alone.")

# The attacher is opt-in: out of fold on the team's dev articles it raised strict precision but also
# the false-dyad rate (docs/attach.md).
ATTACH = click.option("--attach", is_flag=True,
                      help="Let the attacher choose a target for acts the rules left without one, among the "
                           "known actors of the act's sentence (docs/attach.md).")


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
@_actors_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--max-chars", type=int, default=None, help="Refuse articles longer than this (default 1,000,000).")
@click.option("--explain", is_flag=True,
              help="Say why each event came out: lexicon lines, frame combination, status rules, how each side "
                   "was resolved (one local process).")
@NO_MODEL
@ATTACH
@_scale_options
def code_command(paths, date, actors, fmt, output, max_chars, explain, use_model, attach, workers, engine,
                 scheduler) -> None:
    """Code articles: PATH is a .txt article, a .jsonl/.json file of articles, a directory, or - for stdin."""
    from detente import api
    from detente.plain import dumps, dumps_line

    if explain:
        engine, workers = "local", 1  # the explaining coder runs in this process
    default_date, workers, coder = _prepare(date, workers, paths, engine, actors, explain=explain,
                                           learned=use_model, attach=attach)
    failures = 0
    results = []
    stream = api.code_paths(list(paths), coder=coder, date=default_date, max_chars=max_chars, engine=engine,
                            workers=workers, scheduler=scheduler, actors_file=actors, learned=use_model,
                            attach=attach)
    with _sink(output) as out, _progress("coding") as advance:
        for where, result in stream:
            advance()
            if isinstance(result, str):
                failures += 1
                _fail(f"{where}: {result}")
                continue
            if fmt == "jsonl":
                out.write(dumps_line(result) + "\n")
            else:
                results.append(result)
        if fmt == "json":
            out.write(dumps(results) + "\n")
        elif fmt == "table":
            from detente.render import print_tables

            print_tables(results, out)
    if failures:
        _fail(f"{failures} record(s) could not be coded; the others were written")
    sys.exit(1 if failures else 0)


def _prepare(date, workers, paths, engine, actors, explain: bool = False, learned: bool = False,
             attach: bool = False):
    """The publication date, the number of workers and, for one local process, the coder."""
    from detente import api
    from detente.events.publication import parse_publication_date

    default_date = None
    if date:
        try:
            default_date = parse_publication_date(date)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--date") from None
    workers = _workers(workers, paths)
    kb = _kb(actors)  # read here, so that a bad actor file is reported before any worker starts
    coder = None
    if engine == "local" and workers == 1:
        try:
            coder = api.make_coder(kb=kb, explain=explain, learned=learned, attach=attach)
        except Exception as exc:  # a missing model: say so, no traceback
            _fail(str(exc))
            sys.exit(2)
    return default_date, workers, coder


class _sink:
    """stdout, or a file written atomically (a temporary file renamed on success)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.tmp = ""

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
@_actors_option
@click.option("--quad-scheme", type=click.Choice(["cameo", "plover"]), default="cameo", show_default=True,
              help="cameo: 14-20 is material conflict (the protocol); plover: PLOVER's quad table, where "
                   "SANCTION (CAMEO 16) is verbal conflict.")
@NO_MODEL
@ATTACH
def eval_command(paths, fmt, worst, actors, quad_scheme, use_model, attach) -> None:
    """Score the coder on gold files: .tsv quad classes, .bio actor spans, .json/.jsonl PLOVER records,
    whole annotated articles (.gold.json, JSON lines of them, or a directory of them: see docs/eval.md)."""
    from detente import api
    from detente.evaluate import EvalError, evaluate
    from detente.learned import ModelMissing

    try:
        coder = api.make_coder(kb=_kb(actors), learned=use_model, attach=attach)
        with _progress("evaluating", unit="sentences") as advance:
            reports = evaluate(coder, list(paths), worst=worst, scheme=quad_scheme, progress=advance)
    except (EvalError, OSError, ModelMissing) as exc:
        _fail(str(exc))
        sys.exit(2)
    if fmt == "json":
        _echo_json([r.as_dict() for r in reports])
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
@_actors_option
@click.option("--max-chars", type=int, default=None, help="Refuse articles longer than this (default 1,000,000).")
@NO_MODEL
@_scale_options
def ingest_command(paths, db, date, actors, max_chars, use_model, workers, engine, scheduler) -> None:
    """Code and store articles (txt, jsonl, json, directories, .gz); already stored ones are skipped."""
    from detente import api

    default_date, workers, coder = _prepare(date, workers, paths, engine, actors, learned=use_model)
    store = _open_store(db, read_only=False)
    errors: list[str] = []
    with store, _progress("ingesting") as advance:
        summary = api.ingest_paths(list(paths), store, coder=coder, date=default_date, max_chars=max_chars,
                                   engine=engine, workers=workers, scheduler=scheduler, actors_file=actors,
                                   on_error=lambda where, msg: errors.append(f"{where}: {msg}"), progress=advance,
                                   learned=use_model)
    for error in errors:
        _fail(error)
    click.echo(summary.line())
    sys.exit(1 if summary.failed else 0)


@main.command("events")
@DB_OPTION
@click.option("--actor", "actor_names", multiple=True, help="An actor (name, code or id) on either side; repeatable.")
@click.option("--type", "event_type", help="A PLOVER type (CONSULT) or a CAMEO code prefix (04).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@_actors_option
def events_command(db, actor_names, event_type, since, until, limit, fmt, actors) -> None:
    """List stored events (merged across articles), newest first."""
    from detente import api

    kb = _kb(actors) if actor_names or actors else None  # only names need it; a given file is checked
    with _open_store(db, read_only=True) as store:
        try:
            keys = api.side_keys(store, list(actor_names), kb) if kb is not None else None
        except ValueError as exc:
            _fail(str(exc))
            sys.exit(2)
        events = store.events(actor=keys, plover=event_type, since=since.date() if since else None,
                              until=until.date() if until else None, limit=limit)
        if fmt == "table":
            from detente.render import print_stored_events

            print_stored_events(events, store, sys.stdout)
            return
        if fmt == "json":
            _echo_json(events)
        else:
            from detente.plain import dumps_line

            for event in events:
                click.echo(dumps_line(event))


@main.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]), required=True)
@click.option("--table", default="events", show_default=True,
              type=click.Choice(["events", "mentions", "articles", "actors", "quotes"]),
              help="Which table (gdelt: events only).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
@_actors_option
def export_command(db, fmt, table, output, actors) -> None:
    """Write a table of the store to parquet, csv, jsonl, or a GDELT 2.0 event-table-shaped TSV."""
    from detente.export import export

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        try:
            rows = export(store, output, fmt, table, kb=kb)
        except (ValueError, OSError) as exc:
            _fail(str(exc))
            sys.exit(2)
    click.echo(f"{rows} rows of {table} written to {output} ({fmt})")


def _sides(store, names, kb):
    from detente.relations import resolve_side

    try:
        return [resolve_side(name, kb, store=store) for name in names]
    except ValueError as exc:
        _fail(str(exc))
        sys.exit(2)


@main.command("dyad")
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_actors_option
def dyad_command(a, b, db, by, fmt, actors) -> None:
    """A pair of actors through time: events per period by type and quad class, Goldstein sum, state."""
    from detente.relations import dyad
    from detente.render import dyad_rows, print_dyad

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        side_a, side_b = _sides(store, [a, b], kb)
        result = dyad(store, side_a, side_b, by=by, kb=kb)
    if fmt == "table":
        print_dyad(result, sys.stdout)
    elif fmt == "json":
        _echo_json(result)
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
@_actors_option
def actor_command(name, db, limit, fmt, actors) -> None:
    """An actor's partners, most active first."""
    from detente.relations import partners
    from detente.render import print_partners

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        [side] = _sides(store, [name], kb)
        found = partners(store, side, limit=limit, kb=kb)
    if fmt == "json":
        _echo_json(found)
    else:
        print_partners(side, found, sys.stdout)


@main.command("mediators")
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_actors_option
def mediators_command(a, b, db, limit, fmt, actors) -> None:
    """Third parties ranked by evidence that they could bridge A and B, with that evidence."""
    from detente.relations import mediators
    from detente.render import print_mediators

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        side_a, side_b = _sides(store, [a, b], kb)
        found = mediators(store, side_a, side_b, limit=limit, kb=kb)
    if fmt == "json":
        _echo_json(found)
    else:
        print_mediators(side_a, side_b, found, sys.stdout)


@main.command("relations")
@DB_OPTION
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_actors_option
def relations_command(db, limit, fmt, actors) -> None:
    """The strongest relations in the store, one pair a line, with their state and trend."""
    from detente.relations import strongest_relations

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        found = strongest_relations(store, limit=limit, kb=kb)
    if fmt == "json":
        _echo_json(found)
        return
    from detente.plain import counted

    for r in found:
        click.echo(f"{r.a_name} -- {r.b_name}: {counted(r.events, 'event')}, {r.state}, trend {r.trend} "
                   f"(Goldstein {r.goldstein:+.1f})")


def _day(value):
    return value.date() if value else None


def _rows_out(rows: list[dict], fmt: str, columns: list[str]) -> None:
    """Rows as a JSON list, CSV (the given columns) or an aligned table."""
    if fmt == "json":
        _echo_json(rows)
        return
    flat = [{c: row.get(c) for c in columns} for row in rows]
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(flat)
        return
    widths = {c: max([len(c)] + [len(str(r[c])) for r in flat]) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    for row in flat:
        click.echo("  ".join(str(row[c]).ljust(widths[c]) for c in columns))


PERIOD_CHOICE = click.Choice(["week", "month", "quarter", "year"])


@main.command("changes")
@DB_OPTION
@click.option("--actor", "actor_names", multiple=True,
              help="Keep the pairs with this actor (name, code or id); given twice or more: the pairs between them.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@click.option("--by", type=PERIOD_CHOICE, default="month", show_default=True)
@click.option("--min-events", type=int, default=3, show_default=True, help="Pairs with fewer dated events are skipped.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_actors_option
def changes_command(db, actor_names, since, until, by, min_events, fmt, actors) -> None:
    """Turning points: where relations broke, mended, escalated or de-escalated, with evidence."""
    from detente.relations.changes import turning_points

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        sides = _sides(store, list(actor_names), kb) if actor_names else None
        found = turning_points(store, sides, by=by, since=_day(since), until=_day(until), min_events=min_events,
                               kb=kb)
    rows = [t.to_dict() for t in found]
    if fmt != "json":
        for row in rows:
            row["before"], row["after"] = row["before"]["state"], row["after"]["state"]
            row["evidence"] = " ".join(row["evidence"])
    _rows_out(rows, fmt, ["date", "period", "a", "b", "kind", "before", "after", "confidence", "evidence"])


@main.command("blocs")
@DB_OPTION
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@click.option("--by", type=click.Choice(["week", "month", "quarter", "year", "all"]), default="year",
              show_default=True, help="One set of camps per period (all: one for the whole span).")
@click.option("--min-events", type=int, default=2, show_default=True,
              help="Pairs with fewer events in a period are no tie.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_actors_option
def blocs_command(db, since, until, by, min_events, fmt, actors) -> None:
    """Camps (signed spectral clustering), who moved between them, and the bridges, per period."""

    from detente.relations.blocs import blocs

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        periods = blocs(store, by=None if by == "all" else by, since=_day(since), until=_day(until),
                        min_events=min_events, kb=kb)
    if fmt == "json":
        _echo_json(periods)
        return
    rows = []
    for p in periods:
        moved = {m.key: m for m in p.moves}
        bridges = {b.key for b in p.bridges}
        for camp in p.camps:
            for key, name in zip(camp.members, camp.names):
                rows.append({"period": p.period, "camp": camp.number, "actor": name, "key": key,
                             "moved_from": moved[key].from_camp if key in moved else "",
                             "bridge": "yes" if key in bridges else ""})
    _rows_out(rows, fmt, ["period", "camp", "actor", "key", "moved_from", "bridge"])


@main.command("brief")
@DB_OPTION
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), required=True, help="The first day of the span.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="The last day (default: the store's latest event).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--base-url", default="http://127.0.0.1:8000", show_default=True,
              help="Where the web app is served, for links.")
@_actors_option
def brief_command(db, since, until, fmt, output, base_url, actors) -> None:
    """What changed in a span: turning points, new and ended relations, camp moves, busiest pairs."""
    from detente.relations.brief import brief, to_html, to_markdown

    kb = _kb(actors)
    with _open_store(db, read_only=True) as store:
        try:
            result = brief(store, _day(since), _day(until), base_url=base_url, kb=kb)
        except ValueError as exc:
            _fail(str(exc))
            sys.exit(2)
    with _sink(output) as out:
        out.write((to_html if fmt == "html" else to_markdown)(result) + "\n")


@main.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (127.0.0.1: this machine only).")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--max-body", type=click.IntRange(min=1), default=2_000_000, show_default=True,
              help="Largest request body, in bytes (at least 1).")
@_actors_option
def serve_command(db, host, port, max_body, actors) -> None:
    """Serve the web app and HTTP API over the store (writing endpoints need DETENTE_TOKEN);
    a missing database is created empty."""
    from detente.web import serve

    kb = _kb(actors)
    if not db.exists():
        _open_store(db, read_only=False).close()
        _fail(f"{db}: no database here, so an empty one was created; fill it with "
              f"`detente ingest FILES --db {db}` (stop the server first) or POST /api/articles")
    serve(db, host=host, port=port, max_body=max_body, kb=kb)


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output."""
    from detente.schema import article_schema

    _echo_json(article_schema())


if __name__ == "__main__":
    main()
