"""The web app: HTTP API under ``/api`` and server-rendered pages over one detente store.

:func:`create_app` builds the app and does no work: the database is opened read-only for each
reading request (and for writing only while an ingest runs), the coder is loaded on the first
request that codes. Everything the app holds lives on ``app.state.detente`` (:class:`WebState`).
"""

from __future__ import annotations

import importlib.resources
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.store import Store, StoreError
from detente.web.data import NotFound
from detente.web.guard import Busy, Guard, ReadWriteLock

DEFAULT_MAX_BODY = 2_000_000
WAIT_SECONDS = 30.0  # how long a request waits for the database while an ingest writes
JSON_PREFIXES = ("/api/", "/openapi.json", "/static/")


class WebError(Exception):
    """An error answered as ``{"error", "detail"}`` (JSON under /api, a page elsewhere)."""

    def __init__(self, status: int, error: str, detail=None, *, suggestions: list[str] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(error)
        self.status, self.error, self.detail = status, error, detail
        self.suggestions, self.headers = suggestions, headers


@dataclass
class WebState:
    """What the app holds: where the database is, the token, the locks and the lazily loaded coder."""

    db_path: Path
    token: str | None
    max_body: int
    coder_factory: Callable[[], object]
    templates: Jinja2Templates
    lock: ReadWriteLock = field(default_factory=ReadWriteLock)
    coder_lock: threading.Lock = field(default_factory=threading.Lock)
    coder: object | None = None
    wait: float = WAIT_SECONDS

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A fresh read-only store for one request (closed at the end)."""
        with self.lock.reading(self.wait), self._opened(read_only=True) as store:
            yield store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store opened for writing (created if needed), only while the block runs."""
        with self.lock.writing(self.wait), self._opened(read_only=False) as store:
            yield store

    @contextmanager
    def _opened(self, read_only: bool) -> Iterator[Store]:
        try:
            store = Store.open(self.db_path, read_only=read_only, create=not read_only)
        except StoreError as exc:
            raise WebError(503, "database unavailable", str(exc), headers={"Retry-After": "5"}) from None
        try:
            yield store
        finally:
            store.close()

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


def _resource(package: str, *parts: str) -> Path:
    return Path(str(importlib.resources.files(package).joinpath(*parts)))


def plotly_js() -> Path:
    """plotly.js as the installed ``plotly`` package ships it."""
    return _resource("plotly", "package_data", "plotly.min.js")


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
    env.filters.update(views.FILTERS)
    return Jinja2Templates(env=env)


def create_app(db_path: Path, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               coder_factory: Callable[[], object] | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over the store at ``db_path``.

    ``token`` enables the writing endpoints (sent as ``Authorization: Bearer <token>``; without
    one they answer 403); bodies over ``max_body`` bytes get 413; ``coder_factory`` makes the
    coder on first use (default :func:`detente.api.make_coder`); ``allowed_hosts``, when given,
    refuses other ``Host`` headers (against DNS rebinding of a server on 127.0.0.1)."""
    if coder_factory is None:
        from detente.api import make_coder

        coder_factory = make_coder
    if max_body < 1:
        raise ValueError("max_body must be a positive number of bytes")
    from detente import __version__
    from detente.web import api, changes, pages

    app = FastAPI(title="detente", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Political events coded from news (CAMEO, PLOVER), their evidence and the "
                              "relations between actors. Writing endpoints need `Authorization: Bearer <token>` "
                              "(the server's DETENTE_TOKEN). Errors are `{\"error\": ..., \"detail\": ...}`.")
    app.state.detente = WebState(db_path=Path(db_path), token=token or None, max_body=max_body,
                                 coder_factory=coder_factory, templates=_templates())
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


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(JSON_PREFIXES) or request.url.path == "/api"


def error_response(request: Request, status: int, error: str, detail=None, suggestions=None,
                   headers: dict[str, str] | None = None) -> Response:
    body = {"error": error, "detail": detail}
    if suggestions is not None:
        body["suggestions"] = suggestions
    if _wants_json(request) or request.method not in ("GET", "HEAD"):
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

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        return JSONResponse({"error": "internal error", "detail": type(exc).__name__}, status_code=500)


__all__ = ["WebError", "WebState", "create_app"]
