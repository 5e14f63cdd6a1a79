"""The attacher: a learned choice of the target of an act the rules left without one.

Step ``attach`` (``Judged -> Judged``, after ``status``; on only when asked, see ``docs/attach.md``).
For each act with no known target, the *candidates* are the known actors (resolved, with a code)
mentioned in the act's own sentence that are not on its doer's side (one party per state, as in
:mod:`detente.events.context`), not the speaker of a reporting frame over it, and not the trigger
itself. Each candidate is described by numbers read off the parse (:func:`features`: the dependency
path from the trigger to the candidate, its length, the distance and side, the preposition that
governs the candidate, whether it is the subject of another verb, a possessor, inside a relative
clause or a quote, its kind, the act's quad class and CAMEO root, how many candidates there are) and
scored by a logistic model fitted by ``scripts/fit_attach.py`` on the development sentences and the
team's dev articles (``data/attach.json``). A second logistic model, the *gate*, fitted on the same acts,
says whether the act's target is among its candidates at all (:func:`gate_features`: the act's CAMEO root
and PLOVER type, its trigger's lemma, hashed, nominal or verbal, its frame, modality and negation, whether
the trigger governs a direct object or a prepositional phrase, how many candidates there are, whether it
is told in a quote, the kind of its doer): statements, meetings announced and intentions often have no
counterpart. The best candidate becomes the target when P(gate) x P(candidate) reaches the model's
threshold and P(gate) the gate's own threshold (:func:`decide`); otherwise the target stays empty (the
"none" option).

A re-choice of the target the rules gave (a third model scoring the rules' choice against the sentence's
other actors) was measured in session 31, never paid out of fold, and was removed in session 33: a model file
that still carries a ``rechoose`` entry is refused (``docs/attach.md``).

The parse is read by index on the actor table's view of it (:class:`detente.parse_view.ParseView`),
made once per article: walking ``Token`` objects made one for every word and head of the act's sentence
on each act. The records still carry ``Token`` objects (only ``nlp.py`` imports spaCy).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from detente.events.addressed import asked_deed, is_request
from detente.events.cameo import PLOVER_TYPES, lookup
from detente.events.context import done_to_people, party, side
from detente.mathx import logistic
from detente.model import MODALITIES
from detente.parse_view import ParseView
from detente.records import Judged, JudgedCandidate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.records import FoundQuote, Status

PATH_BUCKETS = 64  # hashed dependency paths (crc32, so the same on every machine and run)
PREPS = ("on", "against", "with", "to", "from", "at", "over", "for", "in", "of", "by", "into", "toward",
         "towards", "between", "about", "upon")
DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss", "compound", "amod", "conj", "appos", "attr")
KINDS = ("country", "sector", "person", "organisation", "organization", "group", "igo", "ngo")
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
# a place named after one of these is where the act happened, not whom it was done to ("a meeting in Brussels")
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within"})
# the gate: is this act's target among its candidates at all?
LEMMA_BUCKETS = 64  # the trigger's lemma, hashed (crc32)
PLOVERS = tuple(sorted(PLOVER_TYPES))  # in the order of the fitted weights' names
FRAMES = ("appeal", "demand", "refuse", "threaten", "intend", "consider", "enact", "claim")
GATE_PREPS = ("to", "with", "on", "against", "for", "from", "at", "over", "in", "of", "by", "between")


def _names() -> tuple[str, ...]:
    names = ["path_length", "distance", "after_trigger", "same_clause", "subject_of_other_verb", "possessor",
             "in_relative_clause", "in_quote", "same_country_as_source", "has_unknown_target", "nominal",
             "framed", "no_known_source", "candidates_1", "candidates_2", "candidates_3_or_more",
             "nearest", "prep_other", "place_word", "modifier"]
    names += [f"prep_{p}" for p in PREPS]
    names += [f"dep_{d}" for d in DEPS] + ["dep_other"]
    names += [f"kind_{k}" for k in KINDS] + ["kind_other"]
    names += [f"quad_{q}" for q in range(5)]
    names += [f"root_{r}" for r in ROOTS]
    names += [f"path_{b}" for b in range(PATH_BUCKETS)]
    names += [f"near_{b}" for b in range(PATH_BUCKETS)]
    return tuple(names)


FEATURES: tuple[str, ...] = _names()
_INDEX = {name: i for i, name in enumerate(FEATURES)}


def _gate_names() -> tuple[str, ...]:
    names = ["nominal", "framed", "specific", "negated", "passive", "has_object", "has_dative", "has_clause",
             "has_prep", "in_quote", "has_speaker", "attributed", "has_unknown_target", "no_known_source",
             "candidates_1", "candidates_2", "candidates_3_or_more"]
    names += [f"frame_{f}" for f in FRAMES] + ["frame_other"]
    names += [f"modality_{m}" for m in MODALITIES]
    names += [f"prep_{p}" for p in GATE_PREPS] + ["prep_other"]
    names += [f"source_{k}" for k in KINDS] + ["source_other"]
    names += [f"quad_{q}" for q in range(5)]
    names += [f"root_{r}" for r in ROOTS]
    names += [f"plover_{p}" for p in PLOVERS] + ["plover_none"]
    names += [f"lemma_{b}" for b in range(LEMMA_BUCKETS)]
    return tuple(names)


GATE_FEATURES: tuple[str, ...] = _gate_names()
_GATE_INDEX = {name: i for i, name in enumerate(GATE_FEATURES)}

@dataclass(frozen=True, slots=True)
class Option:
    """One possible target of an act: the mention's head token and the actor it stands for."""

    token: Token
    ref: ActorRef


@dataclass(frozen=True, slots=True)
class GateModel:
    """The fitted gate, P(the act's target is among its options): weights over :data:`GATE_FEATURES`, the
    least P(gate) to attach, and the rule: ``product`` (P(gate) x P(option) must reach the attacher's
    threshold) or ``both`` (P(option) alone must reach it)."""

    coefficients: np.ndarray
    intercept: float
    threshold: float = 0.0
    rule: str = "product"

    def probability(self, x: np.ndarray) -> float:
        """P(this act's target is among its options) for one row of gate features."""
        return float(logistic(self.intercept + x @ self.coefficients))


@dataclass(frozen=True, slots=True)
class AttachModel:
    """The fitted attacher (``data/attach.json``): weights over :data:`FEATURES`, the threshold and the
    gate (None: every act is taken to take a target, as before the gate)."""

    features: tuple[str, ...]
    coefficients: np.ndarray
    intercept: float
    threshold: float
    gate: GateModel | None = None

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(this candidate is the act's target) for each row of ``x``."""
        return logistic(self.intercept + x @ self.coefficients)


RULES = ("product", "both")


def decide(model: AttachModel, p_target: float, p_option: float) -> bool:
    """The decision: attach the best option iff P(gate) reaches the gate's threshold and
    P(gate) x P(option) (rule ``product``) or P(option) (rule ``both``) reaches the attacher's
    threshold; without a gate, P(option) alone decides."""
    if model.gate is None:
        return p_option >= model.threshold
    score = p_target * p_option if model.gate.rule == "product" else p_option
    return p_target >= model.gate.threshold and score >= model.threshold


def data_path() -> Path:
    return Path(str(resources.files("detente") / "data" / "attach.json"))


def load_model(path: Path | None = None) -> AttachModel:
    """The attacher's model from ``path`` (default: the shipped ``data/attach.json``)."""
    path = path or data_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the attacher's model: {exc}") from exc
    names = tuple(data.get("features", ()))
    gate_names = tuple(data["gate"].get("features", ())) if isinstance(data.get("gate"), dict) else GATE_FEATURES
    if names != FEATURES or gate_names != GATE_FEATURES:
        raise ValueError(f"{path}: its features are not those of detente.events.attach.FEATURES and "
                         "GATE_FEATURES; refit with scripts/fit_attach.py")
    if isinstance(data.get("gate"), dict) and data["gate"].get("rule", "product") not in RULES:
        raise ValueError(f"{path}: the gate's rule {data['gate'].get('rule')!r} is not one of {', '.join(RULES)}")
    if "rechoose" in data:
        raise ValueError(f"{path}: has a 'rechoose' entry, the re-choice of the rules' targets, which was removed in "
                         "session 33 (docs/attach.md); refit with scripts/fit_attach.py")
    try:
        return model_from(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: malformed attacher model: {exc!r}") from exc


def model_from(data: dict) -> AttachModel:
    """A model from the dict ``data/attach.json`` holds (or ``scripts/fit_attach.py`` makes)."""
    gate = data.get("gate")
    return AttachModel(features=tuple(data["features"]), coefficients=np.array(data["coefficients"], dtype=float),
                       intercept=float(data["intercept"]), threshold=float(data["threshold"]),
                       gate=None if gate is None else GateModel(
                           coefficients=np.array(gate["coefficients"], dtype=float),
                           intercept=float(gate["intercept"]), threshold=float(gate["threshold"]),
                           rule=str(gate.get("rule", "product"))))


def weights_hash(data: dict) -> str:
    """The sha256 of a model's weights (features, coefficients, intercept, threshold, and the gate's
    features, coefficients, intercept, threshold and rule when it has one), as stored in it."""
    parts = [data["features"], data["coefficients"], data["intercept"], data["threshold"]]
    if data.get("gate") is not None:
        gate = data["gate"]
        parts.append([gate["features"], gate["coefficients"], gate["intercept"], gate["threshold"],
                      gate.get("rule", "product")])
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


# -- candidates -----------------------------------------------------------------------------
def known_targets(candidate: Candidate) -> list[tuple[Token, ActorRef]]:
    """The targets of an act the rules gave a known actor (resolved, with a code)."""
    return [(token, ref) for token, ref in candidate.targets if ref.known]


def wants_target(candidate: Candidate) -> bool:
    """An act the attacher looks at: one whose target names no known actor and whose known doers are
    not two sides or more ("Armenia and Azerbaijan held talks": the two are its sides, and a third
    named with them, a mediator, is neither; a state's forces and its own rebels fighting are two sides,
    as :func:`detente.events.context.side` counts them)."""
    return not known_targets(candidate) and _doers_on_one_side(candidate)


def _doers_on_one_side(candidate: Candidate) -> bool:
    """The act's known doers are fewer than two sides (:func:`detente.events.context.side`)."""
    return len({side(ref) for _, ref in candidate.sources if ref.known}) < 2


def _comments_on(token: Token, head: Token, view: ParseView | None = None) -> bool:
    """Whether ``token`` is the subject of a verb that governs the act ("Kenya welcomed the truce
    brokered by Qatar": Kenya speaks of the brokering, it is not its target), or a word of that subject
    ("Kenya's president welcomed ...")."""
    view = view if view is not None else ParseView.of(token.doc)
    return _comments_at(view, token.i, set(_ancestors_at(view, head.i)[1:]))


def _comments_at(view: ParseView, i: int, above: set[int]) -> bool:
    """:func:`_comments_on` by index: ``above``, the indices of the heads over the act's word."""
    dep, head = view.dep, view.head
    while dep[i] in ("compound", "amod", "poss", "flat", "det") and head[i] != i:
        i = head[i]
    return dep[i] in ("nsubj", "nsubjpass") and head[i] in above


def options(candidate: Candidate, status: Status | None, found: DocActors) -> list[Option]:
    """The known actors of the act's sentence that could be its target (nearest mention of each): not
    the doer's side, not the speaker, not a place the act happened in, not the subject of a verb that
    governs the act."""
    own = {party(ref) for _, ref in candidate.sources if ref.kind != "unresolved"}
    source_tokens = {token.i for token, _ in candidate.sources}
    head = candidate.head.i
    trigger = {token.i for token in candidate.trigger} | {head}
    speaker = status.speaker if status is not None else None
    if speaker is not None:
        source_tokens.add(speaker.token.i)
        if speaker.ref is not None:
            own.add(party(speaker.ref))
    doc = candidate.head.doc
    view = found.view(doc)
    chain = _ancestors_at(view, head)
    above = set(chain[1:])  # the heads over the act's word
    framing = _framing_nouns(view, chain)
    places = found.places
    # "urged its partners to ratify the accord with X": none named in the deed asked (events/addressed.py)
    asked = asked_deed(view, head) if is_request(candidate) and not candidate.nominal else set()
    best: dict[str, tuple[int, ActorRef]] = {}
    for i in range(view.sent_start[candidate.sentence], view.sent_end[candidate.sentence]):
        if i in source_tokens or i in trigger or i in asked:
            continue
        refs = found.refs_at(i)
        if not refs:
            continue  # no actor here: the tests below would not matter
        if i in places and _governing_prep_at(view, i) in PLACE_PREPS:
            continue  # where the act happened: "a meeting in Brussels"
        if _comments_at(view, i, above) or _noun_head_at(view, i) in framing:
            continue  # "rejected media reports that Beijing had offered to build ...": the reports frame it
        for ref in refs:
            if not ref.known or party(ref) in own:
                continue
            held = best.get(ref.key)
            if held is None or abs(i - head) < abs(held[0] - head):
                best[ref.key] = (i, ref)
    return [Option(doc[i], ref) for i, ref in sorted(best.values(), key=lambda o: o[0])]


# -- features -------------------------------------------------------------------------------
def _framing_nouns(view: ParseView, chain: list[int]) -> set[int]:
    """The nouns over an act (``chain``: its word and its heads) whose content clause, one with a subordinating
    word of its own ("reports that ...", "claims that ..."), tells it: the report or claim it is told in, never
    whom it is done to."""
    return {above for below, above in zip(chain, chain[1:])
            if view.pos[above] in ("NOUN", "PROPN") and view.dep[below] in ("acl", "ccomp")
            and any(view.dep[c] == "mark" for c in view.children[below])}


def _noun_head_at(view: ParseView, i: int) -> int:
    """The head of the noun phrase word ``i`` is a modifier in ("Japanese" in "Japanese media reports")."""
    while view.dep[i] in ("compound", "amod", "poss", "flat", "det", "nmod") and view.head[i] != i:
        i = view.head[i]
    return i


def _ancestors_at(view: ParseView, i: int) -> list[int]:
    """The index ``i`` and those of its heads up to the root (at most 60)."""
    head = view.head
    chain = [i]
    while head[chain[-1]] != chain[-1] and len(chain) < 60:
        chain.append(head[chain[-1]])
    return chain


def path(start: Token, end: Token, view: ParseView | None = None) -> tuple[list[str], list[str]]:
    """The dependency labels from ``start`` up to the common ancestor, and down from it to ``end``
    (each label with the preposition's word where the step passes through one). ``view``: the parse
    of their doc (:class:`detente.parse_view.ParseView`; read from the doc when not given)."""
    return _path_at(view if view is not None else ParseView.of(start.doc), start.i, end.i)


def _path_at(view: ParseView, start: int, end: int) -> tuple[list[str], list[str]]:
    up_chain, down_chain = _ancestors_at(view, start), _ancestors_at(view, end)
    down_index = {t: n for n, t in enumerate(down_chain)}
    common = next((n for n, t in enumerate(up_chain) if t in down_index), len(up_chain) - 1)
    up = [_label(view, t) for t in up_chain[:common]]
    down_end = down_index.get(up_chain[common], len(down_chain))
    down = [_label(view, t) for t in reversed(down_chain[:down_end])]
    return up, down


def _label(view: ParseView, i: int) -> str:
    dep = view.dep[i]
    return f"prep:{view.lower[i]}" if dep in ("prep", "agent", "dative") and view.pos[i] == "ADP" else dep


def _bucket(text: str) -> int:
    return zlib.crc32(text.encode()) % PATH_BUCKETS


def governing_prep(token: Token, view: ParseView | None = None) -> str | None:
    """The preposition a mention is the object of ("sanctions on X" -> "on"), through conjunctions."""
    return _governing_prep_at(view if view is not None else ParseView.of(token.doc), token.i)


def _governing_prep_at(view: ParseView, i: int) -> str | None:
    dep, head = view.dep, view.head
    while dep[i] in ("conj", "appos", "compound", "amod", "poss") and head[i] != i:
        i = head[i]
    if dep[i] == "pobj" and view.pos[head[i]] == "ADP":
        return view.lower[head[i]]
    return None


def features(candidate: Candidate, status: Status | None, option: Option, found: DocActors,
             quotes: tuple[FoundQuote, ...], count: int, nearest: bool) -> np.ndarray:
    """The numbers the model scores one option by (see :data:`FEATURES`)."""
    x = np.zeros(len(FEATURES))

    def on(name: str, value: float = 1.0) -> None:
        x[_INDEX[name]] = value

    view = found.view(candidate.head.doc)
    head, token, ref = candidate.head.i, option.token.i, option.ref
    dep = view.dep[token]
    up, down = _path_at(view, head, token)
    on("path_length", min(len(up) + len(down), 10) / 10)
    on("distance", min(abs(token - head), 30) / 30)
    on("after_trigger", float(token > head))
    on("same_clause", float(not any(label in ("ccomp", "advcl", "relcl", "xcomp", "conj") for label in up + down)))
    verb = view.head[token]
    on("subject_of_other_verb", float(dep in ("nsubj", "nsubjpass") and verb != head
                                      and verb not in {t.i for t in candidate.trigger}))
    on("possessor", float(dep == "poss"))
    on("in_relative_clause", float("relcl" in down))
    on("in_quote", float(_in_quote(view.idx[token], quotes)))
    source_countries = {r.country for _, r in candidate.sources if r.country}
    on("same_country_as_source", float(ref.country is not None and ref.country in source_countries))
    on("has_unknown_target", float(any(r.kind == "unresolved" for _, r in candidate.targets)))
    on("nominal", float(candidate.nominal))
    on("framed", float(candidate.frame is not None))
    on("no_known_source", float(not any(r.code for _, r in candidate.sources)))
    on(f"candidates_{min(count, 3)}" if count < 3 else "candidates_3_or_more")
    on("nearest", float(nearest))
    on("place_word", float(token in found.places))
    on("modifier", float(dep in ("amod", "compound", "npadvmod", "nmod")))
    prep = _governing_prep_at(view, token)
    if prep is not None:
        on(f"prep_{prep}" if prep in PREPS else "prep_other")
    on(f"dep_{dep}" if dep in DEPS else "dep_other")
    on(f"kind_{ref.kind}" if ref.kind in KINDS else "kind_other")
    cameo = status.cameo if status is not None else candidate.cameo
    root = cameo[:2]
    on(f"quad_{lookup(cameo).quad_class}")
    if root in ROOTS:
        on(f"root_{root}")
    on(f"path_{_bucket('/'.join(up) + '|' + '/'.join(down))}")
    on(f"near_{_bucket(root + ':' + '/'.join(down[-2:]))}")
    return x


def _in_quote(char: int, quotes: tuple[FoundQuote, ...]) -> bool:
    """Whether the character offset ``char`` (a word's first) lies inside one of ``quotes``."""
    return any(q.start <= char < q.end for q in quotes)


def gate_features(candidate: Candidate, status: Status | None, quotes: tuple[FoundQuote, ...],
                  count: int, view: ParseView | None = None) -> np.ndarray:
    """The numbers the gate scores an act by (see :data:`GATE_FEATURES`); ``count``: its options;
    ``view``: the parse of its doc (read from the doc when not given)."""
    x = np.zeros(len(GATE_FEATURES))

    def on(name: str, value: float = 1.0) -> None:
        x[_GATE_INDEX[name]] = value

    view = view if view is not None else ParseView.of(candidate.head.doc)
    head = candidate.head.i
    dep = view.dep
    children = view.children[head]
    on("nominal", float(candidate.nominal))
    on("framed", float(candidate.frame is not None))
    if candidate.frame is not None:
        on(f"frame_{candidate.frame}" if candidate.frame in FRAMES else "frame_other")
    on("specific", float(candidate.specific))
    on("passive", float(any(dep[c] in ("nsubjpass", "auxpass") for c in children)))
    on("has_object", float(any(dep[c] == "dobj" for c in children)))
    on("has_dative", float(any(dep[c] == "dative" for c in children)))
    on("has_clause", float(any(dep[c] in ("ccomp", "xcomp") for c in children)))
    preps = [view.lower[c] for c in children if dep[c] in ("prep", "agent") and view.pos[c] == "ADP"]
    on("has_prep", float(bool(preps)))
    for prep in preps:
        on(f"prep_{prep}" if prep in GATE_PREPS else "prep_other")
    on("in_quote", float(_in_quote(view.idx[head], quotes)))
    on("has_unknown_target", float(any(r.kind == "unresolved" for _, r in candidate.targets)))
    known = [r for _, r in candidate.sources if r.known]
    on("no_known_source", float(not known))
    if known:
        on(f"source_{known[0].kind}" if known[0].kind in KINDS else "source_other")
    on(f"candidates_{min(count, 3)}" if count < 3 else "candidates_3_or_more")
    cameo = status.cameo if status is not None else candidate.cameo
    code = lookup(cameo)
    on(f"quad_{code.quad_class}")
    if cameo[:2] in ROOTS:
        on(f"root_{cameo[:2]}")
    on(f"plover_{code.plover}" if code.plover in PLOVERS else "plover_none")
    on(f"lemma_{zlib.crc32(view.lemma[head].encode()) % LEMMA_BUCKETS}")
    if status is not None:
        on("negated", float(status.negated))
        if status.modality in MODALITIES:
            on(f"modality_{status.modality}")
        on("has_speaker", float(status.speaker is not None))
        on("attributed", float(status.attribution is not None))
    return x


def rows(candidate: Candidate, status: Status | None, found: DocActors,
         quotes: tuple[FoundQuote, ...]) -> tuple[list[Option], np.ndarray]:
    """The options of one act and their feature rows (none when the act has a known target)."""
    if not wants_target(candidate) or done_to_people(candidate, found):
        return [], np.zeros((0, len(FEATURES)))  # ("police detained 83 people": aimed at nobody identifiable)
    found_options = options(candidate, status, found)
    if not found_options:
        return [], np.zeros((0, len(FEATURES)))
    closest = min(found_options, key=lambda o: abs(o.token.i - candidate.head.i))
    x = np.array([features(candidate, status, o, found, quotes, len(found_options), o is closest)
                  for o in found_options])
    return found_options, x


def choose(model: AttachModel, candidate: Candidate, status: Status | None, found: DocActors,
           quotes: tuple[FoundQuote, ...]) -> tuple[Option, float, float | None] | None:
    """The option the model picks for an act with no known target, with its probability and the gate's
    P(gate) (None without a gate); None when the decision (:func:`decide`) is to attach none."""
    found_options, x = rows(candidate, status, found, quotes)
    if not found_options:
        return None
    p = model.probabilities(x)
    best = int(np.argmax(p))
    takes = None if model.gate is None else model.gate.probability(
        gate_features(candidate, status, quotes, len(found_options), found.view(candidate.head.doc)))
    if not decide(model, 1.0 if takes is None else takes, float(p[best])):
        return None
    return found_options[best], float(p[best]), takes


def _conjoined(found_options: list[Option], option: Option, view: ParseView) -> list[Option]:
    """The other candidates coordinated with the one picked ("sanctions imposed on X and Y": Y with X): the
    conjuncts of one phrase share its role, and the model scores each alone. Not a conjunct a verb follows
    ("withdraw from X and Y was to pull ...": Y is the next clause's subject the parser joined to X)."""
    first = view.coordination_head(option.token.i)
    return [o for o in found_options if o.token.i != option.token.i and view.coordination_head(o.token.i) == first
            and not _verb_after(view, o.token.i)]


def _verb_after(view: ParseView, i: int) -> bool:
    """Whether the word after the phrase headed at ``i`` is a verb or an auxiliary."""
    after = view.edges(i)[1] + 1
    return after < len(view.pos) and view.pos[after] in ("VERB", "AUX")


def attach_with(model: AttachModel, judged: Judged, explain: bool = False) -> Judged:
    """``judged`` with each act that has no known target given the one the model picks, if any."""
    out: list[JudgedCandidate] = []
    for item in judged.judged:
        picked = choose(model, item.candidate, item.status, judged.actors, judged.quotes)
        if picked is None:
            out.append(item)
            continue
        option, p, takes = picked
        joined = _conjoined(options(item.candidate, item.status, judged.actors), option, judged.actors.view(judged.doc))
        candidate = dataclasses.replace(item.candidate, targets=(
            *item.candidate.targets, (option.token, option.ref), *((o.token, o.ref) for o in joined)))
        status = item.status
        if explain:
            up, down = path(item.candidate.head, option.token, judged.actors.view(judged.doc))
            gate = "" if takes is None else f", gate p={takes:.2f}"
            why = (f"target chosen by the attacher: p={p:.2f}{gate}, "
                   f"path {'/'.join(up) or '.'}|{'/'.join(down) or '.'}")
            status = dataclasses.replace(status, rules={**(status.rules or {}), "target": why})
        out.append(JudgedCandidate(candidate=candidate, status=status))
    return dataclasses.replace(judged, judged=tuple(out))

