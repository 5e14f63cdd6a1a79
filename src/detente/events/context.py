"""The other party of a story: the target an act gets from its context when its own clause names
none ("'Russia again chose to strike sleeping families,' Zelenskiy said"; "India struck ..., and
Pakistan hit back").

An act told by a verb whose kind needs a target (``counterpart`` in ``data/cameo_roots.tsv``; a
nominal act, "acting against Hezbollah threats", is as often a topic), done by a known actor,
with no known target after the clause rules, takes the other party of the story when the
text leaves no doubt which one that is:

1. the parties in play are those named as subjects, objects, agents ("by X") or targets ("on X")
   of a verb in the act's own sentence (the sentence before, tried too, brought in as many wrong
   parties as right ones on the team's articles); a state with its government, forces and office
   holders is one party; modifiers ("the Algerian border"), times ("during Trump's first term"),
   places ("in Kyiv") and topics ("in solidarity with Palestine") put no party in play;
2. exactly one party other than the act's doers is in play;
3. that party and the doer are the story's two main parties: the two named most often as parties
   in the whole article (a bilateral story; in a story of many parties the text must say whom; a
   text of one or two sentences has no story to speak of);
4. the clause does not name its target as actors the knowledge base does not know ("accused
   Western countries of ...": the target is named, just not resolved).

An offer of cooperation made on a condition with no known target takes the one whose conduct the
condition is ("Kyiv would accept a truce if Moscow did the same": :func:`conditions`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import lookup

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side
    from detente.events.lexicon import Words

MIN_SENTENCES = 3  # a text shorter than this (a headline, a lone sentence) has no story to speak of
ROLES = ("nsubj", "nsubjpass", "dobj", "dative", "iobj")  # a party that acts or is acted on


def party(ref: ActorRef) -> str:
    """One party per state (its government, army and leaders are the state) or per body."""
    return ref.country or ref.key


def counterparts(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Give an act that needs a target and names none the other party of the story, when the text
    leaves one only (see the module's docstring)."""
    story = main_parties(found, words) if len(found.sentences) >= MIN_SENTENCES else set()
    if not story:
        return candidates
    out = []
    for candidate in candidates:
        if _wants_counterpart(candidate, words):
            own = {party(r) for _, r in candidate.sources}
            others = {p: side for p, side in parties(found, candidate.sentence, words).items() if p not in own}
            if len(others) == 1 and own | set(others) == story:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *others.values()))
        out.append(candidate)
    return out


def conditions(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """An offer of cooperation made on a condition names its other party there: "Kyiv would accept a
    truce if Moscow did the same" (the one whose conduct the condition is, when the act has no
    known target and that one is not its doer)."""
    out = []
    for candidate in candidates:
        if lookup(candidate.cameo).is_cooperative and any(r.code for _, r in candidate.sources) \
                and not any(r.code for _, r in candidate.targets):
            own = {party(r) for _, r in candidate.sources}
            heads = [t for t in (candidate.frame_token, candidate.head, *candidate.trigger) if t is not None]
            sides = [(s, r) for head in heads for clause in head.children if clause.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)
                     for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                     for r in _actors(found, s) if r.code and party(r) not in own]
            if sides:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, sides[0]))
        out.append(candidate)
    return out


def _wants_counterpart(candidate: Candidate, words: Words) -> bool:
    if candidate.nominal or not lookup(candidate.cameo).needs_counterpart \
            or not any(r.code for _, r in candidate.sources):
        return False  # a nominal act ("against Hezbollah threats") is often a topic, not an act of the day
    if any(r.code for _, r in candidate.targets):
        return False
    # "accused Western countries of ...": a target named as actors, only not known, is not missing
    return not any(t.lemma_.lower() in words.pair_nouns for t, _ in candidate.targets)


def parties(found: DocActors, sentence: int, words: Words) -> dict[str, Side]:
    """The parties a sentence names in its clauses' roles, each with its latest mention."""
    out: dict[str, Side] = {}
    span = found.sentences[sentence]
    for i in range(span.start, span.end):
        if i not in found.groups and i not in found.by_token:
            continue  # no actor here (and no spaCy Token made for it)
        token = span.doc[i]
        for ref in _actors(found, token):
            if ref.code and _role(token, words):
                out[party(ref)] = (token, ref)
    return out


def main_parties(found: DocActors, words: Words) -> set[str]:
    """The two parties the story is about: those named most often as parties of its clauses (the
    earlier named first on a tie); none when the article names fewer than two."""
    counts: dict[str, int] = {}
    for sentence in found.sentences:
        for i in range(sentence.start, sentence.end):
            if i not in found.groups and i not in found.by_token:
                continue  # no actor here (and no spaCy Token made for it)
            token = sentence.doc[i]
            for ref in _actors(found, token):
                if ref.code and _role(token, words):
                    counts[party(ref)] = counts.get(party(ref), 0) + 1
    top = sorted(counts, key=lambda p: -counts[p])  # stable: the earlier named first on a tie
    return set(top[:2]) if len(top) >= 2 else set()


def _actors(found: DocActors, token: Token) -> list[ActorRef]:
    if token.i in found.groups:
        return found.groups[token.i]
    return [found.by_token[token.i]] if token.i in found.by_token else []


def _role(token: Token, words: Words) -> bool:
    """Whether a mention is a party of its clause: a subject, an object, an agent or a target, not a
    modifier ("the Algerian border"), a time ("during Trump's first term") or a place ("in Kyiv")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ROLES:
        return True
    if token.dep_ != "pobj":
        return False
    prep = token.head  # "by X" names a doer anywhere; "on X", "with X" a target of a verb, not of a thing
    return prep.lower_ == "by" or (prep.lower_ in words.target_prep and prep.head.pos_ in ("VERB", "AUX"))
