"""The furniture of agency copy as sites and feeds deliver it, blanked for the parser.

Real copy is scraped from pages and feeds, not clean like a wire set: a headline with its prefix
("UPDATE 3-", "Analysis:"), a byline ("By Tom Jenkins and Maria Lopez", "Reuters Staff"), timestamps
("Updated 11:32 GMT"), photo captions ("FILE PHOTO: ... REUTERS/Name/File Photo"), "Listen to this
article" and "Advertisement · Scroll to continue" come before or inside the story, and credits
("(Reporting by X in Kyiv; Editing by W)"), standards and copyright lines, correction notes, contributor
lines ("Associated Press writer X in Y contributed to this report."), "Sign up here." and lists of
links ("Read more:", "Related coverage") after it. None of it is the story: its names must not become
actors, its cities places, its dates dates of events, and its headlines events.

:func:`blank_furniture` blanks all of it in the copy the parser reads (``nlp.parse_copy``): every
character but line breaks becomes a space, so offsets and the output text are kept. The patterns are
data: ``data/copy/furniture.tsv``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from detente.events.dates import word_tables

_DATA = Path(__file__).resolve().parent / "data" / "copy" / "furniture.tsv"
KINDS = ("line", "inline", "list", "stamp")
# A link under a list's heading is a line of at most HEADLINE_WORDS words that does not end as a sentence.
HEADLINE_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_BULLET = re.compile(r"[*•·▪►-]\s")
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


@dataclass(frozen=True)
class Furniture:
    """The patterns of ``data/copy/furniture.tsv``, compiled."""

    line: re.Pattern[str]  # a whole line of furniture
    inline: re.Pattern[str] | None  # furniture inside a paragraph
    heading: re.Pattern[str]  # the heading of a list of links, with what follows it on its line (group "rest")
    stamp: frozenset[str]  # words of timestamp lines, months and weekdays included (lower case)


@functools.cache
def furniture(path: Path = _DATA) -> Furniture:
    """The furniture patterns of ``path`` (default the shipped file), read and compiled once."""
    kinds: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw == "kind\tpattern":
            continue
        kind, _, pattern = raw.partition("\t")
        if kind not in kinds or not pattern:
            raise ValueError(f"{path.name} line {number}: not 'kind<TAB>pattern' with a kind of {', '.join(KINDS)}")
        kinds[kind].append(pattern)
    tables = word_tables()
    return Furniture(
        line=re.compile("|".join(f"(?:{p})" for p in kinds["line"])),
        inline=re.compile("|".join(f"(?:{p})" for p in kinds["inline"])) if kinds["inline"] else None,
        heading=re.compile(
            "(?:" + "|".join(f"(?:{p})" for p in kinds["list"]) + r")(?:\s*(?::|\||-|–|—)\s*(?P<rest>.*))?"),
        stamp=frozenset({*kinds["stamp"], *tables.months, *tables.weekdays}),
    )


def blank_furniture(copy: str) -> str:
    """``copy`` with its furniture blanked (the module's docstring): same length, line breaks kept."""
    if not copy.strip():
        return copy
    table = furniture()
    blank: list[tuple[int, int]] = []
    in_list = False
    start = 0
    for line in copy.split("\n"):
        text = line.strip()
        if not text:
            pass
        elif in_list and _headline(text):
            blank.append((start, start + len(line)))
        else:
            heading = table.heading.fullmatch(text)
            in_list = heading is not None and (not heading.group("rest") or _headline(heading.group("rest")))
            if in_list or table.line.fullmatch(text) or _stamp(text, table):
                blank.append((start, start + len(line)))
            elif table.inline is not None:
                blank.extend((start + m.start(), start + m.end()) for m in table.inline.finditer(line))
        start += len(line) + 1
    return _blanked(copy, blank) if blank else copy


def _headline(text: str) -> bool:
    """A link under a list's heading: a short line that does not end as a sentence (a bullet aside)."""
    text = _BULLET.sub("", text, count=1) if _BULLET.match(text) else text
    return len(text.split()) <= HEADLINE_WORDS and not _SENTENCE_END.search(text)


def _stamp(text: str, table: Furniture) -> bool:
    """A timestamp line: dates, clock times, numbers and the words of ``stamp`` only, with a number."""
    if len(text) > 120 or not any(c.isdigit() for c in text):
        return False
    words = _WORD.findall(_CLOCK.sub(" ", text))
    return all(w.isdigit() or w.lower() in table.stamp or w.lower().rstrip(".") in table.stamp for w in words)


def _blanked(copy: str, spans: list[tuple[int, int]]) -> str:
    chars = list(copy)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
