"""The ``detente`` commands that read the store: events, export, dyad, actor, mediators, relations,
changes, blocs, brief and serve (``detente.cli`` adds them to the command group)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from detente.cli_common import (
    DB_OPTION,
    MIN_CONFIDENCE,
    actors_option,
    check_output,
    echo_json,
    fail,
    format_option,
    load_kb,
    open_store,
    sink,
    to_stdout,
)


@click.command("events")
@DB_OPTION
@click.option("--actor", "actor_names", multiple=True,
              help="An actor (name, code or id) on either side; repeatable: the events of any of them.")
@click.option("--type", "event_type", help="A PLOVER type (CONSULT) or a CAMEO code prefix (04).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--id", "event_ids", multiple=True,
              help="An event id (the evidence of `detente changes`, `mediators --format json`); repeatable: "
                   "these events, whatever the other options.")
@format_option("table", "json", "jsonl")
@actors_option
def events_command(db, actor_names, event_type, since, until, limit, event_ids, fmt, actors) -> None:
    """List stored events (merged across articles), newest first; those dated after the newest event
    told as fact (plans, announcements) last, as the web app lists them."""
    from detente import api
    from detente.store import event_type as read_type

    since, until = _span(since, until)
    try:
        plover = read_type(event_type)
    except ValueError as exc:
        fail(str(exc))
        sys.exit(2)
    kb = load_kb(actors) if actor_names or actors else None  # only names need it; a given file is checked
    with open_store(db, read_only=True) as store:
        try:
            keys = api.side_keys(store, list(actor_names), kb) if kb is not None else None
        except ValueError as exc:
            fail(str(exc))
            sys.exit(2)
        if event_ids:
            found = {i: store.event(i) for i in dict.fromkeys(event_ids)}
            if missing := [i for i, e in found.items() if e is None]:
                fail(f"no event with id {', '.join(map(repr, missing))} in {db}")
                sys.exit(2)
            events = [e for e in found.values() if e is not None]
        else:
            filters = {"actor": keys, "plover": plover, "since": since, "until": until}
            # as /api/events and the pages: events dated after the newest one told as fact (plans, mis-dated
            # events) come last, never at the head of what happened
            events = store.events(**filters, limit=limit, later=store.newest_fact_day(**filters))
        if fmt == "table":
            from detente.render import print_stored_events

            print_stored_events(events, store, sys.stdout)
            return
        if fmt == "json":
            echo_json(events)
        else:
            from detente.plain import dumps_line

            for event in events:
                click.echo(dumps_line(event))


@click.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]), required=True)
@click.option("--table", default="events", show_default=True,
              type=click.Choice(["events", "mentions", "articles", "actors", "quotes"]),
              help="Which table (gdelt: events only).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write; - is stdout (the summary line then goes to stderr).")
@actors_option
def export_command(db, fmt, table, output, actors) -> None:
    """Write a table of the store to parquet, csv, jsonl, or a GDELT 2.0 event-table-shaped TSV."""
    import shutil
    import tempfile

    from detente.export import export
    from detente.plain import counted

    check_output(output)
    kb = load_kb(actors)
    with open_store(db, read_only=True) as store, tempfile.TemporaryDirectory(prefix="detente-export-") as folder:
        target = Path(folder) / f"export.{fmt}" if to_stdout(output) else output
        try:
            rows = export(store, target, fmt, table, kb=kb)
        except (ValueError, OSError) as exc:
            fail(str(exc))
            sys.exit(2)
        # the gdelt format leaves the negated events out (docs/store.md): say how many, or the counts disagree
        left_out = store.count_events(include_negated=True) - store.count_events() if fmt == "gdelt" else 0
        if target is not output:  # stdout: the written file, byte for byte
            with target.open("rb") as written:
                shutil.copyfileobj(written, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    note = f"; {counted(left_out, 'negated event')} left out, as GDELT has no negation" if left_out else ""
    click.echo(f"{rows} rows of {table} written to {'stdout' if to_stdout(output) else output} ({fmt}){note}",
               err=to_stdout(output))


def _on_sides(db, actors, names, query):
    """Resolve ``names`` to sides in the store at ``db`` and run ``query(store, *sides, kb=kb)`` on them.

    The shared shape of the commands that ask about given actors (dyad, actor, mediators): the
    sides and the query's result; a name that resolves to no actor, or two names of one side (the
    query's ValueError), exit with status 2.
    """
    from detente.relations import resolve_side

    kb = load_kb(actors)
    with open_store(db, read_only=True) as store:
        try:
            sides = [resolve_side(name, kb, store=store) for name in names]
            return sides, query(store, *sides, kb=kb)
        except ValueError as exc:  # no such actor, or the same one twice
            fail(str(exc))
            sys.exit(2)


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--by", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month",
              show_default=True)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@format_option("table", "json", "csv")
@actors_option
def dyad_command(a, b, db, by, since, until, fmt, actors) -> None:
    """A pair of actors through time: events per period by type and quad class, Goldstein sum, state
    (over a span with --since/--until, as the web app's dyad page)."""
    from detente.relations import dyad
    from detente.render import dyad_rows, print_dyad

    first, last = _span(since, until)
    _, result = _on_sides(db, actors, [a, b], lambda store, x, y, kb: dyad(store, x, y, by=by, since=first,
                                                                           until=last, kb=kb))
    if fmt == "table":
        print_dyad(result, sys.stdout)
    elif fmt == "json":
        echo_json(result)
    else:
        import csv

        writer = csv.writer(sys.stdout)
        for row in dyad_rows(result):
            writer.writerow(row)


@click.command("actor")
@click.argument("name")
@DB_OPTION
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@format_option("table", "json")
@actors_option
def actor_command(name, db, limit, fmt, actors) -> None:
    """An actor's partners, most active first."""
    from detente.relations import partners
    from detente.render import print_partners

    [side], found = _on_sides(db, actors, [name], lambda store, x, kb: partners(store, x, limit=limit, kb=kb))
    if fmt == "json":
        echo_json(found)
    else:
        print_partners(side, found, sys.stdout)


@click.command("mediators")
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@format_option("table", "json")
@actors_option
def mediators_command(a, b, db, limit, fmt, actors) -> None:
    """Third parties ranked by evidence that they could bridge A and B, with that evidence."""
    from detente.relations import mediators
    from detente.render import print_mediators

    (side_a, side_b), found = _on_sides(
        db, actors, [a, b], lambda store, x, y, kb: mediators(store, x, y, limit=limit, kb=kb))
    if fmt == "json":
        echo_json(found)
    else:
        print_mediators(side_a, side_b, found, sys.stdout)


@click.command("relations")
@DB_OPTION
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--by", type=click.Choice(["party", "actor"]), default="party", show_default=True,
              help="party: officials and state bodies count as their country, members as their group (as the "
                   "web app's network); actor: every actor apart (Putin and the Russian government are two).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@format_option("table", "json")
@actors_option
def relations_command(db, limit, by, since, until, fmt, actors) -> None:
    """The strongest relations in the store (or in a span, as the web app's network), one pair a line,
    with their state and trend."""
    from detente.relations import strongest_relations

    first, last = _span(since, until)
    kb = load_kb(actors)
    with open_store(db, read_only=True) as store:
        found = strongest_relations(store, limit=limit, by=by, since=first, until=last, kb=kb)
    if fmt == "json":
        echo_json(found)
        return
    from detente.plain import counted
    from detente.relations.dyad import trend_text

    for r in found:
        click.echo(f"{r.a_name} -- {r.b_name}: {counted(r.events, 'event')}, {r.state}, Goldstein {r.goldstein:+.1f}, "
                   f"trend {trend_text(r.trend)}")


def _day(value):
    return value.date() if value else None


def _span(since, until) -> tuple:
    """The days of ``--since`` and ``--until``; a span that ends before it starts ends the run (exit 2)
    rather than listing nothing."""
    first, last = _day(since), _day(until)
    if first and last and first > last:
        fail(f"--since {first} is after --until {last}: nothing lies between them")
        sys.exit(2)
    return first, last


def _rows_out(rows: list[dict], fmt: str, columns: list[str], none: str = "") -> None:
    """Rows as a JSON list, CSV (the given columns) or an aligned table; a table without rows says
    ``none`` on stderr (a bare header read as a fault)."""
    if fmt == "json":
        echo_json(rows)
        return
    flat = [{c: row.get(c) for c in columns} for row in rows]
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(flat)
        return
    if not flat and none:
        fail(none)
    widths = {c: max([len(c)] + [len(str(r[c])) for r in flat]) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    for row in flat:
        click.echo("  ".join(str(row[c]).ljust(widths[c]) for c in columns))


PERIOD_CHOICE = click.Choice(["week", "month", "quarter", "year"])


@click.command("changes")
@DB_OPTION
@click.option("--actor", "actor_names", multiple=True,
              help="Keep the pairs with this actor (name, code or id); given twice or more: the pairs between them.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@click.option("--by", type=PERIOD_CHOICE, default="month", show_default=True)
@click.option("--min-events", type=click.IntRange(min=1), default=3, show_default=True,
              help="Pairs with fewer dated events are skipped.")
@format_option("table", "json", "csv")
@actors_option
def changes_command(db, actor_names, since, until, by, min_events, fmt, actors) -> None:
    """Turning points: where relations broke, mended, escalated or de-escalated, with evidence."""
    from detente.relations.changes import turning_points

    since, until = _span(since, until)

    def query(store, *sides, kb):
        return turning_points(store, list(sides) or None, by=by, since=since, until=until,
                              min_events=min_events, kb=kb)

    _, found = _on_sides(db, actors, list(actor_names), query)
    rows = [t.to_dict() for t in found]
    if fmt != "json":
        for row in rows:
            row["before"], row["after"] = row["before"]["state"], row["after"]["state"]
            row["evidence"] = " ".join(row["evidence"])
    _rows_out(rows, fmt, ["date", "period", "a", "b", "kind", "before", "after", "confidence", "evidence"],
              none=f"no turning point: no pair with {min_events} or more dated events changed in the span")


@click.command("blocs")
@DB_OPTION
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this day.")
@click.option("--by", type=click.Choice(["week", "month", "quarter", "year", "all"]), default="year",
              show_default=True, help="One set of camps per period (all: one for the whole span).")
@click.option("--min-events", type=click.IntRange(min=1), default=2, show_default=True,
              help="Pairs with fewer events in a period are no tie.")
@format_option("table", "json", "csv")
@actors_option
def blocs_command(db, since, until, by, min_events, fmt, actors) -> None:
    """Camps (signed spectral clustering), who moved between them, and the bridges, per period."""

    from detente.relations.blocs import blocs

    since, until = _span(since, until)
    kb = load_kb(actors)
    with open_store(db, read_only=True) as store:
        periods = blocs(store, by=None if by == "all" else by, since=since, until=until,
                        min_events=min_events, kb=kb)
    if fmt == "json":
        echo_json(periods)
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
    _rows_out(rows, fmt, ["period", "camp", "actor", "key", "moved_from", "bridge"],
              none=f"no camps: no pair has {min_events} or more events in a period of the span")


@click.command("brief")
@DB_OPTION
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), required=True, help="The first day of the span.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="The last day (default: the store's latest event).")
@format_option("md", "html")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of stdout; - is stdout.")
@click.option("--base-url", default="http://127.0.0.1:8000", show_default=True,
              help="Where the web app is served, for links.")
@actors_option
def brief_command(db, since, until, fmt, output, base_url, actors) -> None:
    """What changed in a span: turning points, new and ended relations, camp moves, busiest pairs."""
    from detente.relations.brief import brief, to_html, to_markdown

    check_output(output)
    kb = load_kb(actors)
    with open_store(db, read_only=True) as store:
        try:
            result = brief(store, _day(since), _day(until), base_url=base_url, kb=kb)
        except ValueError as exc:
            fail(str(exc))
            sys.exit(2)
    with sink(output) as out:
        out.write((to_html if fmt == "html" else to_markdown)(result) + "\n")


@click.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--max-body", type=click.IntRange(min=1), default=2_000_000, show_default=True,
              help="Largest request body, in bytes (at least 1).")
@actors_option
@MIN_CONFIDENCE
def serve_command(db, host, port, max_body, actors, min_confidence) -> None:
    """Serve the web app and HTTP API over the store (writing endpoints need DETENTE_TOKEN);
    a missing database is created empty."""
    from detente.store import SchemaOutdated, Store, StoreError, StoreLocked
    from detente.web import serve

    kb = load_kb(actors)
    if not db.exists():
        open_store(db, read_only=False).close()
        fail(f"{db}: no database here, so an empty one was created; fill it with "
              f"`detente ingest FILES --db {db}` (stop the server first) or POST /api/articles")
    else:  # a file that is no detente database (a typo: --db README.md) is said now, not as a 503 on every page
        try:
            Store.open(db, read_only=True).close()
        except (StoreLocked, SchemaOutdated):  # in use by an ingest, or upgraded on the first write: served
            pass
        except StoreError as exc:
            fail(str(exc))
            sys.exit(1)
    try:
        serve(db, host=host, port=port, max_body=max_body, kb=kb, min_confidence=min_confidence)
    except OSError as exc:  # the address: a port another server holds, a host that is not this machine's
        import errno
        import os

        hint = {errno.EADDRINUSE: "another server holds it: stop it, or choose another --port",
                errno.EADDRNOTAVAIL: "not an address of this machine: --host 127.0.0.1 serves this machine, "
                                     "0.0.0.0 every network"}.get(exc.errno or 0, "")
        fail(f"cannot listen on {host}:{port}: {os.strerror(exc.errno) if exc.errno else exc}"
             + (f" ({hint})" if hint else ""))
        sys.exit(1)



COMMANDS = (events_command, export_command, dyad_command, actor_command, mediators_command, relations_command,
            changes_command, blocs_command, brief_command, serve_command)
