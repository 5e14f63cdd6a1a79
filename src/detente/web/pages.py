"""Server-rendered pages. Charts are drawn by static scripts (no inline script: the CSP forbids
it) from the JSON of the API, whose URL each page gives in a ``data-src`` attribute."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from detente.relations.dyad import PERIODS
from detente.web import data, views
from detente.web.app import WebError, WebState, stale_headers, swagger_dir

router = APIRouter(include_in_schema=False)
MAX_SPLITS = 8  # readings of a search as two names that are tried (_pairs)
_PAIR = re.compile(r"\s*(?:,|;|/|&|\|| vs\.? | versus | and | - | – | — )\s*", re.IGNORECASE)


def _state(request: Request) -> WebState:
    return request.app.state.detente


def render_page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    context.setdefault("query", "")
    return _state(request).templates.TemplateResponse(request, template, context, status_code=status)


def form_day(value: str | None, name: str) -> dt.date | None:
    """A date from a form field: empty means none; anything but YYYY-MM-DD is a 422."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise WebError(422, "invalid parameters", f"{name} must be a date written YYYY-MM-DD, not {value!r}") from None


HOME_EVENTS = 50  # events a page of the home page lists


def _flag(value: str | None) -> bool:
    """A checkbox or link flag: ``1``, ``true``, ``on`` or ``yes`` is set."""
    return (value or "").strip().lower() in ("1", "true", "on", "yes")


def _period(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    since_day, until_day = form_day(since, "since"), form_day(until, "until")
    if since_day and until_day and since_day > until_day:
        raise WebError(422, "invalid parameters", f"since ({since_day}) is after until ({until_day})")
    return since_day, until_day


def _query(**params) -> str:
    """A query string of the parameters that are set (``None``, ``""`` and ``False`` are left out)."""
    return urlencode({k: (str(v) if v is not True else "1") for k, v in params.items() if v not in (None, "", False)})


@router.get("/", response_class=HTMLResponse)
def home(request: Request, actor: str = "", type: str = "", since: str | None = None, until: str | None = None,
         negated: str | None = None, offset: str | None = None):
    """The events of the store, a page at a time, newest first, filtered by actor, type, period and
    negation; events dated after the newest fact are listed apart on the first page."""
    from detente.events.cameo import PLOVER_TYPES
    from detente.web.api import plover_param

    since_day, until_day = _period(since, until)
    plover = plover_param(type[:20])
    try:
        start = int(offset) if offset and offset.strip() else 0
    except ValueError:
        raise WebError(422, "invalid parameters", f"offset must be a number, not {offset!r}") from None
    if not 0 <= start <= 100_000_000:
        raise WebError(422, "invalid parameters", "offset must be between 0 and 100,000,000")
    actor, with_negated = " ".join(actor.split())[:200], _flag(negated)
    state = _state(request)
    with state.reading() as store:
        keys = None
        if actor:
            chosen = data.side(store, actor, state.kb)
            keys = sorted(chosen.keys | chosen.countries)
        listed = data.event_list(store, keys, plover, since_day, until_day, with_negated, HOME_EVENTS, start)
        counts = data.counts(store)
        names = data.names_of(store)
        top = data.known_actors(store)[:12]
    filters = {"actor": actor, "type": type.strip()[:20], "since": since_day, "until": until_day,
               "negated": with_negated}
    pages = {name: "/?" + _query(**filters, offset=value or None)
             for name, value in (("newer", listed["previous_offset"]), ("older", listed["next_offset"]))
             if value is not None}
    return render_page(request, "index.html", counts=counts, listed=listed, events=listed["items"], names=names,
                   top=top, filters=filters, filtered=any(filters.values()), pages=pages, types=PLOVER_TYPES)


@router.get("/search")
def search(request: Request, q: str = ""):
    """One name goes to its actor page; two names ("Kenya, Uganda", "Kenya vs Uganda") to their dyad."""
    query = " ".join(q.split())[:400]
    if not query:
        return RedirectResponse("/", status_code=303)
    state = _state(request)
    with state.reading() as store:
        try:
            data.side(store, query, state.kb)
            return RedirectResponse(f"/actors/{data.q(query)}", status_code=303)
        except data.NotFound as exc:
            first_error = exc
        pair_error = None
        for a, b in _pairs(query):  # "Bosnia and Herzegovina, Serbia": try each separator
            try:
                data.side(store, a, state.kb)
                data.side(store, b, state.kb)
            except data.NotFound as exc:
                pair_error = pair_error or exc
                continue
            return RedirectResponse(f"/dyad?a={data.q(a)}&b={data.q(b)}", status_code=303)
    raise pair_error or first_error


def _pairs(query: str) -> list[tuple[str, str]]:
    """The ways to read ``query`` as two names split at one separator: commas, "vs" and the like
    first, "and" and dashes (which names can hold) last; at most ``MAX_SPLITS`` of them (two names
    hold few separators, and each reading costs a look-up: a query of 200 commas took seconds)."""
    weak = {"and", "&", "-", "–", "—"}
    found = [(query[:m.start()].strip(), query[m.end():].strip(), m.group().strip().lower() in weak)
             for m in _PAIR.finditer(query)]
    pairs = [(a, b) for a, b, _ in sorted(found, key=lambda f: f[2]) if a and b]
    return list(dict.fromkeys(pairs))[:MAX_SPLITS]


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, explain: bool = False):
    if "\x00" in article_id:
        raise data.NotFound("article", "no article with that id in the store")
    with _state(request).reading() as store:
        article = data.article(store, article_id)
        names = data.names_of(store)
    sentences = views.article_sentences(article)
    why = _explanations(request, article) if explain else {}
    return render_page(request, "article.html", article=article, sentences=sentences, names=names, why=why)


def _explanations(request: Request, article: dict) -> dict[tuple, list[str]]:
    """Re-code the stored text with an explaining coder: the explanation of each event by
    (sentence, trigger offset, CAMEO code), as the article page lists them."""
    from detente.model import Article
    from detente.render import explanation_lines

    day = dt.date.fromisoformat(str(article["date"])[:10]) if article.get("date") else None
    with _state(request).coding() as coder:
        coded = coder.explaining().code(Article(text=article["text"], id=article["id"], title=article.get("title"),
                                                date=day, source=article.get("source"), url=article.get("url")))
    return {(e.sentence.index, e.trigger.start, e.cameo): explanation_lines(e) for e in coded.events}


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(request: Request, name: str, since: str | None = None, until: str | None = None, by: str = "month",
               history: str | None = None):
    since_day, until_day = _period(since, until)
    if by not in PERIODS:
        raise WebError(422, "invalid parameters", f"by must be one of {', '.join(PERIODS)}")
    shown = _flag(history)
    state = _state(request)
    with state.reading() as store:
        view = data.actor_view(store, name[:200], state.kb, limit=30, by=by, since=since_day, until=until_day,
                               history=shown)
        names = data.names_of(store)
    keep = data.period_filter(since_day, until_day)
    api = f"/api/actors/{data.q(name)}?" + _query(limit=30, by=view["by"], since=since_day, until=until_day,
                                                   history="true" if shown else "false")
    page = render_page(request, "actor.html", name=name, view=view, events=view["latest"], later=view["later"],
                   names=names, query=name, api=api, since=since_day, until=until_day, by=by, shown_by=view["by"],
                   periods_all=PERIODS, history=shown, keep=keep,
                   toggle=f"/actors/{data.q(name)}?" + _query(since=since_day, until=until_day, by=by,
                                                               history=not shown))
    page.headers.update(stale_headers(store))
    return page


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request, a: str = "", b: str = "", by: str = "month", since: str | None = None,
              until: str | None = None, history: str | None = None):
    if not a.strip() or not b.strip():
        raise WebError(422, "invalid parameters", "name two actors: /dyad?a=Kenya&b=Uganda")
    if by not in PERIODS:
        raise WebError(422, "invalid parameters", f"by must be one of {', '.join(PERIODS)}")
    since_day, until_day = _period(since, until)
    shown = _flag(history)
    a, b = a[:200], b[:200]
    state = _state(request)
    with state.reading() as store:
        try:
            view = data.dyad_view(store, a, b, state.kb, by=by, since=since_day, until=until_day, history=shown)
        except ValueError as exc:
            raise WebError(422, "invalid parameters", str(exc)) from None
        found = data.mediators_view(store, a, b, state.kb, limit=10)
        names = data.names_of(store)
    periods = [p for p in view["periods"] if p["events"]] + ([view["undated"]] if view["undated"] else [])
    for period in periods:
        period["event_list"] = [view["events"][i] for i in period["event_ids"] if i in view["events"]]
    pair = {"a": a, "b": b}
    keep = data.period_filter(since_day, until_day)
    page = render_page(request, "dyad.html", a=a, b=b, by=by, shown_by=view["by"], view=view, periods=periods,
                   mediators=found["mediators"], names=names, query=f"{a}, {b}", periods_all=PERIODS,
                   since=since_day, until=until_day, history=shown, keep=keep,
                   by_links={p: "/dyad?" + _query(**pair, by=p, since=since_day, until=until_day, history=shown)
                             for p in PERIODS},
                   toggle="/dyad?" + _query(**pair, by=by, since=since_day, until=until_day, history=not shown),
                   api="/api/dyad?" + _query(**pair, by=by, since=since_day, until=until_day,
                                             history="true" if shown else "false"))
    page.headers.update(stale_headers(store))
    return page


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, since: str | None = None, until: str | None = None, limit: str | None = None):
    since_day, until_day = _period(since, until)
    try:
        edges = min(max(int(limit), 1), 1000) if limit else 60
    except ValueError:
        raise WebError(422, "invalid parameters", "limit must be a number") from None
    state = _state(request)
    with state.reading() as store:
        graph = data.network(store, state.kb, since_day, until_day, edges)
    params = "&".join(f"{k}={v}" for k, v in (("since", since_day), ("until", until_day), ("limit", edges)) if v)
    page = render_page(request, "network.html", graph=graph, node_names={n["key"]: n["name"] for n in graph["nodes"]},
                   since=since_day, until=until_day, limit=edges,
                   api=f"/api/network?{params}",
                   camps_api="/api/blocs?" + "&".join(f"{k}={v}" for k, v in (("since", since_day),
                                                                               ("until", until_day)) if v))
    page.headers.update(stale_headers(store))
    return page


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request):
    """Swagger UI over /openapi.json, served by the app itself (no CDN, no inline script)."""
    return render_page(request, "docs.html", swagger=swagger_dir() is not None)
