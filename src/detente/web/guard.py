"""The app's guards: a pure ASGI middleware (body size, token, security headers) and a
readers-writer lock for the one database file.

DuckDB lets one process hold a file either read-only (any number of connections) or read-write,
never both at once; the lock makes reads wait while an ingest writes, and an ingest wait for
the reads in flight.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections.abc import Sequence
from contextlib import contextmanager

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Scripts only from the app itself. Styles from the app, plus one inline style whose text is empty
# (that hash): plotly.js creates an empty <style> element and fills it through the CSSOM, which CSP
# does not restrict. Nothing else inline runs or applies.
EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' " + EMPTY_STYLE_HASH + "; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

NO_TOKEN = ("writing is disabled: no token is configured; set DETENTE_TOKEN (or pass token=) and send it "
            "as 'Authorization: Bearer <token>'")


def token_error(configured: str | None, authorization: str | None) -> tuple[int, str, str] | None:
    """``None`` when the request may write, else (status, error, detail)."""
    if not configured:
        return 403, "writing disabled", NO_TOKEN
    if not authorization:
        return 401, "missing token", "send the token as 'Authorization: Bearer <token>'"
    scheme, _, given = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode("utf-8", "surrogateescape"),
                                                               configured.encode("utf-8")):
        return 401, "wrong token", "the bearer token does not match DETENTE_TOKEN"
    return None


async def _send_json(send, status: int, body: dict, headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *headers, *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": data})


class Guard:
    """Security headers on every response; for writing requests under ``/api`` the bearer token
    (before the body is read); for every request a body of at most ``max_body`` bytes, by its
    ``Content-Length`` and by counting what is streamed (chunked bodies included)."""

    def __init__(self, app, *, max_body: int, token: str | None) -> None:
        self.app, self.max_body, self.token = app, max_body, token

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        too_big = {"error": "body too large",
                   "detail": f"request bodies are limited to {self.max_body:,} bytes"}
        length = headers.get("content-length")
        if length is not None:
            if not length.strip().isdigit():
                await _send_json(send, 400, {"error": "bad request", "detail": "invalid Content-Length"})
                return
            if int(length) > self.max_body:
                await _send_json(send, 413, too_big, [(b"connection", b"close")])
                return
        if scope["path"].startswith("/api/") and scope["method"] not in SAFE_METHODS:
            refused = token_error(self.token, headers.get("authorization"))
            if refused is not None:
                status, error, detail = refused
                extra = [(b"www-authenticate", b'Bearer realm="detente"')] if status == 401 else []
                await _send_json(send, status, {"error": error, "detail": detail}, extra)
                return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _send_json(send, 413, too_big, [(b"connection", b"close")])
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in names)]
            await send(message)

        await self.app(scope, replay, send_with_headers)


class Busy(RuntimeError):
    """The database stayed locked by a writer (or readers) longer than the wait allowed."""


class ReadWriteLock:
    """Many readers or one writer; a waiting writer goes before readers that come after it."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0

    def _wait(self, ready, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            left = deadline - time.monotonic()
            if left <= 0:
                raise Busy("the database is busy (an ingest is running); try again shortly")
            self._cond.wait(left)

    @contextmanager
    def reading(self, timeout: float = 30.0):
        with self._cond:
            self._wait(lambda: not self._writer and not self._waiting_writers, timeout)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self, timeout: float = 30.0):
        with self._cond:
            self._waiting_writers += 1
            try:
                self._wait(lambda: not self._writer and not self._readers, timeout)
            finally:
                self._waiting_writers -= 1
                self._cond.notify_all()
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()
