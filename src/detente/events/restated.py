"""The doer of an act told again in an agentless passive: "Albanian police arrested Petros Kanaris, a Greek mayor,
on Tuesday. ... Kanaris was freed on Friday" (Albania); "Iran summoned Britain's ambassador on Monday ... The
envoy was summoned again on Thursday" (Iran); "Mali arrested 49 Ivorian soldiers ... The
soldiers were pardoned in January" (Mali).

Wire copy tells the arrest, seizure or summons once with its doer, then tells what followed to the same people or
things (the charge, the sentence, the pardon, a second summons) in a passive that names no one: the state that held
them did it. A candidate with no known doer after the clause rules (``events/code_sides.py``, ``state_doers``, which
finds the state from the clause's own places and speakers first), told by an agentless passive verb
(:func:`detente.events.roles.agentless_passive`), takes the known doers of the latest earlier act of the article
that

1. is of the same family of acts: one act of holding and judging people or their things (CAMEO ``CUSTODY``: seize,
   confiscate, arrest, detain, charge, expel or deport, find guilty, release, return), or the same one of the
   diplomatic acts done to an envoy (``ENVOY_ACTS``: a summons, 114; an expulsion, 161); an act of force
   ("was killed", "were wounded") is not restated so: the people hit by one attack are as often hit by another;
2. was done to the same party (a state with its government, forces, office holders and people is one party, as in
   ``events/context.py``; a person or body the knowledge base does not give a country is its own): a known target of
   the earlier act shares a party with one of the passive's (a passive whose target the text does not resolve, "the
   two men were later charged", is left alone);
3. was done by known actors, and was not told as not done.

No such act leaves the passive without a doer. The side added is the earlier act's own mention, so
``detente code --explain`` names the sentence it came from.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.context import negated, party
from detente.events.doers import known
from detente.events.roles import agentless_passive

if TYPE_CHECKING:
    from detente.actors.refs import DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side

# CAMEO codes (by prefix) of a state holding and judging people or their things: seize or confiscate (171), bar or
# ban (172, impose administrative sanctions), arrest, detain or charge (173), expel or deport (174), find guilty
# (116), release persons or property (084); not the force of 175 (violent repression), which a crowd undergoes anew
CUSTODY = ("171", "172", "173", "174", "116", "084")
ENVOY_ACTS = frozenset({"114", "161"})  # CAMEO: complain officially (a summons), reduce relations (an expulsion)


def family(code: str) -> str | None:
    """The family an act's code is restated within: ``CUSTODY`` as one, an act of ``ENVOY_ACTS`` by its code, else
    None (no act of another family is read as restated)."""
    if code.startswith(CUSTODY):
        return "custody"
    return code[:3] if code[:3] in ENVOY_ACTS else None


def restated_doers(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """Give an agentless passive with no known doer the doers of the earlier act it follows on (see the module's
    docstring)."""
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        if not known(candidate.sources) and known(candidate.targets) and not candidate.nominal \
                and agentless_passive(candidate.head, found.view(candidate.head.doc)):
            doers = _earlier_doers(candidate, candidates[:number], found)
            if doers:
                candidate = dataclasses.replace(candidate, sources=(*candidate.sources, *doers))
        out.append(candidate)
    return out


def _earlier_doers(candidate: Candidate, earlier: list[Candidate], found: DocActors) -> list[Side]:
    """The known doers of the latest earlier act of the candidate's family done to one of its parties."""
    kind = family(candidate.cameo)
    if kind is None:
        return []
    held = {party(r) for _, r in known(candidate.targets)}
    for act in reversed(earlier):
        sources = known(act.sources)
        if not sources or family(act.cameo) != kind or negated(act, found):
            continue
        if held & {party(r) for _, r in known(act.targets)}:
            return sources
    return []
