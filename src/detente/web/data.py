"""What the web app reads from the store, shaped as plain data for the API and the pages (records
go through :func:`detente.plain.plain`, the serialiser of the CLI's JSON: ISO dates, rounded floats).

Everything goes through the :class:`~detente.store.Store` API and :mod:`detente.relations`;
no SQL is written here. Functions that resolve names take the app's knowledge base (``kb``).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from urllib.parse import quote

from detente.actors.kb import KnowledgeBase
from detente.plain import plain
from detente.relations import Side, dyad, mediators, partners, resolve_side, strongest_relations
from detente.relations._index import CONFLICTUAL_QUADS, COOPERATIVE_QUADS
from detente.relations.dyad import series
from detente.store import Store, StoredEvent, StoredMention

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


class NotFound(LookupError):
    """What was asked for is not in the store; ``suggestions`` are close names that are."""

    def __init__(self, what: str, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.what, self.message, self.suggestions = what, message, suggestions or []


def q(value: object) -> str:
    """A value quoted for one URL path segment or query value."""
    return quote(str(value), safe="")


def article_href(article_id: str, sentence_index: int | None = None) -> str:
    anchor = f"#s{sentence_index}" if sentence_index is not None else ""
    return f"/articles/{q(article_id)}{anchor}"


def type_label(plover: str | None, cameo: str) -> str:
    return plover or f"CAMEO{cameo[:2]}"


# -- sides ------------------------------------------------------------------------------------
def side(store: Store, name: str, kb: KnowledgeBase) -> Side:
    """The side a user names, or :class:`NotFound` with suggestions of stored actors."""
    try:
        return resolve_side(name, kb, store=store)
    except ValueError as exc:
        raise NotFound("actor", str(exc), suggest(store, name)) from None


def suggest(store: Store, name: str, n: int = 5) -> list[str]:
    """Names (or ids) of stored actors close to ``name``."""
    candidates: dict[str, str] = {}
    for actor in store.known_actors():
        if actor.name:
            candidates.setdefault(actor.name.lower(), actor.name)
        candidates.setdefault(actor.id.lower(), actor.id)
    close = difflib.get_close_matches(" ".join(str(name).split()).lower(), list(candidates), n=n, cutoff=0.6)
    return list(dict.fromkeys(candidates[c] for c in close))


def side_dict(s: Side) -> dict:
    return {"label": s.label, "keys": sorted(s.keys), "countries": sorted(s.countries)}


# -- events -----------------------------------------------------------------------------------
def evidence_dict(mention: StoredMention | None) -> dict | None:
    if mention is None:
        return None
    return {"mention_id": mention.id, "article_id": mention.article_id, "sentence_index": mention.sentence_index,
            "sentence": mention.sentence, "trigger": mention.trigger, "title": mention.article_title,
            "url": mention.url, "href": article_href(mention.article_id, mention.sentence_index)}


def event_dict(event: StoredEvent, first: StoredMention | None = None) -> dict:
    row = plain(event)
    row["type"] = type_label(event.plover, event.cameo)
    row["evidence"] = evidence_dict(first)
    return row


def event_page(store: Store, actor_keys: list[str] | None, plover: str | None, since: dt.date | None,
               until: dt.date | None, include_negated: bool, limit: int, offset: int) -> dict:
    """One page of events, newest first; ``next_offset`` is ``None`` on the last page."""
    found = store.events(actor=actor_keys, plover=plover, since=since, until=until,
                         include_negated=include_negated, limit=limit + 1, offset=offset)
    more = len(found) > limit
    found = found[:limit]
    first = store.first_mentions(found)
    return {"items": [event_dict(e, first.get(e.id)) for e in found], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None, "total": None}


def event_detail(store: Store, event_id: str) -> dict:
    event = store.event(event_id)
    if event is None:
        raise NotFound("event", f"no event with id {event_id!r} in the store")
    mentions = store.mentions(list(event.mention_ids))
    return {"event": event_dict(event, mentions[0] if mentions else None),
            "mentions": [mention_dict(m) for m in mentions]}


def mention_dict(mention: StoredMention) -> dict:
    row = plain(mention)
    row["type"] = type_label(mention.plover, mention.cameo)
    row["href"] = article_href(mention.article_id, mention.sentence_index)
    return row


# -- articles ---------------------------------------------------------------------------------
def article(store: Store, article_id: str) -> dict:
    """An article with its text, actors (with their mentions), quotes and event mentions (with
    trigger offsets)."""
    stored = store.article(article_id)
    if stored is None:
        raise NotFound("article", f"no article with id {article_id!r} in the store")
    triggers = stored.pop("triggers")
    events = []
    for mention in store.mentions(list(triggers)):
        row = mention_dict(mention)
        row.update(triggers[mention.id])
        events.append(row)
    events.sort(key=lambda e: (e["sentence_index"], e["trigger_start"] or 0, e["id"]))
    return {**stored, "events": events}


def safe_url(url: str | None) -> str | None:
    """An article's URL when it may be a link (http or https), else ``None``."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


# -- actors, dyads, mediators, the network --------------------------------------------------------
def actor_view(store: Store, name: str, kb: KnowledgeBase, limit: int = 20, by: str = "month") -> dict:
    s = side(store, name, kb)
    found = partners(store, s, limit=limit, kb=kb)
    events = store.events(actor=sorted(s.keys | s.countries))
    mix = Counter(type_label(e.plover, e.cameo) for e in events)
    periods, undated = series(events, by)
    return {"side": side_dict(s), "events": len(events),
            "partners": [dict(plain(p), mean_goldstein=plain(p.mean_goldstein),
                              href=f"/actors/{q(p.key)}") for p in found],
            "event_mix": dict(sorted(mix.items(), key=lambda item: (-item[1], item[0]))),
            "timeline": [period_dict(p) for p in periods], "undated": period_dict(undated) if undated else None}


def period_dict(period) -> dict:
    row = plain(period)
    row["mean_goldstein"] = plain(period.mean_goldstein)
    row["cooperative"] = sum(n for quad, n in period.by_quad.items() if quad in COOPERATIVE_QUADS)
    row["conflictual"] = sum(n for quad, n in period.by_quad.items() if quad in CONFLICTUAL_QUADS)
    return row


def dyad_view(store: Store, a: str, b: str, kb: KnowledgeBase, by: str = "month", since: dt.date | None = None,
              until: dt.date | None = None) -> dict:
    side_a, side_b = side(store, a, kb), side(store, b, kb)
    result = dyad(store, side_a, side_b, by=by, since=since, until=until, kb=kb)
    periods = result.periods + ([result.undated] if result.undated else [])
    wanted = {i for p in periods for i in p.event_ids}
    chosen = [e for e in store.events(actor=sorted(side_a.keys | side_a.countries), since=since, until=until)
              if e.id in wanted]
    first = store.first_mentions(chosen)
    return {"a": side_dict(side_a), "b": side_dict(side_b), "by": by, "trend": result.trend,
            "total": result.events, "periods": [period_dict(p) for p in result.periods],
            "undated": period_dict(result.undated) if result.undated else None,
            "events": {e.id: event_dict(e, first.get(e.id)) for e in chosen}}


def mediators_view(store: Store, a: str, b: str, kb: KnowledgeBase, limit: int = 10) -> dict:
    side_a, side_b = side(store, a, kb), side(store, b, kb)
    found = mediators(store, side_a, side_b, limit=limit, kb=kb)
    ids = {ev.event_id for m in found for ev in m.evidence}
    keys = sorted(side_a.keys | side_a.countries | side_b.keys | side_b.countries)
    events = [e for e in store.events(actor=keys) if e.id in ids]
    first = store.first_mentions(events)
    out = []
    for m in found:
        row = plain(m)
        row["href"] = f"/actors/{q(m.key)}"
        for ev in row["evidence"]:
            mention = first.get(ev["event_id"])
            ev["sentence_index"] = mention.sentence_index if mention else None
            ev["href"] = article_href(ev["article_id"], ev["sentence_index"]) if ev["article_id"] else None
        out.append(row)
    return {"a": side_dict(side_a), "b": side_dict(side_b), "mediators": out}


class _Window:
    """A store seen through a period: its ``events()`` keep those that overlap it."""

    # TODO: strongest_relations(store, since=..., until=...) would make this unnecessary.
    def __init__(self, store: Store, since: dt.date | None, until: dt.date | None):
        self._store, self._since, self._until = store, since, until

    def events(self, *args, **kwargs):
        kwargs.setdefault("since", self._since)
        kwargs.setdefault("until", self._until)
        return self._store.events(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


def network(store: Store, kb: KnowledgeBase, since: dt.date | None = None, until: dt.date | None = None,
            limit: int = 100) -> dict:
    """The strongest relations of a period as a graph: actors (countries and their officials
    counted as the country) and signed edges."""
    relations = strongest_relations(_Window(store, since, until), limit=limit, by="party", kb=kb)
    nodes: dict[str, dict] = {}
    edges = []
    for r in relations:
        for key, name in ((r.a_key, r.a_name), (r.b_key, r.b_name)):
            node = nodes.setdefault(key, {"key": key, "name": name, "events": 0, "href": f"/actors/{q(key)}"})
            node["events"] += r.events
        edges.append({"a": r.a_key, "b": r.b_key, "events": r.events, "state": r.state, "trend": r.trend,
                      "goldstein": plain(r.goldstein), "mean_goldstein": plain(r.mean_goldstein),
                      "href": f"/dyad?a={q(r.a_key)}&b={q(r.b_key)}"})
    return {"since": since, "until": until,
            "nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["key"])), "edges": edges}


def recent_events(store: Store, limit: int = 20) -> list[dict]:
    found = store.events(limit=limit)
    first = store.first_mentions(found)
    return [event_dict(e, first.get(e.id)) for e in found]


def names_of(store: Store) -> dict[str, str]:
    """Display names of stored actors, by id."""
    return {a.id: a.name for a in store.known_actors() if a.name}
