"""Dated pacts and talks told as nouns (session 45): "Fishing boats are inspected under a 1998 patrol agreement",
"The 2019 water-sharing accord has held since", "direct talks in Kasko in 2021 ended without a deal".

An agreement (SUPPORT 057), a round of talks (046) or a meeting (040) that the text names by a noun with a year of
its own earlier than the publication's (a year on the noun, "a 2006 fisheries arrangement"; after "in" or "of" on it,
"talks in Kasko in April 2021"; or after "in" on a participle hung on it, "a trade accord signed in
1981": :func:`own_year`) and whose own phrase names no doer ("between X and Y", a possessor, a demonym: those the
clause rules read already) is a background act of the story's two main parties (``context.main_parties``: the two
named most often as parties of its clauses), done together (both are its doers): the gold codes such an agreement
as a historical signing by its two parties, symmetric. Only when the noun's own phrase and its sentence name no
party other than those two (a partner named "with X" on the noun is one of them: "under a 2012 agreement with
Kasko"); a noun whose story has a third party in play, or fewer than two parties, stays uncoded. Each party is given
by its mention up to the noun's sentence that names the state itself, else its government, else anyone of it (a
regional governor or a militia leader named last would not stand for the state).

The extractor keeps such a noun without a doer (:func:`dated_pact`); :func:`pact_parties` gives it its parties once
the article is read, or drops it. One whose signing a participle or relative clause on it codes with a doer of its own
("the accord, signed by X and Y in 2022") is that act, not another; other restatements of an act the article codes on
a verb are joined by the acts step.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import SIGNING
from detente.events.context import Claim, main_parties, parties, party
from detente.events.doers import known

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Token

    from detente.actors.resolve import DocActors
    from detente.events.lexicon import Words
    from detente.records import Candidate

PACT_CODES = frozenset({SIGNING, "046", "040"})  # sign an agreement, negotiate, meet
YEAR_DEPS = ("nummod", "compound", "amod", "npadvmod", "nmod", "appos")  # "a 1992 accord", "the accord of 1992"
TIME_PREPS = ("in", "of")  # "talks in 2021", "in April 2021", "the communique of 1982"
FIRST_YEAR, LAST_YEAR = 1800, 2099


def _year(token: Token) -> int | None:
    """The year a token writes as four digits ("1992"), or none."""
    text = token.text
    if len(text) == 4 and text.isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR:
        return int(text)
    return None


def _time_year(pobj: Token) -> int | None:
    """The year of a time phrase's object: "2021", "April 2021", "March of 2021"."""
    year = _year(pobj)
    if year is not None:
        return year
    return next((y for c in pobj.children if c.dep_ in YEAR_DEPS and (y := _year(c)) is not None), None)


def own_year(noun: Token) -> int | None:
    """The year an event noun is dated by in its own phrase: a year on it ("a 1992 accord", "the 2008 transit
    accord"), after "in" or "of" on it, through a place ("talks in Kasko in 2021"), or after "in" on a participle hung
    on it ("an accord signed in 1981"); for talks told as a measure of them ("a round of talks in 2021", "the 2021
    round of talks"), on the measure too."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)  # "a round of talks": the measure
    for holder in holders:
        year = _year_on(holder)
        if year is not None:
            return year
    return None


def _year_on(noun: Token) -> int | None:
    """The year on a noun's own phrase (:func:`own_year`)."""
    for left in noun.lefts:  # "the 2008 transit accord": the year may hang on a word before the noun
        if left.dep_ in YEAR_DEPS and (year := next((y for t in left.subtree if (y := _year(t)) is not None),
                                                    None)) is not None:
            return year
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in TIME_PREPS:
            year = _in_time(child)
            if year is not None:
                return year
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "in" and (year := _in_time(prep)) is not None:
                    return year
    return None


def _in_time(prep: Token) -> int | None:
    """The year of a time preposition's object, or of one it holds ("in Kasko in 2021": the place's "in")."""
    for token in prep.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS and (year := _time_year(token)) is not None:
            return year
    return None


def dated_pact(candidate: Candidate) -> bool:
    """Whether a nominal candidate with no doer is an agreement, talks or a meeting dated by a year of its own."""
    return candidate.nominal and candidate.cameo in PACT_CODES and not known(candidate.sources) \
        and own_year(candidate.head) is not None


def pact_parties(candidates: list[Candidate], found: DocActors, words: Words, day: dt.date | None) -> list[Candidate]:
    """Each dated pact with no doer (:func:`dated_pact`) done by the story's two main parties, when its year is
    before the publication's and its phrase and sentence name no other party; dropped otherwise (see the module's
    docstring)."""
    pending = [c for c in candidates if dated_pact(c)]
    if not pending:
        return candidates
    main = main_parties(found, words) if day is not None else set()
    out = []
    for candidate in candidates:
        if not dated_pact(candidate):
            out.append(candidate)
            continue
        year = own_year(candidate.head)
        own = {party(r) for _, r in known(candidate.targets)}
        named = set(parties(found, candidate.sentence, words))
        if day is None or year is None or year >= day.year or len(main) != 2 or not own <= main \
                or not named <= main:
            continue
        if any(_told_on(other, candidate) for other in candidates):
            continue  # "the accord, signed by X and Y in 2022": the participle codes the signing
        done = done_by_pair(candidate, main, found, words)
        if done is not None:
            out.append(done)
    return out


def done_by_pair(candidate: Candidate, pair: set[str], found: DocActors, words: Words) -> Candidate | None:
    """The act done together by the two parties ``pair``, each by its mention up to the act's sentence that names it
    best (:func:`state_mentions`), with no target; None when those sentences do not name both. The doers come in the
    order of those mentions in the text; two that one set phrase names ("both countries") in the order the phrase
    lists them (``DocActors.refs_at``), not in the order of the set ``pair``, which depends on the hash seed."""
    mentions = state_mentions(found, candidate.sentence, words)
    if not pair <= set(mentions):
        return None
    doc = candidate.head.doc

    def place(p: str) -> tuple[int, int, str]:
        at, ref = mentions[p]
        listed = [r.key for r in found.refs_at(at)]
        return at, listed.index(ref.key) if ref.key in listed else len(listed), p

    doers = tuple((doc[mentions[p][0]], mentions[p][1]) for p in sorted(pair, key=place))
    return dataclasses.replace(candidate, sources=doers, targets=())


def state_mentions(found: DocActors, sentence: int, words: Words) -> dict[str, Claim]:
    """Each party named as a party of a clause up to a sentence, by the mention that names it best: the state itself
    ("Ruritania"), else its government ("Kasko", "the foreign ministry"), else any of its people; the latest of the
    best kind."""
    best: dict[str, tuple[int, Claim]] = {}
    for number in range(sentence + 1):
        for i, ref in parties(found, number, words, key=lambda r: r.key).values():
            rank = 0 if ref.code == ref.country else 1 if ref.sector == "GOV" else 2
            if party(ref) not in best or rank <= best[party(ref)][0]:
                best[party(ref)] = (rank, (i, ref))
    return {p: claim for p, (_, claim) in best.items()}


def _told_on(other: Candidate, pact: Candidate) -> bool:
    """Whether another candidate is the same kind of act told by a participle or relative clause on the pact's noun,
    with a known doer ("the accord, signed by X and Y in 2022, ..."): the act is coded there."""
    head = other.head
    return other is not pact and other.cameo == pact.cameo and head.dep_ in ("acl", "relcl") \
        and head.head.i == pact.head.i and bool(known(other.sources))
