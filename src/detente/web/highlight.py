"""The article text cut into sentences and pieces, each piece with the marks that cover it.

Nothing here produces HTML: the template writes every piece with Jinja2's autoescape, so article
text (untrusted) is always escaped. A piece is covered by zero or more marks (an actor mention,
an event trigger); overlapping or nested spans are cut at every boundary, so a piece is either
wholly inside a span or wholly outside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+")


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span: ``kind`` is ``actor`` or ``trigger``."""

    kind: str
    start: int
    end: int
    title: str = ""
    ref: str = ""  # the actor id, or the mention id of a trigger


@dataclass(slots=True)
class Piece:
    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def trigger(self) -> Mark | None:
        return next((m for m in self.marks if m.kind == "trigger"), None)

    @property
    def actor(self) -> Mark | None:
        return next((m for m in self.marks if m.kind == "actor"), None)


@dataclass(slots=True)
class Sentence:
    """A stretch of the text; ``index`` is the coder's sentence number when known (the anchor
    ``s{index}``), else ``None``."""

    index: int | None
    start: int
    end: int
    pieces: list[Piece] = field(default_factory=list)

    @property
    def anchor(self) -> str | None:
        return f"s{self.index}" if self.index is not None else None


def locate_sentence(text: str, sentence: str, inside: int | None) -> tuple[int, int] | None:
    """Where ``sentence`` is in ``text``: the occurrence that contains offset ``inside`` (a trigger
    start) when given, else the first one."""
    if not sentence:
        return None
    if inside is not None:
        start = text.rfind(sentence, 0, inside + 1)
        if start >= 0 and start + len(sentence) > inside:
            return start, start + len(sentence)
    start = text.find(sentence)
    return (start, start + len(sentence)) if start >= 0 else None


def sentence_spans(text: str, known: dict[int, tuple[int, int]],
                   hints: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Cut ``text`` into sentences covering all of it.

    ``known`` maps sentence indexes to their (start, end) offsets (the sentences of events); the
    text between them is split at sentence-final punctuation, and a stretch gets an index from
    ``hints`` ((offset, sentence index) of actor mentions) when one falls in it, else none."""
    spans: list[tuple[int, int, int | None]] = []
    cursor = 0
    used: set[int] = set()
    for number, (start, end) in sorted(known.items(), key=lambda item: item[1]):
        if start < cursor or end > len(text) or start >= end:
            continue  # overlapping or out of range: leave it to the fallback
        spans.append((start, end, number))
        used.add(number)
        cursor = end
    spans.sort()
    out: list[tuple[int, int, int | None]] = []
    position = 0
    for start, end, index in spans + [(len(text), len(text), None)]:
        if start > position:
            out.extend(_split(text, position, start))
        if end > start:
            out.append((start, end, index))
        position = max(position, end)
    sentences = []
    for start, end, index in out:
        if index is None and hints:
            found = sorted({i for offset, i in hints if start <= offset < end and i not in used})
            if found:
                index = found[0]
                used.add(index)
        sentences.append(Sentence(index=index, start=start, end=end))
    return sentences


def _split(text: str, start: int, end: int) -> list[tuple[int, int, None]]:
    pieces, position = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.end() > position:
            pieces.append((position, match.end(), None))
            position = match.end()
    if position < end:
        pieces.append((position, end, None))
    return pieces


def cut(text: str, sentences: list[Sentence], marks: list[Mark]) -> list[Sentence]:
    """Fill each sentence with pieces of text, each carrying the marks that cover it wholly."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    for sentence in sentences:
        inside = [m for m in valid if m.start < sentence.end and m.end > sentence.start]
        bounds = {sentence.start, sentence.end}
        for mark in inside:
            bounds.add(max(mark.start, sentence.start))
            bounds.add(min(mark.end, sentence.end))
        points = sorted(bounds)
        pieces: list[Piece] = []
        for a, b in zip(points, points[1:]):
            covering = sorted((m for m in inside if m.start <= a and m.end >= b),
                              key=lambda m: (m.kind != "trigger", m.start, -m.end))
            if pieces and [id(m) for m in pieces[-1].marks] == [id(m) for m in covering]:
                pieces[-1].text += text[a:b]
            else:
                pieces.append(Piece(text=text[a:b], marks=covering))
        sentence.pieces = pieces
    return sentences
