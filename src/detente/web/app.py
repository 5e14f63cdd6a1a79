"""The web app: HTTP API under ``/api`` and server-rendered pages over one detente store.

:func:`create_app` builds the app and does no other work than taking (or loading once) the knowledge
base: the database is opened read-only for each reading request (and for writing only while an
ingest runs), the coder is loaded on the first request that codes. Everything the app holds
lives on ``app.state.detente`` (:class:`WebState`).
"""

from __future__ import annotations

import atexit
import functools
import importlib.resources
import re
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.actors.kb import KnowledgeBase
from detente.pipeline import StepError
from detente.store import SchemaOutdated, Store, StoreError
from detente.web.cache import ResultCache, Results
from detente.web.data import NotFound
from detente.web.guard import Busy, Guard, ReadWriteLock
from detente.web.jobs import Jobs

DEFAULT_MAX_BODY = 2_000_000
WAIT_SECONDS = 30.0  # how long a request waits for the database while an ingest writes
IDLE_SECONDS = 2.0  # the readers' shared connection is closed after this long without reads
JSON_PREFIXES = ("/api/", "/openapi.json", "/static/")


class CachedView(Store):
    """A read-only view of the shared store for one request, with ``results``: the result cache
    as this read sees it (:class:`detente.web.cache.Results`; see :func:`detente.web.data.cached`)."""

    def __init__(self, shared: Store) -> None:
        super().__init__(shared.con.cursor(), shared.path, read_only=True)
        # set by WebState._view once the version is read (reading it may raise StoreError)
        self.results: Results | None = None


class WebError(Exception):
    """An error answered as ``{"error", "detail"}`` (JSON under /api, a page elsewhere)."""

    def __init__(self, status: int, error: str, detail=None, *, suggestions: list[str] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(error)
        self.status, self.error, self.detail = status, error, detail
        self.suggestions, self.headers = suggestions, headers


@dataclass
class WebState:
    """What the app holds: where the database is, the token, the run's knowledge base, the locks
    and the lazily loaded coder."""

    db_path: Path
    token: str | None
    max_body: int
    coder_factory: Callable[[], object]
    templates: Jinja2Templates
    kb: KnowledgeBase
    lock: ReadWriteLock = field(default_factory=ReadWriteLock)
    coder_lock: threading.Lock = field(default_factory=threading.Lock)
    coder: object | None = None
    wait: float = WAIT_SECONDS
    cache: ResultCache = field(default_factory=ResultCache)
    jobs: Jobs = field(default_factory=Jobs)

    _shared: Store | None = field(default=None, repr=False)
    _shared_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _readers: int = 0
    _idle: threading.Timer | None = field(default=None, repr=False)

    @contextmanager
    def reading(self, fresh: bool = False) -> Iterator[Store]:
        """A read-only view of the store for one request; ``store.results`` is the result cache of
        its version (see :func:`detente.web.data.cached`): while an ingest job runs, and unless
        ``fresh``, the expensive views may answer an earlier version's result (stale-while-revalidate,
        :mod:`detente.web.cache`). Concurrent reads share one read-only
        connection (each its own cursor), closed before any write and after IDLE_SECONDS without
        reads, so another process can write the file when the app is idle."""
        with self.lock.reading(self.wait):
            try:
                shared = self._open_shared()
            except SchemaOutdated:
                shared = None
            if shared is not None:
                with self._view(shared, fresh) as store:
                    yield store
                return
        with self.writing():  # an older store: upgraded once, then read
            pass
        with self.lock.reading(self.wait), self._view(self._open_shared(), fresh) as store:
            yield store

    @contextmanager
    def _view(self, shared: Store, fresh: bool) -> Iterator[Store]:
        with self._shared_lock:
            store = CachedView(shared)
            self._readers += 1
            if self._idle is not None:
                self._idle.cancel()
                self._idle = None
        try:
            store.results = self.cache.bound(store.version(), store, reader=functools.partial(self.reading, True),
                                             stale_ok=not fresh and self.jobs.running())
            yield store
        except StoreError:  # a damaged file: the next request opens it again
            self._drop_shared()
            raise
        finally:
            store.close()
            with self._shared_lock:
                self._readers -= 1
                if not self._readers and self._shared is not None and self._idle is None:
                    self._idle = threading.Timer(IDLE_SECONDS, self._close_if_idle)
                    self._idle.daemon = True
                    self._idle.start()

    def _open_shared(self) -> Store:
        with self._shared_lock:
            if self._shared is None:
                self._shared = self._open(read_only=True)
            return self._shared

    def _close_if_idle(self) -> None:
        with self._shared_lock:  # closed under the lock: close() at exit waits for it
            self._idle = None
            if self._readers:
                return
            shared, self._shared = self._shared, None
            if shared is not None:
                shared.close()

    def close(self) -> None:
        """The server stops, or the process exits: stop the ingest jobs (the running one after its
        batch), wait for background refreshes, then close the readers' shared connection. DuckDB
        aborts the process when a connection is in use or left open while the interpreter ends."""
        self.jobs.close()
        self.cache.wait_for_refreshes()
        self._drop_shared()

    def _drop_shared(self) -> None:
        with self._shared_lock:  # closed under the lock, so that an idle timer cannot close it at the same time
            shared, self._shared = self._shared, None
            if self._idle is not None:
                self._idle.cancel()
                self._idle = None
            if shared is not None:
                shared.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store opened for writing (created if needed), only while the block runs; the readers'
        shared connection is closed first (DuckDB: one process holds a file read-only or read-write)."""
        with self.lock.writing(self.wait):
            self._drop_shared()
            store = self._open(read_only=False)
            try:
                yield store
            finally:
                store.close()  # whatever happened: no connection outlives the write

    def _open(self, read_only: bool) -> Store:
        try:
            return Store.open(self.db_path, read_only=read_only, create=not read_only)
        except SchemaOutdated:
            raise
        except StoreError as exc:
            raise WebError(503, "database unavailable", str(exc), headers={"Retry-After": "5"}) from None

    @contextmanager
    def coding(self):
        """The coder (loaded on first use), one request at a time: spaCy pipelines are not shared
        between threads."""
        with self.coder_lock:
            if self.coder is None:
                try:
                    self.coder = self.coder_factory()
                except Exception as exc:  # a missing spaCy model, a bad actors file: say so
                    raise WebError(503, "coder unavailable", f"the coder could not be loaded: {exc}") from None
            yield self.coder


def stale_headers(store: Store) -> dict[str, str]:
    """``X-Detente-Stale: <version>`` when the read answered an earlier store version's result."""
    results = getattr(store, "results", None)
    stale = getattr(results, "stale", None)
    return {} if stale is None else {"X-Detente-Stale": str(stale)}


def _resource(package: str, *parts: str) -> Path:
    return Path(str(importlib.resources.files(package).joinpath(*parts)))


def plotly_js() -> Path:
    """plotly.js as the installed ``plotly`` package ships it."""
    return _resource("plotly", "package_data", "plotly.min.js")


_MAP_STYLE = re.compile(rb'getElementById\("([0-9a-f]{16,64})"\)\)\{var \w+=document\.createElement\("style"\)')


@functools.lru_cache(maxsize=1)
def plotly_map_style_id() -> str | None:
    """The id of the stylesheet plotly.js injects for its map traces, read from the installed file.

    plotly.js adds that inline ``<style>`` (which the CSP refuses) only when no element has the id;
    the chart pages carry an empty element with it, so nothing is injected. We draw no maps."""
    match = _MAP_STYLE.search(plotly_js().read_bytes())
    return match.group(1).decode() if match else None


def swagger_dir() -> Path | None:
    """Swagger UI's files as the ``fastapi-offline`` package ships them (``None`` without it)."""
    try:
        return _resource("fastapi_offline", "static")
    except ModuleNotFoundError:
        return None


def _templates() -> Jinja2Templates:
    import jinja2

    from detente.web import views

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_resource("detente.web", "templates"))),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.globals.update(views.GLOBALS)
    env.globals["plotly_map_style_id"] = plotly_map_style_id
    env.filters.update(views.FILTERS)
    return Jinja2Templates(env=env)


def _close_at_exit(ref: weakref.ReferenceType[WebState]) -> None:
    state = ref()
    if state is not None:
        state.close()


def create_app(db_path: Path, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               coder_factory: Callable[[], object] | None = None, allowed_hosts: list[str] | None = None,
               kb: KnowledgeBase | None = None, min_confidence: float | None = None) -> FastAPI:
    """The web app over the store at ``db_path``.

    ``token`` enables the writing endpoints (sent as ``Authorization: Bearer <token>``; without
    one they answer 403); bodies over ``max_body`` bytes get 413; ``kb`` is the knowledge base
    every request resolves names with and codes with (default: the shipped one; ``detente serve
    --actors FILE`` passes ``actors.kb.load(FILE)``); ``coder_factory`` makes the coder on first
    use (default :func:`detente.api.make_coder` with ``kb`` and ``min_confidence``, under which
    events are left out); ``allowed_hosts``, when given,
    refuses other ``Host`` headers (against DNS rebinding of a server on 127.0.0.1)."""
    from detente.actors import kb as kb_mod

    run_kb = kb if kb is not None else kb_mod.load()
    if coder_factory is None:
        from detente.api import make_coder

        coder_factory = lambda: make_coder(kb=run_kb, min_confidence=min_confidence)  # on the first request that codes
    if max_body < 1:
        raise ValueError("max_body must be a positive number of bytes")
    token = _clean_token(token)
    from detente import __version__
    from detente.web import api, changes, pages

    app = FastAPI(title="detente", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Political events coded from news (CAMEO, PLOVER), their evidence and the "
                              "relations between actors. Writing endpoints need `Authorization: Bearer <token>` "
                              "(the server's DETENTE_TOKEN). Errors are `{\"error\": ..., \"detail\": ...}`.")
    app.state.detente = WebState(db_path=Path(db_path), token=token or None, max_body=max_body,
                                 coder_factory=coder_factory, templates=_templates(), kb=run_kb)
    # The readers' shared connection must not outlive the interpreter: DuckDB aborts the process
    # when a connection is left to the garbage collector at exit.
    atexit.register(_close_at_exit, weakref.ref(app.state.detente))
    _add_error_handlers(app)
    app.include_router(api.router)
    app.include_router(changes.api_router)
    app.include_router(pages.router)
    app.include_router(changes.page_router)

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_file() -> FileResponse:
        return FileResponse(plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    swagger = swagger_dir()
    if swagger is not None:
        app.mount("/static/swagger", StaticFiles(directory=str(swagger)), name="swagger")
    app.mount("/static", StaticFiles(directory=str(_resource("detente.web", "static"))), name="static")
    app.add_middleware(Guard, max_body=max_body, token=token or None)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


def _clean_token(token: str | None) -> str | None:
    """The configured token without surrounding whitespace (a header value never carries any, so
    such a token could never match); a warning says so. A blank token disables writing."""
    if token is None or token == token.strip():
        return token or None
    import logging

    log = logging.getLogger("detente")
    if not token.strip():
        log.warning("the configured token (DETENTE_TOKEN) is blank: writing is disabled")
        return None
    log.warning("the configured token (DETENTE_TOKEN) had whitespace around it; it was stripped")
    return token.strip()


def _wants_json(request: Request) -> bool:
    """JSON under /api (and for files); a page otherwise, unless a non-browser sends a form or body."""
    if request.url.path.startswith(JSON_PREFIXES) or request.url.path == "/api":
        return True
    return request.method not in ("GET", "HEAD") and "text/html" not in request.headers.get("accept", "")


def error_response(request: Request, status: int, error: str, detail=None, suggestions=None,
                   headers: Mapping[str, str] | None = None) -> Response:
    body = {"error": error, "detail": detail}
    if suggestions is not None:
        body["suggestions"] = suggestions
    if _wants_json(request):
        return JSONResponse(body, status_code=status, headers=headers)
    state: WebState = request.app.state.detente
    context = {"status": status, "error": error, "detail": detail, "suggestions": suggestions, "query": ""}
    return state.templates.TemplateResponse(request, "error.html", context, status_code=status, headers=headers)


def _validation_detail(errors) -> list[dict]:
    out = []
    for e in errors:
        out.append({"loc": [str(part) for part in e.get("loc", ())], "msg": str(e.get("msg", "")),
                    "type": str(e.get("type", ""))})
    return out


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError):
        return error_response(request, exc.status, exc.error, exc.detail, exc.suggestions, exc.headers)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        suggestions = exc.suggestions if exc.what == "actor" else None
        return error_response(request, 404, f"unknown {exc.what}", exc.message, suggestions)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):  # a damaged file, a full disk...
        return error_response(request, 503, "database unavailable", str(exc), headers={"Retry-After": "5"})

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy):
        return error_response(request, 503, "database busy", str(exc), headers={"Retry-After": "5"})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return error_response(request, 422, "invalid parameters", _validation_detail(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        from http import HTTPStatus

        try:
            phrase = HTTPStatus(exc.status_code).phrase.lower()
        except ValueError:
            phrase = "error"
        return error_response(request, exc.status_code, phrase, exc.detail, headers=exc.headers)

    @app.exception_handler(StepError)
    async def coding_failed(request: Request, exc: StepError):
        return error_response(request, 422, "coding failed", str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        try:  # a page for a page (the template itself may be what failed: then JSON)
            return error_response(request, 500, "internal error", type(exc).__name__)
        except Exception:
            return JSONResponse({"error": "internal error", "detail": type(exc).__name__}, status_code=500)


__all__ = ["WebError", "WebState", "create_app"]
