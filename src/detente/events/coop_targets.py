"""Targets of cooperative acts that name none (issue 11: acts found with the target empty).

An offer, a pledge, a welcome, a visit, a gift or a concession (CAMEO 03-08) is done to someone as surely
as a threat is, but wire copy often leaves the receiver to the story: "Ghana and Togo quarrelled over the
border ... Ghana later offered to fund a joint survey" (Togo), "Armenia released four soldiers ...
Azerbaijan welcomed the release" (Armenia), "Kazakhstan banned Kyrgyz dairy goods ... Kazakhstan lifted the
ban" (Kyrgyzstan). The counterpart rules of ``events/context.py`` serve acts of conflict only (CAMEO 11-13,
15-20: ``cameo.needs_counterpart``); :func:`cooperative_counterparts` gives a cooperative act the story's
other main party (``context.main_parties``) when

- the act has a doer, all of one state or body (``context.party``; no rebels or other non-state side: in a
  civil war the counterpart is its government, not the other state of the story), and that party is one
  of the story's two; it names no known target, is no event noun and no mediation (``cameo.MEDIATION``:
  a side's offer to host talks is no mediation done to the other, and ``context.mediations`` gives a third
  party's its two sides);
- its sentence names, as a party of a clause, no party but the two (``context.parties``), and the two
  are not partners of a joint act there (``context.partners``);
- it is not told as not done (``context.negated``), nor as the content of a denial or of an accusation
  ("denied that Kabul had paid the fighters", "dismissed the accusation that its navy escorted the smugglers":
  what is denied has no receiver the text vouches for); no release of people (0841: "freed 30 Sylvanian
  sailors", "freed hundreds of migrants": whom the people freed belong to is for the people rules to say, and
  anonymous people belong to no one), and no consultation that names whom it was with in words the knowledge
  base does not know ("met a port worker");
- it is not done to a text a body adopts or signs (an ``enact_verb`` of words.tsv, approve, pass, sign, ..., on an
  ``enacted_noun``: law, bill, resolution, decree, ...) as its object, passive subject or the noun it describes
  ("lawmakers approved the bill", "a decree signed by the minister", :func:`_enacts_text`): approving a text is no
  act on the story's other party
  (session 47, h-coopfd47; sanctions and bans are no such texts: lifting them is done to whom they hit; a welcome
  of a text or a decision is done to its author);
- it is no verbal defence (CAMEO 052) of a thing its clause names as its object, no actor ("defended the measure",
  "would defend every mile of its waters": :func:`defends_a_thing`, session 55): a side's defence of a policy or
  ground, most often its own, is aimed at no one the story names;
- a gift or aid (CAMEO 07) gets it when its sentence names no other party, or names it in the clause that holds
  the act ("Sylvania's president was in Freedonia for talks, as Freedonia opened a credit line":
  :func:`_encloses`), not in a clause of
  its own beside or under it ("trains gunmen who raid the army's posts": someone else got the aid);
- a consultation (CAMEO 04) gets it only when its sentence names the other party: a visit or a meeting
  whose sentence names no one is as often with a third party as with the story's other.

Measured on the development articles (session 47, h-coop47): see docs/design.md.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import CONSULT_ROOT, COOPERATIVE_ROOTS, MEDIATION, RELEASE_PEOPLE
from detente.events.context import (
    MIN_SENTENCES,
    Claim,
    as_sides,
    main_parties,
    negated,
    partners,
    party,
    sentence_claims,
    side,
)
from detente.events.doers import known
from detente.events.frames import AID_ROOT  # aid: see the module's docstring

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.context import Claim
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon

DEFEND = "052"  # CAMEO 052, defend verbally: a defence of a thing names no one it is aimed at (defends_a_thing)
BUSINESS_SECTOR = "BUS"  # a state's firms (sectors.tsv): no side apart from their state here, unlike rebels
TEXT_DEPS = frozenset({"dobj", "nsubjpass"})  # where a text a body adopts stands to the verb that adopts it
# dependencies of a verb that open a clause of its own (the root's clause is the whole sentence's)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp", "conj"})


def cooperative_counterparts(candidates: list[Candidate], found: DocActors, lexicon: Lexicon,
                             claims: list[list[Claim]] | None = None) -> list[Candidate]:
    """Give each cooperative act with no target the story's other party when the text leaves no other
    (see the module's docstring; ``claims``: :func:`context.sentence_claims`, when the caller has them already)."""
    words = lexicon.words
    if len(found.sentences) < MIN_SENTENCES:
        return candidates
    if claims is None:
        claims = sentence_claims(found, words)
    story = main_parties(found, words, claims=claims)
    if len(story) != 2:
        return candidates
    # each sentence's parties with their latest mention, as ``context.parties`` reads them, read once for all acts
    named = [{party(ref): (i, ref) for i, ref in sentence} for sentence in claims]
    out = []
    for candidate in candidates:
        other = _other_party(candidate, story, found, lexicon, named)
        if other is not None:
            candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *as_sides(found, [other])))
        out.append(candidate)
    return out


def _other_party(candidate: Candidate, story: set[str], found: DocActors, lexicon: Lexicon,
                 parties_of: list[dict[str, Claim]]) -> Claim | None:
    """The mention of the story's other party the act takes as its target, or None (``parties_of``: each sentence's
    parties, ``context.parties``)."""
    root = int(candidate.cameo[:2])
    if root not in COOPERATIVE_ROOTS or candidate.cameo in MEDIATION or candidate.nominal \
            or any(r.code for _, r in candidate.targets):
        return None
    doers = [r for _, r in known(candidate.sources)]
    own = {party(r) for r in doers}
    if len(own) != 1 or not own < story or any(side(r) != party(r) and not state_firm(r) for r in doers):
        return None
    if negated(candidate, found) or denied_or_charged(candidate, lexicon) \
            or candidate.cameo.startswith(RELEASE_PEOPLE) \
            or (root == CONSULT_ROOT and candidate.targets) or _enacts_text(candidate.head, lexicon) \
            or defends_a_thing(candidate, found):
        return None
    words = lexicon.words
    named = {p: c for p, c in parties_of[candidate.sentence].items() if p not in own}
    other = next(iter(story - own))
    if set(named) - {other} or partners(found, candidate.sentence, words) & story:
        return None
    if named:
        claim = named[other]
        return claim if root != AID_ROOT or _encloses(found.sentences[0].doc[claim[0]], candidate.head) else None
    return None if root == CONSULT_ROOT else _last_mention(parties_of, candidate.sentence, other)


def defends_a_thing(candidate: Candidate, found: DocActors) -> bool:
    """Whether an act is a verbal defence (CAMEO 052) of a thing its clause names as its object, no actor ("defended
    the decision", "has defended the measure as ...", "the deal, which the president defended", "would defend every
    mile of its waters"): a side's defence of a policy or ground, most often its own, is aimed at no one the story
    names; a defence of an actor ("defended Fico") names whom it is for (session 55, h-ctx55: of such defences the
    story's other party was given to on the development articles, one was right and five wrong)."""
    if not candidate.cameo.startswith(DEFEND):
        return False
    view = found.view(candidate.head.doc)
    heads = {t.i for t in (candidate.frame_token, candidate.head) if t is not None}
    return any(view.dep[c] == "dobj" and not any(r.known for r in found.refs_at(c))
               for h in heads for c in view.children[h])


def denied_or_charged(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether an act is the content of a denial or of an accusation: a ``deny`` verb of reporting.tsv or an
    ``accusation_noun`` of words.tsv above it in the parse ("denied that its envoys had paid ...",
    "rejected claims that its army had hidden ...")."""
    return any(lexicon.frames(t.lemma_.lower(), "deny") or t.lemma_.lower() in lexicon.words.accusation_noun
               for t in candidate.head.ancestors)


def _enacts_text(head: Token, lexicon: Lexicon) -> bool:
    """Whether an act is done to a text a body adopts or signs (an ``enact_verb`` of words.tsv on an ``enacted_noun``):
    its object or passive subject ("the assembly approved the bill", "the decree was signed on Monday"), or the noun
    it describes as a participle ("a decree signed by the minister")."""
    texts = lexicon.words.enacted_noun
    if head.lemma_.lower() not in lexicon.words.enact_verb:
        return False
    return any(c.dep_ in TEXT_DEPS and c.lemma_.lower() in texts for c in head.children) \
        or (head.dep_ == "acl" and head.head.lemma_.lower() in texts)


def _last_mention(parties_of: list[dict[str, Claim]], sentence: int, wanted: str) -> Claim | None:
    """The latest mention of party ``wanted`` as a party of a clause before ``sentence``, else the first after it
    (``parties_of``: each sentence's parties, ``context.parties``)."""
    for number in (*range(sentence - 1, -1, -1), *range(sentence + 1, len(parties_of))):
        claim = parties_of[number].get(wanted)
        if claim is not None:
            return claim
    return None


def state_firm(ref: ActorRef) -> bool:
    """Whether an actor is a state's firm (a ``BUS`` sector of sectors.tsv): it deals with the other state as its
    state does ("Chinese companies offered to build the port")."""
    return (ref.sector or "").startswith(BUSINESS_SECTOR)


def _encloses(mention: Token, head: Token) -> bool:
    """Whether the clause a mention is a party of holds the act, itself or as a clause under it ("Sylvania's president
    met Freedonia's, as Freedonia opened a credit line": the meeting's clause holds the credit's); not a mention in a
    clause of its own beside or under the act ("trains gunmen who raid the army's posts", "will fund schools hit by
    Sylvanian shells")."""
    clause = next((t for t in (mention, *mention.ancestors)
                   if t.dep_ == "ROOT" or (t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"))), None)
    return clause is None or clause == head or clause in head.ancestors

