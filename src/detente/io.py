"""Reading articles: ``.txt`` (one article, an ``Outlet: Title`` first line is understood),
``.jsonl`` (one article per line, read line by line), ``.json`` (one article, or a list read an item
at a time: :class:`_JsonText`), directories,
gzip-compressed files and ``-`` for stdin, in UTF-8 (or UTF-16/UTF-32 starting with a byte order
mark, re-encoded to UTF-8 when read). Bad input becomes an :class:`InputError`
naming the file and line; the other articles are still read.

A ``.html``/``.htm`` file, or a text field holding HTML markup, is read as the words the page shows
(:mod:`detente.markup`). Text is sanitised on the way in: a control character other than tab, newline and carriage
return (C0, DEL, C1; NUL included) in a text field becomes a space, one character for one, so
offsets are unchanged (invisible format characters, a soft hyphen or a zero-width space, are removed
when the :class:`~detente.model.Article` is made). An unpaired surrogate (a ``\ud800`` escape in JSON) is not text: the
record is refused, naming the field and the character. Ids are refused when they hold a control
character or are over ``MAX_ID_CHARS``; text fields other than ``text`` must be strings (or null).
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path
from typing import Any

from detente import language, markup
from detente.events.publication import check_publication_date, parse_publication_format
from detente.model import CONTROL_CHARACTERS, Article

DEFAULT_MAX_CHARS = 1_000_000
MAX_ID_CHARS = 1_000
_CONTROL = CONTROL_CHARACTERS
_SURROGATE = re.compile(r"[\ud800-\udfff]")
TEXT_FIELDS = ("title", "source", "url")
_HEADER = re.compile(r"^(?P<outlet>[^:\n]{2,60}):\s+(?P<title>\S[^\n]{3,300})$")
SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class InputError:
    """One input record that could not be read: where it is and what is wrong."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Record:
    """An article read from input, with where it came from (``file`` or ``file line N``)."""

    article: Article
    where: str


# Byte order marks of the Unicode encodings other than UTF-8 (UTF-32 first: its little-endian mark
# begins with UTF-16's). A file that starts with one says how it is encoded (Windows "Unicode" text).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _as_utf8(data: bytes, where: str) -> bytes | InputError:
    """The bytes of a whole input, in UTF-8: a UTF-16 or UTF-32 file with its byte order mark is
    re-encoded (so JSON lines split as in any file); other data is returned as it is."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).encode("utf-8")
            except UnicodeDecodeError as exc:
                return InputError(where, f"not {encoding.upper()} text although it starts with a {encoding.upper()} "
                                         f"byte order mark ({exc.reason} at offset {exc.start}); "
                                         "convert the file to UTF-8")
    return data


def _decode(data: bytes, where: str) -> str | InputError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(where, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                 "convert the file to UTF-8 (from Windows or Latin-1 text: "
                                 "iconv -f windows-1252 -t utf-8 FILE)")


def _char(c: str) -> str:
    return f"U+{ord(c):04X}"


def clean_text(value: str, field: str, where: str) -> str | InputError:
    """``value`` with control characters (but tab, newline, CR) made spaces, or an InputError when it
    holds an unpaired surrogate."""
    if m := _SURROGATE.search(value):
        return InputError(where, f'the "{field}" field holds an unpaired surrogate ({_char(m.group())}) at '
                                 f"character {m.start()}: it is not text (often a broken \\u escape); "
                                 "fix or drop it at the source")
    return _CONTROL.sub(" ", value)


def _clean_id(value: Any, where: str) -> str | InputError:
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return InputError(where, 'the "id" field must be a string (or a whole number)')
    value = str(value)
    if m := (_SURROGATE.search(value) or _CONTROL.search(value)):
        return InputError(where, f'the "id" field holds a control character or unpaired surrogate '
                                 f"({_char(m.group())}) at character {m.start()}: ids must be printable text")
    if len(value) > MAX_ID_CHARS:
        return InputError(where, f'the "id" field is {len(value):,} characters, over the limit of {MAX_ID_CHARS:,}')
    return value


def _clean_field(value: Any, field: str, where: str) -> str | None | InputError:
    if value is None:
        return None
    if not isinstance(value, str):
        return InputError(where, f'the "{field}" field must be a string or null, not {type(value).__name__}')
    return clean_text(value, field, where)


def check_text(text: Any, where: str, max_chars: int, html: bool = True,
               language_check: bool = True) -> str | InputError:
    """The text to code, cleaned and checked (the text of every input record, and of
    :func:`detente.code_text`); with ``html``, markup in it is read as a page's words; with
    ``language_check``, a text that is not English is refused."""
    if not isinstance(text, str):
        return InputError(where, 'the "text" field must be a string')
    text = clean_text(text, "text", where)
    if isinstance(text, InputError):
        return text
    if html and markup.looks_like_html(text):  # a page or fragment: the words it shows (detente.markup)
        text = markup.to_text(text).text
    if not text.strip():
        return InputError(where, "empty text: nothing to code")
    if len(text) > max_chars:
        return InputError(where, f"article is {len(text):,} characters, over the limit of {max_chars:,} "
                                 "(split it, or raise the limit with --max-chars)")
    refused = language.refusal(text) if language_check else None
    if refused:
        return InputError(where, refused)
    return text


def parse_txt(text: str, name: str) -> tuple[str | None, str | None, str]:
    """Split a text file into (outlet, title, body) when its first line is ``Outlet: Title``. A first line
    that ends with a full stop is a sentence of the story, not a headline: a dateline lead such as
    "NEW DELHI: India on Monday accused ..." is coded with the rest, never set apart as a title."""
    first, _, rest = text.partition("\n")
    match = _HEADER.match(first.strip())
    if match and rest.strip() and not match.group("title").rstrip().endswith("."):
        body = rest.lstrip("\n")
        return match.group("outlet").strip(), match.group("title").strip(), body
    return None, None, text


def _parse_date(value: Any, where: str) -> dt.date | None | InputError:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return InputError(where, f'the "date" field must be a string, not {type(value).__name__}')
    if isinstance(value, str) and (m := (_SURROGATE.search(value) or _CONTROL.search(value))):
        return InputError(where, f'the "date" field holds a control character or unpaired surrogate '
                                 f"({_char(m.group())}) at character {m.start()}")
    try:
        day = parse_publication_format(str(value))
    except ValueError as exc:
        return InputError(where, f"unknown date format: {exc}")
    try:
        return check_publication_date(day)
    except ValueError as exc:
        return InputError(where, str(exc))


def _json_kind(value: Any) -> str:
    return {list: "a list", str: "a string", bool: "true or false", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def article_from_record(data: Any, where: str, default_date: dt.date | None, max_chars: int) -> Record | InputError:
    """Turn one JSON object into an article, or say what is wrong with it."""
    if not isinstance(data, dict):
        return InputError(where, f"an article must be a JSON object with a \"text\" field, not {_json_kind(data)}")
    body = data.get("text")
    if (body is None or isinstance(body, str) and not body.strip()) and isinstance(data.get("title"), str) \
            and data["title"].strip():
        body = data["title"]  # a feed of headlines: the title is all the text there is, so it is what is coded
    elif "text" not in data:
        return InputError(where, 'no "text" field: each article needs its text (or at least a "title")')
    text = check_text(body, where, max_chars)
    if isinstance(text, InputError):
        return text
    date = _parse_date(data.get("date"), where)
    if isinstance(date, InputError):
        return date
    article_id = _clean_id(data.get("id"), where)
    if isinstance(article_id, InputError):
        return article_id
    fields: dict[str, str | None] = {}
    for name in TEXT_FIELDS:
        value = _clean_field(data.get(name), name, where)
        if isinstance(value, InputError):
            return value
        fields[name] = value
    article = Article(text=text, id=article_id, date=date or default_date, **fields)
    return Record(article=article, where=where)


# What reading a file may raise: the OS, and a truncated or corrupt gzip stream.
READ_ERRORS = (OSError, EOFError, zlib.error)


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _open_bytes(path: Path) -> gzip.GzipFile | BufferedReader:
    """The file for reading its bytes, decompressed when ``.gz``."""
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")


def _file_lines(path: Path) -> Iterator[bytes]:
    """The lines of a file (decompressed when ``.gz``), read as they are needed: a corpus of JSON lines
    is never held whole in memory."""
    with _open_bytes(path) as handle:
        yield from handle


def _head(path: Path) -> bytes:
    """The first ``HEAD_BYTES`` of a file (decompressed): enough to tell a list from JSON lines. A
    file that cannot be read so far (a truncated download) gives the bytes before the fault, which
    the reader then meets again, after the articles before it."""
    head = b""
    with _open_bytes(path) as handle:
        try:
            while len(head) < HEAD_BYTES and (piece := handle.read1(HEAD_BYTES - len(head))):
                head += piece
        except READ_ERRORS:
            pass
    return head


def _starts_with_wide_bom(path: Path) -> bool:
    """Whether the file (decompressed) starts with a UTF-16 or UTF-32 byte order mark."""
    with _open_bytes(path) as handle:
        head = handle.read(4)
    return any(head.startswith(bom) for bom, _ in _BOMS)


def _kind(path: Path) -> str:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    return Path(name).suffix.lower()


def read_path(path: str, default_date: dt.date | None = None,
              max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Record | InputError]:
    """Every article in one input path (file, directory or ``-``), with an error for each bad record."""
    if path == "-":
        given = _as_utf8(sys.stdin.buffer.read(), "<stdin>")
        if isinstance(given, InputError):
            yield given
        else:
            yield from _text_article(given, "<stdin>", "stdin", default_date, max_chars)
        return
    p = Path(path)
    if p.is_dir():
        files, unreadable = _files_in(p)
        yield from unreadable
        if not files and not unreadable:
            yield InputError(path, "directory holds no .txt, .jsonl, .json or .html files")
        for file in files:
            yield from read_path(str(file), default_date, max_chars)
        return
    if not p.exists():
        yield InputError(path, "no such file")
        return
    kind = _kind(p)
    try:
        if kind == ".jsonl" and not _starts_with_wide_bom(p):  # UTF-8 JSON lines: read line by line
            yield from _jsonl(_file_lines(p), path, default_date, max_chars)
            return
        if kind == ".json" and not _starts_with_wide_bom(p):
            head = _head(p)
            if head.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"["):  # a list: read an item at a time
                yield from _json_list(p, path, default_date, max_chars)
                return
            if _json_lines(head):  # many feeds name JSON lines .json
                yield from _jsonl(_file_lines(p), path, default_date, max_chars)
                return
        raw = _read_bytes(p)
    except READ_ERRORS as exc:
        yield InputError(path, f"cannot read: {exc}")
        return
    data = _as_utf8(raw, path)
    if isinstance(data, InputError):
        yield data
        return
    if kind == ".jsonl" or (kind == ".json" and _json_lines(data)):  # many feeds name JSON lines .json
        yield from _jsonl(iter(data.split(b"\n")), path, default_date, max_chars)
    elif kind == ".json":
        if not data.strip(b" \t\r\n\xef\xbb\xbf"):
            yield InputError(path, "no articles: the file is empty")
            return
        parsed = _load_json(data, path)
        if isinstance(parsed, InputError):
            yield parsed
            return
        if parsed == []:
            yield InputError(path, "no articles: the JSON list is empty")
        items = parsed if isinstance(parsed, list) else [parsed]
        for number, item in enumerate(items, 1):
            yield article_from_record(item, f"{path} item {number}" if isinstance(parsed, list) else path,
                                      default_date, max_chars)
    elif kind in (".html", ".htm"):
        yield from _text_article(data, path, p.name.split(".")[0], default_date, max_chars, page=True)
    else:
        stem = p.name.split(".")[0]
        yield from _text_article(data, path, stem, default_date, max_chars)


def _files_in(folder: Path) -> tuple[list[Path], list[InputError]]:
    """The input files under ``folder`` (recursively, symbolic links to folders not followed), in path
    order, and an error for each folder that cannot be read (the others are still read)."""
    problems: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        problems.append(InputError(str(exc.filename or folder), f"cannot read this folder ({exc.strerror}); "
                                                                 "its files were left out"))

    files = []
    for root, _, names in os.walk(folder, onerror=unreadable):
        for name in names:
            file = Path(root, name)
            if _kind(file) in SUFFIXES and file.is_file():
                files.append(file)
    return sorted(files), problems


def _text_article(data: bytes, where: str, stem: str, default_date, max_chars,
                  page: bool = False) -> Iterator[Record | InputError]:
    """One article from a text file (an ``Outlet: Title`` first line is understood) or, with ``page``, a web
    page: the words it shows, titled by its headline (``detente.markup``)."""
    text = _decode(data, where)
    if isinstance(text, InputError):
        yield text
        return
    if page:
        shown = markup.to_text(text)
        outlet, title, body = None, shown.title, shown.text
    else:
        outlet, title, body = parse_txt(text, stem)
    outlet, title = (_CONTROL.sub(" ", v) if v else v for v in (outlet, title))
    checked = check_text(body, where, max_chars, html=not page)
    if isinstance(checked, InputError):
        yield checked
        return
    yield Record(article=Article(text=checked, id=stem if stem != "stdin" else "", title=title, date=default_date,
                                 source=outlet), where=where)


def _json_lines(data: bytes) -> bool:
    """Whether a ``.json`` file is JSON lines: its first line is a whole JSON object and more follows
    (a JSON document would fail at "Extra data" there)."""
    first, newline, rest = data.lstrip().partition(b"\n")
    if not (newline and rest.strip() and first.rstrip().endswith(b"}")):
        return False
    try:
        return isinstance(json.loads(first.decode("utf-8-sig")), dict)
    except (ValueError, RecursionError):  # not UTF-8, or not a whole object: an ordinary JSON document
        return False


def _jsonl(lines: Iterator[bytes], path: str, default_date, max_chars) -> Iterator[Record | InputError]:
    """Each line an article; blank lines are skipped, but a file without any line is said to be empty.
    A file that cannot be read to its end (a truncated download) keeps the lines before, and says where
    it stopped."""
    read = any_bytes = False
    number = 0
    while True:
        try:
            raw = next(lines, None)
        except READ_ERRORS as exc:
            yield InputError(path, f"cannot read after line {number} ({exc}); the lines before it were read"
                             if number else f"cannot read: {exc}")
            return
        if raw is None:
            break
        number += 1
        any_bytes = any_bytes or bool(raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw)
        where = f"{path} line {number}"
        if not raw.strip():
            continue
        read = True
        parsed = _load_json(raw, where)
        yield parsed if isinstance(parsed, InputError) else article_from_record(parsed, where, default_date, max_chars)
    if not read:
        yield InputError(path, "no articles: the file holds only blank lines" if any_bytes else
                         "no articles: the file is empty")


JSON_CHUNK = 1 << 20  # bytes of a .json list read at a time
HEAD_BYTES = 1 << 20  # bytes read to tell a .json list from a .json of JSON lines
_JSON = json.JSONDecoder()
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


class _BadJson(Exception):
    """A .json list that cannot be read on from here: the message says why."""


class _JsonText:
    """The text of a UTF-8 JSON file read a chunk at a time: JSON values are decoded one after the
    other from a buffer that holds the unread part (and at least one whole value), never the file."""

    def __init__(self, handle, max_value: int) -> None:
        self._handle, self._max_value = handle, max_value
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf, self.pos, self.ended = "", 0, False
        self._fault: Exception | None = None
        self._line, self._column, self._bytes = 1, 0, 0  # where buf[0] is: line, column (from 0), byte offset

    def _fill(self) -> None:
        """One more chunk at the end of the buffer (the part already read is dropped first). A chunk
        that cannot be read or decoded adds what came before the fault; the fault is raised when the
        buffer is needed past it, so that the values before it are still read."""
        if self._fault is not None:
            raise self._fault
        try:
            data = self._handle.read1(JSON_CHUNK)  # one read: what came before a fault is kept
        except READ_ERRORS as exc:
            self._fault = exc
            raise
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            offset = self._bytes + len(data) - len(exc.object) + exc.start
            self._fault = _BadJson(f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {offset}); "
                                   "convert the file to UTF-8 (from Windows or Latin-1 text: "
                                   "iconv -f windows-1252 -t utf-8 FILE)")
            text = codecs.decode(exc.object[:exc.start], "utf-8-sig" if self._bytes == 0 else "utf-8")
        self._bytes += len(data)
        self.ended = not data and self._fault is None
        read = self.buf[:self.pos]
        if (lines := read.count("\n")):
            self._line, self._column = self._line + lines, len(read) - read.rfind("\n") - 1
        else:
            self._column += len(read)
        self.buf, self.pos = self.buf[self.pos:] + text, 0

    def at(self, pos: int) -> str:
        """``line L, column C`` of a position of the buffer in the file, as ``json`` says it."""
        lines = self.buf.count("\n", 0, pos)
        column = pos - self.buf.rfind("\n", 0, pos) if lines else self._column + pos + 1
        return f"line {self._line + lines}, column {column}"

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = _JSON_SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]  # matches ""
            if self.pos < len(self.buf) or self.ended:
                return self.buf[self.pos:self.pos + 1]
            self._fill()

    def value(self) -> Any:
        """The JSON value that starts at the next character; the buffer grows (doubling) while it may
        hold only the value's beginning."""
        self.peek()
        while True:
            try:
                value, end = _JSON.raw_decode(self.buf, self.pos)
                if end < len(self.buf) or self.ended:  # a number at the buffer's end may go on
                    self.pos = end
                    return value
            except json.JSONDecodeError as exc:
                if self.ended or (exc.pos < len(self.buf) - 8 and not exc.msg.startswith("Unterminated string")):
                    raise _BadJson(f"not valid JSON ({exc.msg} at {self.at(exc.pos)})") from None
            except RecursionError:
                raise _BadJson("JSON nested too deeply to read; an article is one flat object") from None
            wanted = 2 * (len(self.buf) - self.pos) + JSON_CHUNK
            if len(self.buf) - self.pos > self._max_value:
                raise _BadJson(f"an item of over {self._max_value:,} characters of JSON, more than an article "
                               "of --max-chars can take; the list was read no further")
            self._fill()  # at least one chunk, then more while the buffer has not doubled
            while not self.ended and self._fault is None and len(self.buf) - self.pos < wanted:
                self._fill()


def _json_list(path: Path, where: str, default_date, max_chars) -> Iterator[Record | InputError]:
    """The articles of a .json file holding a list, read an item at a time (a list of a million
    articles is never held whole); a list that goes wrong keeps the items before, and says where."""
    number = 0
    try:
        with _open_bytes(path) as handle:
            text = _JsonText(handle, 6 * max_chars + JSON_CHUNK)  # \uXXXX takes six characters for one
            text.peek()
            text.pos += 1  # the "["
            if text.peek() == "]":
                text.pos += 1
                if text.peek():
                    raise _BadJson(f"not valid JSON (Extra data at {text.at(text.pos)})")
                yield InputError(where, "no articles: the JSON list is empty")
                return
            while True:
                item = text.value()
                number += 1
                yield article_from_record(item, f"{where} item {number}", default_date, max_chars)
                follows = text.peek()
                if follows == ",":
                    text.pos += 1
                    continue
                if follows != "]":
                    raise _BadJson(f"not valid JSON (Expecting ',' delimiter at {text.at(text.pos)})")
                text.pos += 1
                if text.peek():
                    raise _BadJson(f"not valid JSON (Extra data at {text.at(text.pos)})")
                return
    except _BadJson as exc:
        yield InputError(where, f"{exc}; {_items_read(number)}" if number else str(exc))
    except READ_ERRORS as exc:
        yield InputError(where, f"cannot read after item {number:,} ({exc}); {_items_read(number)}"
                         if number else f"cannot read: {exc}")


def _items_read(number: int) -> str:
    return "item 1 was read" if number == 1 else f"items 1 to {number:,} were read"


def _load_json(data: bytes, where: str) -> Any:
    """Decoded JSON, or an InputError saying why it is not."""
    text = _decode(data, where)
    if isinstance(text, InputError):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        return InputError(where, "JSON nested too deeply to read; an article is one flat object")


def read_inputs(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], default_date: dt.date | None = None,
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Record | InputError]:
    """Every article of every path, in order. One path may be given alone (a string is one path,
    never a sequence of one-letter paths: ``"/data/feed.jsonl"`` once read ``/`` whole)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in paths:
        yield from read_path(os.fspath(path), default_date, max_chars)
