"""Whom a request named as the occasion of another act was made to (issue 11, session 52, h-tgt52): "Interpol issued
the notices at Patria's request", "the forces it sent at Ruritania's request", "UNESCO listed the site at Osterlich's
request".

A request (an appeal or demand noun, CAMEO 02 or 10) with a known doer (its possessor) in a phrase of ``granted_prep``
(words.tsv: "at", "upon") on a verb, or on a noun of the verb's phrase where the parser hangs it ("added the site to
its list at X's request"), is what the verb's act was done on: the one asked is whoever did that act, the verb's
subject (through a pronoun the resolver read, "it had sent"; not through a passive with no agent, "the text was
softened at X's request", whose doer the sentence does not name). Not the requester's own party ("Ruritania sent
troops at its own request" names no one asked). "At the request of X" gives the noun no doer here and is not read.
:func:`asked_by_request` reads it, :func:`asked_from` tells it for ``--explain``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.cameo import REQUEST_ROOTS, lookup
from detente.events.doers import known

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef
    from detente.events.ground import Side
    from detente.events.lexicon import Words
    from detente.events.made_by import Doers
    from detente.records import Candidate

CLAUSE_POS = ("VERB", "AUX")
MAX_CLIMB = 4  # steps up from the parser's noun a "granted_prep" phrase hangs on to the verb of its phrase


def _granting_verb(noun: Token, code: str, words: Words) -> Token | None:
    """The verb whose act a request noun was the occasion of (its ``granted_prep`` phrase hangs on it), or None."""
    if lookup(code).root not in REQUEST_ROOTS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in words.granted_prep:
        return None
    head = prep.head
    for _ in range(MAX_CLIMB):  # "added the site to its list at X's request": the parser's noun, in the verb's phrase
        if head.pos_ in CLAUSE_POS or head.dep_ not in ("dobj", "pobj", "prep") or head.head.i == head.i:
            break
        head = head.head
    return head if head.pos_ in CLAUSE_POS else None


def asked_by_request(rules: Doers, noun: Token, code: str, words: Words, party: Callable[[ActorRef], str],
                     sources: list[Side]) -> list[Side]:
    """The known subjects of the verb a request noun was the occasion of (:func:`_granting_verb`), not of the
    requesters' own party: whom the request was made to."""
    verb = _granting_verb(noun, code, words)
    if verb is None:
        return []
    own = {party(r) for _, r in known(sources)}
    return [(t, r) for t, r in known(rules.subjects(verb)) if party(r) not in own]


def asked_from(candidate: Candidate, token: Token, words: Words) -> str | None:
    """For ``--explain``: the rule, when a request's target ``token`` is the subject of the verb its noun was the
    occasion of, else None."""
    if not candidate.nominal:
        return None
    verb = _granting_verb(candidate.head, candidate.cameo, words)
    if verb is None or not (token.head.i == verb.i or token.dep_ in ("nsubj", "nsubjpass")):
        return None
    return "whom a request was made to: the doer of the act it was the occasion of, 'at X's request' " \
           "(events/requested.py, asked_by_request)"
