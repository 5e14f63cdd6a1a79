"""Whom a call for someone's release is made of: whoever holds them ("Norwegian police detained a
Russian-crewed trawler, prompting Moscow to demand the crew's release": Norway).

An appeal for or a demand of release (CAMEO ``RELEASE_CALLS``: "demanded the release of the
detainees", "called for the crew's release") with known doers and no known target after the clause
rules takes the doers of the latest earlier act of holding (CAMEO ``HOLDING``: an arrest or
detention, a seizure of property, an abduction) that

1. was done by known actors of another party than the caller's (a state with its government, forces
   and office holders is one party, ``events/context.py``), and was not told as not done;
2. was told in the same sentence ("..., prompting X to demand their release"), or was done to the
   caller's own party, at any distance back in the article ("Kyrgyz guards detained 14 Tajik citizens
   ... Tajikistan demanded the release of the detainees": a state asks for its own people or things
   back from whoever holds them).

The side added is the holding act's own mention of its doer, so ``detente code --explain`` names the
sentence it came from.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.context import party
from detente.events.participants import known

if TYPE_CHECKING:
    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side

RELEASE_CALLS = frozenset({"0253", "1053"})  # CAMEO: appeal for, demand release of persons or property
HOLDING = frozenset({"171", "1711", "173", "181"})  # CAMEO: seize property, confiscate, arrest or detain, abduct


def release_holders(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """Give a call for release with no known target the doers of the act of holding it answers (see
    the module's docstring)."""
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        doers = known(candidate.sources)
        if candidate.cameo in RELEASE_CALLS and doers and not known(candidate.targets):
            holders = _holders(candidate, {party(r) for _, r in doers}, candidates[:number], found)
            if holders:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *holders))
        out.append(candidate)
    return out


def _holders(candidate: Candidate, own: set[str], earlier: list[Candidate], found: DocActors) -> list[Side]:
    """The doers of the latest earlier act of holding by another party, told in the same sentence or
    done to the caller's own party (rules 1 and 2 of the module's docstring)."""
    for act in reversed(earlier):
        if act.cameo not in HOLDING or _negated(act, found):
            continue
        sources = known(act.sources)
        doers, held = {party(r) for _, r in sources}, {party(r) for _, r in known(act.targets)}
        if not sources or doers & own:
            continue
        if act.sentence == candidate.sentence or held & own:
            return sources
    return []


def _negated(candidate: Candidate, found: DocActors) -> bool:
    """Whether an act is told as not done: the parse's negation on its words (the parse view)."""
    view = found.view(candidate.head.doc)
    return any(view.dep[c] == "neg" for t in (candidate.head, *candidate.trigger) for c in view.children[t.i])
