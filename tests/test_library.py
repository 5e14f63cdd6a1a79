"""The library's front door (detente.api): it does the work and shows nothing; callers get plain
callbacks (issue 10, item 8)."""

from __future__ import annotations

import json

import pytest

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


def test_library_code_many_reads_a_generator_a_batch_at_a_time(coder):
    from detente.model import Article

    taken: list[int] = []

    def feed():  # long, as a live feed is: code_many used to make it a list first
        for number in range(500):
            taken.append(number)
            yield Article(text="Kenya accused Uganda of shelling border villages.", id=f"f{number}")

    coded = coder.code_many(feed(), batch_size=4)
    first = next(coded)
    assert first.id == "f0" and first.events and len(taken) == 4
    assert [next(coded).id for _ in range(4)] == ["f1", "f2", "f3", "f4"] and len(taken) == 8
    with pytest.raises(TypeError, match="code_many codes detente.model.Article records, not str"):
        list(coder.code_many(["Kenya accused Uganda."]))


def test_library_code_text_reads_its_text_as_an_input_record_is(coder):
    # markup and control characters: the CLI read them, code_text coded them as they were (no ACCUSE)
    for text in ("<p>Kenya <b>accused</b> Uganda of shelling border villages.</p>",
                 "Kenya accused\x1b Uganda of shelling border villages."):
        coded = detente.code_text(text, coder=coder)
        assert "<" not in coded.text and "\x1b" not in coded.text
        assert [(e.source[0].code, e.target[0].code) for e in coded.events if e.plover == "ACCUSE"] == [("KEN", "UGA")]
    for text, message in (("", "empty text: nothing to code"), (" \n\t", "empty text: nothing to code"),
                          ("Kenya met \ud800 Uganda.", "unpaired surrogate"),
                          ("Kenya met Uganda. " * 10, "over the limit of 100")):
        with pytest.raises(ValueError, match=message):
            detente.code_text(text, coder=coder, max_chars=100)
