"""An event's confidence: the probability that it is right at the strict level of the article
scorer (``detente.evaluate_articles``), from a logistic model over the evidence the coder had.

The evidence is a typed record (:class:`Evidence`) built once per event in ``assemble``; the model's
feature names, coefficients and intercept live in ``data/confidence.json``, written by
``scripts/fit_confidence.py`` from the team's annotated wire articles (``eval/wire/dev`` only) and
loaded with the lexicon and knowledge base (:func:`load_model`). See docs/design.md, "Confidence".
"""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from detente.events.context import party
from detente.events.ground import resolved_via
from detente.mathx import logistic
from detente.model import Modality, Participant, slot_init

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "confidence.json"
# The feature names, in the order of the model's coefficients; each is a field of Evidence.
FEATURES: tuple[str, ...] = (
    "specific", "verb", "source_coded", "source_resolved", "has_target", "target_resolved", "pronoun_doer",
    "combined_frame", "reported", "intended", "future", "hypothetical", "negated", "historical",
    "attributed", "anonymous", "sources", "targets", "quad_verbal_conflict", "quad_material_conflict",
    "quad_material_cooperation", "lead", "quoted", "crowded", "person_doer", "same_country",
    "target_elsewhere", "target_pronoun", "target_nominal", "source_nominal", "actors_nearby",
    "restated_dyad", "source_context", "source_sector", "target_sector", "target_far", "sides_main",
    "target_more_named",
)


class ConfidenceError(ValueError):
    """The confidence model file is malformed; the message names the file and what is wrong."""


@slot_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """What the coder knew about one event, as the numbers the confidence model reads (1.0 = yes)."""

    specific: float = 0.0  # the lexicon pattern constrained an object or complement
    verb: float = 0.0  # a verb, not a nominal event
    source_coded: float = 0.0  # some source has a CAMEO code
    source_resolved: float = 0.0  # some source is known to the knowledge base
    has_target: float = 0.0
    target_resolved: float = 0.0
    pronoun_doer: float = 0.0  # a source known only through pronouns
    combined_frame: float = 0.0  # the event is a frame combination ("vowed to attack")
    reported: float = 0.0  # modality (asserted is the baseline; question counts as hypothetical)
    intended: float = 0.0
    future: float = 0.0
    hypothetical: float = 0.0
    negated: float = 0.0
    historical: float = 0.0
    attributed: float = 0.0
    anonymous: float = 0.0  # attributed to an unnamed source
    sources: float = 0.0  # number of sources, at most 3
    targets: float = 0.0  # number of targets, at most 3
    quad_verbal_conflict: float = 0.0  # quad class of the CAMEO code (verbal cooperation is the baseline)
    quad_material_conflict: float = 0.0
    quad_material_cooperation: float = 0.0
    lead: float = 0.0  # in the article's first sentence
    quoted: float = 0.0  # the trigger is inside a direct quote
    crowded: float = 0.0  # other candidate events in the same sentence, at most 3
    person_doer: float = 0.0  # some source is a person
    # a resolved target of the country of a resolved source: on the dev articles 18% of the false
    # dyads and 4% of the right events (force at home is right, most others are a side misread)
    same_country: float = 0.0
    # how the sides were found (ground.resolved_via): the target named in another sentence than the act's,
    # known only through a pronoun or through a nominal ("the ministry"); the doer through a nominal
    target_elsewhere: float = 0.0
    target_pronoun: float = 0.0
    target_nominal: float = 0.0
    source_nominal: float = 0.0
    actors_nearby: float = 0.0  # other known parties named in the act's sentence, at most 4: the choice of sides
    # what the rest of the article says of the event and its sides (h-conf31, article-fold CV on dev)
    restated_dyad: float = 0.0  # an earlier event of the article has the same CAMEO root, doers and targets
    source_context: float = 0.0  # a doer given the article's country because its sentence names none
    source_sector: float = 0.0  # a known doer is a sector actor ("police", "the opposition"), not a state or person
    target_sector: float = 0.0
    target_far: float = 0.0  # tokens from the act's head to its farthest target, at most 30, over 30
    sides_main: float = 0.0  # every known side is one of the article's two most referred-to parties
    target_more_named: float = 0.0  # a target's party is referred to more often in the article than any doer's

    def vector(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in FEATURES)


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """A fitted logistic model: ``P(right) = 1 / (1 + exp(-(intercept + sum(coef * feature))))``."""

    features: tuple[str, ...]
    coefficients: tuple[float, ...]
    intercept: float

    def probability(self, evidence: Evidence) -> float:
        # the same sum, term by term in the same order, without a generator step per feature
        values = map(float, map(evidence.__getattribute__, self.features))
        z = self.intercept + sum(map(operator.mul, self.coefficients, values))
        return logistic(z)


def load_model(path: Path | None = None) -> ConfidenceModel:
    """The confidence model of ``path`` (default: the shipped ``data/confidence.json``)."""
    path = path or DEFAULT_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfidenceError(f"{path}: cannot read the confidence model ({exc})") from exc
    try:
        features, coefficients, intercept = data["features"], data["coefficients"], data["intercept"]
    except (KeyError, TypeError) as exc:
        raise ConfidenceError(f"{path}: needs 'features', 'coefficients' and 'intercept'") from exc
    unknown = [name for name in features if name not in FEATURES]
    if unknown:
        raise ConfidenceError(f"{path}: unknown feature(s) {unknown}; known: {list(FEATURES)}")
    if len(features) != len(coefficients):
        raise ConfidenceError(f"{path}: {len(features)} features but {len(coefficients)} coefficients")
    numbers = [*coefficients, intercept]
    if not all(isinstance(x, (int, float)) and math.isfinite(x) for x in numbers):
        raise ConfidenceError(f"{path}: coefficients and intercept must be finite numbers")
    return ConfidenceModel(features=tuple(features), coefficients=tuple(float(c) for c in coefficients),
                           intercept=float(intercept))


def sentence_parties(found: DocActors, sentence: int) -> frozenset[str]:
    """The parties (:func:`detente.events.context.party`) of the known actors named in sentence number ``sentence``
    of ``found``'s doc (none for a sentence it does not have)."""
    if sentence >= len(found.sentences):
        return frozenset()
    span, by_token = found.sentences[sentence], found.by_token
    return frozenset(party(ref) for i in range(span.start, span.end)
                     if (ref := by_token.get(i)) is not None and ref.known)


def evidence(candidate: Candidate, sources: list[Participant], targets: list[Participant], found: DocActors,
             modality: Modality, negated: bool, historical: bool, attributed: bool, anonymous: bool,
             quad_class: int, lead: bool = False, quoted: bool = False, crowded: int = 0,
             nearby: frozenset[str] | None = None, this: Earlier | None = None, earlier: Collection[Earlier] = (),
             parties: ArticleParties | None = None) -> Evidence:
    """The evidence record of one event (the features of :data:`FEATURES`). Worked out by the caller once for
    all its events if it likes: ``nearby``, the :func:`sentence_parties` of its sentence; ``parties``, the
    article's :class:`ArticleParties`. What the rest of the article says of it (``restated_dyad`` ...
    ``target_more_named``) reads ``this``, the event as :class:`Earlier` (no restatement without it), against
    ``earlier``, the events output before it."""
    pronoun = any(mentions and all(m.via == "pronoun" for m in mentions)
                  for mentions in (found.mentions.get(p.actor) for p in sources if p.actor))
    known_sources = [(token, ref) for token, ref in candidate.sources if ref.known]
    known_targets = [(token, ref) for token, ref in candidate.targets if ref.known]
    if parties is None:
        parties = ArticleParties.of(found)
    via = parties.resolved_via
    target_via = frozenset().union(*(via(found, token, ref) for token, ref in known_targets))
    source_via = frozenset().union(*(via(found, token, ref) for token, ref in known_sources))
    sides = {party(ref) for _, ref in (*candidate.sources, *candidate.targets) if ref.code}
    if nearby is None:
        nearby = sentence_parties(found, candidate.sentence)
    counts = parties.counts
    doers = {party(ref) for _, ref in known_sources}
    aimed = {party(ref) for _, ref in known_targets}
    head = candidate.head.i
    return Evidence(
        specific=float(candidate.specific), verb=float(not candidate.nominal),
        source_coded=float(any(p.code for p in sources)), source_resolved=float(any(p.actor for p in sources)),
        has_target=float(bool(targets)), target_resolved=float(any(p.actor for p in targets)),
        pronoun_doer=float(pronoun), combined_frame=float(candidate.frame is not None),
        reported=float(modality == "reported"), intended=float(modality == "intended"),
        future=float(modality == "future"), hypothetical=float(modality in ("hypothetical", "question")),
        negated=float(negated), historical=float(historical), attributed=float(attributed),
        anonymous=float(anonymous), sources=float(min(len(sources), 3)), targets=float(min(len(targets), 3)),
        quad_verbal_conflict=float(quad_class == 3), quad_material_conflict=float(quad_class == 4),
        quad_material_cooperation=float(quad_class == 2), lead=float(lead), quoted=float(quoted),
        crowded=float(min(crowded, 3)),
        person_doer=float(any(p.actor in found.refs and found.refs[p.actor].kind == "person" for p in sources)),
        same_country=float(bool({p.country for p in targets if p.actor and p.country}
                                & {p.country for p in sources if p.actor and p.country})),
        target_elsewhere=float(any(found.sentence_of.get(token.i) != candidate.sentence for token, _ in known_targets)),
        target_pronoun=float("pronoun" in target_via), target_nominal=float("nominal" in target_via),
        source_nominal=float("nominal" in source_via), actors_nearby=float(min(len(nearby - sides), 4)),
        restated_dyad=float(this is not None and bool(this.sources or this.targets) and this in earlier),
        source_context=float("context" in source_via),
        source_sector=float(any(ref.kind == "sector" for _, ref in known_sources)),
        target_sector=float(any(ref.kind == "sector" for _, ref in known_targets)),
        target_far=min(max((abs(token.i - head) for token, _ in candidate.targets), default=0), 30) / 30,
        sides_main=float(bool(doers | aimed) and doers | aimed <= parties.main),
        target_more_named=float(bool(doers) and max((counts[p] for p in aimed), default=0)
                                > max(counts[p] for p in doers)))


def confidence(evidence: Evidence, model: ConfidenceModel) -> float:
    """The probability, rounded to three digits, that the event is right at the strict level."""
    return round(model.probability(evidence), 3)


class Earlier(NamedTuple):
    """An event output earlier in the same article, as :func:`evidence` reads it for ``restated_dyad``."""

    root: str  # CAMEO root (two digits)
    sources: frozenset[str]  # the actors of its resolved sides
    targets: frozenset[str]

    @classmethod
    def of(cls, root: str, sources: list[Participant], targets: list[Participant]) -> Earlier:
        """The event of CAMEO root ``root`` with these sides."""
        return cls(root, frozenset(p.actor for p in sources if p.actor), frozenset(p.actor for p in targets if p.actor))


def party_counts(found: DocActors) -> Counter[str]:
    """How often each party (:func:`detente.events.context.party`) of the article is referred to (its known
    actors' mentions)."""
    counts: Counter[str] = Counter()
    for key, mentions in found.mentions.items():
        ref = found.refs.get(key)
        if ref is not None and ref.known:
            counts[party(ref)] += len(mentions)
    return counts


@dataclass(frozen=True, slots=True)
class ArticleParties:
    """What :func:`evidence` reads of the article's parties, worked out once an article: how often each is
    referred to (:func:`party_counts`) and the two referred to most (ties by name); made by :meth:`of`, also
    how the resolver found each mention (``vias``: actor key and end character -> the ``via`` of its mentions
    ending there), which :func:`evidence` reads for every side of every event."""

    counts: Counter[str]
    main: frozenset[str]
    vias: dict[tuple[str, int], frozenset[str]] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, found: DocActors) -> ArticleParties:
        """The parties of ``found``'s article."""
        counts = party_counts(found)
        vias: dict[tuple[str, int], set[str]] = {}
        for key, mentions in found.mentions.items():
            for mention in mentions:
                vias.setdefault((key, mention.end), set()).add(mention.via)
        return cls(counts, frozenset(p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]),
                   {at: frozenset(found_by) for at, found_by in vias.items()})

    def resolved_via(self, found: DocActors, token: Token, ref: ActorRef) -> frozenset[str]:
        """:func:`detente.events.ground.resolved_via` of ``found``, the table :meth:`of` read, looked up in
        ``vias`` (an instance made without them reads the table's mentions)."""
        if self.vias is None:
            return resolved_via(found, token, ref)
        return self.vias.get((ref.key, token.idx + len(token.text)), frozenset())
