"""Event types learned from the team's annotated articles: a model of the PLOVER type the team's
conventions give an output event, and the re-typing it decides (docs/model.md, "Event types learned from
the team's articles").

Each event with a PLOVER type is read as one row (:func:`event_rows`): the rules' own evidence (its PLOVER
type, CAMEO root and code, modality, negation, history, which sides are known and their sectors, its
trigger's lemma alone and with its object, preposition, complement and governing word, hashed) and the
static sentence embedding (:class:`detente.learned.encoder.StaticEncoder`) of its sentence and of a window
of words around its trigger. A multinomial logistic regression (``event_types.npz``, made by
``scripts/fit_event_types.py``) gives the probability of each PLOVER type and of ``NONE`` (the event
matches no annotated act). :func:`decide_type` re-types an event when another type is probable enough
and the rules' type improbable enough; :func:`retype_events` applies it to an article."""

from __future__ import annotations

import dataclasses
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from detente.events.cameo import PLOVER_TYPES
from detente.model import MODALITIES, CodedArticle, Event

if TYPE_CHECKING:
    from detente.learned.encoder import StaticEncoder
    from detente.records import Assembled

CLASSES = (*PLOVER_TYPES, "NONE")
NONE = len(PLOVER_TYPES)  # the column of "matches no annotated act"
WORD_BUCKETS = 512  # the trigger's lemma and its lemma with each neighbour, hashed together
CODE_BUCKETS = 64
SECTOR_BUCKETS = 16
WINDOW = 4  # words on each side of the trigger in the window embedding
RULE_WIDTH = (len(PLOVER_TYPES) + 21 + CODE_BUCKETS + len(MODALITIES) + 8 + 2 * SECTOR_BUCKETS
              + WORD_BUCKETS)
ARGUMENT_DEPS = ("dobj", "obj", "attr", "nsubjpass", "dative")
FILE = "event_types.npz"


@dataclasses.dataclass(frozen=True)
class EventView:
    """One output event as the type model sees it, before embedding."""

    index: int  # into CodedArticle.events
    words: tuple[str, ...]  # the trigger's lemma, then "lemma|neighbour" keys
    sentence: str
    window: str


def _bucket(key: str, size: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % size


def event_views(record: Assembled) -> list[EventView]:
    """Every event of the record with a PLOVER type (statements have none), with its trigger's words read
    from the parse: lemma, object, preposition with its object, complement and governing word."""
    doc, coded = record.doc, record.coded
    by_start = {t.idx: t for t in doc}
    out = []
    for index, event in enumerate(coded.events):
        if not event.plover:
            continue
        token = by_start.get(event.trigger.start)
        sentence = event.sentence.text
        if token is None:  # a trigger not at a token's start: its text alone
            out.append(EventView(index, (event.trigger.text.lower(),), sentence, event.trigger.text))
            continue
        lemma = token.lemma_.lower()
        words = [lemma]
        for child in token.children:
            if child.dep_ in ARGUMENT_DEPS:
                words.append(f"{lemma}|obj:{child.lemma_.lower()}")
            elif child.dep_ in ("prep", "agent"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                words.append(f"{lemma}|{child.lemma_.lower()}:{objects[0].lemma_.lower() if objects else ''}")
            elif child.dep_ in ("xcomp", "ccomp"):
                words.append(f"{lemma}|comp:{child.lemma_.lower()}")
            elif child.dep_ == "neg":
                words.append(f"{lemma}|neg")
        if token.head.i != token.i:
            words.append(f"{lemma}|gov:{token.head.lemma_.lower()}")
        left, right = max(token.i - WINDOW, token.sent.start), min(token.i + WINDOW + 1, token.sent.end)
        out.append(EventView(index, tuple(words), sentence, doc[left:right].text))
    return out


def rule_row(event: Event, view: EventView) -> np.ndarray:
    """The rules' evidence for one event, a fixed-length vector of :data:`RULE_WIDTH`."""
    x = np.zeros(RULE_WIDTH, dtype=np.float32)
    if event.plover in PLOVER_TYPES:
        x[PLOVER_TYPES.index(event.plover)] = 1.0
    offset = len(PLOVER_TYPES)
    root = int(event.cameo[:2]) if event.cameo[:2].isdigit() else 0
    x[offset + min(root, 20)] = 1.0
    offset += 21
    x[offset + _bucket(event.cameo, CODE_BUCKETS)] = 1.0
    offset += CODE_BUCKETS
    if event.modality in MODALITIES:
        x[offset + MODALITIES.index(event.modality)] = 1.0
    offset += len(MODALITIES)
    doers, targets = [p for p in event.source if p.actor], [p for p in event.target if p.actor]
    x[offset:offset + 8] = (event.negated, event.historical, bool(doers), bool(targets), bool(event.source),
                            bool(event.target), event.attribution is not None, min(len(event.mentions), 3) / 3)
    offset += 8
    for side in (doers, targets):
        for p in side:
            x[offset + _bucket(p.sector or "-", SECTOR_BUCKETS)] = 1.0
        offset += SECTOR_BUCKETS
    for word in view.words:
        x[offset + _bucket(word, WORD_BUCKETS)] = 1.0
    return x


def event_rows(record: Assembled, static: StaticEncoder, embed: bool = True) -> tuple[list[EventView], np.ndarray]:
    """The events the model reads (:func:`event_views`), and one row each: the rules' evidence, the
    sentence's static embedding, the trigger window's (zeros without ``embed``: a model that gives them no
    weight need not pay for them)."""
    views = event_views(record)
    if not views:
        return [], np.zeros((0, RULE_WIDTH + 2 * static.width), dtype=np.float32)
    rules = np.stack([rule_row(record.coded.events[v.index], v) for v in views])
    embedded = static.embed([v.sentence for v in views] + [v.window for v in views]) if embed \
        else np.zeros((2 * len(views), static.width), dtype=np.float32)
    return views, np.hstack([rules, embedded[:len(views)], embedded[len(views):]])


class EventTypeModel:
    """The event-type classifier (``event_types.npz``): weights, the re-typing limits and the codes a
    re-typed event takes."""

    def __init__(self, path: Path):
        with np.load(path) as data:
            self.weights, self.bias = data["weights"], data["bias"]
            self.classes = tuple(str(c) for c in data["classes"])
            self.threshold = float(data["threshold"])  # P(new type) at least this
            self.keep = float(data["keep"])  # P(the rules' type) at most this
            self.drop = float(data["drop"])  # drop an event where P(NONE) reaches this; > 1: never
            self.defaults = dict(zip((str(p) for p in data["default_types"]), (str(c) for c in data["default_codes"])))
            self.codes = {(str(lemma), str(plover)): str(code) for lemma, plover, code
                          in zip(data["lemmas"], data["lemma_types"], data["lemma_codes"])}
        # a model fitted on the rules' evidence alone gives the embeddings no weight: they are not computed
        self.embeds = bool(np.any(self.weights[:, RULE_WIDTH:]))
        if self.classes != CLASSES:
            raise ValueError(f"{path}: classes {self.classes} are not {CLASSES}; rebuild with 'make event-types'")

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """One row of class probabilities (:data:`CLASSES`) per event row."""
        logits = x @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def code_for(self, plover: str, lemma: str) -> str:
        """The CAMEO code of a re-typed event: the lexicon's code for its trigger in that type, else the
        type's usual code."""
        return self.codes.get((lemma, plover)) or self.defaults[plover]


def decide_type(p: np.ndarray, rules: int, threshold: float, keep: float, drop: float = 2.0) -> int | None:
    """The class (index into :data:`CLASSES`) an event takes: the most probable type when it is not the
    rules' type ``rules``, has at least ``threshold`` and the rules' type at most ``keep``; else the rules'
    type. None: drop the event (P(NONE) reaches ``drop``)."""
    if p[NONE] >= drop:
        return None
    ranked = [int(i) for i in np.argsort(-p, kind="stable") if i != NONE]
    best = ranked[0]
    if best != rules and p[best] >= threshold and p[rules] <= keep:
        return best
    return rules


def retype_events(record: Assembled, model: EventTypeModel, static: StaticEncoder) -> Assembled:
    """The record with each event re-typed (or dropped) where :func:`decide_type` says so."""
    views, x = event_rows(record, static, model.embeds)
    coded = retype_coded(record.coded, views, model.probabilities(x), model) if views else record.coded
    return record if coded is record.coded else dataclasses.replace(record, coded=coded)


def retype_coded(coded: CodedArticle, views: list[EventView], probabilities: np.ndarray,
                 model: EventTypeModel) -> CodedArticle:
    """``coded`` with each event of ``views`` re-typed or dropped by its row of ``probabilities``, as
    :func:`decide_type` says at the model's limits; events that become identical are merged. The same
    article when nothing changes."""
    from detente.learned import _unique, retype

    events: list[Event | None] = list(coded.events)
    for view, p in zip(views, probabilities):
        event = coded.events[view.index]
        assert event.plover is not None
        rules = CLASSES.index(event.plover)
        chosen = decide_type(p, rules, model.threshold, model.keep, model.drop)
        if chosen is None:
            events[view.index] = None
        elif chosen != rules:
            events[view.index] = retype(coded.id, event, model.code_for(CLASSES[chosen], view.words[0]))
    kept = [e for e in events if e is not None]
    if len(kept) == len(coded.events) and all(a is b for a, b in zip(kept, coded.events)):
        return coded
    return dataclasses.replace(coded, events=_unique(kept))
