"""A brief: what changed between two days, short enough to read in a minute.

Sections (each item with one evidence sentence and a link into the web app):

* **turning points** dated in the span (found on the whole series up to ``until``, so that the
  state before the span is known), most confident first, at most ``limit``;
* **new relations**: pairs with at least ``MIN_NEW`` events in the span and none before it;
* **ended relations**: pairs with at least ``MIN_NEW`` events in the span of the same length just
  before, and none in the span;
* **camp moves**: parties whose camp (:func:`detente.relations.blocs.blocs` over the span) differs
  from their camp over the span before;
* **most active pairs** in the span, with their state.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from detente.plain import counted

MIN_NEW = 2
LIMIT = 5


@dataclass(frozen=True, slots=True)
class Item:
    """One line of the brief: what, the sentence that shows it, and where to look."""

    text: str
    sentence: str
    link: str


@dataclass(frozen=True, slots=True)
class Brief:
    since: dt.date
    until: dt.date
    turning_points: list[Item] = field(default_factory=list)
    new_relations: list[Item] = field(default_factory=list)
    ended_relations: list[Item] = field(default_factory=list)
    camp_moves: list[Item] = field(default_factory=list)
    active_pairs: list[Item] = field(default_factory=list)

    SECTIONS = (("turning_points", "Turning points"), ("new_relations", "New relations"),
                ("ended_relations", "Ended relations"), ("camp_moves", "Camp moves"),
                ("active_pairs", "Most active pairs"))


def _dyad_link(base: str, a: str, b: str) -> str:
    return f"{base}/dyad?{urlencode({'a': a, 'b': b})}"


def brief(store, since: dt.date, until: dt.date | None = None, *, limit: int = LIMIT,
          base_url: str = "http://127.0.0.1:8000", kb=None) -> Brief:
    """What changed from ``since`` to ``until`` (default: the store's latest day), module docstring."""
    from detente.relations.blocs import blocs, compare
    from detente.relations.changes import parties_of, turning_points
    from detente.relations.dyad import state_of_counts
    from detente.store.aggregates import pair_events, pair_period_counts

    if until is None:
        newest = store.events(limit=1)
        until = newest[0].first_day if newest and newest[0].first_day else since
        if until < since:  # the user gave no until: say what it was taken from
            raise ValueError(f"since ({since}) is after the store's newest event ({until}): nothing happened in "
                             "the span; give an earlier since")
    if until < since:
        raise ValueError(f"until ({until}) is before since ({since})")
    base = base_url.rstrip("/")
    span = until - since
    # the span before, of the same length; a span from the first centuries has one cut at 0001-01-01
    day_before = since - dt.timedelta(days=1) if since > dt.date.min else since
    before_start = day_before - span if day_before - dt.date.min > span else dt.date.min
    parties, index = parties_of(store, kb=kb)

    points = [t for t in turning_points(store, until=until, kb=kb) if since <= t.date <= until]
    points.sort(key=lambda t: (-t.confidence, t.date))
    wanted_events = {e for t in points[:limit] for e in t.evidence}

    def totals(start: dt.date | None, stop: dt.date) -> dict[tuple[str, str], list]:
        """Per pair: events, cooperative, conflictual, Goldstein sum."""
        counts = pair_period_counts(store, parties, "year", since=start, until=stop)
        out: dict[tuple[str, str], list] = {}
        for a, b, n, coop, verbal, material, goldstein in zip(
                counts["a"], counts["b"], counts["events"], counts["cooperative"], counts["verbal_conflict"],
                counts["material_conflict"], counts["goldstein"]):
            row = out.setdefault((str(a), str(b)), [0, 0, 0, 0.0])
            row[0] += int(n)
            row[1] += int(coop)
            row[2] += int(verbal + material)
            row[3] += float(goldstein)
        return out

    def state(t: list) -> str:  # as `detente relations`, the network and the dyad page say it
        return state_of_counts(*t)

    now = totals(since, until)
    ever_before = totals(None, day_before)
    just_before = totals(before_start, day_before)
    new = sorted((p for p, t in now.items() if t[0] >= MIN_NEW and p not in ever_before), key=lambda p: -now[p][0])
    ended = sorted((p for p, t in just_before.items() if t[0] >= MIN_NEW and p not in now),
                   key=lambda p: -just_before[p][0])
    active = sorted(now, key=lambda p: (-now[p][0], p))[:limit]

    windows = [(a, b, since, until) for a, b in set(new[:limit]) | set(active)]
    windows += [(a, b, before_start, day_before) for a, b in ended[:limit]]
    strongest: dict[tuple[str, str, dt.date], str] = {}
    kinds = {p: state(t) for p, t in now.items()} | {p: state(t) for p, t in just_before.items() if p not in now}
    for a, b, event_id, period, quad, _goldstein, _mentions, _ in sorted(
            pair_events(store, parties, windows, "year"), key=lambda r: (-abs(r[5]), -r[6], r[2])):
        kind = kinds.get((a, b))
        if kind == "cooperative" and quad not in (1, 2) or kind == "conflictual" and quad not in (3, 4):
            continue  # the sentence shows the pair's state
        strongest.setdefault((a, b, since if since <= period <= until else before_start), event_id)
    wanted_events |= set(strongest.values())
    events = [e for e in (store.event(i) for i in sorted(wanted_events)) if e is not None]
    mentions = store.first_mentions(events)
    day_of = {e.id: e.first_day for e in events}

    def sentence(event_id: str | None) -> str:
        mention = mentions.get(event_id) if event_id else None
        return mention.sentence if mention is not None else ""

    name = index.name
    out = Brief(since=since, until=until)
    for t in points[:limit]:
        out.turning_points.append(Item(
            f"{t.a} – {t.b}: {t.kind} in {t.period} ({t.before.state} → {t.after.state}, "
            f"confidence {t.confidence:.2f})",
            sentence(next((e for e in t.evidence if day_of.get(e) and day_of[e] >= t.date), None)),
            _dyad_link(base, t.a_key, t.b_key)))
    for a, b in new[:limit]:
        out.new_relations.append(Item(f"{name(a)} – {name(b)}: {counted(now[(a, b)][0], 'event')}, "
                                      f"{state(now[(a, b)])}",
                                      sentence(strongest.get((a, b, since))), _dyad_link(base, a, b)))
    for a, b in ended[:limit]:
        out.ended_relations.append(Item(
            f"{name(a)} – {name(b)}: {counted(just_before[(a, b)][0], 'event')} in the span before, none since",
            sentence(strongest.get((a, b, before_start))), _dyad_link(base, a, b)))
    previous = blocs(store, by=None, since=before_start, until=day_before, kb=kb)
    current = blocs(store, by=None, since=since, until=until, kb=kb)
    if previous and current:
        for move in compare(previous[0], current[0])[:limit]:
            camp = next(c for c in current[0].camps if c.number == move.to_camp)
            others = [n for n in camp.names if n != move.name]
            with_whom = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
            out.camp_moves.append(Item(f"{move.name} moved to the camp of {with_whom or 'no one else'}", "",
                                       f"{base}/actors/{quote(move.key)}"))
    for a, b in active:
        out.active_pairs.append(Item(f"{name(a)} – {name(b)}: {counted(now[(a, b)][0], 'event')}, "
                                     f"{state(now[(a, b)])}",
                                     sentence(strongest.get((a, b, since))), _dyad_link(base, a, b)))
    return out


_MARKDOWN = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                           **{c: "\\" + c for c in "\\`*_[]#"}})


def markdown_text(text: str) -> str:
    """Article text as Markdown that reads as the text itself: one line, no HTML, no links or emphasis
    (evidence sentences come from untrusted articles, and Markdown renderers pass HTML through)."""
    return " ".join(text.split()).translate(_MARKDOWN)


def to_markdown(result: Brief) -> str:
    """The brief as Markdown."""
    lines = [f"# What changed, {result.since.isoformat()} to {result.until.isoformat()}", ""]
    for attr, title in Brief.SECTIONS:
        items = getattr(result, attr)
        lines.append(f"## {title}")
        if not items:
            lines += ["", "None.", ""]
            continue
        lines.append("")
        for item in items:
            lines.append(f"- [{item.text}]({item.link})")
            if item.sentence:
                lines.append(f"  > {markdown_text(item.sentence)}")
        lines.append("")
    return "\n".join(lines)


def to_html(result: Brief) -> str:
    """The brief as a standalone HTML page."""
    esc = html.escape
    title = f"What changed, {result.since.isoformat()} to {result.until.isoformat()}"
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
             "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}"
             "blockquote{margin:.2rem 0 .6rem 1rem;color:#444;font-style:italic}</style></head><body>",
             f"<h1>{esc(title)}</h1>"]
    for attr, heading in Brief.SECTIONS:
        items = getattr(result, attr)
        parts.append(f"<h2>{esc(heading)}</h2>")
        if not items:
            parts.append("<p>None.</p>")
            continue
        parts.append("<ul>")
        for item in items:
            quote_html = f"<blockquote>{esc(item.sentence)}</blockquote>" if item.sentence else ""
            parts.append(f"<li><a href=\"{esc(item.link)}\">{esc(item.text)}</a>{quote_html}</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
