"""The learned layer, the coder's step ``learned`` after ``assemble``: a classifier re-types the
event that decides each sentence and adds events where the rules found none.

For every sentence with a live (non-negated) event, it scores the sentence's quad class (0-4, the
scoring protocol's) from the rules' evidence and a view of the sentence (the shipped view: spaCy's
own tensor and a static embedding table distilled from all-MiniLM-L6-v2; see ``VIEW_FILES``);
when it is confident (probability >= the manifest's threshold, chosen by cross-validation) that
the class differs from the rules', the deciding event is re-typed to a CAMEO code of that class
(:func:`retype_sentences`); then :mod:`detente.learned.add` adds events to sentences the rules coded
nothing in, reading the chain's own records (:class:`detente.records.Assembled`). :func:`apply` is
the step. A classifier built with silver rows has a sixth class, "no event" (``NONE``): re-typing
ignores it, and no event is added where it is the most probable. Artefacts (``data/model``) load
lazily, once per process. docs/model.md describes the layer, its build (``make model``) and its
manifest."""

from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from detente.evaluate import dev_quad
from detente.events import cameo
from detente.learned.features import SentenceEvidence, rule_vector, sentence_evidence
from detente.learned.types import FILE as TYPES_FILE
from detente.learned.types import EventTypeModel, retype_events
from detente.model import CodedArticle, Event, content_id
from detente.records import Assembled, FoundQuote, Knowledge

if TYPE_CHECKING:
    from collections.abc import Sequence

COMMON = ("classifier.npz", "retype.json", "encoder.json")
VIEW_FILES = {"rules": (), "spacy_tensor": (), "static": ("static.npz", "static_tokenizer.json"),
              "minilm": ("encoder.onnx", "tokenizer.json")}
ARTEFACTS = ("classifier.npz", "retype.json", "encoder.json", "static.npz", "static_tokenizer.json")  # shipped
NONE = 5  # the classifier's 'no event' column, after the quad classes 0-4 (silver rows, docs/model.md)
MODEL_WEIGHT = 0.6  # share of the classifier's probability in an event's confidence (the rules' score: the rest)


@dataclasses.dataclass(frozen=True)
class Policy:
    """Where the layer may act (each False in older artefacts: everywhere). ``retype_keeps_pairs``: a
    deciding event with a known doer and a known target is never re-typed (the rules found the act with
    both its sides); ``retype_main_only``: only a deciding event whose trigger is the sentence's main
    predicate is re-typed (``features.main_predicate``); ``add_needs_pair``: an event is added only with a
    known doer and a known target; ``add_needs_doer``: only with a known doer; ``add_plain``: never inside a
    direct quotation (the speaker's words, not the wire's report of an act) nor as historical background."""

    retype_keeps_pairs: bool = False
    retype_main_only: bool = False
    add_needs_pair: bool = False
    add_needs_doer: bool = False
    add_plain: bool = False

    NAMES = ("retype_keeps_pairs", "retype_main_only", "add_needs_pair", "add_needs_doer", "add_plain")

    def retypes(self, sentence: SentenceEvidence) -> bool:
        """Whether the deciding event of this sentence may be re-typed."""
        return not (self.retype_keeps_pairs and sentence.pair) and (sentence.main or not self.retype_main_only)

    def adds(self, event: Event, quotes: Sequence[FoundQuote]) -> bool:
        """Whether an event made for a sentence the rules coded nothing in may be added."""
        doer, target = any(p.actor for p in event.source), any(p.actor for p in event.target)
        quoted = any(q.start <= event.trigger.start < q.end for q in quotes)
        return not ((self.add_needs_pair and not (doer and target)) or (self.add_needs_doer and not doer)
                    or (self.add_plain and (quoted or event.historical)))


class ModelMissing(RuntimeError):
    """The learned layer's artefacts are not where they should be."""


def default_folder() -> Path:
    return Path(str(resources.files("detente") / "data" / "model"))


class LearnedModel:
    """The classifier's weights, the encoders its view reads and the re-typing table, from one folder."""

    def __init__(self, folder: Path, threads: int = 1):
        missing = [name for name in COMMON if not (folder / name).is_file()]
        if not missing:
            with np.load(folder / "classifier.npz") as weights:
                self.weights, self.bias = weights["weights"], weights["bias"]
                self.threshold = float(weights["threshold"])
                self.add_threshold = float(weights["add_threshold"]) if "add_threshold" in weights else 2.0
                # no event is added where P(no event) reaches this (docs/model.md); 2.0: no such limit
                self.none_threshold = float(weights["none_threshold"]) if "none_threshold" in weights else 2.0
                # where re-typing and adding may act, chosen by cross-validation on whole articles
                # (model/cv.py --policy; docs/model.md "Where the layer acts"); absent: everywhere
                self.policy = Policy(**{name: bool(weights[name]) for name in Policy.NAMES if name in weights})
                self.view: tuple[str, ...] = tuple(str(v) for v in weights["view"]) if "view" in weights \
                    else ("rules", "minilm")
            missing = [name for v in self.view for name in VIEW_FILES[v] if not (folder / name).is_file()]
        if missing:
            raise ModelMissing(f"{folder}: missing {', '.join(missing)}; rebuild with 'make model' "
                               "or code rules-only with --no-model")
        self.folder = folder
        self.encoder = self.static = None
        if "minilm" in self.view:
            from detente.learned.encoder import Encoder

            self.encoder = Encoder(folder, threads=threads)
        # the event-type model fitted on the team's articles (learned/types.py), when it is shipped: it reads the
        # static table too
        self.types: EventTypeModel | None = None
        if (folder / TYPES_FILE).is_file():
            self.types = EventTypeModel(folder / TYPES_FILE)
        if "static" in self.view or self.types is not None:
            from detente.learned.encoder import StaticEncoder

            self.static = StaticEncoder(folder)
        table = json.loads((folder / "retype.json").read_text(encoding="utf-8"))
        self.defaults: dict[int, str] = {int(k): v for k, v in table["defaults"].items()}
        self.by_lemma: dict[str, dict[int, str]] = {lemma: {int(k): v for k, v in codes.items()}
                                                    for lemma, codes in table["lemmas"].items()}

    def features(self, result: CodedArticle, evidence: list[SentenceEvidence]) -> np.ndarray:
        """One row per sentence: the blocks of the model's view, in order."""
        blocks = []
        for view in self.view:
            if view == "rules":
                blocks.append(np.stack([rule_vector([result.events[i] for i in s.events],
                                                    s.events.index(s.deciding) if s.deciding is not None else None,
                                                    s.lemma) for s in evidence]))
            elif view == "spacy_tensor":
                blocks.append(np.stack([s.tensor for s in evidence]))
            elif view == "static":
                assert self.static is not None
                blocks.append(self.static.embed([s.text for s in evidence]))
            else:
                assert self.encoder is not None
                blocks.append(self.encoder.embed([s.text for s in evidence]))
        return np.hstack(blocks)

    @property
    def has_none(self) -> bool:
        """Whether the classifier has the sixth, 'no event' class (trained with silver rows); older
        artefacts have only the quad classes 0-4."""
        return self.weights.shape[0] > NONE

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Calibrated probabilities of every class of the classifier (multinomial logistic regression), one
        row per sentence: the quad classes 0-4 and, if the model has it, 'no event' (column ``NONE``)."""
        logits = x @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """The quad classes' probabilities (0-4), one row per sentence; a 'no event' column is left out and
        the rest renormalised (re-typing a sentence the rules coded an event in ignores it)."""
        p = self.scores(x)[:, :NONE]
        return p / p.sum(axis=1, keepdims=True)

    def code_for(self, quad: int, lemma: str, events: list[Event]) -> str:
        """The CAMEO code a re-typed event takes: another event of the sentence already in that class,
        else the lexicon's code for the trigger's lemma in that class, else the class's usual code."""
        for event in events:
            if not event.negated and dev_quad(event.cameo) == quad:
                return event.cameo
        return self.by_lemma.get(lemma, {}).get(quad) or self.defaults[quad]


@lru_cache(maxsize=2)
def load(folder: str | None = None) -> LearnedModel:
    """The learned model of this process (built on first use, then shared)."""
    return LearnedModel(Path(folder) if folder else default_folder())


SANCTION_ROOT = 16


def decide(p: np.ndarray, rules: int, threshold: float, root: int = 0) -> int:
    """The sentence's class: the classifier's when it is confident and differs from the rules', else the rules'.
    A sanction (CAMEO 16, ``root`` of the deciding event) is never moved to verbal conflict: PLOVER's quad
    table, which the training labels follow, files SANCTION there, but the event is still a sanction. An
    act is never turned into a statement (class 0): the training labels give one class to a whole sentence,
    and a reported act ("X said Y shelled Z") labelled a statement there is still an act with its sides;
    re-typing it would drop it from the event data (on whole articles it cost more than it gained)."""
    best = int(np.argmax(p))
    if (root == SANCTION_ROOT and best == 3) or (best == 0 and rules != 0):
        return rules
    return best if best != rules and p[best] >= threshold else rules


def apply(record: Assembled, knowledge: Knowledge, model: LearnedModel) -> Assembled:
    """Step ``learned`` (:func:`detente.pipeline.learned_step`): the sentence evidence is read once from the
    chain's records; the deciding event of each sentence the classifier reads otherwise is re-typed and every
    event of a scored sentence given a confidence that combines the classifier's probability with the rules'
    score (:func:`retype_sentences`); then, at the model's adding threshold, events are added to sentences
    the rules coded nothing in (:func:`detente.learned.add.add_missed`, with the chain's actor table, places
    and quotes). A model without an adding threshold only re-types. Last, when the model has an event-type
    model (``event_types.npz``), each event is re-typed where that model says the team's conventions give
    it another type (:func:`detente.learned.types.retype_events`)."""
    evidence = sentence_evidence(record.coded, record.actors.sentences)
    record = dataclasses.replace(record, coded=retype_sentences(record.coded, [s for s in evidence if s.retypable],
                                                                model))
    if model.add_threshold <= 1.0:
        from detente.learned.add import add_missed  # imported when called: learned.add imports this module

        record = add_missed(record, evidence, model, knowledge, model.add_threshold)
    if model.types is not None:
        assert model.static is not None  # loaded with the type model
        record = retype_events(record, model.types, model.static)
    return record


def retype_sentences(result: CodedArticle, evidence: list[SentenceEvidence], model: LearnedModel) -> CodedArticle:
    """Re-type the deciding event of each sentence of ``evidence`` (retypable ones, from
    :func:`~detente.learned.features.sentence_evidence` of ``result``) where :func:`decide` says so, and give
    its events the combined confidence; events that become identical are merged."""
    if not evidence:
        return result
    probabilities = model.probabilities(model.features(result, evidence))
    events = list(result.events)
    for sentence, p in zip(evidence, probabilities):
        own = [events[i] for i in sentence.events]
        deciding = sentence.deciding
        assert deciding is not None  # evidence keeps only retypable sentences, which have a deciding event
        chosen = decide(p, sentence.rules_quad, model.threshold, int(events[deciding].cameo[:2])) \
            if model.policy.retypes(sentence) else sentence.rules_quad
        if chosen != sentence.rules_quad:
            events[deciding] = retype(result.id, events[deciding], model.code_for(chosen, sentence.lemma, own))
        for i in sentence.events:
            share = float(p[dev_quad(events[i].cameo)])
            confidence = MODEL_WEIGHT * share + (1 - MODEL_WEIGHT) * events[i].confidence
            events[i] = dataclasses.replace(events[i], confidence=round(min(max(confidence, 0.05), 0.95), 2))
    return dataclasses.replace(result, events=_unique(events))


def retype(article_id: str, event: Event, code: str) -> Event:
    """The event with another CAMEO code; PLOVER type, mode, context, quad class, Goldstein score and id follow."""
    entry = cameo.lookup(code)
    return dataclasses.replace(
        event, cameo=entry.code, plover=entry.plover, mode=entry.mode, context=list(entry.context),
        quad_class=entry.quad_class, goldstein=entry.goldstein, id=event_id(article_id, event, entry.code))


def event_id(article_id: str, event: Event, code: str) -> str:
    """The id the coder gives an event with this code (same parts as pipeline._assemble)."""
    return content_id(article_id, str(event.sentence.index), str(event.trigger.start), code,
                      *[p.actor or p.text for p in event.source], "->", *[p.actor or p.text for p in event.target],
                      prefix="e")


def _unique(events: list[Event]) -> list[Event]:
    seen: set[tuple] = set()
    out = []
    for event in events:
        key = (event.trigger.start, event.cameo, tuple(p.actor for p in event.source),
               tuple(p.actor for p in event.target))
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out
