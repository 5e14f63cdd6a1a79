"""The ``detente`` command line: a thin shell over the library."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from detente import __version__, cli_store
from detente.cli_common import (
    ATTACH,
    DB_OPTION,
    MERGE,
    MIN_CONFIDENCE,
    NO_MODEL,
    actors_option,
    check_output,
    echo_json,
    fail,
    format_option,
    load_kb,
    open_store,
    progress_bar,
    scale_options,
    sink,
    workers_for,
)


class _Main(click.Group):
    """The command group; a store that fails mid-command (a damaged file, a full disk) is one line
    and exit status 1, never a traceback."""

    def invoke(self, ctx):
        from detente.store import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            fail(str(exc))
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


for _command in cli_store.COMMANDS:
    main.add_command(_command)


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for articles that carry none.")
@actors_option
@format_option("table", "json", "jsonl")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of stdout; - is stdout.")
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help="Refuse articles longer than this (default 1,000,000).")
@click.option("--explain", is_flag=True,
              help="Say why each event came out: lexicon lines, frame combination, status rules, how each side "
                   "was resolved (one local process).")
@NO_MODEL
@ATTACH
@MERGE
@MIN_CONFIDENCE
@scale_options
def code_command(paths, date, actors, fmt, output, max_chars, explain, use_model, attach, merge, min_confidence,
                 workers, engine, scheduler) -> None:
    """Code articles: PATH is a .txt article, a .jsonl/.json file of articles, a directory, or - for stdin."""
    from detente import api
    from detente.plain import dumps, dumps_line

    check_output(output)  # before the model loads
    if explain:
        engine, workers = "local", 1  # the explaining coder runs in this process
    default_date, workers, coder = _prepare(date, workers, paths, engine, actors, explain=explain,
                                           learned=use_model, attach=attach, min_confidence=min_confidence,
                                           merge=merge)
    failures = 0
    results = []
    stream = api.code_paths(list(paths), coder=coder, date=default_date, max_chars=max_chars, engine=engine,
                            workers=workers, scheduler=scheduler, actors_file=actors, learned=use_model,
                            attach=attach, min_confidence=min_confidence, merge=merge)
    with sink(output) as out, progress_bar("coding") as advance:
        for where, result in stream:
            advance()
            if isinstance(result, str):
                failures += 1
                fail(f"{where}: {result}")
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
        fail(f"{failures} record(s) could not be coded; the others were written")
    sys.exit(1 if failures else 0)


def _prepare(date, workers, paths, engine, actors, explain: bool = False, learned: bool = False,
             attach: bool = True, min_confidence: float | None = None, merge: bool = False):
    """The publication date, the number of workers and, for one local process, the coder."""
    from detente import api
    from detente.events.publication import parse_publication_date

    default_date = None
    if date:
        try:
            default_date = parse_publication_date(date)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--date") from None
    workers = workers_for(workers, paths)
    kb = load_kb(actors)  # read here, so that a bad actor file is reported before any worker starts
    coder = None
    if engine == "local" and workers == 1:
        try:
            coder = api.make_coder(kb=kb, explain=explain, learned=learned, attach=attach,
                                   min_confidence=min_confidence, merge=merge)
        except Exception as exc:  # a missing model: say so, no traceback
            fail(str(exc))
            sys.exit(2)
    return default_date, workers, coder


@main.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@format_option("table", "json")
@click.option("--worst", type=int, default=10, show_default=True, help="How many misses to show per file.")
@actors_option
@click.option("--quad-scheme", type=click.Choice(["cameo", "plover"]), default="cameo", show_default=True,
              help="cameo: 14-20 is material conflict (the protocol); plover: PLOVER's quad table, where "
                   "SANCTION (CAMEO 16) is verbal conflict.")
@NO_MODEL
@ATTACH
@MERGE
@MIN_CONFIDENCE
def eval_command(paths, fmt, worst, actors, quad_scheme, use_model, attach, merge, min_confidence) -> None:
    """Score the coder on gold files: .tsv quad classes, .bio actor spans, .json/.jsonl PLOVER records,
    whole annotated articles (.gold.json, JSON lines of them, or a directory of them: see docs/eval.md)."""
    from detente import api
    from detente.evaluate import EvalError, evaluate
    from detente.learned import ModelMissing

    try:
        coder = api.make_coder(kb=load_kb(actors), learned=use_model, attach=attach, min_confidence=min_confidence,
                               merge=merge)
        with progress_bar("evaluating", unit="sentences") as advance:
            reports = evaluate(coder, list(paths), worst=worst, scheme=quad_scheme, progress=advance)
    except (EvalError, OSError, ModelMissing) as exc:
        fail(str(exc))
        sys.exit(2)
    if fmt == "json":
        echo_json([r.as_dict() for r in reports])
    else:
        from detente.render import print_eval

        print_eval(reports, sys.stdout)



@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for articles that carry none.")
@actors_option
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help="Refuse articles longer than this (default 1,000,000).")
@NO_MODEL
@ATTACH
@MERGE
@MIN_CONFIDENCE
@scale_options
def ingest_command(paths, db, date, actors, max_chars, use_model, attach, merge, min_confidence, workers, engine,
                   scheduler) -> None:
    """Code and store articles (txt, jsonl, json, directories, .gz); already stored ones are skipped."""
    from detente import api

    default_date, workers, coder = _prepare(date, workers, paths, engine, actors, learned=use_model,
                                           attach=attach, min_confidence=min_confidence, merge=merge)
    store = open_store(db, read_only=False)
    held = store.counts()["articles"]
    try:
        with store, progress_bar("ingesting") as advance:
            # each bad record is said as it is met (above the progress display), not after a long run
            summary = api.ingest_paths(list(paths), store, coder=coder, date=default_date, max_chars=max_chars,
                                       engine=engine, workers=workers, scheduler=scheduler, actors_file=actors,
                                       on_error=lambda where, msg: fail(f"{where}: {msg}"), progress=advance,
                                       learned=use_model, attach=attach, min_confidence=min_confidence,
                                       merge=merge)
    except KeyboardInterrupt:  # Ctrl-C: the batches committed stay, the one being written was rolled back
        with open_store(db, read_only=True) as after:
            stored = after.counts()["articles"] - held
        fail(f"interrupted: {stored} new article(s) stored in {db} (whole batches; the one being written was "
             "rolled back); run the same command again to go on where it stopped")
        sys.exit(130)
    click.echo(summary.line())
    sys.exit(1 if summary.failed else 0)



@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output."""
    from detente.schema import article_schema

    echo_json(article_schema())


if __name__ == "__main__":
    main()
