"""What the classifier sees of one sentence: the rules' evidence, as a fixed-length vector.

The sentence's *deciding* event follows the scoring protocol (evaluate.sentence_quad): the first
non-negated event whose CAMEO root is 03 or above, else the first non-negated event.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np

from detente.evaluate import dev_quad
from detente.events.cameo import PLOVER_TYPES
from detente.model import MODALITIES, Event

LEMMA_BUCKETS = 128
TENSOR_WIDTH = 96  # en_core_web_sm's tok2vec width
RULE_FEATURES = 5 + 21 + len(PLOVER_TYPES) + len(MODALITIES) + 5 + LEMMA_BUCKETS


@dataclass(frozen=True)
class SentenceEvidence:
    """One sentence of a coded article as the learned layer sees it."""

    start: int
    end: int
    text: str
    events: tuple[int, ...]  # indexes into CodedArticle.events, in order
    deciding: int | None  # index into CodedArticle.events of the deciding event
    lemma: str  # the deciding trigger's lemma ("" if none)
    rules_quad: int
    tensor: np.ndarray = field(default_factory=lambda: np.zeros(2 * TENSOR_WIDTH, dtype=np.float32),
                               compare=False, repr=False)  # tensor_view of the sentence and its deciding trigger
    pair: bool = False  # the deciding event has a known doer and a known target (the rules found both sides)
    main: bool = False  # its trigger is the sentence's main predicate (main_predicate)

    @property
    def retypable(self) -> bool:
        return self.deciding is not None


def deciding_event(events: list[Event]) -> int | None:
    """Position in ``events`` of the event that decides the sentence's quad (None if all are negated)."""
    live = [i for i, e in enumerate(events) if not e.negated]
    for i in live:
        if int(events[i].cameo[:2]) >= 3:
            return i
    return live[0] if live else None


def rules_quad(events: list[Event]) -> int:
    """The sentence's quad by the scoring protocol (0 when no live event has a root of 03 or above)."""
    for event in events:
        if not event.negated and int(event.cameo[:2]) >= 3:
            return dev_quad(event.cameo)
    return 0


def rule_vector(events: list[Event], deciding: int | None, lemma: str) -> np.ndarray:
    """The rules' evidence for one sentence: quad, root, PLOVER type, modality, flags, trigger lemma."""
    x = np.zeros(RULE_FEATURES, dtype=np.float32)
    x[rules_quad(events)] = 1.0
    offset = 5
    event = events[deciding] if deciding is not None else None
    x[offset + (int(event.cameo[:2]) if event else 0)] = 1.0
    offset += 21
    if event is not None and event.plover in PLOVER_TYPES:
        x[offset + PLOVER_TYPES.index(event.plover)] = 1.0
    offset += len(PLOVER_TYPES)
    if event is not None and event.modality in MODALITIES:
        x[offset + MODALITIES.index(event.modality)] = 1.0
    offset += len(MODALITIES)
    x[offset] = float(any(e.negated for e in events))
    x[offset + 1] = min(len(events), 4) / 4
    if event is not None:
        x[offset + 2] = float(any(p.actor for p in event.source))
        x[offset + 3] = float(bool(event.target))
        x[offset + 4] = float(event.historical)
    offset += 5
    if lemma:
        x[offset + zlib.crc32(lemma.encode("utf-8")) % LEMMA_BUCKETS] = 1.0
    return x


def sentence_evidence(result, sentences) -> list[SentenceEvidence]:
    """Group a coded article's events by sentence (spaCy spans, in order) with their deciding event."""
    out = []
    for span in sentences:
        inside = [i for i, e in enumerate(result.events) if span.start_char <= e.trigger.start < span.end_char]
        position = deciding_event([result.events[i] for i in inside])
        deciding = inside[position] if position is not None else None
        event = result.events[deciding] if deciding is not None else None
        trigger = event.trigger.start if event is not None else None
        token = next((t for t in span if t.idx == trigger), None) if trigger is not None else None
        lemma = "" if event is None else (token.lemma_ if token is not None else event.trigger.text).lower()
        out.append(SentenceEvidence(start=span.start_char, end=span.end_char,
                                    text=result.text[span.start_char:span.end_char].strip(), events=tuple(inside),
                                    deciding=deciding, lemma=lemma,
                                    rules_quad=rules_quad([result.events[i] for i in inside]),
                                    tensor=tensor_view(span, trigger),
                                    pair=event is not None and any(p.actor for p in event.source)
                                    and any(p.actor for p in event.target),
                                    main=token is not None and main_predicate(token)))
    return out


MAIN_DEPS = ("ccomp", "xcomp", "conj")  # a reported clause, a complement, a coordinated verb


def main_predicate(token) -> bool:
    """Whether a trigger is its sentence's main predicate: the root, or reached from it through reported
    clauses, complements and coordination only ("X said Y shelled Z", "agreed to hold talks"); not a
    relative or adverbial clause, not a noun inside a phrase ("Hammer, who arrived in Havana, ...").
    A sentence's quad label is about its main act; an event in background clauses is not what it labels."""
    for _ in range(len(token.doc)):
        if token.dep_ == "ROOT" or token.head.i == token.i:
            return True
        if token.dep_ not in MAIN_DEPS:
            return False
        token = token.head
    return False


def tensor_view(span, trigger_start: int | None) -> np.ndarray:
    """spaCy's own token vectors (``doc.tensor``, computed by the parse anyway): their mean over the
    sentence, then the deciding trigger's vector (zeros without a trigger or without a tensor)."""
    x = np.zeros(2 * TENSOR_WIDTH, dtype=np.float32)
    tensor = getattr(span.doc, "tensor", None) if hasattr(span, "doc") else None
    if tensor is None or tensor.ndim != 2 or tensor.shape[1] != TENSOR_WIDTH or len(tensor) < span.end:
        return x
    if span.end > span.start:
        x[:TENSOR_WIDTH] = tensor[span.start:span.end].mean(0)
    if trigger_start is not None:
        token = next((t for t in span if t.idx == trigger_start), None)
        if token is not None:
            x[TENSOR_WIDTH:] = tensor[token.i]
    return x
