"""The library's front door (detente.api): it does the work and shows nothing; callers get plain
callbacks (issue 10, item 8)."""

from __future__ import annotations

import json

import detente
from detente.store import Store

ARTICLES = [  # synthetic
    {"id": "lib-1", "date": "2022-02-01", "text": "Chad accused Sudan of shelling border towns."},
    {"id": "lib-2", "date": "2022-02-02", "text": "Niger and Mali signed a security agreement."},
]


def test_library_ingest_paths_reports_through_callbacks_only(tmp_path, coder, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES) + "{broken\n", encoding="utf-8")
    progress: list[int] = []
    errors: list[tuple[str, str]] = []
    with Store.open(tmp_path / "store.duckdb") as store:
        summary = detente.ingest_paths([str(news)], store, coder=coder, progress=progress.append,
                                       on_error=lambda where, message: errors.append((where, message)))
        again = detente.ingest_paths([str(news)], store, coder=coder)
        assert {e.plover for e in store.events()} >= {"ACCUSE"}
    assert (summary.read, summary.stored, summary.failed) == (3, 2, 1)
    assert sum(progress) == 2
    assert [where for where, _ in errors] == [f"{news} line 3"]
    assert (again.stored, again.already) == (0, 2)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""  # no progress bar, no message: the CLI shows those
