"""The web app and HTTP API over a detente store (docs/web.md).

``create_app(db_path, token=..., max_body=..., coder_factory=..., kb=...)`` builds the FastAPI app;
``serve(db_path, host="127.0.0.1", port=8000, kb=...)`` runs it with uvicorn (``detente serve``).
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase

LOOPBACK = ("127.0.0.1", "localhost")  # (Starlette's host check cannot parse "[::1]:port")


def create_app(db_path, **kwargs):
    """See :func:`detente.web.app.create_app` (imported on first call: nothing is loaded at import)."""
    from detente.web.app import create_app as _create_app

    return _create_app(db_path, **kwargs)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          max_body: int = 2_000_000, log_level: str = "info", kb: KnowledgeBase | None = None,
          min_confidence: float | None = None) -> None:
    """Run the web app with uvicorn until interrupted.

    ``token`` defaults to the environment variable ``DETENTE_TOKEN``; without either, the
    writing endpoints answer 403. ``kb`` is the run's knowledge base (default: the shipped one);
    ``min_confidence`` leaves out the less confident events of the articles it codes.
    Bound to 127.0.0.1 by default: only this machine can connect. On a loopback address,
    requests naming another host are refused (against DNS rebinding)."""
    import uvicorn

    if token is None:
        token = os.environ.get("DETENTE_TOKEN") or None
    allowed = None
    if host in LOOPBACK:
        allowed = ["127.0.0.1", "localhost"]
    app = create_app(Path(db_path), token=token, max_body=max_body, allowed_hosts=allowed, kb=kb,
                     min_confidence=min_confidence)
    listening = listen(host, port)  # before the server starts: a port in use is an OSError, not a log line
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, server_header=False)
    shown = f"[{host}]" if ":" in host else host  # uvicorn says where it runs only when it binds itself
    logging.getLogger("uvicorn.error").info("Uvicorn running on http://%s:%d (Press CTRL+C to quit)", shown, port)
    uvicorn.Server(config).run(sockets=[listening])


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port`` (IPv6 when the host has a colon, as uvicorn binds);
    ``OSError`` when the address cannot be had (a port another server holds, a host that is not this
    machine's)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=2048)


__all__ = ["create_app", "serve"]
