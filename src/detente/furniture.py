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
character but line breaks becomes a space, so offsets and the output text are kept. It also finds
where the story starts: a dateline ("KYIV, May 4 (Reuters) -", "WASHINGTON —", "Paris (AFP) -",
"Jan 5 (Reuters) -", "NEW DELHI (PTI):", "MOSCOW, March 3. /TASS/.", "ISLAMABAD:", "Tehran, IRNA --",
"New Delhi, Apr 2 (PTI) India ...", "HOBART, Jan 30 AAP -", "Lima, Sep 8 (EFE).-", "MUMBAI [India], May 2
(ANI):", "KAZAN. May 2 (Interfax) -", "Dammam, Rabi' al-Awwal 15, 1447, May 2, 2025, SPA --", "(ANSA) - MILAN,
JAN 10 -", a city in capitals alone on its line) opening a line under nothing but a headline, byline, timestamps,
captions and notes; those lines and the dateline are blanked, so the dateline is read as the leading
blank of the copy, as at the start of clean copy (``antecedents.dateline_country``). Without a dateline,
the story starts at its first paragraph written as a sentence under such lines (not under summary bullets,
which may be the story); a headline over no story keeps its words, without its prefix ("UPDATE 3-").
A page that lost its line breaks may run the headline, byline and a dateline with its agency's tag into
one line ("Headline By X KYIV, March 4 (Reuters) - ..."): with no sentence before it, all up to the
dateline's end is blanked.
The patterns are data: ``data/copy/furniture.tsv``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from detente.events.dates import word_tables

_DATA = Path(__file__).resolve().parent / "data" / "copy" / "furniture.tsv"
KINDS = ("line", "inline", "list", "prefix", "tag", "stamp")
# The story starts at a dateline within the first FRONT_LINES lines (that are not blank) and FRONT_CHARS
# characters; a headline or a link is a line of at most HEADLINE_WORDS words that does not end as a
# sentence, a summary bullet ("* Kremlin denies it") one of at most BULLET_WORDS words.
FRONT_LINES = 12
FRONT_CHARS = 3000
HEADLINE_WORDS = 25
BULLET_WORDS = 40
# A line of furniture (a caption, a credit line) is at most LINE_CHARS long; a dateline is read in the
# first DATELINE_CHARS of its line. Longer lines are story (and a 1 MB run-on line costs no regex time).
LINE_CHARS = 1000
DATELINE_CHARS = 200
LONE_CITY_WORDS = 3
STORY_WORDS = 8  # the story's first paragraph under a headline, when no dateline opens it
RUN_IN_CHARS = 600  # a dateline with a tag run into the headline and byline on the copy's first line
_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals of ASCII and Latin-1
# a dateline's city in capitals, or two with a slash ("NEW DELHI/ISLAMABAD")
_CAPS_CITY = rf"[{_UPPER}][{_UPPER}.'’ -]*[{_UPPER}.](?:/[{_UPPER}][{_UPPER}.'’ -]*[{_UPPER}.])*"
# a city not in capitals, with the small words of some names ("Dar es Salaam", "Rio de Janeiro", "Port of Spain")
_PARTICLE = r"(?:(?:es|de|da|do|dos|das|del|di|du|des|la|le|los|las|of|al|el|en|au|am|sur)[ -])?"
_TITLE_WORDS = rf"[A-Z][\w.'’-]*(?:[ -]{_PARTICLE}[A-Z][\w.'’-]*){{0,3}}"
_TITLE_CITY = rf"{_TITLE_WORDS}(?:/{_TITLE_WORDS})*"
# the dateline's country after its city: "KYIV, Ukraine", or in brackets as ANI writes it ("NEW DELHI [India]")
_COUNTRY = r"(?:,\s*[A-Z][\w.'’ -]{1,30}?|\s*\[[A-Z][\w.'’ -]{1,30}\])??"
_ANY_TAG = r"\([A-Za-z][\w.&' -]{0,30}\)"
# a dash, a colon or a full stop after the tag; EFE's full stop and dash ("Quito, Apr 16 (EFE).-") too
_SEPARATOR = r"\s*(?:-{1,2}|—|–|:|\.(?:[ \t]?(?:-{1,2}|—|–))?)(?=\s|$)"
_DASH = r"\s*(?:--|—|–)(?=\s|$)"
_STORY = r"(?=[ \t]+[A-Z“\"‘'\d]|[ \t]*$)"  # the story's first word, or the end of the dateline's line
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s")
_BULLET = re.compile(r"[*•·▪►-]\s")
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


@dataclass(frozen=True)
class Furniture:
    """The patterns of ``data/copy/furniture.tsv``, compiled."""

    line: re.Pattern[str]  # a whole line of furniture
    inline: re.Pattern[str] | None  # furniture inside a paragraph
    heading: re.Pattern[str]  # the heading of a list of links, with what follows it on its line (group "rest")
    prefix: re.Pattern[str]  # a headline prefix
    dateline: re.Pattern[str]  # a dateline opening a line
    run_in: re.Pattern[str]  # a dateline with its agency's tag after a headline on the same line
    lone_city: re.Pattern[str]  # a city in capitals alone on its line
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
    months = "|".join(sorted((re.escape(m) for m in tables.months), key=len, reverse=True))
    weekdays = "|".join(sorted((re.escape(w) for w in tables.weekdays), key=len, reverse=True))
    # "March 3", "MARCH 3", "3 March", "Monday, March 3, 2025", "24th March, 2025" (WAM; the tables' names
    # are in lower case)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = (rf"(?i:(?:(?:{weekdays}),?\s+)?(?:(?:{months})\.?\s+{day}|{day}\s+(?:{months})\.?)"
            r"(?:,?\s+\d{4})?\b\.?)")
    tags = "|".join(re.escape(t) for t in sorted(kinds["tag"], key=len, reverse=True))
    tag = rf"(?:\(\s*(?:{tags})\s*\)|/\s*(?:{tags})\s*/)"
    dateline = "|".join((
        # a city in capitals, a country, a date and a tag, then a dash, a colon or a full stop ("NEW DELHI
        # (PTI):", "MOSCOW, March 3. /TASS/."); after a date and a tag, no separator ("NEW DELHI, Dec 1 (PTI) The")
        rf"{_CAPS_CITY}{_COUNTRY}(?:,?\s*{date})?\s*(?:{tag}|{_ANY_TAG}){_SEPARATOR}",
        rf"{_CAPS_CITY}{_COUNTRY},?\s*{date}\s*(?:{tag}|{_ANY_TAG})(?=[ \t]+[A-Z“\"‘'])",
        # a city not in capitals, a date and an agency's tag, no separator ("New Delhi, Apr 22 (PTI) India")
        rf"{_TITLE_CITY}{_COUNTRY},?\s*{date}\s*{tag}(?=[ \t]+[A-Z“\"‘'])",
        # a date and an agency's tag without brackets, then a separator ("NOUMEA, Oct 15 AAP -"; CMC puts a comma
        # before its tag: "BRIDGETOWN, Barbados, Oct 15, CMC –")
        rf"(?:{_CAPS_CITY}|{_TITLE_CITY}){_COUNTRY},?\s*{date},?\s+(?:{tags}){_SEPARATOR}",
        rf"{_CAPS_CITY}{_COUNTRY},?\s*{date}{_SEPARATOR}",  # "KYIV, May 4 -"
        rf"{_CAPS_CITY}\.\s*{date}\s*(?:{tag}|{_ANY_TAG}){_SEPARATOR}",  # Interfax: "MOSCOW. March 3 (Interfax) -"
        # dates of two calendars, then the tag after a comma (SPA: "Riyadh, Ramadan 10, 1446, March 10, 2025, SPA --")
        rf"{_TITLE_CITY},\s*(?:(?:[A-Z][\w'’ -]{{1,20}}\s\d{{1,2}}|\d{{4}}),\s*){{1,4}}(?:{tags}){_SEPARATOR}{_STORY}",
        # with no date and no tag, or a city not in capitals, or no city: only before the story's first word
        rf"(?=\S{{3}}){_CAPS_CITY}{_COUNTRY}{_DASH}{_STORY}",  # "WASHINGTON —", "KYIV, Ukraine —"; not "US —"
        rf"(?=\S{{3}}){_CAPS_CITY}{_COUNTRY}:(?=[ \t]+[A-Z“\"‘'])",  # "ISLAMABAD: Pakistan ..." (Dawn, Arab News)
        rf"{_TITLE_CITY},\s*(?:{tags}){_SEPARATOR}{_STORY}",  # "Tehran, IRNA --"
        rf"{_TITLE_CITY}{_COUNTRY}(?:,?\s*{date})?\s*{tag}{_SEPARATOR}{_STORY}",  # "Paris (AFP) -"
        rf"{date}\s*{tag}{_SEPARATOR}{_STORY}",  # "Jan 5 (Reuters) -"
        # the tag before the city and date, as ANSA writes it ("(ANSA) - ROME, JAN 10 -")
        rf"{tag}{_SEPARATOR}[ \t]+(?:{_CAPS_CITY}|{_TITLE_CITY}){_COUNTRY},?\s*{date}{_SEPARATOR}",
        rf"{tag}{_SEPARATOR}{_STORY}",  # "(Bloomberg) --"
    ))
    return Furniture(
        line=re.compile("|".join(f"(?:{p})" for p in kinds["line"])),
        inline=re.compile("|".join(f"(?:{p})" for p in kinds["inline"])) if kinds["inline"] else None,
        heading=re.compile(
            "(?:" + "|".join(f"(?:{p})" for p in kinds["list"]) + r")(?:\s*(?::|\||-|–|—)\s*(?P<rest>.*))?"),
        prefix=re.compile("|".join(f"(?:{p})" for p in kinds["prefix"])),
        dateline=re.compile(rf"[ \t]*(?:{dateline})[ \t]*"),
        run_in=re.compile(rf"(?<=\s){_CAPS_CITY}{_COUNTRY}(?:,?\s*{date})?\s*{tag}{_SEPARATOR}[ \t]*(?=[A-Z“\"‘'\d])"),
        lone_city=re.compile(rf"[ \t]*{_CAPS_CITY}(?:,\s*[A-Z][\w.'’ -]{{1,30}})?[ \t]*"),
        stamp=frozenset({*kinds["stamp"], *tables.months, *tables.weekdays}),
    )


def blank_furniture(copy: str) -> str:
    """``copy`` with its furniture blanked (the module's docstring): same length, line breaks kept; a
    dateline opening the copy is blanked too (the one grammar of datelines, used by ``nlp.parse_copy``)."""
    if not copy.strip():
        return copy
    table = furniture()
    lines: list[tuple[int, str]] = []
    at = 0
    for line in copy.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    blank: list[tuple[int, int]] = []
    first = _front(lines, table, blank)
    if not blank:  # a page that lost its line breaks: "Headline By X KYIV (Reuters) - ..."
        first = next((n for n, (_, line) in enumerate(lines) if line.strip()), 0)
        start, line = lines[first]
        match = table.run_in.search(line, 0, RUN_IN_CHARS)
        if match and not _SENTENCE_BREAK.search(line, 0, match.start()):  # no story sentence before it
            blank.append((0, start + match.end()))
        else:  # no dateline under a headline: the headline's prefix, if any
            lead = end = len(line) - len(line.lstrip())
            while (match := table.prefix.match(line, end)) and match.end() > end:
                end = match.end()
            if end > lead:
                blank.append((start + lead, start + end))
    in_list = False
    for start, line in lines[first:]:
        text = line.strip()
        if not text:
            continue
        if in_list and _headline(text):
            blank.append((start, start + len(line)))
            continue
        heading = table.heading.fullmatch(text) if len(text) <= LINE_CHARS else None
        in_list = heading is not None and (not heading.group("rest") or _headline(heading.group("rest")))
        if in_list or (len(text) <= LINE_CHARS and table.line.fullmatch(text)) or _stamp(text, table):
            blank.append((start, start + len(line)))
        elif table.inline is not None:
            blank.extend((start + m.start(), start + m.end()) for m in table.inline.finditer(line))
    return _blanked(copy, blank) if blank else copy


def _front(lines: list[tuple[int, str]], table: Furniture, blank: list[tuple[int, int]]) -> int:
    """The line the story starts on, and the lines before it added to ``blank``: a dateline opening a line
    under nothing but front matter (blanked too), a city in capitals alone on the last line of the front
    matter, or else the first paragraph written as a sentence under a headline, byline, timestamps and
    captions (no summary bullets: without a dateline, a list of sentences may be the story). 0 (and
    nothing blanked) when the copy opens with its story."""
    seen, lone, story, bullets = 0, None, None, False  # lone: the last line of the front matter, a city alone
    for number, (start, line) in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > FRONT_LINES or start > FRONT_CHARS:
            break
        # a caption ("FILE PHOTO: ...") or a headline with its prefix ("BREAKING: ...") is no "ISLAMABAD: ..."
        furniture_line = len(text) <= LINE_CHARS and (bool(table.line.fullmatch(text)) or _stamp(text, table))
        match = None if furniture_line or table.prefix.match(text) else table.dateline.match(line[:DATELINE_CHARS])
        if match and match.group().rstrip().endswith(":") and not _SENTENCE_END.search(text):
            match = None  # "IAEA: Iran enriching uranium to 60%" is a headline; "ISLAMABAD: Pakistan said ..." a story
        if match and (match.end() < len(line) or number + 1 < len(lines)):
            blank.append((0, start + match.end()))
            return number
        if len(text) <= DATELINE_CHARS and len(text.split()) <= LONE_CITY_WORDS and table.lone_city.fullmatch(line):
            lone = number
        elif furniture_line or _front_matter(text, table):
            lone, bullets = None, bullets or bool(_BULLET.match(text))
        else:
            story = number if seen > 1 and len(text.split()) >= STORY_WORDS and _SENTENCE_END.search(text) else None
            break
    if lone is not None:
        blank.append((0, lines[lone][0] + len(lines[lone][1])))
        return lone + 1
    if story is not None and not bullets:
        blank.append((0, lines[story][0]))
        return story
    return 0


def _front_matter(text: str, table: Furniture) -> bool:
    """A line that may stand before the story's dateline: a headline, a summary bullet, a byline,
    a timestamp, a caption or a note."""
    if len(text) > LINE_CHARS:
        return False
    if _BULLET.match(text):
        return len(text.split()) <= BULLET_WORDS
    return _headline(text) or bool(table.line.fullmatch(text)) or _stamp(text, table)


def _headline(text: str) -> bool:
    """A headline or a link: a short line that does not end as a sentence (a bullet aside)."""
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
