"""Web pages as article text: the words a reader sees, in paragraphs (standard library only).

Scraped copy often arrives as HTML: a ``.html`` file, or a ``text`` field holding a page or a fragment
(``<p>Kenya <b>accused</b> Uganda ...</p>``). Tags are not words: left in, they become parts of names
and objects ("towns.</p><script"). :func:`to_text` keeps the text a browser shows: scripts, styles,
forms and the page's head are dropped, block elements (paragraphs, headings, list items, table rows,
line breaks) end a paragraph, entities are decoded, runs of spaces become one. The page's first
``<h1>`` is its headline: its title, left out of the text as the title line of a ``.txt`` file is (so a
dateline opening the story's first paragraph is read as one); a page without one is titled by its
``<title>``. Offsets of the coded article point into the text made here,
which the output carries as ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose content a reader never sees as the story.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
                     "select", "button", "form", "nav"})
# Elements that end a paragraph.
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                     "tr", "table", "section", "article", "blockquote", "header", "footer", "aside", "main",
                     "figure", "figcaption", "hr", "pre", "address", "body", "html", "caption"})
# A text is HTML when it holds a tag of these elements (opening, closing or empty) or a doctype.
_TAG = re.compile(r"<!doctype html|</?(?:html|body|head|p|div|br|span|a|b|i|em|strong|h[1-6]|script|style|"
                  r"article|section|li|ul|ol|table|tr|td|blockquote|figure|header|footer|nav|main)(?:\s[^<>]*)?/?>",
                  re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


@dataclass(frozen=True, slots=True)
class Page:
    """The text a web page shows, in paragraphs, and its title (None when it has none)."""

    text: str
    title: str | None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds HTML markup (a tag of a common element, or a doctype)."""
    return _TAG.search(text) is not None


def to_text(markup: str) -> Page:
    """The text of a page or fragment, paragraphs separated by a blank line, and its title."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    paragraphs = [p for p in map(_joined, reader.paragraphs) if p]
    title = _joined(reader.heading) or _joined(reader.title)
    return Page(text="\n\n".join(paragraphs), title=title or None)


def _joined(parts: list[str]) -> str:
    """Pieces of text as one run of words, single-spaced."""
    return _SPACES.sub(" ", "".join(parts)).strip()


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]
        self.title: list[str] = []
        self.heading: list[str] = []
        self._hidden = 0  # depth inside hidden elements
        self._in_title = False
        self._in_h1 = False
        self._h1_done = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _HIDDEN:
            self._hidden += 1
        if tag == "h1" and not self._h1_done:
            self._in_h1 = True
        if tag in _BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _HIDDEN and self._hidden:
            self._hidden -= 1
        if tag == "h1" and self._in_h1:
            self._in_h1, self._h1_done = False, True
        if tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
            return
        if self._hidden:
            return
        if self._in_h1:
            self.heading.append(data)
            return
        self.paragraphs[-1].append(data)

    def _break(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])
