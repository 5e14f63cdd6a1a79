"""What the web app reads from the store, shaped as plain data for the API and the pages (records
go through :func:`detente.plain.plain`, the serialiser of the CLI's JSON: ISO dates, rounded floats).

Everything goes through the :class:`~detente.store.Store` API and :mod:`detente.relations`;
no SQL is written here. Functions that resolve names take the app's knowledge base (``kb``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections import Counter
from urllib.parse import quote

from detente.actors.kb import KnowledgeBase
from detente.plain import plain
from detente.relations import Side, dyad, mediators, partners, resolve_side, strongest_relations
from detente.relations._index import CONFLICTUAL_QUADS, COOPERATIVE_QUADS
from detente.relations.dyad import PERIODS, series
from detente.store import Store, StoredEvent, StoredMention

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
ARTICLE_EVENTS = 100  # event mentions per page of an article (the API allows up to 500)
DYAD_EVENTS = 1000  # the latest events of a dyad listed by id
FACTS = frozenset({"asserted", "reported"})  # modalities that tell an event as having happened
HEAD_SCAN = 500  # how far down an in-memory list (split_later) the newest event told as fact is looked for
# a longer series is drawn by the next longer period (a bar of a 1,100-pixel chart stays ~8 px wide)
CHART_PERIODS = 120


def cached(function=None, *, stale: bool = False):
    """Keep ``function(store, ...)``'s result while the store is unchanged: through the
    ``store.results`` cache the web app attaches to each read (``WebState.reading``), keyed by the
    function and its arguments; called directly on a store without one, it just computes.
    ``stale=True`` (the expensive views): while an ingest job runs, an earlier version's result
    may be answered while the current one is computed (:mod:`detente.web.cache`)."""
    def wrap(function):
        @functools.wraps(function)
        def run(store, *args, **kwargs):
            results = getattr(store, "results", None)
            if results is None:
                return function(store, *args, **kwargs)
            key = (function.__name__, _hashable(args), _hashable(tuple(sorted(kwargs.items()))))
            return results(key, lambda s: function(s, *args, **kwargs), stale=stale)
        return run
    return wrap(function) if function is not None else wrap


class NotFound(LookupError):
    """What was asked for is not in the store; ``suggestions`` are close names that are."""

    def __init__(self, what: str, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.what, self.message, self.suggestions = what, message, suggestions or []


def _hashable(value):
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    try:
        hash(value)
    except TypeError:  # the app's one knowledge base (a mutable dataclass): the same object, the same key
        return ("id", id(value))
    return value


def q(value: object) -> str:
    """A value quoted for one URL path segment or query value."""
    return quote(str(value), safe="")


def article_href(article_id: str, sentence_index: int | None = None) -> str:
    anchor = f"#s{sentence_index}" if sentence_index is not None else ""
    return f"/articles/{q(article_id)}{anchor}"


def type_label(plover: str | None, cameo: str) -> str:
    return plover or f"CAMEO{cameo[:2]}"


# -- sides ------------------------------------------------------------------------------------
@cached
def side(store: Store, name: str, kb: KnowledgeBase) -> Side:
    """The side a user names, or :class:`NotFound` with suggestions of stored actors."""
    try:
        return resolve_side(name, kb, store=store)
    except ValueError as exc:
        raise NotFound("actor", str(exc), suggest(store, name)) from None


def suggest(store: Store, name: str, n: int = 5) -> list[str]:
    """Names (or ids) of stored actors close to ``name``."""
    candidates: dict[str, str] = {}
    for actor in known_actors(store):
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
            "url": mention.url, "href": article_href(mention.article_id, mention.sentence_index),
            "date_value": mention.date_value, "attribution": mention.attribution}


def event_dict(event: StoredEvent, first: StoredMention | None = None) -> dict:
    row = plain(event)
    row["type"] = type_label(event.plover, event.cameo)
    row["evidence"] = evidence_dict(first)
    return row


@cached
def event_page(store: Store, actor_keys: list[str] | None, plover: str | None, since: dt.date | None,
               until: dt.date | None, include_negated: bool, limit: int, offset: int) -> dict:
    """One page of events, newest first, those dated after the newest event told as fact last
    (:meth:`Store.events`); ``next_offset`` is ``None`` on the last page."""
    filters = {"actor": actor_keys, "plover": plover, "since": since, "until": until,
               "include_negated": include_negated}
    found = store.events(**filters, limit=limit + 1, offset=offset, later=store.newest_fact_day(**filters))
    more = len(found) > limit
    found = found[:limit]
    first = store.first_mentions(found)
    return {"items": [event_dict(e, first.get(e.id)) for e in found], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None, "total": None}


def split_later(events: list) -> tuple[list, list]:
    """``(later, rest)`` of a newest-first list of events: those dated after the newest event told
    as fact (asserted or reported) - plans, announcements, mis-dated events - come apart, so that
    they never head a list of what happened. Without such an event nothing is set apart."""
    newest = next((e.first_day for e in events[:HEAD_SCAN] if e.modality in FACTS and e.first_day), None)
    if newest is None:
        return [], list(events)
    later = [e for e in events if e.first_day is not None and e.first_day > newest]
    return later, [e for e in events if e.first_day is None or e.first_day <= newest]


@cached
def event_list(store: Store, actor_keys: list[str] | None, plover: str | None, since: dt.date | None,
               until: dt.date | None, include_negated: bool, limit: int, offset: int) -> dict:
    """A page of events newest first, as :func:`event_page`, except that the events dated after the
    newest one told as fact (:func:`split_later`) are not paged but listed apart in ``later``."""
    filters = {"actor": actor_keys, "plover": plover, "since": since, "until": until,
               "include_negated": include_negated}
    newest = store.newest_fact_day(**filters)
    later = store.events(**filters, later=newest, part="later") if newest is not None and offset == 0 else []
    found = store.events(**filters, limit=limit + 1, offset=offset, later=newest, part="rest")
    more = len(found) > limit
    shown = found[:limit] + (later if offset == 0 else [])
    first = store.first_mentions(shown)
    return {"items": [event_dict(e, first.get(e.id)) for e in found[:limit]],
            "later": [event_dict(e, first.get(e.id)) for e in later] if offset == 0 else [],
            "later_count": len(later), "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None,
            "previous_offset": max(0, offset - limit) if offset else None}


@cached
def event_detail(store: Store, event_id: str, limit: int = 100, offset: int = 0) -> dict:
    """An event and a page of its mentions (earliest first)."""
    event = store.event(event_id)
    if event is None:
        raise NotFound("event", f"no event with id {event_id!r} in the store")
    first = store.first_mentions([event]).get(event.id)
    mentions = store.mentions(list(event.mention_ids))[offset:offset + limit]
    more = offset + limit < len(event.mention_ids)
    return {"event": event_dict(event, first), "mentions": [mention_dict(m) for m in mentions],
            "limit": limit, "offset": offset, "next_offset": offset + limit if more else None}


def mention_dict(mention: StoredMention) -> dict:
    row = plain(mention)
    row["type"] = type_label(mention.plover, mention.cameo)
    row["href"] = article_href(mention.article_id, mention.sentence_index)
    return row


# -- articles ---------------------------------------------------------------------------------
@cached
def article(store: Store, article_id: str, limit: int = ARTICLE_EVENTS, offset: int = 0) -> dict:
    """An article with its text, actors (with their mentions), quotes and a page of its event
    mentions (with trigger offsets) in text order."""
    stored = store.article(article_id, limit=limit, offset=offset)
    if stored is None:
        raise NotFound("article", f"no article with id {article_id!r} in the store")
    triggers = stored.pop("triggers")
    total = stored.pop("num_mentions")
    events = []
    for mention in store.mentions(list(triggers)):
        row = mention_dict(mention)
        row.update(triggers[mention.id])
        events.append(row)
    events.sort(key=lambda e: (e["sentence_index"], e["trigger_start"] is None, e["trigger_start"] or 0, e["id"]))
    return {**stored, "events": events, "events_total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + limit < total else None}


def safe_url(url: str | None) -> str | None:
    """An article's URL when it may be a link (http or https), else ``None``."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


# -- actors, dyads, mediators, the network --------------------------------------------------------
def charted(events: list, history: bool) -> tuple[list, int]:
    """The events a chart shows and how many it leaves out: without ``history``, the events told as
    background (``historical``) and those dated after the newest event told as fact
    (:func:`split_later`), which would stretch its time axis over years nobody asked about."""
    if history:
        return list(events), 0
    later, rest = split_later(events)
    shown = [e for e in rest if not e.historical]
    return shown, len(events) - len(shown)


def fitted_series(events: list, by: str) -> tuple[str, list, object]:
    """``(by, periods, undated)``: :func:`detente.relations.dyad.series` by ``by``, or by the next
    longer period while the series has more than ``CHART_PERIODS`` periods (the year at most)."""
    order = list(PERIODS)
    while True:
        periods, undated = series(events, by)
        if len(periods) <= CHART_PERIODS or by == order[-1]:
            return by, periods, undated
        by = order[order.index(by) + 1]


def period_filter(since: dt.date | None, until: dt.date | None) -> str:
    """The query string (``since=...&until=...``, possibly empty) that keeps a page's period in its links."""
    return "&".join(f"{name}={day}" for name, day in (("since", since), ("until", until)) if day)


def _with(href: str, query: str) -> str:
    return f"{href}{'&' if '?' in href else '?'}{query}" if query else href


@cached(stale=True)
def actor_view(store: Store, name: str, kb: KnowledgeBase, limit: int = 20, by: str = "month",
               since: dt.date | None = None, until: dt.date | None = None, history: bool = True) -> dict:
    """An actor's partners, event mix and timeline over a period (all of it by default). Without
    ``history`` the events told as background and those dated after the newest fact are left out
    (counted in ``left_out``); a timeline over ``CHART_PERIODS`` periods is drawn by a longer
    period (``by`` says which)."""
    s = side(store, name, kb)
    everything = _Window(store, since, until).events(actor=sorted(s.keys | s.countries))
    events, left_out = charted(everything, history)
    shown = {e.id for e in events}
    window = _Window(store, since, until, frozenset(e.id for e in everything if e.id not in shown))
    found = partners(window, s, limit=limit, kb=kb)
    mix = Counter(type_label(e.plover, e.cameo) for e in events)
    by, periods, undated = fitted_series(events, by)
    keep = period_filter(since, until)
    latest_later, latest = split_later(everything if history else [e for e in everything if not e.historical])
    first = store.first_mentions(latest[:30] + latest_later[:30])
    by_id = {e.id: e for e in everything}
    last_of = store.first_mentions(by_id[p.last_event] for p in found if p.last_event in by_id)
    return {"side": side_dict(s), "events": len(events), "left_out": left_out, "by": by,
            "since": since, "until": until, "history": history,
            "partners": [dict(plain(p), mean_goldstein=plain(p.mean_goldstein), href=_with(f"/actors/{q(p.key)}", keep),
                              last_value=getattr(last_of.get(p.last_event or ""), "date_value", None))
                         for p in found],
            "event_mix": dict(sorted(mix.items(), key=lambda item: (-item[1], item[0]))),
            "timeline": [period_dict(p) for p in periods], "undated": period_dict(undated) if undated else None,
            "latest": [event_dict(e, first.get(e.id)) for e in latest[:30]],
            "later": [event_dict(e, first.get(e.id)) for e in latest_later[:30]]}


def period_dict(period) -> dict:
    row = plain(period)
    row["mean_goldstein"] = plain(period.mean_goldstein)
    row["cooperative"] = sum(n for quad, n in period.by_quad.items() if quad in COOPERATIVE_QUADS)
    row["conflictual"] = sum(n for quad, n in period.by_quad.items() if quad in CONFLICTUAL_QUADS)
    return row


@cached(stale=True)
def dyad_view(store: Store, a: str, b: str, kb: KnowledgeBase, by: str = "month", since: dt.date | None = None,
              until: dt.date | None = None, history: bool = True) -> dict:
    """Two sides period by period over a period. The trend is the relation's over all its events
    of the period (history included: the trend of ``detente changes`` and of every page); without
    ``history`` the periods leave out the events told as background and those dated after the
    newest fact (counted in ``left_out``)."""
    side_a, side_b = side(store, a, kb), side(store, b, kb)
    result = dyad(store, side_a, side_b, by="month", since=since, until=until, kb=kb)
    wanted = {i for p in result.periods + ([result.undated] if result.undated else []) for i in p.event_ids}
    every = [e for e in store.events(actor=sorted(side_a.keys | side_a.countries), since=since, until=until)
             if e.id in wanted]  # newest first
    events, left_out = charted(every, history)
    by, periods, undated = fitted_series(events, by)
    chosen = events[:DYAD_EVENTS]
    later = {e.id for e in split_later(chosen)[0]}
    first = store.first_mentions(chosen)
    return {"a": side_dict(side_a), "b": side_dict(side_b), "by": by, "trend": result.trend,
            "total": len(events), "left_out": left_out, "later": sorted(later),
            "periods": [period_dict(p) for p in periods],
            "undated": period_dict(undated) if undated else None,
            "events": {e.id: event_dict(e, first.get(e.id)) for e in chosen}}


@cached(stale=True)
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
    """A store seen through a period: its ``events()`` keep those that overlap it, less the events
    whose ids are in ``leave_out``."""

    # TODO: strongest_relations(store, since=..., until=...) would make this unnecessary.
    def __init__(self, store: Store, since: dt.date | None, until: dt.date | None,
                 leave_out: frozenset[str] = frozenset()):
        self._store, self._since, self._until, self._leave_out = store, since, until, leave_out

    def events(self, *args, **kwargs):
        kwargs["since"] = max((d for d in (kwargs.get("since"), self._since) if d), default=None)
        kwargs["until"] = min((d for d in (kwargs.get("until"), self._until) if d), default=None)
        found = self._store.events(*args, **kwargs)
        return [e for e in found if e.id not in self._leave_out] if self._leave_out else found

    def __getattr__(self, name):
        return getattr(self._store, name)


@cached(stale=True)
def network(store: Store, kb: KnowledgeBase, since: dt.date | None = None, until: dt.date | None = None,
            limit: int = 100) -> dict:
    """The strongest relations of a period as a graph: actors (countries and their officials
    counted as the country) and signed edges."""
    relations = strongest_relations(_Window(store, since, until), limit=limit, by="party", kb=kb)
    keep = period_filter(since, until)  # links keep the period shown
    nodes: dict[str, dict] = {}
    edges = []
    for r in relations:
        for key, name in ((r.a_key, r.a_name), (r.b_key, r.b_name)):
            node = nodes.setdefault(key, {"key": key, "name": name, "events": 0,
                                          "href": _with(f"/actors/{q(key)}", keep)})
            node["events"] += r.events
        edges.append({"a": r.a_key, "b": r.b_key, "events": r.events, "state": r.state, "trend": r.trend,
                      "goldstein": plain(r.goldstein), "mean_goldstein": plain(r.mean_goldstein),
                      "href": _with(f"/dyad?a={q(r.a_key)}&b={q(r.b_key)}", keep)})
    return {"since": since, "until": until,
            "nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["key"])), "edges": edges}


@cached
def names_of(store: Store) -> dict[str, str]:
    """Display names of stored actors, by id."""
    return {a.id: a.name for a in known_actors(store) if a.name}


@cached
def known_actors(store: Store) -> list:
    return store.known_actors()


@cached
def counts(store: Store) -> dict[str, int]:
    return store.counts()
