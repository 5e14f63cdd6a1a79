"""Reading input: formats, headers and clear errors for bad records."""

from __future__ import annotations

import gzip
import json

import pytest

from detente.io import InputError, article_from_record, parse_txt, read_path


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


def test_io_txt_dateline_lead_is_body_not_a_title(tmp_path):
    # "CITY: sentence." opens many wire stories: it was taken for "Outlet: Title" and never coded
    lead = "NEW DELHI: India on Monday accused Pakistan of shelling border posts.\nThe ministry said so.\n"
    path = tmp_path / "lead.txt"
    path.write_text(lead, encoding="utf-8")
    [record] = _read(path)
    assert (record.article.source, record.article.title, record.article.text) == (None, None, lead)
    assert parse_txt("Daily Planet: Talks end without a deal?\nNorway said so.", "x")[:2] == (
        "Daily Planet", "Talks end without a deal?")


def test_io_txt_without_header_is_all_body():
    text = "Norway hosted talks on Monday. It said so."
    assert parse_txt(text, "x") == (None, None, text)


def test_io_jsonl_bad_lines_are_named_and_the_rest_read(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": "Kenya and Uganda signed a deal.", "date": "2021-03-04"}),
        "{not json",
        json.dumps({"id": "no-text", "source": "x"}),  # no text, and no title to code instead
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
    assert "iconv -f windows-1252 -t utf-8" in error.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_io_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    import codecs

    bom = {"utf-16": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": codecs.BOM_UTF32_LE,
           "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
    plain = encoding.removesuffix("-be") + ("-be" if encoding.endswith("-be") else "-le")

    def write(name: str, text: str):
        path = tmp_path / name
        path.write_bytes(bom + text.encode(plain))  # as Windows "Unicode" text is saved
        return path

    story = "Reuters: Talks in Zürich\nKenya and Uganda met in Zürich on Monday.\n"
    [record] = _read(write("story.txt", story))
    assert (record.article.source, record.article.title) == ("Reuters", "Talks in Zürich")
    assert record.article.text == "Kenya and Uganda met in Zürich on Monday.\n"
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                    for i, t in (("a", "Chad met Niger in N’Djamena."), ("b", "Mali expelled an envoy.")))
    assert [r.article.text for r in _read(write("feed.jsonl", lines))] == ["Chad met Niger in N’Djamena.",
                                                                           "Mali expelled an envoy."]
    [page] = _read(write("page.html", "<html><h1>Talks</h1><p>Kenya met Uganda.</p></html>"))
    assert (page.article.title, page.article.text.strip()) == ("Talks", "Kenya met Uganda.")


def test_io_broken_utf16_is_named_as_such(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe" + "Kenya met Uganda.".encode("utf-16-le") + b"\x00\xd8")  # a cut surrogate
    [error] = _read(path)
    assert isinstance(error, InputError)
    assert error.message.startswith("not UTF-16 text although it starts with a UTF-16 byte order mark")


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


# --- issue 9: every record on its own ----------------------------------------------------------
GOOD = {"id": "good-1", "date": "2021-03-04", "text": "Kenya and Uganda signed a trade agreement."}


def _jsonl(tmp_path, lines: list[str]):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, _read(path)


def test_io_lone_surrogate_refuses_its_record_only_issue9(tmp_path):
    # the line holds the JSON escape \ud800 (no low surrogate follows): not text
    bad = '{"id": "bad", "text": "Chad met \\ud800 Niger."}'
    path, items = _jsonl(tmp_path, [json.dumps(GOOD), bad, json.dumps({**GOOD, "id": "good-2"})])
    assert [i.article.id for i in items if not isinstance(i, InputError)] == ["good-1", "good-2"]
    [error] = [i for i in items if isinstance(i, InputError)]
    assert error.where == f"{path} line 2"
    assert 'the "text" field holds an unpaired surrogate (U+D800) at character 9' in error.message


def test_io_paired_surrogate_escapes_are_text_issue9(tmp_path):
    _, [record] = _jsonl(tmp_path, ['{"text": "Chad met Niger \\ud83d\\ude00."}'])
    assert record.article.text == "Chad met Niger \U0001F600."


def test_io_control_characters_become_spaces_offsets_unchanged_issue9(tmp_path):
    text = "Chad\x00 met\x07 Niger\x85.\tThey\r\nagreed\x1b."
    _, [record] = _jsonl(tmp_path, [json.dumps({"text": text, "title": "T\x00itle", "source": "W\x9fire"})])
    assert record.article.text == "Chad  met  Niger .\tThey\r\nagreed ."
    assert len(record.article.text) == len(text)
    assert record.article.title == "T itle" and record.article.source == "W ire"


def test_io_txt_control_characters_become_spaces_issue9(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"Chad met\x00Niger on Monday.\x0c\n")
    [record] = _read(path)
    assert record.article.text == "Chad met Niger on Monday. \n"


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "a\x00b"}, 'the "id" field holds a control character or unpaired surrogate (U+0000) at character 1'),
    ({"id": "x" * 1001}, 'the "id" field is 1,001 characters, over the limit of 1,000'),
    ({"id": ["a"]}, 'the "id" field must be a string'),
    ({"title": 17}, 'the "title" field must be a string or null, not int'),
    ({"url": {"href": "x"}}, 'the "url" field must be a string or null, not dict'),
    ({"source": "\udc80"}, 'the "source" field holds an unpaired surrogate (U+DC80)'),
    ({"date": ["2020"]}, 'the "date" field must be a string, not list'),
    ({"date": "2020-03-04\x00"}, 'the "date" field holds a control character'),
    ({"date": "9999-12-31"}, "publication date 9999-12-31 is outside the plausible window 1945-01-01 to"),
    ({"date": "1900-01-01"}, "publication date 1900-01-01 is outside the plausible window"),
])
def test_io_bad_fields_are_refused_with_a_message_issue9(tmp_path, record, message):
    path, items = _jsonl(tmp_path, [json.dumps({**GOOD, **record}), json.dumps({**GOOD, "id": "good-2"})])
    [error, good] = items
    assert isinstance(error, InputError) and error.where == f"{path} line 1" and message in error.message
    assert good.article.id == "good-2"


def test_io_numeric_id_is_kept_as_text_issue9(tmp_path):
    _, [record] = _jsonl(tmp_path, [json.dumps({**GOOD, "id": 17})])
    assert record.article.id == "17"


def test_io_deeply_nested_json_is_an_error_not_a_crash_issue9(tmp_path):
    path, [error, good] = _jsonl(tmp_path, ["[" * 100_000 + "]" * 100_000, json.dumps(GOOD)])
    assert isinstance(error, InputError) and "nested too deeply" in error.message
    assert good.article.id == "good-1"


def test_io_a_file_without_articles_is_said_to_be_empty(tmp_path):
    # they used to give nothing at all: no output, no message, exit status 0
    for name, data, message in (("a.jsonl", "", "no articles: the file is empty"),
                                ("b.jsonl", "\n  \n\n", "no articles: the file holds only blank lines"),
                                ("c.json", "[]", "no articles: the JSON list is empty"),
                                ("d.json", "\n", "no articles: the file is empty")):
        (tmp_path / name).write_text(data, encoding="utf-8")
        [error] = _read(tmp_path / name)
        assert isinstance(error, InputError) and error.message == message, name
    (tmp_path / "e.jsonl").write_text("\n" + json.dumps({"text": "Chad met Niger."}) + "\n\n", encoding="utf-8")
    assert [r.where for r in _read(tmp_path / "e.jsonl")] == [f"{tmp_path / 'e.jsonl'} line 2"]  # blank lines skipped


def test_io_a_json_file_of_json_lines_is_read_as_json_lines(tmp_path):
    path = tmp_path / "feed.json"  # many feeds name JSON lines .json: it was "not valid JSON (Extra data ...)"
    path.write_text("".join(json.dumps({"id": i, "text": "Chad met Niger."}) + "\n" for i in ("a", "b")),
                    encoding="utf-8")
    assert [(r.article.id, r.where) for r in _read(path)] == [("a", f"{path} line 1"), ("b", f"{path} line 2")]
    pretty = tmp_path / "one.json"  # a JSON document over several lines is still one
    pretty.write_text(json.dumps({"id": "p", "text": "Chad met Niger."}, indent=2), encoding="utf-8")
    assert [r.article.id for r in _read(pretty)] == ["p"]
    listed = tmp_path / "list.json"
    listed.write_text("[\n" + json.dumps({"id": "q", "text": "Chad met Niger."}) + "\n]\n", encoding="utf-8")
    assert [r.article.id for r in _read(listed)] == ["q"]


def test_io_an_item_that_is_not_an_object_says_what_it_is(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text('[1, "Chad met Niger.", null, [{}]]', encoding="utf-8")
    assert [e.message.rsplit(", not ", 1)[1] for e in _read(path)] == ["a number", "a string", "null", "a list"]


def test_io_one_path_given_alone_is_one_path(tmp_path, monkeypatch, coder):
    import detente
    from detente.io import read_inputs

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "Chad met Niger."}) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a string was read letter by letter: "/" first, the whole file system
    for given in (str(feed), feed, "feed.jsonl", [feed]):
        assert [r.article.id for r in read_inputs(given)] == ["a"], given
    [(where, coded)] = detente.code_paths(str(feed), coder=coder)
    assert where == f"{feed} line 1" and coded.id == "a"


def test_io_an_unreadable_folder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    import os

    from detente import io

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Chad met Niger.", encoding="utf-8")
    real = os.walk

    def walk(top, onerror=None, **kwargs):  # as os.walk meets a folder it may not list (not as root)
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "closed")))
        yield from real(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(io.os, "walk", walk)
    first, second = _read(tmp_path)
    assert isinstance(first, InputError) and first.where == str(tmp_path / "closed")
    assert first.message == "cannot read this folder (Permission denied); its files were left out"
    assert second.article.text == "Chad met Niger."


def test_io_jsonl_is_read_line_by_line_and_a_truncated_gzip_keeps_its_lines(tmp_path, monkeypatch):
    from pathlib import Path

    lines = "".join(json.dumps({"id": f"t{n}", "text": f"Chad met Niger on day {n} of the talks, officials said."})
                    + "\n" for n in range(400))
    packed = gzip.compress(lines.encode("utf-8"))
    cut = tmp_path / "feed.jsonl.gz"  # a download that stopped half way: every article was lost
    cut.write_bytes(packed[: len(packed) // 2])
    *records, error = _read(cut)
    assert records and [r.article.id for r in records] == [f"t{n}" for n in range(len(records))]
    assert isinstance(error, InputError) and error.message.startswith(f"cannot read after line {len(records)} (")
    plain = tmp_path / "feed.jsonl"
    plain.write_text(lines, encoding="utf-8")
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} read whole"))
    first = next(read_path(str(plain)))  # never the whole file in memory
    assert first.article.id == "t0" and len(_read(plain)) == 400


def _listed(path, chunk, monkeypatch):
    from detente import io as io_mod

    monkeypatch.setattr(io_mod, "JSON_CHUNK", chunk)
    return [(type(x).__name__, x.where, x.message if isinstance(x, InputError) else x.article) for x in _read(path)]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 20])
def test_io_a_json_list_is_read_an_item_at_a_time_as_a_whole_read_would(tmp_path, monkeypatch, chunk):
    # a .json list was read whole into memory (left open by the last probe): it is now decoded an item at
    # a time from a buffer, which must give what json.loads of the whole file gave, wherever chunks end
    items = [{"id": f"a{n}", "date": "2021-03-04", "title": "Zürich \u2014 talks \U0001f30d",
              "text": f"Kenya met Uganda in Nairobi on Monday ({n}). \\u escapes: \u00e9\u4e2d \"quoted\"."}
             for n in range(5)] + [7, 1.5e3, None, True, [{}], {"id": "x"}]
    path = tmp_path / "list.json"
    for layout in (json.dumps(items), json.dumps(items, indent=3), "\ufeff" + json.dumps(items, ensure_ascii=False),
                   " \n\t[ " + json.dumps(items)[1:-1] + " ]\r\n \n"):
        path.write_text(layout, encoding="utf-8")
        whole = [(type(x).__name__, x.where, x.message if isinstance(x, InputError) else x.article)
                 for x in (article_from_record(item, f"{path} item {n}", None, 1_000_000)
                           for n, item in enumerate(items, 1))]
        assert _listed(path, chunk, monkeypatch) == whole


def test_io_a_json_list_is_never_read_whole(tmp_path, monkeypatch):
    from detente import io as io_mod

    path = tmp_path / "big.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        json.dump([{"id": f"a{n}", "text": "Chad met Niger in N'Djamena on Monday. " * 20} for n in range(3000)], out)
    monkeypatch.setattr(io_mod, "JSON_CHUNK", 4096)
    longest = []
    fill = io_mod._JsonText._fill
    monkeypatch.setattr(io_mod._JsonText, "_fill", lambda self: fill(self) or longest.append(len(self.buf)))
    read = [r.article.id for r in io_mod.read_path(str(path))]
    assert read == [f"a{n}" for n in range(3000)] and len(longest) > 500 and max(longest) < 3 * 4096


@pytest.mark.parametrize("chunk", [5, 1 << 20])
def test_io_a_json_list_that_goes_wrong_keeps_the_items_before_and_says_where(tmp_path, monkeypatch, chunk):
    good = json.dumps({"id": "g", "text": "Chad met Niger."})
    path = tmp_path / "bad.json"
    for body in ("[" + good + ",\n" + good + ",\n]", "[" + good + ",\n" + good + "\n{}]",
                 "[" + good + ",\n" + good + "] []", "[" + good + ",\n" + good + ", {\"text\": \"cut"):
        path.write_text(body, encoding="utf-8")
        with pytest.raises(json.JSONDecodeError) as whole:
            json.loads(body)
        message = f"{whole.value.msg} at line {whole.value.lineno}, column {whole.value.colno}"  # as json says it
        *read, error = _listed(path, chunk, monkeypatch)
        assert [r[0] for r in read] == ["Record", "Record"] and error[0] == "InputError", body
        assert error[1] == str(path) and message in error[2] and error[2].endswith("items 1 to 2 were read"), error
    path.write_bytes(("[" + good + ", ").encode() + b'{"text": "Z\xfcrich"}]')
    *read, error = _listed(path, chunk, monkeypatch)
    offset = path.read_bytes().index(b"\xfc")
    assert len(read) == 1 and f"byte 0xfc at offset {offset}" in error[2] and "item 1 was read" in error[2]
    full = gzip.compress(json.dumps([{"id": f"t{n}", "text": f"Chad met Niger on day {n} of the talks, officials "
                                                             "said."} for n in range(400)]).encode())
    (tmp_path / "cut.json.gz").write_bytes(full[: len(full) // 2])  # a truncated download
    *read, error = _listed(tmp_path / "cut.json.gz", chunk, monkeypatch)
    assert [r[2].id for r in read] == [f"t{n}" for n in range(len(read))] and len(read) > 50
    assert error[2].startswith(f"cannot read after item {len(read)} (") and "were read" in error[2]


def test_io_a_json_list_item_too_long_for_any_article_stops_the_list(tmp_path, monkeypatch):
    from detente import io as io_mod

    monkeypatch.setattr(io_mod, "JSON_CHUNK", 64)
    path = tmp_path / "long.json"
    long_text = "Chad met Niger. " * 10  # over --max-chars 100: refused as an article, the list goes on
    endless = "Chad met Niger. " * 200  # over six times --max-chars: no article can come of it
    items = [{"id": "a", "text": "Chad met Niger."}, {"id": "b", "text": long_text},
             {"id": "c", "text": "Peru met Chile."}, {"id": "d", "text": endless}]
    path.write_text(json.dumps(items), encoding="utf-8")
    found = list(read_path(str(path), max_chars=100))
    assert [getattr(r, "article", None) and r.article.id for r in found[:3]] == ["a", None, "c"]
    assert "over the limit of 100" in found[1].message
    assert found[3].where == str(path) and "more than an article of --max-chars can take" in found[3].message
    assert found[3].message.endswith("items 1 to 3 were read") and len(found) == 4


def test_io_a_headline_only_record_is_coded_from_its_title(tmp_path):
    # a feed of headlines (title, no text, or an empty text) is coded from the title, not refused as empty;
    # a record with neither is still an error that says what it lacks
    path = tmp_path / "headlines.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "h1", "title": "Kenya recalls its ambassador to Uganda", "text": ""},
        {"id": "h2", "title": "Chad and Niger sign border accord"},
        {"id": "h3", "text": " "},
        {"id": "h4", "title": " "},
    ]) + "\n", encoding="utf-8")
    items = _read(path)
    coded = {i.article.id: i.article for i in items if not isinstance(i, InputError)}
    assert sorted(coded) == ["h1", "h2"]
    assert coded["h1"].text == "Kenya recalls its ambassador to Uganda" and coded["h1"].title == coded["h1"].text
    messages = [i.message for i in items if isinstance(i, InputError)]
    assert messages[0].startswith("empty text") and 'no "text" field' in messages[1] and '"title"' in messages[1]
