"""Receivers of aid told on the thing given (issue 11: aid acts found with the target empty).

A gift's receiver is often named not as the verb's indirect object ("gave Freedonia two boats") but on the
thing given: by "for X" or "for X's <noun>" on a participle or a noun of the object ("handed over two patrol
boats built for Freedonia's navy", "approved a loan for Sylvania's railway"), or by "to X" on a participle of
the object ("delivered medicine flown to Sylvania's capital"). :func:`object_receivers` gives an aid act
(CAMEO 07, or the intent of it, 033) that has a known doer and no known target the actor such a phrase names:

- the phrase is in the act's own object (the verb's direct object, or that of a clause it governs:
  "offered to finance ships built for X"; an event noun's own phrases), never in a clause of its own under it
  (a relative or adverbial clause: "boats that once patrolled for X") nor in another sentence;
- "for" hangs on a noun or on a participle (an ``acl`` participle with no subject of its own), "to" only on a
  participle ("aid to X" on the act's noun is the ordinary target rules' work);
- the receiver is the actor the preposition's object names, else the one its possessor names ("for
  Freedonia's coast guard": Freedonia when the coast guard resolves to no one), and it is of another party than
  every doer (``context.party``: "built for its own navy" gives none).

It runs before the article-level rules (``article_sides.aid_receivers``, ``coop_targets``): what the act's own
clause says comes before what the story suggests. Measured on the development articles: docs/design.md.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.article_sides import INTEND_AID
from detente.events.context import party
from detente.events.doers import known
from detente.events.frames import AID_ROOT

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from detente.actors.refs import DocActors
    from detente.actors.resolve import ActorRef
    from detente.events.extract import Candidate

OBJECT_DEPS = frozenset({"dobj", "dative"})  # what a verb gives
GOVERNED_DEPS = frozenset({"xcomp"})  # a clause the act's verb governs ("offered to finance ...")
OWN_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis"})  # clauses of their own: not walked
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def object_receivers(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """Give each aid act with a known doer and no known target the receiver its object names (see the module's
    docstring)."""
    out = []
    for candidate in candidates:
        receiver = _receiver(candidate, found)
        if receiver is not None:
            candidate = dataclasses.replace(candidate, targets=(*candidate.targets, receiver))
        out.append(candidate)
    return out


def _aid(code: str) -> bool:
    """Whether a code is aid (CAMEO 07) or the intent of it (033)."""
    return code[:2] == f"{AID_ROOT:02d}" or code.startswith(INTEND_AID)


def _receiver(candidate: Candidate, found: DocActors) -> tuple[Token, ActorRef] | None:
    """The mention of the receiver the act's object names, or None."""
    doers = known(candidate.sources)
    if not _aid(candidate.cameo) or not doers or known(candidate.targets):
        return None
    own = {party(ref) for _, ref in doers}
    for token in _object_tokens(candidate):
        named = _named(token, found)
        if named is not None and party(named[1]) not in own:
            return named
    return None


def _objects(candidate: Candidate) -> Iterator[Token]:
    """The act's objects: an event noun itself, else its verb's objects and those of a clause it governs."""
    head = candidate.head
    if candidate.nominal or head.pos_ in NOUN_POS:
        yield head
        return
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            yield child
        elif child.dep_ in GOVERNED_DEPS:
            yield from (c for c in child.children if c.dep_ in OBJECT_DEPS)


def _object_tokens(candidate: Candidate) -> Iterator[Token]:
    """The objects of "for" and "to" phrases that tell a receiver in the act's objects (module docstring), in the
    text's order; no clause of its own under the object is entered."""
    found: list[Token] = []
    stack = list(_objects(candidate))
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in OWN_CLAUSE_DEPS or (child.dep_ == "acl" and not _participle(child)):
                continue
            if child.dep_ == "prep" and _tells_receiver(child):
                found.extend(c for c in child.children if c.dep_ == "pobj")
            stack.append(child)
    return iter(sorted(found, key=lambda t: t.i))


def _participle(token: Token) -> bool:
    """Whether a token is a participle on a noun with no subject of its own ("boats built for ...")."""
    return token.dep_ == "acl" and token.tag_ in PARTICIPLE_TAGS \
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _tells_receiver(prep: Token) -> bool:
    """Whether a preposition names a receiver: "for" on a noun or a participle, "to" on a participle."""
    word = prep.lower_
    if word == "for":
        return prep.head.pos_ in NOUN_POS or _participle(prep.head)
    return word == "to" and _participle(prep.head)


def _named(token: Token, found: DocActors) -> tuple[Token, ActorRef] | None:
    """The actor a phrase's object names, else the one its possessor names ("Freedonia's coast guard")."""
    for mention in (token, *(c for c in token.children if c.dep_ == "poss")):
        ref = found.by_token.get(mention.i) or found.place_refs.get(mention.i)
        if ref is not None and ref.kind != "unresolved":
            return mention, ref
    return None
