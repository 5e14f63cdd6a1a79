"""Events the rules missed: when the classifier is confident that a sentence the rules coded nothing
in holds an act (:func:`add_missed`), :func:`sentence_event` makes the event from the parse, as the
rules make any event.

The trigger is the sentence's main predicate (the root verb; the verb of the clause a reporting verb
governs, unless the code chosen is a statement or an appeal, or verbal conflict whose reported clause
names no doer: then the saying is the act; for a copula, its predicate). The
source is the actors of its subject (or of a passive's "by" agent), the target the actors of its object
or of a prepositional object ("against X", "with X"). Actors, places and quotes are the chain's own
(:class:`detente.records.Assembled`: the table the rules read their sides from), and the sides are read
with the rules' own clause functions (``events.extract.Extractor``). Negation, modality, date, place,
attribution and history come from the ``status`` step run on that one candidate, and the event itself
from the ``assemble`` step, so an added event has every field a rule-made one has. The classifier
alone never says who did what to whom: with no actor as the doer (or, for a passive whose doer is not
named, as the one it was done to) there is no event.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np

from detente.evaluate import dev_quad
from detente.events.assemble import assemble
from detente.events.cameo import lookup
from detente.events.doers import known, unique
from detente.events.extract import Candidate, Extractor, countries
from detente.events.status import judge
from detente.learned import NONE, event_id
from detente.model import Actor, Event, Participant
from detente.records import Act, Assembled, Extracted, Grouped, Knowledge

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from detente.events.extract import Side
    from detente.events.lexicon import Lexicon
    from detente.learned import LearnedModel
    from detente.learned.features import SentenceEvidence

MODIFIER_DEPS = ("compound", "amod", "poss", "nmod")  # words inside a mention that name its actor too
PREDICATE_DEPS = ("attr", "acomp", "oprd")  # what a copula says of its subject
VERBAL_CONFLICT = 3  # CAMEO's quad class of demands, accusations, rejections and threats (09-14)
MAX_REPORTING_DEPTH = 3  # "X said officials said Y attacked Z"


def add_missed(record: Assembled, evidence: Sequence[SentenceEvidence], model: LearnedModel, knowledge: Knowledge,
               threshold: float) -> Assembled:
    """The record with an event added to each sentence the rules coded nothing in, where the classifier is
    at least ``threshold`` sure that it holds an act of class 1-4 (statements and appeals, class 0, are
    not added; nor is anything where a classifier with the 'no event' class finds that class the most
    probable, or at least ``model.none_threshold`` probable). ``evidence`` is the sentence evidence of
    the rules' events, one per sentence of ``record.actors.sentences``. The code is the one
    ``model.code_for`` gives the class and the predicate's lemma. An addition the status rules judge
    negated is left out: the class is that of an act that happened, and so is one the model's policy
    (``model.policy.adds``: both sides known, a known doer, outside quotations and history) rules out.
    An addition that restates an
    earlier event (:func:`restates`) becomes one more of its mentions; the others go before the first
    event that comes after them in the text."""
    result = record.coded
    empty = [(span, sentence) for span, sentence in zip(record.actors.sentences, evidence, strict=True)
             if not sentence.events]
    if not empty:
        return record
    asks: list[tuple[Span, str, float]] = []
    for (span, _), p in zip(empty, model.scores(model.features(result, [s for _, s in empty]))):
        best = int(np.argmax(p))  # a model with the 'no event' class (column NONE) adds nothing where it wins
        if not 1 <= best <= 4 or p[best] < threshold or (len(p) > NONE and p[NONE] >= model.none_threshold):
            continue
        words = predicates(span, knowledge.lexicon, model.defaults[best])
        asks.append((span, model.code_for(best, words[0].lemma_.lower() if words else "", []), float(p[best])))
    events = list(result.events)
    changed = False
    added, actors = _sentence_events(record, asks, knowledge)
    named: set[str] = set()  # the actors of the events added
    for event in added:
        if event is None or event.negated:
            continue
        if not model.policy.adds(event, record.quotes):
            continue  # where additions were seldom right on whole articles (docs/model.md, "Where the layer acts")
        changed = True
        earlier = next((i for i, e in enumerate(events) if restates(event, e)), None)
        if earlier is not None:
            mentions = sorted([*events[earlier].mentions, *event.mentions], key=lambda m: m.trigger.start)
            events[earlier] = dataclasses.replace(events[earlier], mentions=mentions)
            continue
        at = next((i for i, e in enumerate(events) if e.trigger.start > event.trigger.start), len(events))
        events.insert(at, event)
        named |= {p.actor for p in (*event.source, *event.target) if p.actor}
        named |= {event.attribution.actor} if event.attribution and event.attribution.actor else set()
    if not changed:
        return record
    return dataclasses.replace(record, coded=dataclasses.replace(result, events=events,
                                                                   actors=_listed(record, actors, named)))


def _listed(record: Assembled, assembled: dict[str, Actor], named: set[str]) -> list[Actor]:
    """The article's actors, with those an added event names that the rules' list left out (``assemble``
    lists a person the knowledge base does not know only when an event or quote names them), in the
    order of the actor table."""
    listed = {actor.id: actor for actor in record.coded.actors}
    listed.update({key: assembled[key] for key in named - set(listed) if key in assembled})
    if len(listed) == len(record.coded.actors):
        return record.coded.actors
    order = {key: i for i, key in enumerate(record.actors.refs)}
    return sorted(listed.values(), key=lambda actor: order.get(actor.id, len(order)))


def restates(added: Event, event: Event) -> bool:
    """Whether an added event is a later mention of an earlier event: the same CAMEO root, negation and
    doers (countries counting for their state bodies), targets the same or one of them none."""
    def actors(participants: list[Participant]) -> frozenset[str]:
        return frozenset(p.country or p.actor for p in participants if p.actor)

    if event.trigger.start >= added.trigger.start or event.cameo[:2] != added.cameo[:2] \
            or event.negated != added.negated or not actors(added.source) \
            or actors(added.source) != actors(event.source):
        return False
    targets, theirs = actors(added.target), actors(event.target)
    return not targets or not theirs or targets == theirs


def sentence_event(record: Assembled, span: Span, code: str, probability: float,
                   knowledge: Knowledge) -> Event | None:
    """The event of ``span``'s main act with CAMEO ``code``, its sides read off the parse and its status
    judged by the rules; None when the sentence has no predicate or no side is an actor (nor when only
    the target is, unless it is the subject of a passive: "Ethiopia was shelled").

    ``record`` is the chain's record of the article (``Coder.run``), ``span`` one of its sentences;
    ``knowledge`` the coder's (``Coder.knowledge``); ``probability`` the classifier's, which becomes the
    event's confidence."""
    return sentence_events(record, [(span, code, probability)], knowledge)[0]


def sentence_events(record: Assembled, wanted: Sequence[tuple[Span, str, float]],
                    knowledge: Knowledge) -> list[Event | None]:
    """:func:`sentence_event` for several (sentence, code, probability) of one article, in that order."""
    return _sentence_events(record, wanted, knowledge)[0]


def _sentence_events(record: Assembled, wanted: Sequence[tuple[Span, str, float]],
                     knowledge: Knowledge) -> tuple[list[Event | None], dict[str, Actor]]:
    """:func:`sentence_events`, and the actors the ``assemble`` step lists with them (by id)."""
    if not wanted:
        return [], {}
    article, doc, found, result = record.article, record.doc, record.actors, record.coded
    for span, _, _ in wanted:
        if span.doc is not doc:
            raise ValueError(f"article {result.id}: the sentence {span.text[:40]!r} is not of its text")
    starts = {s.start: i for i, s in enumerate(found.sentences)}
    extractor = Extractor(knowledge.lexicon, found, countries(knowledge, article.date))
    made: dict[tuple[int, str], tuple[Candidate, float, str] | None] = {}  # the same ask twice: one event
    for span, code, probability in wanted:
        if span.start not in starts:
            raise ValueError(f"article {result.id}: no sentence of its doc starts at character {span.start_char}")
        if (span.start, code) not in made:
            made[span.start, code] = _candidate(extractor, span, starts[span.start], code, probability)
    kept = [(key, m) for key, m in made.items() if m is not None]
    judged = judge(Extracted(article=article, doc=doc, actors=found, quotes=record.quotes,
                             candidates=tuple(m[0] for _, m in kept)), knowledge)
    acts = tuple(Act(judged=item, mentions=(item,)) for item in judged.judged)
    assembled = [assemble(Grouped(article=article, doc=doc, actors=found, quotes=record.quotes, acts=acts),
                          knowledge)]
    coded = assembled[0].events
    if len(coded) != len(acts):  # two codes of one sentence judged into the same one: assemble drops one
        assembled = [assemble(Grouped(article=article, doc=doc, actors=found, quotes=record.quotes, acts=(act,)),
                              knowledge) for act in acts]
        coded = [one.events[0] for one in assembled]
    actors = {actor.id: actor for one in assembled for actor in one.actors}
    events: dict[tuple[int, str], Event] = {}
    for (key, (_, probability, note)), event in zip(kept, coded, strict=True):
        explanation = event.explanation
        if explanation is not None:
            explanation = dataclasses.replace(explanation, lexicon=[note], frame=None)
        events[key] = dataclasses.replace(event, id=event_id(result.id, event, event.cameo), explanation=explanation,
                                          confidence=round(min(max(probability, 0.05), 0.95), 2))  # as apply clips
    return [events.get((span.start, code)) for span, code, _ in wanted], actors


def _candidate(extractor: Extractor, span: Span, index: int, code: str,
               probability: float) -> tuple[Candidate, float, str] | None:
    """The candidate of a sentence's main act, its probability and the explanation's note; None as
    :func:`sentence_event` says."""
    for trigger in predicates(span, extractor.lex, code):
        sources, targets = sides(extractor, trigger, code)
        # as the rules require (Extractor.candidates): a doer, or a passive's target whose doer is not named
        if sources or (targets and any(c.dep_ == "nsubjpass" for c in trigger.children)):
            break
    else:
        return None
    note = (f"added by the learned layer: class {dev_quad(code)}, p={probability:.2f}, "
            f"predicate {trigger.lemma_.lower()!r}, sides: {_roles(sources)}/{_roles(targets)}")
    return Candidate(cameo=code, head=trigger, trigger=(trigger,), sources=tuple(sources), targets=tuple(targets),
                     sentence=index, nominal=trigger.pos_ in ("NOUN", "PROPN")), probability, note


# -- the predicate ------------------------------------------------------------------------------
def predicates(span: Span, lexicon: Lexicon, code: str) -> list[Token]:
    """The words that may state the sentence's act, best first: the root; below a reporting verb, the
    verb of the clause it reports ("Kyiv said Russia shelled ..."), and then, when ``code`` is verbal
    conflict, the reporting verb ("X said any incursion would bring consequences" is X's threat); the
    reporting verb alone when ``code`` is a statement or appeal, and never for a code of another kind
    (material acts, cooperation); for a copula, its predicate ("is ready to talk": "talk"; "is a
    threat": "threat"), none when it has none."""
    token = span.root
    entry = lookup(code)
    if entry.is_speech:
        return [token]
    sayings: list[Token] = []
    for _ in range(MAX_REPORTING_DEPTH):
        if not _reporting(token, lexicon):
            break
        reported = next((c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if reported is None:
            break
        sayings.insert(0, token)
        token = reported
    verbal = entry.quad_class == VERBAL_CONFLICT
    fallback = sayings[:1] if verbal else []
    if _reporting(token, lexicon) and not verbal:
        return []  # "Ethiopia denied the reports": a sayer is no doer of an act of another kind
    if token.pos_ == "AUX" or token.lemma_ == "be":
        predicate = next((c for c in token.children if c.dep_ in PREDICATE_DEPS), None)
        if predicate is None:
            return fallback
        # "is ready to send troops": the act is the complement of the predicate
        token = next((c for c in predicate.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), predicate)
    return [token, *fallback]


# -- the sides ----------------------------------------------------------------------------------
def sides(extractor: Extractor, trigger: Token, code: str) -> tuple[list[Side], list[Side]]:
    """Source and target actors of a predicate coded ``code``, by the rules' clause functions (for an act
    of force that names no target, the country of the ground or things it hit, as the rules do); words
    the knowledge base does not know are no side, nor is a target that is also a source."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        sources = [a for c in trigger.children if c.dep_ in MODIFIER_DEPS for a in extractor.actors_at(c)]
        reciprocal = extractor.words.reciprocal_prep
        sources += [a for c in trigger.children if c.dep_ == "prep" and c.lower_ in reciprocal
                    for p in c.children if p.dep_ == "pobj" for a in extractor.actors_at(p)]
        if not sources and trigger.dep_ in PREDICATE_DEPS:
            sources = extractor.subjects(trigger)  # "Kenya is a partner of ...": the copula's subject
    else:
        sources = extractor.subjects(trigger)
    targets = extractor.objects(trigger)
    if not _actors(targets):  # "agreed to meet with X": the object of the complement
        targets = [a for c in trigger.children if c.dep_ == "xcomp" for a in extractor.objects(c)]
    if not _actors(targets) and _reporting(trigger, extractor.lex):
        # "X said Y would face consequences": the one whose conduct the saying is about (as the rules do
        # for acts that report content, Extractor._verb)
        targets = [a for c in trigger.children if c.dep_ == "ccomp"
                   for a in extractor.subjects(c) if a[0].pos_ != "PRON"]
    sources, targets = _actors(sources), _actors(targets)
    # the ground or things an act of force hit, as for the rules' candidates ("shelled its posts")
    targets = _actors(extractor.hit(trigger, (trigger,), trigger.pos_ in ("NOUN", "PROPN"), code, sources, targets))
    own = {ref.key for _, ref in sources}
    return sources, [side for side in targets if side[1].key not in own]


def _reporting(token: Token, lexicon: Lexicon) -> bool:
    """A verb of saying or denying (reporting.tsv)."""
    return token.pos_ == "VERB" and lexicon.says(token.lemma_.lower())


def _actors(pairs: Sequence[Side]) -> list[Side]:
    """The sides that are actors (not words the knowledge base does not know), each once."""
    return unique(known(pairs))


def _roles(pairs: list[Side]) -> str:
    """How the sides relate to the predicate, for the explanation ("subject", "'against' object")."""
    roles = []
    for token, _ in pairs:
        while token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            role = "by-agent"
        elif token.dep_ == "pobj":
            role = f"{token.head.lower_!r} object"
        else:
            role = {"nsubj": "subject", "csubj": "subject", "nsubjpass": "passive subject", "dobj": "object",
                    "dative": "indirect object", "iobj": "indirect object"}.get(token.dep_, token.dep_)
        if role not in roles:
            roles.append(role)
    return "+".join(roles) or "none"
