"""The records of the actors step: :class:`ActorRef` (what a stretch of text stands for) and
:class:`DocActors` (the actors found in one parsed article), with the sector names and the entity types
they are read with.

Made by :mod:`detente.actors.resolve` (the finder, which looks names up in the knowledge base) and
:mod:`detente.actors.doc_resolver` (the pass over one doc that tells what each noun phrase stands for);
the rest of the coder imports them from :mod:`detente.actors.resolve`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.model import Mention, slot_init
from detente.parse_view import Names, ParseView

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


SECTOR_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "OPP": "opposition",
                "PTY": "party", "LEG": "legislature", "JUD": "judiciary", "BUS": "business", "CVL": "civilians",
                "MED": "media", "EDU": "education", "LAB": "labour", "REF": "refugees", "SPY": "intelligence",
                "ELI": "elites", "IGO": "organisation", "NGO": "organisation", "HLH": "health"}
NAME_ENTITIES = ("ORG", "GPE", "NORP", "PERSON", "LOC", "FAC")  # what the NER must see on an ambiguous alias


@slot_init
@dataclass(frozen=True, slots=True)
class ActorRef:
    """What a stretch of text stands for; ``key`` is the id of the actor in the output."""

    key: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str
    entry: str | None = None
    wikidata: str | None = None
    anonymous: bool = False

    @property
    def known(self) -> bool:
        """A known actor: resolved by the knowledge base, with a code (not words it does not know)."""
        return bool(self.code) and self.kind != "unresolved"


@dataclass(frozen=True)
class DocActors:
    """The actors found in one parsed article: filled by :meth:`ActorFinder.find`, read-only after
    (a later step that adds mentions makes a new one with :meth:`adding`)."""

    by_token: dict[int, ActorRef] = field(default_factory=dict)  # NP head token -> actor
    groups: dict[int, list[ActorRef]] = field(default_factory=dict)  # NP heads that stand for several actors
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # NP head token -> (start, end) tokens
    places: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # head token -> (text, country)
    place_refs: dict[int, ActorRef] = field(default_factory=dict)  # a city's country, when it is a destination
    outlets: set[int] = field(default_factory=set)
    courts: set[int] = field(default_factory=set)  # NP heads naming a court (``court_noun``): where cases are brought
    # NP heads naming anonymous people the text gives no country ("police detained 83 people", "protesters"): a
    # side that is nobody identifiable, named all the same (no other actor stands in for it)
    people: set[int] = field(default_factory=set)
    # NP heads of a state's whole government that someone of that state addresses ("the governor urged the central
    # government", "the chief minister urged the Centre": actors/nominals.py, _own_government): a target even when
    # the doer's office resolves to the same government (events/assemble.py)
    home_level: set[int] = field(default_factory=set)
    refs: dict[str, ActorRef] = field(default_factory=dict)
    sentences: list[Span] = field(default_factory=list)  # the doc's sentence spans, computed once
    sentence_of: dict[int, int] = field(default_factory=dict)  # token index -> sentence index
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    antecedents: dict[int, int] = field(default_factory=dict)  # pronoun or nominal token -> antecedent token
    # set phrase head -> the rule that chose its parties, for the explanation (actors/sets.py: "the two neighbours")
    set_rules: dict[int, str] = field(default_factory=dict)
    home: ActorRef | None = None  # the dateline's country (antecedents.dateline_country), worked out once
    dateline: frozenset[str] = frozenset()  # the dateline's place names, lower-cased (antecedents.dateline_names)
    _views: list[ParseView] = field(default_factory=list, repr=False, compare=False)  # filled by view()

    def add(self, head: int, ref: ActorRef, mention: Mention, span: tuple[int, int]) -> None:
        """Record a mention (while the table is being built)."""
        self.by_token[head] = ref
        self.spans[head] = span
        self.refs.setdefault(ref.key, ref)
        self.mentions.setdefault(ref.key, []).append(mention)

    def adding(self, added: list[tuple[int, ActorRef, Mention, tuple[int, int]]]) -> DocActors:
        """A copy of this table with more mentions ``(head, actor, mention, token span)``."""
        copy = dataclasses.replace(self, by_token=dict(self.by_token), spans=dict(self.spans), refs=dict(self.refs),
                                   mentions={key: list(value) for key, value in self.mentions.items()},
                                   antecedents=dict(self.antecedents))
        for head, ref, mention, span in added:
            copy.add(head, ref, mention, span)
        return copy

    def refs_at(self, i: int) -> list[ActorRef]:
        """The actors the mention at token ``i`` stands for: a group's members, or its one actor (none when
        the token names no actor)."""
        if i in self.groups:
            return self.groups[i]
        return [self.by_token[i]] if i in self.by_token else []

    def sentence(self, token: Token) -> Span:
        """The sentence of a token (looked up, not recomputed as ``Token.sent`` would)."""
        return self.sentences[self.sentence_of[token.i]]

    def view(self, doc: Doc, names: Names | None = None) -> ParseView:
        """The parse of this table's doc as plain lists (:class:`detente.parse_view.ParseView`),
        made on first use and shared by every later step and copy of the table."""
        if not self._views:
            self._views.append(ParseView.of(doc, names))
        return self._views[0]
