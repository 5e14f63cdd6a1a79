"""Whom a denial of a hostile act is aimed at: the side the denied act was done to (session 48).

A denial (CAMEO ``ANSWERING_CODES``) by a state (every known doer one) left with no known target by the rules of
``events/context.py`` and ``events/replies.py``, whose denied clause (a that-clause, or a gerund or object the parser
hangs there) is itself coded as an act of conflict (quad classes 3 and 4: a threat, an attack, a seizure, spying)
done by its own side to known actors of one other party, answers that party: the side an attack is said to have hit
is the one that says so ("Minsk denied that its border guards had fired on Lithuanian patrols": Lithuania). An act of
cooperation denied ("denied that it had given Patria the pass", "denied selling arms to Patria") names what the charge
is about, not who made it, and is left alone; so is a denied act whose doers are not the denier's side, or whose
targets are of two parties or more.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import ANSWERING_CODES, quad_class
from detente.events.context import not_state, party
from detente.events.doers import known

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate

CONFLICT_QUADS = frozenset({3, 4})  # verbal and material conflict


def denied_victims(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """Give a denial of its own side's hostile act the party that act was done to (see the module's docstring)."""
    out: list[Candidate] = []
    for candidate in candidates:
        denied = _denied_act(candidate, candidates, found)
        if denied is not None:
            candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *known(denied.targets)))
        out.append(candidate)
    return out


def victim_from(candidate: Candidate, token: Token) -> str | None:
    """For ``--explain``: the rule, when a denial's target at ``token`` is named in the clause it denies and outside
    its own words; else none."""
    if candidate.cameo not in ANSWERING_CODES:
        return None
    clauses = _clauses(candidate)
    if not any(c.left_edge.i <= token.i <= c.right_edge.i for c in clauses):
        return None
    return "the side the denied act of conflict was done to (events/denied_acts.py)"


def _denied_act(candidate: Candidate, candidates: list[Candidate], found: DocActors) -> Candidate | None:
    """The hostile act of the denier's own side on one other party told in the clause a denial denies, if the denial
    wants a target; else none."""
    doers = known(candidate.sources)
    if candidate.cameo not in ANSWERING_CODES or candidate.nominal or not doers or known(candidate.targets) \
            or any(not_state(r) for _, r in doers):
        return None
    own = {party(r) for _, r in doers}
    inside = {t.i for clause in _clauses(candidate) for t in clause.subtree}
    if not inside:
        return None
    for other in candidates:
        if other is candidate or other.head.i not in inside or other.sentence != candidate.sentence:
            continue
        their = known(other.sources)
        victims = {party(r) for _, r in known(other.targets)}
        if quad_class(other.cameo) in CONFLICT_QUADS and their and {party(r) for _, r in their} <= own \
                and len(victims) == 1 and not victims & own:
            return other
    return None


def _clauses(candidate: Candidate) -> list[Token]:
    """The heads of the clause a denial denies: a that-clause or a gerund ("denied that its guards fired", "denied
    firing on ..."), or an object the parser reads as one."""
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    return [c for c in head.children if c.dep_ in ("ccomp", "xcomp")
            or c.dep_ == "dobj" and (c.tag_ == "VBG" or c.left_edge.lower_ == "that" and c.left_edge.pos_ == "SCONJ")]
