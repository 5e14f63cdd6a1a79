"""Talks or a meeting an act was done at, told by a noun that names no doer (session 52, h-miss52): "Rwanda and Burundi
agreed to reopen the border following two days of talks in Nairobi", "the accord was signed by the two ministers after
talks on trade", "the two governments reached a compromise after talks in X".

The noun after an ``occasion_prep`` of ``data/lexicon/words.tsv`` (after, at, following, during), directly or through a
measure of it ("two days of talks", "the end of three rounds of talks": :func:`occasion_verb`), on a verb names the
talks the verb's act came out of; the gold codes them as a consultation (CAMEO 04) of the act's parties, and the coder
left them with no doer. :func:`talks_parties` gives such a noun (an event noun of CAMEO 04, with no known doer of its
own) the known doers of the act told by that verb (the verb coded itself, or as the frame of the act coded on its
complement: "agreed to reopen") when they are two parties or more (``context.party``; for an act of cooperation,
CAMEO 03-06, its known targets count as parties too: "X signed the accord with Y after talks"), with the noun's own
targets that are none of them ("after talks with X"); when the act has one party, only if the noun names its own
target of another party ("released the traders after talks with X"). A noun with no such act on its verb is dropped,
as before.

The body met (session 53, h-tgt53): when such a noun names no doer and no target but an "of" phrase with actors ("raised
the case at a meeting of EU foreign ministers", "will raise the dispute at a summit of the African Union"),
:func:`met_body` gives the noun those actors as its targets, so the act's doer talks to the body it meets; a body of the
doer's own state ("at a meeting of its security council") is none of its own targets and the noun is dropped as before;
when the act has two parties or more, the meeting is theirs ("X said it would back Y's call at a meeting of EU
ministers") and the body is none of its targets.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.context import party
from detente.events.doers import known, unique

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.ground import Side
    from detente.events.lexicon import Words
    from detente.records import Candidate

TALKS_ROOT = "04"  # CONSULT: talks, a meeting, a visit's talks
JOINT_ROOTS = ("03", "04", "05", "06")  # an act of cooperation: its target is the other party of the talks
MEASURE_STEPS = 3  # "the end of three days of talks": the measures between the preposition and the talks


def occasion_verb(noun: Token, words: Words) -> Token | None:
    """The verb an event noun hangs on through an ``occasion_prep``, directly ("after talks") or through measures of
    it ("following two days of talks"); None when it hangs otherwise."""
    for _ in range(MEASURE_STEPS):
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        else:
            break
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in words.occasion_prep \
            and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i:
        return prep.head
    return None


def occasion_talks(candidate: Candidate, words: Words) -> Token | None:
    """The verb of the act a consultation told by a noun with no known doer was the occasion of (see the module's
    docstring), or None."""
    if not candidate.nominal or not candidate.cameo.startswith(TALKS_ROOT) or known(candidate.sources):
        return None
    return occasion_verb(candidate.head, words)


def _act_on(verb: Token, candidates: list[Candidate]) -> Candidate | None:
    """The act with known doers told by a verb, itself or as the frame of the act on its complement."""
    return next((c for c in candidates if not c.nominal and known(c.sources)
                 and (c.head.i == verb.i or (c.frame_token is not None and c.frame_token.i == verb.i))), None)


def talks_parties(candidates: list[Candidate], words: Words) -> list[Candidate]:
    """Each consultation told by a noun after an occasion preposition (:func:`occasion_talks`) done by the parties of
    the act its verb tells; dropped when that act has none to give (see the module's docstring)."""
    out = []
    for candidate in candidates:
        verb = occasion_talks(candidate, words)
        if verb is None:
            out.append(candidate)
            continue
        act = _act_on(verb, candidates)
        if act is None:
            continue
        doers = unique(known(act.sources))
        if len({party(r) for _, r in doers}) < 2 and act.cameo[:2] in JOINT_ROOTS:
            doers = unique([*doers, *known(act.targets)])  # "X signed the accord with Y after talks": both talked
        parties = {party(r) for _, r in doers}
        own = [(t, r) for t, r in known(candidate.targets) if party(r) not in parties
               and not (len(parties) > 1 and _in_of(candidate.head, t))]  # two parties met: the meeting is theirs
        if len(parties) < 2 and not own:
            continue
        out.append(dataclasses.replace(candidate, sources=tuple(doers), targets=tuple(own)))
    return out


def talks_doer(candidate: Candidate, token: Token, words: Words) -> str | None:
    """For ``--explain``: the rule, when a doer of talks told by a noun is a doer of the act they were the occasion
    of; else none."""
    if not candidate.nominal or not candidate.cameo.startswith(TALKS_ROOT):
        return None
    verb = occasion_verb(candidate.head, words)
    if verb is None or candidate.head.left_edge.i <= token.i <= candidate.head.right_edge.i:
        return None
    return f"a doer of the act {verb.text!r} the talks were the occasion of (events/occasion_talks.py, talks_parties)"


def met_body(noun: Token, objects: list[Side], words: Words) -> list[Side]:
    """The targets of talks told by a noun with no doer or target of its own that an act was done at
    (:func:`occasion_verb`): the actors of its "of" phrase (``objects``), the body met ("raised the case at a meeting
    of EU foreign ministers"); none when the noun hangs otherwise."""
    return list(objects) if occasion_verb(noun, words) is not None else []


def met_body_from(candidate: Candidate, token: Token, words: Words) -> str | None:
    """For ``--explain``: the rule, when a target of talks told by a noun is inside the noun's "of" phrase and the
    noun is the occasion of another act (:func:`met_body`); else none."""
    if not candidate.nominal or not candidate.cameo.startswith(TALKS_ROOT) or not _in_of(candidate.head, token):
        return None
    if occasion_verb(candidate.head, words) is None:
        return None
    return "the body whose meeting the doer's act was done at (events/occasion_talks.py, met_body)"


def _in_of(noun: Token, token: Token) -> bool:
    """Whether ``token`` is inside the "of" phrase of ``noun`` ("a meeting of EU foreign ministers")."""
    return any(child.dep_ == "prep" and child.lower_ == "of" and child.left_edge.i <= token.i <= child.right_edge.i
               for child in noun.children)
