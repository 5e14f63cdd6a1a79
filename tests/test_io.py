"""Reading input: formats, headers and clear errors for bad records."""

from __future__ import annotations

import gzip
import json

from detente.io import InputError, parse_txt, read_path


def _read(path):
    return list(read_path(str(path)))


def test_io_txt_header_gives_outlet_and_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Daily Planet: Ministers meet in Oslo\n\nNorway hosted talks on Monday.\n", encoding="utf-8")
    [record] = _read(path)
    assert record.article.source == "Daily Planet"
    assert record.article.title == "Ministers meet in Oslo"
    assert record.article.text.startswith("Norway hosted")
    assert record.article.id == "story"


def test_io_txt_without_header_is_all_body():
    text = "Norway hosted talks on Monday. It said so."
    assert parse_txt(text, "x") == (None, None, text)


def test_io_jsonl_bad_lines_are_named_and_the_rest_read(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": "Kenya and Uganda signed a deal.", "date": "2021-03-04"}),
        "{not json",
        json.dumps({"id": "no-text", "title": "x"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "bad-date", "text": "Chad met Niger.", "date": "sometime soon"}),
        json.dumps(["a list"]),
        json.dumps({"id": "ok-2", "text": "Peru recalled its ambassador.", "date": "March 4, 2021"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    good = [i.article.id for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert good == ["ok-1", "ok-2"]
    assert [e.where for e in errors] == [f"{path} line {n}" for n in (2, 3, 4, 5, 6)]
    messages = " | ".join(e.message for e in errors)
    assert "not valid JSON" in messages and 'no "text" field' in messages and "empty text" in messages
    assert "unknown date format" in messages and "JSON object" in messages


def test_io_non_utf8_is_reported_with_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Zürich hosted talks.".encode("latin-1"))
    [error] = _read(path)
    assert isinstance(error, InputError) and "not UTF-8" in error.message and "offset 1" in error.message


def test_io_oversize_article_is_refused_clearly(tmp_path):
    path = tmp_path / "huge.jsonl"
    text = "Kenya met Uganda. " * 300_000  # about 5 MB
    path.write_text(json.dumps({"id": "huge", "text": text}) + "\n"
                    + json.dumps({"id": "small", "text": "Chad met Niger."}) + "\n")
    items = _read(path)
    assert isinstance(items[0], InputError) and "over the limit" in items[0].message and "line 1" in items[0].where
    assert items[1].article.id == "small"


def test_io_gzip_and_directories(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Chad met Niger.", encoding="utf-8")
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "b1", "text": "Peru met Chile."}) + "\n")
    ids = [i.article.id for i in _read(folder)]
    assert ids == ["a", "b1"]


def test_io_missing_file_is_an_error(tmp_path):
    [error] = _read(tmp_path / "nope.jsonl")
    assert isinstance(error, InputError) and "no such file" in error.message
