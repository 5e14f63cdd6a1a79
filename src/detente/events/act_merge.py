"""The merge model: a learned merge of output events that restate an act another event already gives.

Step ``merge`` (``Assembled -> Assembled``, after ``assemble``; see ``docs/merge.md``). The ``acts`` step
groups the mentions of one act by its rules (``events/same_act.py``, ``events/act_links.py``); what they
leave apart comes out as two events, and the second counts as a repeat. This step looks at each event
against every earlier event of the article that it could be a restatement of (the same quad class, the
tie the scorer of ``detente eval`` needs to hold the two for one act) and scores the pair with a logistic
model (:func:`features`: codes, sides, the triggers' words, sentence distance, lead and quotes, status,
confidence), fitted by ``scripts/fit_merge.py`` on the team's dev articles (``data/merge.json``). When the
best earlier event reaches the model's threshold the two become one event: the one kept
(:func:`keeper`) carries the mentions of both, in text order.

Features are read off the events and the parse of their triggers (:func:`trigger_facts`), not off the
words of the text: no rule here is keyed to a phrase.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from detente.events.same_act import related, within_date
from detente.mathx import logistic
from detente.records import Assembled

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.events.lexicon import Words
    from detente.model import Event, Participant
    from detente.records import FoundQuote, Knowledge

KEEPERS = ("earlier", "confident", "sides")


def _names() -> tuple[str, ...]:
    names = ["same_code", "same_root", "related_codes", "same_plover",
             "source_same", "source_overlap", "source_one_empty", "source_both_empty", "source_conflict",
             "source_country_same", "target_same", "target_overlap", "target_one_empty", "target_both_empty",
             "target_conflict", "target_country_same", "reversed", "parties_overlap",
             "lemma_same", "trigger_same", "later_nominal", "later_definite", "earlier_nominal",
             "same_sentence", "distance_1", "distance_2_3", "distance_4_plus", "distance_log",
             "earlier_lead", "later_lead", "earlier_quoted", "later_quoted",
             "negation_differs", "modality_same", "historical_differs",
             "date_equal", "date_compatible", "date_conflict", "date_one_missing",
             "place_equal", "place_conflict", "confidence_earlier", "confidence_later", "confidence_gap",
             "sides_same", "parties_within", "same_code_and_sides", "nearest_of_root", "goldstein_gap"]
    names += [f"quad_{q}" for q in range(1, 5)]
    return tuple(names)


FEATURES: tuple[str, ...] = _names()
_INDEX = {name: i for i, name in enumerate(FEATURES)}


@dataclass(frozen=True, slots=True)
class TriggerFacts:
    """What the parse says of an event's trigger: the lemma of its head word, whether that word is a noun,
    whether it is made definite (a determiner or possessor), and whether it stands in a direct quote."""

    lemma: str
    nominal: bool
    definite: bool
    quoted: bool


@dataclass(frozen=True, slots=True)
class MergeModel:
    """The fitted merge model (``data/merge.json``): weights over :data:`FEATURES`, the least P(same act)
    to merge, and which of the two events is kept (one of :data:`KEEPERS`)."""

    coefficients: np.ndarray
    intercept: float
    threshold: float
    keep: str = "earlier"

    def probability(self, x: np.ndarray) -> float:
        """P(the two events of this row of features are one act)."""
        return float(logistic(self.intercept + x @ self.coefficients))


def data_path() -> Path:
    return Path(str(resources.files("detente") / "data" / "merge.json"))


def load_model(path: Path | None = None) -> MergeModel:
    """The merge model from ``path`` (default: the shipped ``data/merge.json``); a file that cannot be read
    or does not fit this module's features raises ``ValueError`` naming the file."""
    path = path or data_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the merge model: {exc}") from exc
    if not isinstance(data, dict) or tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"{path}: its features are not those of detente.events.act_merge.FEATURES; "
                         "refit with scripts/fit_merge.py")
    try:
        model = model_from(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: not a merge model ({type(exc).__name__}: {exc}); refit with "
                         "scripts/fit_merge.py") from exc
    if model.coefficients.shape != (len(FEATURES),):
        raise ValueError(f"{path}: {model.coefficients.size} coefficients for {len(FEATURES)} features; "
                         "refit with scripts/fit_merge.py")
    if model.keep not in KEEPERS:
        raise ValueError(f"{path}: 'keep' is {model.keep!r}, not one of {', '.join(KEEPERS)}")
    return model


def model_from(data: dict) -> MergeModel:
    """A model from the dict ``data/merge.json`` holds (or ``scripts/fit_merge.py`` makes)."""
    return MergeModel(coefficients=np.array(data["coefficients"], dtype=float), intercept=float(data["intercept"]),
                      threshold=float(data["threshold"]), keep=str(data.get("keep", "earlier")))


def weights_hash(data: dict) -> str:
    """The sha256 of a model's weights (features, coefficients, intercept, threshold, keep), as stored in it."""
    parts = [data["features"], data["coefficients"], data["intercept"], data["threshold"], data.get("keep", "earlier")]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


# -- features -------------------------------------------------------------------------------
def trigger_facts(doc: Doc, quotes: tuple[FoundQuote, ...], event: Event, words: Words) -> TriggerFacts:
    """The facts of ``event``'s trigger read off the parse: its head word is the trigger's word whose
    syntactic head lies outside the trigger; it is definite with a ``definite_det`` or ``possessive_det`` of
    ``words`` (words.tsv: "the strike", "its raid")."""
    start, end = event.trigger.start, event.trigger.end
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    quoted = any(q.start <= start < q.end for q in quotes)
    if span is None or len(span) == 0:
        return TriggerFacts(lemma=event.trigger.text.lower(), nominal=False, definite=False, quoted=quoted)
    head = span.root
    definite = any(c.dep_ in ("det", "poss") and (c.lower_ in words.definite_det or c.lower_ in words.possessive_det)
                   for c in head.children)
    return TriggerFacts(lemma=head.lemma_.lower(), nominal=head.pos_ in ("NOUN", "PROPN"), definite=definite,
                        quoted=quoted)


def _actors(side: list[Participant]) -> set[str]:
    return {p.actor for p in side if p.actor}


def _countries(side: list[Participant]) -> set[str]:
    return {p.country or p.actor for p in side if p.actor}


def _date(event: Event) -> str | None:
    return event.date.value if event.date and event.date.value else None


def candidate(a: Event, b: Event) -> bool:
    """Whether ``b`` may restate ``a`` at all: both have a PLOVER type, and the same quad class."""
    return bool(a.plover and b.plover) and a.quad_class == b.quad_class


def features(a: Event, b: Event, fa: TriggerFacts, fb: TriggerFacts, nearest: bool = False) -> np.ndarray:
    """The row of features of the later event ``b`` against the earlier ``a`` (with their trigger facts);
    ``nearest``: ``a`` is the last event before ``b`` with the same CAMEO root."""
    x = np.zeros(len(FEATURES))

    def on(name: str, value: float = 1.0) -> None:
        x[_INDEX[name]] = value

    on("same_code", a.cameo == b.cameo)
    on("same_root", a.cameo[:2] == b.cameo[:2])
    on("related_codes", related(a.cameo, b.cameo, general=True))
    on("same_plover", a.plover == b.plover)
    for name, sa, sb in (("source", a.source, b.source), ("target", a.target, b.target)):
        ma, mb = _actors(sa), _actors(sb)
        on(f"{name}_same", bool(ma) and ma == mb)
        on(f"{name}_overlap", bool(ma & mb))
        on(f"{name}_one_empty", bool(ma) != bool(mb))
        on(f"{name}_both_empty", not ma and not mb)
        on(f"{name}_conflict", bool(ma) and bool(mb) and not ma & mb and not _countries(sa) & _countries(sb))
        on(f"{name}_country_same", bool(ma) and _countries(sa) == _countries(sb))
    on("reversed", bool(_countries(a.source) & _countries(b.target) or _countries(a.target) & _countries(b.source)))
    pooled_a, pooled_b = _countries(a.source) | _countries(a.target), _countries(b.source) | _countries(b.target)
    on("parties_overlap", bool(pooled_a & pooled_b))
    on("lemma_same", fa.lemma == fb.lemma)
    on("trigger_same", a.trigger.text.lower() == b.trigger.text.lower())
    on("later_nominal", fb.nominal)
    on("later_definite", fb.nominal and fb.definite)
    on("earlier_nominal", fa.nominal)
    distance = abs(b.sentence.index - a.sentence.index)
    on("same_sentence", distance == 0)
    on("distance_1", distance == 1)
    on("distance_2_3", 2 <= distance <= 3)
    on("distance_4_plus", distance >= 4)
    on("distance_log", math.log1p(distance))
    on("earlier_lead", a.sentence.index == 0)
    on("later_lead", b.sentence.index == 0)
    on("earlier_quoted", fa.quoted)
    on("later_quoted", fb.quoted)
    on("negation_differs", a.negated != b.negated)
    on("modality_same", a.modality == b.modality)
    on("historical_differs", a.historical != b.historical)
    da, db = _date(a), _date(b)
    on("date_equal", da is not None and da == db)
    on("date_compatible", da is not None and db is not None and da != db and within_date(da, db))
    on("date_conflict", da is not None and db is not None and not within_date(da, db))
    on("date_one_missing", (da is None) != (db is None))
    pa = a.location.country if a.location else None
    pb = b.location.country if b.location else None
    on("place_equal", pa is not None and pa == pb)
    on("place_conflict", pa is not None and pb is not None and pa != pb)
    on("confidence_earlier", a.confidence)
    on("confidence_later", b.confidence)
    on("confidence_gap", a.confidence - b.confidence)
    sides_same = bool(_countries(a.source) | _countries(a.target)) and _countries(a.source) == _countries(b.source) \
        and _countries(a.target) == _countries(b.target)
    on("sides_same", sides_same)
    on("parties_within", bool(pooled_b) and pooled_b <= pooled_a)
    on("same_code_and_sides", sides_same and a.cameo == b.cameo)
    on("nearest_of_root", nearest)
    on("goldstein_gap", abs(a.goldstein - b.goldstein) / 10)
    if 1 <= b.quad_class <= 4:
        on(f"quad_{b.quad_class}")
    return x


def nearest_of_root(earlier: list[Event], event: Event) -> int:
    """The index of the last of ``earlier`` with ``event``'s CAMEO root, or -1."""
    return next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].cameo[:2] == event.cameo[:2]), -1)


# -- the decision -----------------------------------------------------------------------------
def _resolved_sides(event: Event) -> int:
    return int(bool(_actors(event.source))) + int(bool(_actors(event.target)))


def keeper(a: Event, b: Event, keep: str) -> Event:
    """Which of the earlier ``a`` and the later ``b`` is kept when they merge: ``earlier`` (always ``a``),
    ``confident`` (the more confident; ``a`` on a tie) or ``sides`` (the one with more resolved sides, then
    the more confident, then ``a``)."""
    if keep == "confident":
        return b if b.confidence > a.confidence else a
    if keep == "sides":
        return b if (_resolved_sides(b), b.confidence) > (_resolved_sides(a), a.confidence) else a
    return a


def _joined(kept: Event, other: Event, p: float, explain: bool) -> Event:
    """``kept`` carrying the mentions of ``other`` too (text order, each once), and ``other``'s date when it has
    none of its own: the dated mention dates the act, as in the ``acts`` step (``acts._primary``)."""
    spans = {(m.trigger.start, m.trigger.end): m for m in (*other.mentions, *kept.mentions)}
    date = kept.date if _date(kept) is not None or _date(other) is None else other.date
    event = dataclasses.replace(kept, mentions=[spans[k] for k in sorted(spans)], date=date)
    if explain and kept.explanation is not None:
        line = (f"merged with event {other.id} ('{other.trigger.text}', {other.cameo}, sentence "
                f"{other.sentence.index}) by the merge model: p={p:.2f}")
        event.explanation = dataclasses.replace(kept.explanation, mentions=[*kept.explanation.mentions, line])
    return event


def merge_events(model: MergeModel, events: list[Event], facts: list[TriggerFacts],
                 explain: bool = False) -> list[Event]:
    """``events`` with each one whose best earlier kept event reaches the model's threshold merged into it;
    the merged event takes the earlier one's place."""
    kept: list[tuple[Event, TriggerFacts]] = []
    for event, fact in zip(events, facts):
        best, best_p = -1, 0.0
        nearest = nearest_of_root([e for e, _ in kept], event)
        for index, (earlier, earlier_fact) in enumerate(kept):
            if candidate(earlier, event):
                p = model.probability(features(earlier, event, earlier_fact, fact, index == nearest))
                if p > best_p:
                    best, best_p = index, p
        if best >= 0 and best_p >= model.threshold:
            earlier, earlier_fact = kept[best]
            chosen = keeper(earlier, event, model.keep)
            other = event if chosen is earlier else earlier
            kept[best] = (_joined(chosen, other, best_p, explain), earlier_fact if chosen is earlier else fact)
        else:
            kept.append((event, fact))
    return [event for event, _ in kept]


def merge_with(model: MergeModel, record: Assembled, knowledge: Knowledge) -> Assembled:
    """``record`` whose coded article has its restated events merged by ``model`` (the trigger words read
    against ``knowledge``'s lexicon)."""
    events = record.coded.events
    if len(events) < 2:
        return record
    facts = [trigger_facts(record.doc, record.quotes, e, knowledge.lexicon.words) for e in events]
    merged = merge_events(model, events, facts, knowledge.explain)
    if len(merged) == len(events):
        return record
    return dataclasses.replace(record, coded=dataclasses.replace(record.coded, events=merged))

