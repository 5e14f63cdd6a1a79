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
   but abuse told of people held (``ABUSE``: CAMEO 182, beat, mistreat, torture: "the sailors were beaten while
   held", "said none of the sailors was mistreated") is the act of those who hold them, so such a passive looks for
   the custody family (session 44);
2. was done to the same party (a state with its government, forces, office holders and people is one party, as in
   ``events/context.py``; a person or body the knowledge base does not give a country is its own): a known target of
   the earlier act shares a party with one of the passive's;
3. was done by known actors, and was not told as not done.

No such act leaves the passive without a doer. The side added is the earlier act's own mention, so
``detente code --explain`` names the sentence it came from.

A passive of the custody family, or of abuse, whose people or things the text does not resolve ("the crew were
freed", "the haul was confiscated", "the detainees had been beaten", the object of no known actor) follows on the
article's story of taking when the story is unambiguous (``_custody_story``, session 44): the earlier acts that take
people or things (``TAKING``: CAMEO 171, 173) with known doers and targets, not told as not done, are all by one
party to one other party; the passive takes the doers and the known targets of the latest of them ("Philippine coast
guards seized a Chinese fishing boat ... The haul of giant clams was confiscated": the Philippines, China). Not so
for a passive told as not done ("whose identities were not released"), of a named person the text leaves
unresolved, of nobody in particular ("no protesters", ``nobody_det``), or of a thing whose owner a demonym or country
on it names ("a Turkish lorry was impounded" after a story of Russia holding Georgians); nor when a release or
handover (084) is all the story tells. A custody passive whose subject names no one at all ("All eleven were freed on
Friday", "Both were charged") is kept by the extractor (``Extractor.candidates``) for this story and, for an arrest,
for the story's ground (``events/held_here.py``, session 46), which drops it when given neither.
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
    from detente.events.lexicon import Words

# CAMEO codes (by prefix) of a state holding and judging people or their things: seize or confiscate (171), bar or
# ban (172, impose administrative sanctions), arrest, detain or charge (173), expel or deport (174), find guilty
# (116), release persons or property (084); not the force of 175 (violent repression), which a crowd undergoes anew
CUSTODY = ("171", "172", "173", "174", "116", "084")
# CAMEO codes of abuse told of people held (physical assault 182, sexual assault 1821, torture 1822: "were beaten while
# held", "said none of them was mistreated"): the act of those who hold them
ABUSE = ("182",)
# CAMEO codes (by prefix) of taking people or things into custody (seize or confiscate 171, arrest or detain 173): the
# acts a story of custody begins with; a release or a handing over (084) ends one
TAKING = ("171", "173")
ENVOY_ACTS = frozenset({"114", "161"})  # CAMEO: complain officially (a summons), reduce relations (an expulsion)


def family(code: str) -> str | None:
    """The family an act's code is restated within: ``CUSTODY`` as one, an act of ``ENVOY_ACTS`` by its code, else
    None (no act of another family is read as restated)."""
    if code.startswith(CUSTODY):
        return "custody"
    return code[:3] if code[:3] in ENVOY_ACTS else None


def restated_doers(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Give an agentless passive with no known doer the doers of the earlier act it follows on, and one whose people
    or things the text leaves unresolved the doers and targets of the article's one story of custody (see the
    module's docstring)."""
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        if not known(candidate.sources) and not candidate.nominal \
                and agentless_passive(candidate.head, found.view(candidate.head.doc)):
            if known(candidate.targets):
                doers = _earlier_doers(candidate, candidates[:number], found)
                if doers:
                    candidate = dataclasses.replace(candidate, sources=(*candidate.sources, *doers))
            else:
                candidate = _custody_story(candidate, candidates[:number], found, words)
        out.append(candidate)  # a passive of no one given none here may yet take the story's ground (held_here.py)
    return out


def _custody_story(candidate: Candidate, earlier: list[Candidate], found: DocActors,
                   words: Words) -> Candidate:
    """An act of custody, or abuse (``ABUSE``), whose people or things the text does not resolve ("the crew were
    freed", "the catch was confiscated", "the detainees had been beaten") follows on the article's story of taking:
    the earlier acts that take people or things (``TAKING``) with known doers and targets, not told as not done, are
    all by one party to one other party; it takes the doers and the known targets of the latest of them. Unchanged
    when there is none, or several doers or held parties, or a party holding its own; nor for a passive told as not
    done, of a named person the text does not resolve ("Castillo was sentenced"), whose subject is nobody in
    particular ("said that no protesters were detained": ``nobody_det`` in words.tsv), or whose subject names
    by a demonym or a possessor another party than the one held ("a Turkish lorry was impounded" after a story of
    Georgians held)."""
    if (family(candidate.cameo) != "custody" and not candidate.cameo.startswith(ABUSE)) or negated(candidate, found):
        return candidate
    subjects = [c for c in candidate.head.children if c.dep_ == "nsubjpass"]
    if any(c.pos_ == "PROPN" or any(d.dep_ == "det" and d.lower_ in words.nobody_det for d in c.children)
           for c in subjects):
        return candidate
    # whose people or things the words on the subject say they are ("a Turkish lorry", "Cuban crews")
    owners = {party(r) for c in subjects for d in c.children for r in (found.by_token.get(d.i),) if r is not None}
    story = [act for act in earlier if act.cameo.startswith(TAKING) and known(act.sources)
             and known(act.targets) and not negated(act, found)]
    doers = {party(r) for act in story for _, r in known(act.sources)}
    held = {party(r) for act in story for _, r in known(act.targets)}
    if len(doers) != 1 or len(held) != 1 or doers == held or owners - held:
        return candidate
    latest = story[-1]
    return dataclasses.replace(candidate, sources=(*candidate.sources, *known(latest.sources)),
                               targets=(*candidate.targets, *known(latest.targets)))


def _earlier_doers(candidate: Candidate, earlier: list[Candidate], found: DocActors) -> list[Side]:
    """The known doers of the latest earlier act of the candidate's family done to one of its parties (abuse of
    people in custody, ``ABUSE``: the doers of the act that holds them)."""
    kind = "custody" if candidate.cameo.startswith(ABUSE) else family(candidate.cameo)
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
