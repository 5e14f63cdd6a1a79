"""Typed records that cross every boundary of detente.

The field names here are the output contract (``detente/1``): the JSON keys,
the dataclass attributes and, later, the store's columns are the same names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import re
from dataclasses import MISSING, dataclass, field
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = "detente/1"

Modality = Literal["asserted", "reported", "intended", "hypothetical", "future", "question"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "intended", "hypothetical", "future", "question")
Granularity = Literal["day", "week", "month", "year", "decade"]
GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "year", "decade")


R = TypeVar("R")


def slot_init(cls: type[R]) -> type[R]:
    """Give a frozen slotted dataclass (the decorator goes above ``@dataclass(frozen=True, slots=True)``)
    an ``__init__`` that sets each field through its slot, with the same parameters, defaults and
    result as the one :mod:`dataclasses` writes, which calls ``object.__setattr__`` for every field
    and takes two to four times as long. For the records made hundreds of times an article (mentions,
    spans, statuses); the record stays frozen (setting a field still raises ``FrozenInstanceError``).
    Only for fields that are all in ``__init__``, without default factories, and no ``__post_init__``."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if not (cls.__dataclass_params__.frozen and "__slots__" in cls.__dict__  # type: ignore[attr-defined]
            and all(f.init and not f.kw_only and f.default_factory is MISSING for f in fields)
            and not hasattr(cls, "__post_init__")):
        raise TypeError(f"slot_init: {cls.__name__} is not a frozen slotted dataclass of plain fields")
    scope: dict[str, Any] = {}
    params, body = [], []
    for f in fields:
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__  # the slot's member descriptor
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body) or '    pass'}\n", scope)
    init = scope["__init__"]
    init.__qualname__, init.__module__ = f"{cls.__qualname__}.__init__", cls.__module__
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def content_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """Return a deterministic id derived from the given strings."""
    # surrogatepass: a lone surrogate (text made past the input checks) still has an id; other text is unchanged
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return prefix + digest[:length]


# Invisible format characters of scraped copy (soft hyphen, zero-width space, non-joiner and joiner,
# word joiner, byte order mark): inside a word they hide it from the parser ("shel\u00adling").
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Control characters (C0 but tab, newline and carriage return; DEL; C1, NUL included) are no text: each
# becomes a space, one for one, so offsets hold. The input readers (detente.io) clean every field with it.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNSEEN = {**_INVISIBLE, **{c: " " for c in range(0xA0) if CONTROL_CHARACTERS.match(chr(c))}}
# HTML character references that feeds and scraped pages leave in the text ("Russia&#8217;s", "U.S. &amp;
# Britain", "&quot;", "&nbsp;"): read as the characters they stand for. Only complete references (with their
# ";"): "AT&T", "Q&A" and the legacy forms without it ("&not") are words, left as they are.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# UTF-8 read as Windows-1252 or Latin-1 somewhere upstream ("Russiaâ€™s", "SÃ£o Paulo"): a lead byte of a
# two- or three-byte sequence shown as "Ã", "Â" or "â€" before a continuation character. Only text holding one
# is handed to ftfy (imported then), which undoes the mis-decoding where it can prove it.
_MOJIBAKE = re.compile("[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€")


def fix_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was decoded as Windows-1252 or Latin-1 decoded again ("Russiaâ€™s" ->
    "Russia’s"); text without such a sequence is returned as it is, without loading ftfy."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def decode_references(text: str) -> str:
    """``text`` with its complete HTML character references read as characters (``&#8217;`` -> ``’``)."""
    return _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


@dataclass(frozen=True, slots=True)
class Article:
    """One news article to code. ``text`` is the body, without invisible format characters (soft
    hyphens, zero-width spaces and joiners, byte order marks: they are removed when the article is
    made), with HTML character references read as characters ("Russia&#8217;s" is "Russia’s", "&amp;"
    is "&", in the title too), UTF-8 mis-decoded upstream decoded again ("Russiaâ€™s" is "Russia’s":
    :func:`fix_mojibake`) and with control characters made spaces (one for one); offsets in the
    output point into it.

    Fields are checked when the article is made, so a wrong one is named at once rather than failing
    a step of the chain: ``date`` (the publication date) may be a ``datetime.date``, a
    ``datetime.datetime`` (its day is kept) or a string, read as the ``date`` field of an input record
    is (ISO 8601 and the other formats of :mod:`detente.events.publication`, within the plausible
    window); ``id`` a string or a whole number (kept as its digits); ``title``, ``source`` and ``url``
    strings or None. Anything else raises ``TypeError``, a string date that cannot be read ``ValueError``."""

    text: str
    id: str = ""
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Article text must be a string, not {type(self.text).__name__}")
        if self.id is None or (isinstance(self.id, int) and not isinstance(self.id, bool)):
            object.__setattr__(self, "id", "" if self.id is None else str(self.id))
        elif not isinstance(self.id, str):
            raise TypeError(f"Article id must be a string or a whole number, not {type(self.id).__name__}")
        for name in ("title", "source", "url"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"Article {name} must be a string or None, not {type(value).__name__}")
        if self.date is not None and type(self.date) is not dt.date:
            object.__setattr__(self, "date", _publication_day(self.date))
        text = fix_mojibake(decode_references(self.text)).translate(_UNSEEN)
        if text != self.text:
            object.__setattr__(self, "text", text)
        if self.title is not None:
            object.__setattr__(self, "title", fix_mojibake(decode_references(self.title)))
        if not self.id:
            object.__setattr__(self, "id", content_id(self.title or "", self.text, prefix="a"))


def _publication_day(value: object) -> dt.date:
    """The day of an article's ``date`` given as a datetime, a date subclass or a string (a record's
    formats and window); ``TypeError`` for anything else, ``ValueError`` naming the field when unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, str):
        from detente.events.publication import parse_publication_date

        try:
            return parse_publication_date(value)
        except ValueError as exc:
            raise ValueError(f"Article date: {exc}") from None
    raise TypeError(f"Article date must be a datetime.date, a datetime.datetime, an ISO string "
                    f"such as '2019-11-13' or None, not {type(value).__name__}")


@slot_init
@dataclass(frozen=True, slots=True)
class Mention:
    """Where an actor is named or referred to in the article text."""

    text: str
    start: int
    end: int
    sentence: int
    via: str = "name"  # name, alias, capital, demonym, title, pronoun, nominal, apposition


@dataclass(slots=True)
class Actor:
    """An actor of the article, resolved against the knowledge base when possible."""

    id: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str  # country, government, organisation, group, person, sector, unknown
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@slot_init
@dataclass(frozen=True, slots=True)
class Participant:
    """One side of an event: the words in the text and the actor they stand for."""

    text: str
    actor: str | None
    code: str | None
    country: str | None
    sector: str | None
    start: int = 0  # character offsets of ``text`` in the article
    end: int = 0


@slot_init
@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@slot_init
@dataclass(frozen=True, slots=True)
class SentenceRef:
    index: int
    text: str


@slot_init
@dataclass(frozen=True, slots=True)
class EventMention:
    """One place an act is mentioned in the article: the words that express it and their sentence."""

    trigger: Span
    sentence: SentenceRef


@slot_init
@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: the words that say so and their ISO value (``None`` if unknown)."""

    text: str
    value: str | None
    granularity: Granularity | None


@slot_init
@dataclass(frozen=True, slots=True)
class Location:
    text: str
    country: str | None


@slot_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says the event happened."""

    text: str
    actor: str | None
    anonymous: bool


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    actor: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: Speaker | None


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an event came out as it did (``detente code --explain``): the data lines and rules used."""

    lexicon: list[str]  # the lexicon lines that coded the act ("verbs.tsv:412 040 meet with")
    frame: str | None  # the frame verb and the combination used ("combinations.tsv:17 intend + 04 -> 036")
    status: dict[str, str]  # status field -> the rule that set it ("modality": "aux 'will' of 'meet'")
    sides: list[str]  # how each side was resolved ("source 'He': pronoun -> 'Recep Tayyip Erdogan'")
    mentions: list[str] = field(default_factory=list)  # why each other mention is the same act


@dataclass(slots=True)
class Event:
    """Who did what to whom, with its evidence and status."""

    id: str
    plover: str | None  # null for CAMEO 01 statements
    cameo: str
    mode: str | None
    context: list[str]
    source: list[Participant]
    target: list[Participant]
    trigger: Span
    sentence: SentenceRef
    negated: bool
    modality: Modality
    historical: bool
    date: EventDate | None
    location: Location | None
    attribution: Attribution | None
    quad_class: int
    goldstein: float
    confidence: float
    # every mention of the act in the article, in text order (``trigger``/``sentence`` repeat the one
    # the event is shown by); empty only for events not made by the coder
    mentions: list[EventMention] = field(default_factory=list)
    explanation: Explanation | None = None  # only when the coder explains (``Coder(explain=True)``)


@dataclass(slots=True)
class CodedArticle:
    """The coder's output for one article."""

    id: str
    title: str | None
    date: str | None
    text: str
    source: str | None = None
    url: str | None = None
    schema: str = SCHEMA_VERSION
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as plain JSON-ready data, in contract order."""
        return dataclasses.asdict(self)
