"""The HTTP API (``/api``): code text, ingest articles, read events, articles, actors, dyads,
mediators and the network, export tables. Every route is a plain ``def``: FastAPI runs it in
a worker thread, as DuckDB and spaCy block."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from detente.io import DEFAULT_MAX_CHARS, InputError, article_from_record
from detente.plain import plain
from detente.web import data
from detente.web.app import WebError, WebState, stale_headers
from detente.web.guard import token_error
from detente.web.models import (
    ActorView,
    CodedArticleModel,
    CodeRequest,
    DyadView,
    ErrorBody,
    EventDetail,
    EventList,
    IngestRequest,
    IngestResult,
    JobView,
    MediatorsView,
    NetworkView,
    PeriodLength,
    StoredArticleModel,
)

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase
    from detente.store import Store

router = APIRouter(prefix="/api", tags=["api"])
_bearer = HTTPBearer(auto_error=False, description="the server's DETENTE_TOKEN")

_ERR: dict[str, Any] = {"model": ErrorBody}
READ_ERRORS: dict[int | str, dict[str, Any]] = {400: _ERR, 413: _ERR, 422: _ERR, 503: _ERR}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {400: _ERR, 401: _ERR, 403: _ERR, 413: _ERR, 422: _ERR, 503: _ERR}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: _ERR}
MAX_NAME = 200
MAX_ACTORS = 20  # GET /api/events?actor=...: each name is resolved against the store (2,000 took 26 s)
MAX_CODE_CHARS = 100_000  # POST /api/code: longer texts get 413 (ingest them instead)


def state_of(request: Request) -> WebState:
    return request.app.state.detente


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)] = None) -> None:
    """The writing routes' check (the middleware makes the same one before the body is read)."""
    refused = token_error(state_of(request).token, request.headers.get("authorization"))
    if refused is not None:
        status, error, detail = refused
        headers = {"WWW-Authenticate": 'Bearer realm="detente"'} if status == 401 else None
        raise WebError(status, error, detail, headers=headers)


def _name(value: str, param: str) -> str:
    if not value.strip():
        raise WebError(422, "invalid parameters", f"{param} is empty: name an actor, a country or a CAMEO code")
    return value


View = TypeVar("View")


def _read_view(request: Request, response: Response, read: Callable[[Store, KnowledgeBase], View]) -> View:
    """What ``read`` makes of the store and the knowledge base, with the store's staleness headers on the response;
    a ValueError of the view (a series too long for its period) is a 422."""
    state = state_of(request)
    with state.reading() as store:
        try:
            view = read(store, state.kb)
        except ValueError as exc:
            raise WebError(422, "invalid parameters", str(exc)) from None
        response.headers.update(stale_headers(store))
        return view


def _dates(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise WebError(422, "invalid parameters", f"since ({since}) is after until ({until})")


def plover_param(value: str | None) -> str | None:
    from detente.store import event_type

    try:
        return event_type(value)
    except ValueError as exc:
        raise WebError(422, "invalid parameters", str(exc)) from None


def _text_id(value: str, what: str) -> str:
    if "\x00" in value or len(value) > 1000:
        raise data.NotFound(what, f"no {what} with that id in the store")
    return value


# -- writing ----------------------------------------------------------------------------------
@router.post("/code", response_model=CodedArticleModel, dependencies=[Depends(require_token)],
             responses=WRITE_ERRORS, summary="Code one text (nothing is stored)")
def code_text(body: CodeRequest, request: Request):
    """The coded article (the `detente/1` output of `detente code`), not stored. Texts over
    100,000 characters are refused with 413: ingest them with `POST /api/articles`."""
    if len(body.text) > MAX_CODE_CHARS:
        raise WebError(413, "text too long", f"POST /api/code codes at most {MAX_CODE_CHARS:,} characters "
                       f"(this text has {len(body.text):,}); ingest longer articles with POST /api/articles")
    record = article_from_record(body.model_dump(), "body", None, DEFAULT_MAX_CHARS)
    if isinstance(record, InputError):
        raise WebError(422, "invalid article", record.message)
    with state_of(request).coding() as coder:
        return plain(coder.code(record.article))


@router.post("/articles", status_code=202, response_model=JobView, dependencies=[Depends(require_token)],
             responses={**WRITE_ERRORS, 200: {"model": IngestResult, "description": "with `wait=true`: the result"}},
             summary="Code and store articles (a background job)")
def ingest_articles(body: IngestRequest, request: Request, response: Response,
                    wait: Annotated[bool, Query(description="answer when the job is done, with its result")] = False):
    """Queue a job that codes and stores the articles (202, with the job; follow its `href`,
    `GET /api/jobs/{id}`, for progress and the result). Articles are committed a few at a time, so
    reads go on meanwhile. Those already stored (same `id`, or without one the same title and
    text) are skipped, so posting the same articles twice stores nothing new. All articles are
    checked first: one bad article (empty text, unknown date format) refuses the request (422).
    With `wait=true` the answer is the job's result (200), or 503 if the job failed."""
    records, problems = [], []
    for number, item in enumerate(body.articles):
        record = article_from_record(item.model_dump(exclude_none=True), f"articles[{number}]", None,
                                     DEFAULT_MAX_CHARS)
        if isinstance(record, InputError):
            problems.append(str(record))
        else:
            records.append(record)
    if problems:
        raise WebError(422, "invalid articles", problems)
    job = state_of(request).jobs.submit(state_of(request), records)
    if not wait:
        response.headers["Location"] = job.view()["href"]
        return job.view()
    job.finished.wait()
    if job.status == "failed":
        raise WebError(503, "ingest failed", f"{job.error} ({job.summary.stored} articles stored before)",
                       headers={"Retry-After": "5"})
    return JSONResponse(IngestResult(**job.result()).model_dump(), status_code=200)


@router.get("/jobs/{job_id}", response_model=JobView, responses={**READ_ERRORS, **NOT_FOUND},
            summary="An ingest job: its progress, then its result")
def get_job(request: Request, job_id: Annotated[str, Path(max_length=64)]):
    """`status` is queued, running, done or failed; `done` counts the articles handled so far;
    `result` (when done or failed) is the ingest summary. The last 100 finished jobs are kept."""
    job = state_of(request).jobs.get(job_id)
    if job is None:
        raise data.NotFound("job", f"no job with id {job_id!r} (finished jobs are kept for the last 100)")
    return job.view()


# -- reading ----------------------------------------------------------------------------------
@router.get("/events", response_model=EventList, responses={**READ_ERRORS, **NOT_FOUND},
            summary="Stored events, newest first (those dated after the newest fact last)")
def list_events(request: Request,
                actor: Annotated[list[str], Query(description="an actor on either side (name, code or id); "
                                                              f"repeatable (events with any of them), at most "
                                                              f"{MAX_ACTORS} names", examples=[["Kenya"]])] = [],  # noqa: B006
                type: Annotated[str | None, Query(description="a PLOVER type (CONSULT) or a CAMEO prefix (04)",
                                                  max_length=20)] = None,
                since: Annotated[dt.date | None, Query(description="events lasting until this day or later")] = None,
                until: Annotated[dt.date | None, Query(description="events starting on this day or earlier")] = None,
                negated: Annotated[bool, Query(description="include negated events")] = False,
                limit: Annotated[int, Query(ge=1, le=500)] = 50,
                offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0):
    """A page of events; follow `next_offset` for the next page (null on the last one). An event's
    `evidence` is its first mention, with a link to its sentence in the article page."""
    _dates(since, until)
    plover = plover_param(type)
    names = list(dict.fromkeys(_name(name, "actor")[:MAX_NAME] for name in actor))
    if len(names) > MAX_ACTORS:
        raise WebError(422, "invalid parameters", f"{len(names)} actors named: at most {MAX_ACTORS} a request")
    state = state_of(request)
    with state.reading() as store:
        keys = None
        if names:
            found: set[str] = set()
            for name in names:
                side = data.side(store, name, state.kb)
                found |= side.keys | side.countries
            keys = sorted(found)
        return data.event_page(store, keys, plover, since, until, negated, limit, offset)


@router.get("/events/{event_id}", response_model=EventDetail, responses={**READ_ERRORS, **NOT_FOUND},
            summary="One event with all its mentions (evidence)")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=1000)],
              limit: Annotated[int, Query(ge=1, le=500, description="mentions")] = 100,
              offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0):
    """The event and a page of its mentions (`num_mentions` counts them all; `next_offset` is null
    on the last page)."""
    with state_of(request).reading() as store:
        return data.event_detail(store, _text_id(event_id, "event"), limit=limit, offset=offset)


@router.get("/articles/{article_id:path}", response_model=StoredArticleModel, responses={**READ_ERRORS, **NOT_FOUND},
            summary="A stored article with its text, event mentions, actors and quotes")
def get_article(request: Request, article_id: str,
                limit: Annotated[int, Query(ge=1, le=500, description="event mentions")] = 100,
                offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0):
    """The article, its actors and quotes, and a page of its event mentions in text order
    (`events_total` counts them all; `next_offset` is null on the last page)."""
    with state_of(request).reading() as store:
        return data.article(store, _text_id(article_id, "article"), limit=limit, offset=offset)


@router.get("/actors/{name:path}", response_model=ActorView, responses={**READ_ERRORS, **NOT_FOUND},
            summary="An actor: its partners, event mix and timeline")
def get_actor(request: Request, response: Response, name: Annotated[str, Path(examples=["Kenya"])],
              limit: Annotated[int, Query(ge=1, le=200, description="partners to list")] = 20,
              by: PeriodLength = "month", since: dt.date | None = None, until: dt.date | None = None,
              history: Annotated[bool, Query(description="false: leave out events told as background and those "
                                                         "dated after the newest event told as fact")] = True):
    """`name` is resolved as the coder resolves actors: a name ("Syria", "Damascus"), a code
    (RUSGOV) or an id. An unknown name answers 404 with `suggestions`. A timeline that would have
    more than 400 periods is given by a longer period (`by` says which)."""
    _dates(since, until)
    return _read_view(request, response, lambda store, kb: data.actor_view(
        store, _name(name, "name")[:MAX_NAME], kb, limit=limit, by=by, since=since, until=until, history=history))


@router.get("/dyad", response_model=DyadView, responses={**READ_ERRORS, **NOT_FOUND},
            summary="Two sides through time")
def get_dyad(request: Request, response: Response,
             a: Annotated[str, Query(min_length=1, max_length=MAX_NAME, examples=["Kenya"])],
             b: Annotated[str, Query(min_length=1, max_length=MAX_NAME, examples=["Uganda"])],
             by: PeriodLength = "month",
             since: dt.date | None = None, until: dt.date | None = None,
             history: Annotated[bool, Query(description="false: leave out of the periods the events told as "
                                                        "background and those dated after the newest event told "
                                                        "as fact")] = True):
    """Per period: the events between `a` and `b` by PLOVER type and quad class, the summed
    Goldstein score, the relation state; the trend (month by month, over every event of the
    period, as `detente changes`); and the events themselves by id."""
    _dates(since, until)
    return _read_view(request, response, lambda store, kb: data.dyad_view(
        store, _name(a, "a"), _name(b, "b"), kb, by=by, since=since, until=until, history=history))


@router.get("/mediators", response_model=MediatorsView, responses={**READ_ERRORS, **NOT_FOUND},
            summary="Third parties that could bridge two sides")
def get_mediators(request: Request, response: Response,
                  a: Annotated[str, Query(min_length=1, max_length=MAX_NAME, examples=["Kenya"])],
                  b: Annotated[str, Query(min_length=1, max_length=MAX_NAME, examples=["Uganda"])],
                  limit: Annotated[int, Query(ge=1, le=100)] = 10):
    return _read_view(request, response,
                      lambda store, kb: data.mediators_view(store, _name(a, "a"), _name(b, "b"), kb, limit=limit))


@router.get("/network", response_model=NetworkView, responses=READ_ERRORS,
            summary="The strongest relations of a period, as nodes and signed edges")
def get_network(request: Request, response: Response, since: dt.date | None = None, until: dt.date | None = None,
                limit: Annotated[int, Query(ge=1, le=1000, description="edges")] = 100):
    _dates(since, until)
    state = state_of(request)
    with state.reading() as store:
        graph = data.network(store, state.kb, since, until, limit)
        response.headers.update(stale_headers(store))
        return graph


EXPORT_TYPES = {"csv": ("text/csv; charset=utf-8", "csv"), "jsonl": ("application/x-ndjson", "jsonl"),
                "gdelt": ("text/tab-separated-values; charset=utf-8", "tsv"),
                "parquet": ("application/vnd.apache.parquet", "parquet")}


@router.get("/export", responses={**READ_ERRORS, 200: {"description": "the exported table",
                                                       "content": {t: {} for t, _ in EXPORT_TYPES.values()}}},
            response_class=StreamingResponse, summary="Export a table")
def export_table(request: Request, format: Literal["csv", "jsonl", "gdelt", "parquet"] = "csv",
                 table: Literal["events", "mentions", "articles", "actors", "quotes"] = "events"):
    """The table written by `detente export` (gdelt: the events table only, as a GDELT 2.0 event
    table), streamed. It is written to a private temporary folder, which is removed before the
    first byte is sent (the open file is streamed)."""
    from detente.export import export

    if format == "gdelt" and table != "events":
        raise WebError(422, "invalid parameters", f"the gdelt format holds events only, not the {table!r} table")
    media_type, suffix = EXPORT_TYPES[format]
    folder = tempfile.mkdtemp(prefix="detente-export-")
    try:
        path = os.path.join(folder, f"detente-{table}.{suffix}")
        state = state_of(request)
        with state.reading() as store:
            export(store, FilePath(path), format, table, kb=state.kb)
        handle = open(path, "rb")  # noqa: SIM115 - closed by the stream
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    size = os.fstat(handle.fileno()).st_size

    def stream():
        with handle:
            while chunk := handle.read(64 * 1024):
                yield chunk

    return StreamingResponse(stream(), media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="detente-{table}.{suffix}"', "Content-Length": str(size)})
