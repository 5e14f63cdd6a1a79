"""Shared by the web tests: the articles of the test store, the token, a live uvicorn server."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

TOKEN = "t0k"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BAD_AUTH = {"Authorization": "Bearer wrong"}


ARTICLES = [
    {"id": "ke-ug-trade", "date": "2021-01-10", "title": "Trade <b>deal</b> in Nairobi", "url": "javascript:alert(1)",
     "source": "Test Wire", "text": "Kenya and Uganda signed a trade agreement in Nairobi."},
    {"id": "ke-ug-accuse", "date": "2021-02-03", "url": "https://example.org/ke-ug-accuse",
     "text": "Kenya accused Uganda of shelling border villages."},
    {"id": "ug-ke-threat", "date": "2021-03-14",
     "text": 'Uganda threatened Kenya with sanctions. The Ugandan foreign minister said "we will not back down".'},
    {"id": "qatar", "date": "2021-03-20",
     "text": "Qatar will mediate between Kenya and Uganda. Qatar met Kenyan officials. "
             "Qatar hosted Ugandan ministers."},
    # a page whose text names tags (escaped in it): read as its words, the text holds "<script>" (detente.markup)
    {"id": "xss", "date": "2021-04-01",
     "text": "<p>Kenya praised Ethiopia. &lt;script&gt;alert(1)&lt;/script&gt; Uganda criticized "
             "&lt;img src=x onerror=alert(1)&gt; Kenya.</p><p>Ethiopia met Kenyan diplomats on Monday.</p>"},
    {"id": "ke-et", "date": "2021-05-02", "text": "Ethiopia and Kenya held talks in Addis Ababa."},
]


def build_store(path: Path, coder, articles=ARTICLES) -> Path:
    from detente.io import article_from_record
    from detente.store import Store, ingest

    records = [article_from_record(a, f"test article {n}", None, 100_000) for n, a in enumerate(articles)]
    with Store.open(path) as store:
        summary = ingest(records, store, coder)
    assert summary.failed == 0 and summary.stored == len(articles)
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app in a thread on 127.0.0.1 (a free port), stopped at the end."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
