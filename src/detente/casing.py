"""Copy set in capitals, read in ordinary case.

Old wire archives, teleprinter copy and some feeds set whole stories in capitals ("KYIV, MAY 4 (REUTERS)
- UKRAINE SAID ON TUESDAY ..."). The parser reads every word of such text as a proper noun, and names
are matched as written (``resolve.ActorFinder``), so copy in capitals coded almost nothing. A line set in
capitals (:func:`shouted`) is therefore given to the parser in ordinary case (:func:`recase`): lower case,
a capital at the start of each sentence, and the casing of the names detente knows (its knowledge base's
names, aliases, demonyms, capitals and cities, plus the full names of months and weekdays) wherever their
words occur, longest name first ("UNITED NATIONS SECURITY COUNCIL" -> "United Nations Security Council",
"NATO" -> "NATO", "U.S." -> "U.S."). Words it does not know stay in lower case.

Only the parse copy is recased (``nlp.parse_copy``): same length and offsets, so every event still shows
the words as written. Lines in ordinary case are left as they are, acronyms and headlines included. A
text with no capital letter at all (some feeds lower-case everything) is read the same way, line by line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# a line is set in capitals when it has at least this many cased letters, nearly all of them capitals
SHOUTED_LETTERS = 12
SHOUTED_SHARE = 0.9
_WORD = re.compile(r"\w+(?:[.'’-]\w+)*")
# a sentence starts after a full stop, question or exclamation mark (and any closing or opening quote)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘'(\[]*$")
_LINE_START = re.compile(r"^[\W_]*$")
# a full stop after these ends no sentence ("GEN. SMITH", "THE U.S. SAID"): titles' abbreviations, and
# words with a full stop inside ("U.S", "U.N") or of one letter ("J. SMITH") are tested apart
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "sgt", "capt", "adm", "cmdr",
                           "sen", "rep", "gov", "pres", "prof", "rev", "st", "no", "vs", "jan", "feb", "aug",
                           "sept", "sep", "oct", "nov", "dec"})


@dataclass(frozen=True)
class Casing:
    """The casing of known names: lower-cased words -> the words as the name is written."""

    names: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    longest: int = 0

    @classmethod
    def of(cls, names: Iterable[str], common: Iterable[str] = ()) -> Casing:
        """A casing from names as they are written. Left out: names with no capital letter (they say
        nothing about case), one-word names that are also common words in lower case (``common``:
        "US" and "us", "WHO" and "who") and short one-word names in mixed case ("LeT" would make every
        "LET" a name); of two spellings of the same words the first is kept."""
        common = frozenset(word.lower() for word in common)
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for name in names:
            words = tuple(_WORD.findall(name))
            if not words or not any(c.isupper() for c in name):
                continue
            if len(words) == 1 and (_lower(words[0]) in common or _short_mixed(words[0])):
                continue
            table.setdefault(tuple(_lower(w) for w in words), words)
        return cls(table, max((len(k) for k in table), default=0))


def _short_mixed(word: str) -> bool:
    """A word of three letters or fewer with a capital after its first letter and a small one ("LeT")."""
    return len(word) <= 3 and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def shouted(line: str) -> bool:
    """Whether a line is set in capitals: at least SHOUTED_LETTERS cased letters, at least
    SHOUTED_SHARE of them capitals."""
    upper = lower = 0
    for char in line:
        if char.isupper():
            upper += 1
        elif char.islower():
            lower += 1
    return upper + lower >= SHOUTED_LETTERS and upper >= SHOUTED_SHARE * (upper + lower)


def recase(text: str, casing: Casing) -> str:
    """``text`` with every line set in capitals in ordinary case (see the module's docstring), and the
    whole of a text with no capital letter at all (a feed that lower-cases everything); same length."""
    if not any(char.isupper() for char in text):
        if sum(char.islower() for char in text) < SHOUTED_LETTERS:
            return text
        return "\n".join(_recase_line(line, casing) for line in text.split("\n"))
    lines = text.split("\n")
    if not any(shouted(line) for line in lines):
        return text
    return "\n".join(_recase_line(line, casing) if shouted(line) else line for line in lines)


def _lower(text: str) -> str:
    """Lower case, letter by letter, keeping the length ("İ" lower-cases to two characters: kept)."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _abbreviation(word: str) -> bool:
    return "." in word or len(word) == 1 or word in ABBREVIATIONS


def _recase_line(line: str, casing: Casing) -> str:
    out = list(_lower(line))
    words = list(_WORD.finditer(line))
    lowered = [_lower(m.group()) for m in words]
    for number, match in enumerate(words):  # a capital at the start of each sentence, and "I"
        before = line[words[number - 1].end():match.start()] if number else line[:match.start()]
        previous = words[number - 1].group() if number else ""
        ended = _SENTENCE_END.search(previous[-1:] + before) and not _abbreviation(lowered[number - 1])
        if (not number and _LINE_START.match(before)) or ended or lowered[number] == "i":
            first = match.group()[0]
            out[match.start()] = upper if len(upper := first.upper()) == 1 else first
    number = 0
    while number < len(words):  # known names, longest first
        for size in range(min(casing.longest, len(words) - number), 0, -1):
            written = casing.names.get(tuple(lowered[number:number + size]))
            if written is None:
                continue
            for match, word in zip(words[number:number + size], written):
                if len(word) == len(match.group()):
                    out[match.start():match.end()] = word
            number += size
            break
        else:
            number += 1
    return "".join(out)
