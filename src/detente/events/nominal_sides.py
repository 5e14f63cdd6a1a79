"""The other party of a two-party story for a measure or an act of force told by a noun that names its doer and no
target (issue 11, session 48, h-tgtm48): "its own tariffs", "Japanese sanctions", "the Saudi ban", "Israeli air
strikes", "Iraq's invasion".

The counterpart rules of ``events/context.py`` leave an act told by a noun alone: such a noun is as often a topic
("acting against Hezbollah threats") as an act of the day. A noun whose own modifier or possessive names a state as its
doer is an act all the same, and the output keeps it; in a story of two states, a sanction, a blockade, a seizure or a
strike of one of them (CAMEO 16-20: ``NOMINAL_ROOTS``; not a protest, 14, nor a show of force, 15, which the lexicon's
``counterpart`` column keeps from the story's other party too) is done to the other as surely as the same act told by
a verb. :func:`nominal_counterparts` gives such an act the story's other main party (``context.main_parties``) when

- the article is a story, of two parties by far (``context.of_two_parties``: its second party named as a party of a
  clause at least twice as often as its third);
- the act is a noun (``Candidate.nominal``), not told as not done (``context.negated``), with known doers all of one
  state (no rebels, opposition or civilians: ``context.not_state``), one of the story's two main parties, each named
  on the noun itself, its possessive, a modifier or its "by" (:func:`_on_noun`: a doer taken from the clause around
  the noun, "held its first local polls since the coup", names no one's act); it names no known target, nor names whom
  or what it is done to in words that make the target named, not missing (``context.named_unknown``: people,
  suspects, gunmen);
- its sentence names, as a party of a clause, no party but the two (``context.parties``), nor the two as partners
  of a joint act (``context.partners``), nor, in any role, a known actor of a third party
  (:func:`names_a_third_party`: "the raid by Peruvian troops on the Bolivian consulate" names Bolivia, though only
  as a modifier);
- the other main party is named as a party of a clause before the act's sentence: its latest such mention is the
  target (the explanation tells the sentence it is named in).

Measured on the development articles: see docs/design.md (session 48, h-tgtm48).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.context import (
    MIN_SENTENCES,
    Claim,
    as_sides,
    earlier_mentions,
    main_parties,
    named_unknown,
    negated,
    not_state,
    of_two_parties,
    parties,
    partners,
    party,
    sentence_claims,
)
from detente.events.doers import known

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon, Words

NOMINAL_ROOTS = frozenset({16, 17, 18, 19, 20})  # CAMEO: reduce relations, coerce, assault, fight, mass violence
OWNER_DEPS = ("poss", "amod", "compound", "nmod")  # how a noun's own doer hangs on it: "its", "Japanese", "U.S."


def nominal_counterparts(candidates: list[Candidate], found: DocActors, lexicon: Lexicon,
                         story: set[str]) -> list[Candidate]:
    """Give each nominal act of coercion or force by one of a two-party story's parties, with no target, the story's
    other party when its sentence names no third (see the module's docstring; ``story``: :func:`two_party_story`)."""
    words = lexicon.words
    if not story:
        return candidates
    out = []
    for candidate in candidates:
        if _measure_of_one(candidate, found, story, lexicon):
            own = {party(r) for _, r in known(candidate.sources)}
            named = parties(found, candidate.sentence, words)
            if set(named) <= story and not partners(found, candidate.sentence, words) & story \
                    and not names_a_third_party(found, candidate.sentence, story):
                other = story - own
                mentions = [claim for key, claim in earlier_mentions(found, candidate.sentence, words, party)
                            if key in other]
                if mentions:
                    candidate = dataclasses.replace(candidate,
                                                    targets=(*candidate.targets, *as_sides(found, mentions[-1:])))
        out.append(candidate)
    return out


def two_party_story(found: DocActors, words: Words, claims: list[list[Claim]] | None = None) -> set[str]:
    """The story's two main parties when it is a story of two parties by far (``context.of_two_parties``), else none.
    ``claims``: :func:`context.sentence_claims`, when the caller has them already."""
    if len(found.sentences) < MIN_SENTENCES:
        return set()
    if claims is None:
        claims = sentence_claims(found, words)
    story = main_parties(found, words, claims=claims)
    return story if len(story) == 2 and of_two_parties(claims) else set()


def _measure_of_one(candidate: Candidate, found: DocActors, story: set[str], lexicon: Lexicon) -> bool:
    """Whether a candidate is a nominal act of ``NOMINAL_ROOTS``, not told as not done, whose known doers are all one
    state of the story's two, with no known target and none named in words that leave no target missing."""
    doers = known(candidate.sources)
    if not candidate.nominal or int(candidate.cameo[:2]) not in NOMINAL_ROOTS or not doers \
            or known(candidate.targets) or any(not_state(r) for _, r in doers):
        return False
    own = {party(r) for _, r in doers}
    return len(own) == 1 and own < story and not negated(candidate, found) \
        and all(_on_noun(t, candidate.head) for t, _ in doers) and not named_unknown(candidate, found, lexicon.words)


def _on_noun(token: Token, noun: Token) -> bool:
    """Whether a doer is named on the act's noun itself: its possessive, a modifier ("its tariffs", "Japanese
    sanctions", "Israeli air strikes") or the object of its "by" ("the raid by Peruvian troops"); not a doer the
    rules took from the clause around the noun ("held its first local polls since the coup": no one's coup is named)."""
    if token.head.i == noun.i and token.dep_ in OWNER_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.i == noun.i


def names_a_third_party(found: DocActors, sentence: int, story: set[str]) -> bool:
    """Whether a sentence names a known actor of a party other than the story's two, in any role, a modifier too
    ("the raid by Peruvian troops on the Bolivian consulate": Bolivia is named, whom the raid was done to)."""
    span = found.sentences[sentence]
    return any(ref.code and party(ref) not in story for i in range(span.start, span.end) for ref in found.refs_at(i))
