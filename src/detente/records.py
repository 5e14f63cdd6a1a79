"""The frozen records the coder's steps pass to each other (see docs/design.md, "Stages").

Each step is a plain function ``step(record, knowledge) -> record`` in the module that owns
it; :class:`detente.pipeline.Coder` checks once, when it is built, that what each step
requires is what the step before it makes. A record carries everything later steps read,
so no step looks back into another's working state. The spaCy ``Doc`` inside a record is
not itself immutable; no step after parsing changes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.model import Article, Attribution, CodedArticle, EventDate, Location, Modality, slot_init

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from detente.actors.kb import KnowledgeBase
    from detente.actors.resolve import ActorFinder, DocActors
    from detente.events.confidence import ConfidenceModel
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon
    from detente.events.speakers import Speaker


@dataclass(frozen=True, slots=True)
class Knowledge:
    """What every step may consult: the lexicon, the knowledge base and its phrase matcher, and the
    confidence model (``data/confidence.json``)."""

    lexicon: Lexicon
    kb: KnowledgeBase
    finder: ActorFinder
    confidence: ConfidenceModel
    explain: bool = False  # record why each event came out (``Event.explanation``)


@dataclass(frozen=True, slots=True)
class Parsed:
    """An article and its parse. Made by parsing; required by ``actors``."""

    article: Article
    doc: Doc


@dataclass(frozen=True, slots=True)
class Found:
    """The actors of a parsed article. Made by ``actors``; required by ``quotes``."""

    article: Article
    doc: Doc
    actors: DocActors


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A direct quote (character offsets of its words) and who says it, if known."""

    start: int
    end: int
    speaker: Speaker | None


@dataclass(frozen=True, slots=True)
class Quoted:
    """Quotes and their speakers; ``actors`` now holds first-person mentions inside quotes.
    Made by ``quotes``; required by ``events``."""

    article: Article
    doc: Doc
    actors: DocActors
    quotes: tuple[FoundQuote, ...]


@slot_init
@dataclass(frozen=True, slots=True)
class Candidate:
    """An event as read off the parse, before its status, date and place are judged."""

    cameo: str
    head: Token  # the clause's verb (or the event noun for nominal events)
    trigger: tuple[Token, ...] = ()
    sources: tuple[Side, ...] = ()
    targets: tuple[Side, ...] = ()
    sentence: int = 0
    frame: str | None = None  # the frame verb's kind when combined (intend, appeal, ...)
    frame_token: Token | None = None
    nominal: bool = False
    specific: bool = False  # the lexicon pattern constrained an object or complement


@dataclass(frozen=True, slots=True)
class Extracted:
    """Event candidates read off the parse. Made by ``events``; required by ``status``."""

    article: Article
    doc: Doc
    actors: DocActors
    quotes: tuple[FoundQuote, ...]
    candidates: tuple[Candidate, ...]


@slot_init
@dataclass(frozen=True, slots=True)
class Status:
    """Whether, how, when, where and according to whom a candidate happened.

    ``cameo`` is the final code: a negated future cooperation becomes a refusal, a future one
    an intention (the status step is where this is decided)."""

    cameo: str
    negated: bool
    modality: Modality
    historical: bool
    date: EventDate | None
    location: Location | None
    speaker: Speaker | None
    attribution: Attribution | None
    rules: dict[str, str] | None = None  # status field -> the rule that set it (only when explaining)
    # ``date`` is not the act's own but that of the state or clause it is told against (a "since" phrase, the clause
    # an "after" clause hangs on): it keeps mentions of other times apart and looks people up at that time, and the
    # event is undated (events/dating.py ``bounded_by_since``, ``told_after``)
    context_date: bool = False
    # ``location`` is a ground the act can only have been on, inferred where the text names no place (force of the
    # day used on the people of the country the story is datelined in: events/places_home.py ``struck_home``); a
    # mention of the same act that names a place places the act instead, and the inferred ground goes to no other
    # mention (events/acts.py)
    location_inferred: bool = False
    # ``date`` is a guess: the body's first day before the lead's, given an undated act of the lead
    # (events/dating.py ``BODY_DAY``); it keeps no mention with a date of its own apart, and such a mention dates the
    # act (events/same_act.py ``same_status``, events/acts.py ``_primary``)
    date_guessed: bool = False


@slot_init
@dataclass(frozen=True, slots=True)
class JudgedCandidate:
    candidate: Candidate
    status: Status


@dataclass(frozen=True, slots=True)
class Judged:
    """Candidates with their status. Made by ``status``; required by ``assemble``."""

    article: Article
    doc: Doc
    actors: DocActors
    quotes: tuple[FoundQuote, ...]
    judged: tuple[JudgedCandidate, ...]


@slot_init
@dataclass(frozen=True, slots=True)
class Act:
    """One act and every mention of it in the article.

    ``judged`` is the mention the event is shown by (its trigger, sentence and status), with the
    sides, date and place it lacks taken from the other mentions; ``mentions`` are all of them in
    text order, that one included; ``why`` says, for each other mention and anaphor, why it is the
    same act (only when explaining)."""

    judged: JudgedCandidate
    mentions: tuple[JudgedCandidate, ...]
    why: tuple[str, ...] = ()
    anaphors: tuple[Token, ...] = ()  # definite event nouns that point back to it and code nothing themselves


@dataclass(frozen=True, slots=True)
class Grouped:
    """Candidates grouped into acts. Made by ``acts``; required by ``assemble``."""

    article: Article
    doc: Doc
    actors: DocActors
    quotes: tuple[FoundQuote, ...]
    acts: tuple[Act, ...]


@dataclass(frozen=True, slots=True)
class Assembled:
    """The coded article (``coded``, the coder's output) and the records it was coded from: its
    parse, actor table (with places) and quotes, for a step after assembling that reads them. Made
    by ``assemble``; required and made by ``learned`` (the learned layer, when a model is given)."""

    article: Article
    doc: Doc
    actors: DocActors
    quotes: tuple[FoundQuote, ...]
    coded: CodedArticle
