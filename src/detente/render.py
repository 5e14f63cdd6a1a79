"""Human-readable tables of coded articles (rich)."""

from __future__ import annotations

import json
from typing import TextIO

from detente.model import CodedArticle, Event


def _who(participants) -> str:
    return " + ".join(f"{p.text} [{p.code or '?'}]" for p in participants) or "-"


def _status(event: Event) -> str:
    flags = []
    if event.negated:
        flags.append("NOT")
    if event.modality != "asserted":
        flags.append(event.modality)
    if event.historical:
        flags.append("historical")
    return ", ".join(flags)


def print_tables(results: list[CodedArticle], out: TextIO) -> None:
    """One table of events per article, then its quotes."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width), soft_wrap=False)
    for article in results:
        title = article.title or article.id
        table = Table(title=f"{title}  ({article.date or 'no date'})", show_lines=False, expand=True)
        for column in ("#", "source", "event", "target", "status", "date", "place", "according to"):
            table.add_column(column, overflow="fold")
        for event in article.events:
            attribution = ""
            if event.attribution:
                attribution = event.attribution.text + (" (anonymous)" if event.attribution.anonymous else "")
            table.add_row(str(event.sentence.index), _who(event.source),
                          f"{event.plover or 'STATEMENT'} {event.cameo}\n[dim]{event.trigger.text}[/dim]",
                          _who(event.target), _status(event), event.date.value or event.date.text if event.date else "",
                          event.location.text if event.location else "", attribution)
        console.print(table)
        for quote in article.quotes:
            speaker = quote.speaker.text if quote.speaker else "unknown speaker"
            console.print(f"  [italic]“{quote.text[:150]}”[/italic] — {speaker}")
        console.print()


def print_eval(reports, out: TextIO) -> None:
    """Per-class precision, recall and F1, the confusion matrix, reliability and worst misses."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    for report in reports:
        console.rule(f"{report.path} ({report.kind}, {report.sentences} sentences)")
        console.print("  ".join(f"{k}: [bold]{v}[/bold]" for k, v in report.metrics.items()))
        table = Table("class", "precision", "recall", "F1", "support")
        for name, prf in report.per_class.items():
            table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.tp + prf.fn))
        console.print(table)
        if report.confusion:
            matrix = Table("gold \\ predicted", *[k.split()[-1] for k in next(iter(report.confusion.values()))])
            for gold, row in report.confusion.items():
                matrix.add_row(gold.split()[-1], *[str(v) for v in row.values()])
            console.print(matrix)
        if report.reliability:
            reliability = Table("confidence", "events", "accuracy", title="reliability")
            for row in report.reliability:
                reliability.add_row(row["confidence"], str(row["events"]), f"{row['accuracy']:.3f}")
            console.print(reliability)
        for miss in report.misses:
            console.print(f"  [red]miss[/red] {json.dumps(miss, ensure_ascii=False)}", soft_wrap=True)


def print_stored_events(events, store, out: TextIO) -> None:
    """A table of stored events with their first evidence sentence."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    table = Table("day", "source", "event", "target", "mentions", "evidence", expand=True)
    for event in events:
        evidence = store.mentions(event.mention_ids[:1])
        table.add_row(str(event.first_day or "?"), ", ".join(event.source_keys) or "-",
                      f"{event.plover or 'STATEMENT'} {event.cameo}", ", ".join(event.target_keys) or "-",
                      f"{event.num_mentions} in {event.num_articles}",
                      evidence[0].sentence[:160] if evidence else "")
    console.print(table)
