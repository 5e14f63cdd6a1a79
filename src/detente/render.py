"""Human-readable tables of coded articles (rich)."""

from __future__ import annotations

import json
from typing import TextIO

from detente.model import CodedArticle, Event


def plain(text) -> str:
    """Text from an article, a gold file or a user, for a rich table or line: shown as it is, never read as
    rich's markup ("[/]" in a sentence raised MarkupError, "[red]...[/red]" hid its brackets)."""
    from rich.markup import escape

    return escape(str(text))


def _who(participants) -> str:
    return " + ".join(plain(f"{p.text} [{p.code or '?'}]") for p in participants) or "-"


def _status(event: Event) -> str:
    flags = []
    if event.negated:
        flags.append("NOT")
    if event.modality != "asserted":
        flags.append(event.modality)
    if event.historical:
        flags.append("historical")
    return ", ".join(flags)


def explanation_lines(event: Event) -> list[str]:
    """The explanation of an event as lines of text (empty when the event carries none)."""
    why = event.explanation
    if why is None:
        return []
    lines = [f"lexicon: {line}" for line in why.lexicon]
    if why.frame:
        lines.append(f"frame: {why.frame}")
    lines += [f"{field}: {rule}" for field, rule in why.status.items()]
    lines += [f"side: {side}" for side in why.sides]
    lines += [f"mention: {mention}" for mention in why.mentions]
    return lines


def print_tables(results: list[CodedArticle], out: TextIO) -> None:
    """One table of events per article, then its quotes."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width), soft_wrap=False)
    for article in results:
        title = article.title or article.id
        table = Table(title=plain(f"{title}  ({article.date or 'no date'})"), show_lines=False, expand=True)
        for column in ("#", "source", "event", "target", "status", "date", "place", "according to"):
            table.add_column(column, overflow="fold")
        for event in article.events:
            attribution = ""
            if event.attribution:
                attribution = event.attribution.text + (" (anonymous)" if event.attribution.anonymous else "")
            table.add_row(str(event.sentence.index), _who(event.source),
                          f"{event.plover or 'STATEMENT'} {event.cameo}\n[dim]{plain(event.trigger.text)}[/dim]",
                          _who(event.target), _status(event),
                          plain(event.date.value or event.date.text) if event.date else "",
                          plain(event.location.text) if event.location else "", plain(attribution))
        console.print(table)
        for number, event in enumerate(article.events, 1):
            if event.explanation is not None:
                console.print(f"  why event {number} ({event.cameo} {event.trigger.text!r}):", markup=False)
                for line in explanation_lines(event):
                    console.print(f"    {line}", markup=False)
        for quote in article.quotes:
            speaker = quote.speaker.text if quote.speaker else "unknown speaker"
            console.print(f"  [italic]“{plain(quote.text[:150])}”[/italic] — {plain(speaker)}")
        console.print()


def print_eval(reports, out: TextIO) -> None:
    """Per-class precision, recall and F1, the confusion matrix, reliability and worst misses."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    for report in reports:
        if report.kind == "articles":
            _print_article_eval(report, console)
            continue
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
            console.print(f"  [red]miss[/red] {plain(json.dumps(miss, ensure_ascii=False))}", soft_wrap=True)


def _print_article_eval(report, console) -> None:
    """Whole-article scores: the figures, status fields, reliability, per article, worst misses."""
    from rich.table import Table

    c = report.counts
    console.rule(f"{report.path} (articles: {report.articles}, {c['gold_acts']} gold acts, {c['core_acts']} core, "
                 f"{report.events} output events)")
    figures = Table("figure", "value", "count", title="whole articles")
    shown = {"strict_precision": f"{c['strict']}/{c['events']}", "lenient_precision": f"{c['lenient']}/{c['events']}",
             "spurious_rate": f"{c['spurious']}/{c['events']}", "false_dyad_rate": f"{c['false_dyads']}/{c['events']}",
             "core_recall_strict": f"{c['core_found_strict']}/{c['core_acts']}",
             "core_recall_lenient": f"{c['core_found_lenient']}/{c['core_acts']}",
             "recall_strict": f"{c['acts_found_strict']}/{c['gold_acts']}",
             "recall_lenient": f"{c['acts_found_lenient']}/{c['gold_acts']}",
             "repeat_rate": f"{c['repeats']}/{c['events']}"}
    for name, value in report.metrics.items():
        figures.add_row(name.replace("_", " "), f"{value:.3f}", shown.get(name, ""))
    figures.add_row("not-event hits", "", str(c["not_event_hits"]))
    figures.add_row("statements left out", "", str(c["statements_left_out"]))
    console.print(figures)
    status = Table("field", "accuracy", "right", title="status fields (strict matches; negated: lenient)")
    for name, row in report.status.items():
        status.add_row(name, f"{row['accuracy']:.3f}", f"{row['correct']}/{row['total']}")
    console.print(status)
    rel = report.reliability
    bins = Table("confidence", "events", "strict accuracy", title="reliability")
    for row in rel["bins"]:
        bins.add_row(row["confidence"], str(row["events"]), f"{row['strict_accuracy']:.3f}")
    console.print(bins)
    console.print(f"mean confidence: right {rel['mean_confidence_right']}, wrong {rel['mean_confidence_wrong']}, "
                  f"gap {rel['gap']}")
    drop = Table("drop below", "removes wrong", "keeps right", title="dropping low-confidence events")
    for row in rel["thresholds"]:
        drop.add_row(f"{row['threshold']:g}",
                     f"{row['removes_wrong']}/{row['wrong']} ({row['removes_wrong_share']:.2f})",
                     f"{row['keeps_right']}/{row['right']} ({row['keeps_right_share']:.2f})")
    console.print(drop)
    per = Table("article", "acts", "core", "events", "strict", "lenient", "spurious", "repeats", "core found",
                title="per article")
    for row in report.per_article:
        per.add_row(plain(row["id"]), str(row["acts"]), str(row["core_acts"]), str(row["events"]), str(row["strict"]),
                    str(row["lenient"]), str(row["spurious"]), str(row["repeats"]), str(row["core_found_strict"]))
    console.print(per)
    for miss in report.missed_core:
        how = "found leniently" if miss["found_leniently"] else "missed"
        console.print(f"  [red]core act {how}[/red] " + plain(f"{miss['article']} #{miss['act']} {miss['plover']} "
                                                              f"{miss['source']} -> {miss['target']}"), soft_wrap=True)
        for sentence in miss["sentences"][:2]:
            console.print(f"      [dim]{plain(sentence)}[/dim]", soft_wrap=True)
        for event in miss["output_there"][:3]:
            console.print("      output: " + plain(f"{event['plover']} {event['cameo']} {event['source']} -> "
                                                   f"{event['target']}"), soft_wrap=True)
    if report.unknown_keys:
        console.print("  gold keys the knowledge base does not know (they match only an equal code): "
                      + plain(", ".join(f"{k['key']} ({k['uses']})" for k in report.unknown_keys)), soft_wrap=True)
    for item in report.spurious:
        label = f" (not-event: {item['not_event']!r})" if item["not_event"] else ""
        console.print("  [yellow]spurious[/yellow] " + plain(f"{item['article']} {item['plover']} {item['cameo']} "
                                                              f"{item['source']} -> {item['target']} "
                                                              f"({item['confidence']:.2f}){label}"), soft_wrap=True)
        console.print(f"      [dim]{plain(item['sentence'])}[/dim]", soft_wrap=True)


def print_stored_events(events, store, out: TextIO) -> None:
    """A table of stored events with the sentence of each one's first mention (``first_mention``, as
    the API, the pages and the exports show it), read in one query for the whole list."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    table = Table("day", "source", "event", "target", "mentions", "evidence", expand=True)
    events = list(events)
    first = store.first_mentions(events)
    for event in events:
        evidence = first.get(event.id)
        table.add_row(str(event.first_day or "?"), plain(", ".join(event.source_keys) or "-"),
                      f"{event.plover or 'STATEMENT'} {event.cameo}", plain(", ".join(event.target_keys) or "-"),
                      f"{event.num_mentions} in {event.num_articles}",
                      plain(evidence.sentence[:160]) if evidence else "")
    console.print(table)
    if not events:  # an empty table read as a fault
        console.print("  no stored event matches")


def dyad_rows(result) -> list[list]:
    """The dyad's periods as CSV rows (header first)."""
    plovers = sorted({t for p in result.periods for t in p.by_plover})
    rows = [["period", "start", "events", *plovers, "quad1", "quad2", "quad3", "quad4", "goldstein", "state"]]
    for p in result.periods:
        rows.append([p.label, p.start, p.events, *[p.by_plover.get(t, 0) for t in plovers],
                     *[p.by_quad.get(q, 0) for q in (1, 2, 3, 4)], round(p.goldstein, 2), p.state])
    return rows


def print_dyad(result, out: TextIO) -> None:
    """The dyad as a table of non-empty periods, with the trend."""
    from rich.console import Console
    from rich.table import Table

    from detente.relations.dyad import trend_text

    console = Console(file=out, width=max(100, Console(file=out).width))
    table = Table("period", "events", "by type", "quads 1/2/3/4", "Goldstein", "state",
                  title=plain(f"{result.a.label} — {result.b.label} (by {result.by}), "
                              f"trend: {trend_text(result.trend)}"))
    shown = [p for p in result.periods if p.events] + ([result.undated] if result.undated else [])
    for p in shown:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(p.by_plover.items()))
        quads = "/".join(str(p.by_quad.get(q, 0)) for q in (1, 2, 3, 4))
        table.add_row(p.label, str(p.events), kinds, quads, f"{p.goldstein:+.1f}", p.state)
    console.print(table)
    if not shown:  # an empty table read as a fault
        console.print(plain(f"  no events between {result.a.label} and {result.b.label} in the store"))


def print_partners(side, partners, out: TextIO) -> None:
    """An actor's partners."""
    from rich.console import Console
    from rich.table import Table

    table = Table("partner", "events", "cooperative", "conflictual", "Goldstein", "last",
                  title=plain(f"partners of {side.label}"))
    for p in partners:
        table.add_row(plain(p.name), str(p.events), str(p.cooperative), str(p.conflictual), f"{p.goldstein:+.1f}",
                      str(p.last_day or "?"))
    console = Console(file=out, width=max(100, Console(file=out).width))
    console.print(table)
    if not partners:  # an empty table read as a fault
        console.print(plain(f"  no events of {side.label} with another actor in the store"))


def print_mediators(a, b, found, out: TextIO) -> None:
    """Mediators with their evidence sentences."""
    from rich.console import Console

    from detente.plain import counted

    console = Console(file=out, width=max(100, Console(file=out).width))
    console.print(f"[bold]{plain(f'Possible mediators between {a.label} and {b.label}')}[/bold]")
    if not found:
        console.print("  none found in the store")
    for m in found:
        console.print(plain(f"  {m.name} ({m.key}): score {m.score:.2f}, "
                            f"{counted(m.mediation_events, 'mediation event')}, {m.with_a} with {a.label}, "
                            f"{m.with_b} with {b.label}"))
        for e in m.evidence:
            console.print(plain(f"      [{e.day or '?'}] {e.plover or e.cameo}: {e.sentence[:200]}"), soft_wrap=True)
