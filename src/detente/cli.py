"""The ``detente`` command line: a thin shell over the library."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import click

from detente import __version__


def _fail(message: str) -> None:
    click.echo(f"detente: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
def main() -> None:
    """Code international news into political event data (CAMEO, PLOVER)."""


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for articles that carry none.")
@click.option("--actors", "actors", type=click.Path(dir_okay=False, path_type=Path),
              help="A JSON-lines file of actors that adds to or overrides the knowledge base.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--max-chars", type=int, default=None, help="Refuse articles longer than this (default 1,000,000).")
def code_command(paths, date, actors, fmt, output, max_chars) -> None:
    """Code articles: PATH is a .txt article, a .jsonl/.json file of articles, a directory, or - for stdin."""
    from detente import api
    from detente.events.dates import parse_publication_date

    default_date = None
    if date:
        try:
            default_date = parse_publication_date(date)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--date") from None
    try:
        coder = api.make_coder(actors_file=actors)
    except Exception as exc:  # a bad actors file or a missing model: say so, no traceback
        _fail(str(exc))
        sys.exit(2)
    failures = 0
    results = []
    stream = api.code_paths(list(paths), coder=coder, date=default_date, max_chars=max_chars)
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
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--worst", type=int, default=10, show_default=True, help="How many misses to show per file.")
@click.option("--actors", "actors", type=click.Path(dir_okay=False, path_type=Path),
              help="A JSON-lines or Phoenix actor file that adds to or overrides the knowledge base.")
@click.option("--quad-scheme", type=click.Choice(["cameo", "plover"]), default="cameo", show_default=True,
              help="cameo: 14-20 is material conflict (the protocol); plover: PLOVER's quad table, where "
                   "SANCTION (CAMEO 16) is verbal conflict.")
def eval_command(paths, fmt, worst, actors, quad_scheme) -> None:
    """Score the coder on gold files: .tsv quad classes, .bio actor spans, .json/.jsonl PLOVER records."""
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


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output."""
    from detente.schema import article_schema

    click.echo(json.dumps(article_schema(), indent=2))


if __name__ == "__main__":
    main()
