"""Whom an act that answers another is made of, when its own clause names no one: a call for
release is made of whoever holds those it asks for; an agreement answers whoever asked for it.

Calls for release ("Norwegian police detained a Russian-crewed trawler, prompting Moscow to demand
the crew's release": Norway). An appeal for or a demand of release (CAMEO ``RELEASE_CALLS``:
"demanded the release of the detainees", "called for the crew's release") with known doers and no
known target after the clause rules takes the doers of the latest earlier act of holding (CAMEO
``HOLDING``: an arrest or detention, a seizure of property, an abduction) that

1. was done by known actors of another party than the caller's (a state with its government, forces
   and office holders is one party, ``events/context.py``), and was not told as not done;
2. was told in the same sentence ("..., prompting X to demand their release"), or was done to the
   caller's own party, at any distance back in the article ("Kyrgyz guards detained 14 Tajik citizens
   ... Tajikistan demanded the release of the detainees": a state asks for its own people or things
   back from whoever holds them).

Agreements ("asked the World Bank to fund a study, and the bank agreed": the askers). An intent to
cooperate (CAMEO root ``INTENT_ROOT``: "agreed", "agreed in principle", "promised to help") told by a
verb, with known doers and no known target after the clause rules, takes the doers of the request it
grants: the latest earlier appeal or demand (roots ``REQUEST_ROOTS``) that

1. was made of the agreeing doer's party (its known targets are that party alone) by known actors of
   another party, and was not told as not made;
2. was told in the same sentence, or at most ``ANSWER_WINDOW`` sentences before in the same
   paragraph (``events/context.py``: a later answer names whom it answers again);

and only when the agreement's own clause names no known actor but its doer's party (one it names is
whom it is made with or to), and the agreement is told as made: not negated, nor the complement of
another verb ("failed to agree", "hopes to agree"); and only when its doers are of one party: doers of two
parties or more, a set naming both sides ("the EU urged both governments to ... Officials of the two sides are
now expected to meet next week"), make it with each other, whoever asked for it (session 43).

Replies to words ("Ghana accused Lome of harbouring gunmen ... Lome rejected the charge": Ghana). A denial
(CAMEO ``ANSWERING_CODES``) or a rejection (root ``REJECT_ROOT``) of words, with known doers and no known target
after the clause rules, answers whoever said them (:func:`authors`). The words are an accusation for a denial, and
for a rejection of a noun that names one (``accusation_noun`` in words.tsv: "the charge", "the criticism", whatever
act the lexicon codes the noun as: "charge" is also a legal charge); for a rejection of an event noun of another kind
of words (an offer, a proposal, an invitation, a demand, a threat: CAMEO roots ``WORDS_ROOTS``) they are words of that
root; for a noun of words of any kind (``speech_noun``: "the statement", "the remarks", "the protest note") they are a
verbal act of any root of ``SPEECH_ROOTS`` (not a meeting, 04), first one told with the noun's word ("lodged a
protest"), then any, but not one told inside another act of its sentence ("accused X of planning a blockade": the
blockade is what the accusation says). Their author is the doer of the latest earlier act

1. of that root (or, for a noun, one whose trigger has the noun's word or the verb it is made from: "offered" for
   "the offer"), not told as not done, by known actors of another side than the one answering (``context.side``:
   rebels and an opposition are a side apart from their state: "the army blamed the rebels ... the rebels denied
   it" answers the army);
2. made to the answering side or its party (its known targets include it), at any distance back in the article (a denial
   told in a paragraph of its own answers the charge the story told earlier: "Kinshasa rejected the charge"),
   or, for words other than an accusation, told earlier in the same sentence ("Honduras had offered to set up a
   commission, but Belize turned the offer down"), or, for a noun of words of any kind, told at most
   ``ANSWER_WINDOW`` sentences before, whoever they were said to or about (wire copy tells the words just before the
   rejection, often in the paragraph before: "Algeria accused Rabat of ... Mauritania rejected the statement":
   Algeria).

When no such act is found, a denial that names no charge, or a rejection of a noun of words of any kind, answers
whoever reported an act of the answering side's own alone (``context.side``), told at most ``ANSWER_WINDOW``
sentences before as the words of another side, the subject of the reporting verb it hangs under ("Japan's defence
ministry said North Korea had launched two missiles ... North Korea denied that its army had launched any":
Japan; :func:`_reporters`). Not an act of two sides ("Thai and Cambodian troops clashed, Malaysia said": no charge).
When the act denied was no coded act ("the navy said boats were laying mines"), a denial answers the subject of the
reporting verb over an earlier verb of its that-clause's own verb (:func:`_told_reporters`).

An accusation the denial's own sentence tells in a verb joined to it is found first (``events/context.py``,
``denials``); the rule runs before the context step's answers to the acts just before (``answers``). The event
anaphora of ``events/article_sides.py`` does not take such a noun for the act it charges: the doer of the act a
charge is about is the one accused, not the one answered.

The side added is the earlier act's own mention, so ``detente code --explain`` names the sentence it
came from.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.article_sides import SPEECH_ROOT, answered_words, derived
from detente.events.cameo import DISAPPROVE_ROOT, REQUEST_ROOTS, lookup
from detente.events.context import ANSWER_WINDOW, RELEASE_CALLS, negated, party, same_paragraph, side
from detente.events.doers import known

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon
    from detente.parse_view import ParseView

HOLDING = frozenset({"171", "1711", "173", "181"})  # CAMEO: seize property, confiscate, arrest or detain, abduct
INTENT_ROOT = 3  # CAMEO 03: express intent to cooperate
# CAMEO: disapprove, criticize or denounce; what a denial that names no charge denies is a charge, not a judgement of an
# act ("Turkey condemned the raid. ... The Israeli military denied destroying farmland": denied to the ones who said so)
DISAPPROVAL = frozenset({"110", "111"})
# CAMEO: statements, appeals, offers, diplomatic cooperation, demands, criticism, rejections, threats: what "the
# statement" a reply answers may be (not a meeting or talks, 04, nor a deed)
SPEECH_ROOTS = frozenset({1, 2, 3, 5, 10, 11, 12, 13})


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
        if act.cameo not in HOLDING or negated(act, found):
            continue
        sources = known(act.sources)
        doers, held = {party(r) for _, r in sources}, {party(r) for _, r in known(act.targets)}
        if not sources or doers & own:
            continue
        if act.sentence == candidate.sentence or held & own:
            return sources
    return []


def granted_requests(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """Give an agreement with no known target the makers of the request it grants (see the module's
    docstring)."""
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        doers = known(candidate.sources)
        if lookup(candidate.cameo).root == INTENT_ROOT and not candidate.nominal and doers \
                and not known(candidate.targets):
            own = {party(r) for _, r in doers}
            # doers of two parties or more ("officials of the two sides are now expected to meet") agree with each other
            askers = _askers(candidate, own, candidates[:number], found) if len(own) == 1 else []
            if askers and not _names_another(candidate, own, found) and not negated(candidate, found) \
                    and candidate.head.dep_ != "xcomp":  # "failed to agree", "hopes to agree": no grant told
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *askers))
        out.append(candidate)
    return out


def _askers(candidate: Candidate, own: set[str], earlier: list[Candidate], found: DocActors) -> list[Side]:
    """The makers of the latest earlier request made of the doer's party (rules 1 and 2)."""
    for act in reversed(earlier):
        gap = candidate.sentence - act.sentence
        if gap > ANSWER_WINDOW:
            break
        if lookup(act.cameo).root not in REQUEST_ROOTS or negated(act, found) \
                or (gap and not same_paragraph(found, act.sentence, candidate.sentence)):
            continue
        sources, targets = known(act.sources), known(act.targets)
        asked = {party(r) for _, r in targets}
        if sources and asked == own and not {party(r) for _, r in sources} & own:
            return sources
    return []


def _names_another(candidate: Candidate, own: set[str], found: DocActors) -> bool:
    """Whether the agreement's own clause (its verb's subtree) names a known actor of another party."""
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    view = found.view(head.doc)
    return any(r.code and party(r) not in own for t in view.subtree(head.i) for r in found.refs_at(t))



def authors(candidates: list[Candidate], found: DocActors, lexicon: Lexicon) -> list[Candidate]:
    """Give a denial, or a rejection of words, with no known target the author of the words it answers (see the
    module's docstring)."""
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        doers = known(candidate.sources)
        if doers and not candidate.nominal and not known(candidate.targets) \
                and all(r.country or r.kind != "person" for _, r in doers):  # a person of no known country: no party
            words = answered_words(candidate, lexicon)
            if words is not None:
                root, lemma = words
                sides = {side(r) for _, r in doers}
                said = _sayers(candidate, sides, {party(r) for _, r in doers}, root, lemma, candidates[:number], found,
                               lexicon) \
                    or (_reporters(candidate, sides, candidates[:number], found, lexicon)
                        or _told_reporters(candidate, sides, found, lexicon)
                        if root == SPEECH_ROOT or lemma is None else [])
                if said:
                    candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *said))
        out.append(candidate)
    return out


def _sayers(candidate: Candidate, own: set[str], parties: set[str], root: int, lemma: str | None,
            earlier: list[Candidate], found: DocActors, lexicon: Lexicon) -> list[Side]:
    """The doers of the latest earlier act that said the words answered (rules 1 and 2 of the module's docstring):
    ``own`` the answering side (``context.side``: rebels and opposition apart from their state, so that the army's
    charge is another side's words to them), ``parties`` its party (words made to the rebels' state are made to
    them)."""
    # words of any kind ("the protest note") are sought first among the acts told with the noun's word ("lodged a
    # protest"), then among all the verbal acts
    for named_only in (True, False) if root == SPEECH_ROOT else (False,):
        for act in reversed(earlier):
            same = act.sentence == candidate.sentence
            if act.sentence > candidate.sentence or same and act.head.i > candidate.head.i or negated(act, found):
                continue
            named = lemma is not None and any(t.lemma_.lower() == lemma or derived(lemma, t.lemma_.lower(), lexicon)
                                              for t in act.trigger)
            kind = lookup(act.cameo).root
            if named_only and not named \
                    or (kind not in SPEECH_ROOTS if root == SPEECH_ROOT else kind != root) and not named \
                    or lemma is None and act.cameo[:3] in DISAPPROVAL:
                continue
            sources = known(act.sources)
            if not sources or {side(r) for _, r in sources} & own or root == SPEECH_ROOT and _reported(act, earlier):
                continue
            if own & {side(r) for _, r in known(act.targets)} or parties & {party(r) for _, r in known(act.targets)} \
                    or same and root != DISAPPROVE_ROOT \
                    or root == SPEECH_ROOT and candidate.sentence - act.sentence <= ANSWER_WINDOW:
                return sources
    return []


def _reported(act: Candidate, earlier: list[Candidate]) -> bool:
    """Whether the act is told inside the words of another act of its sentence ("accused Warsaw of preparing an
    attack": the attack prepared is what the accusation says, not words of their own)."""
    return any(other is not act and other.sentence == act.sentence and other.head in act.head.ancestors
               for other in earlier)


def _reporters(candidate: Candidate, own: set[str], earlier: list[Candidate], found: DocActors,
               lexicon: Lexicon) -> list[Side]:
    """Who said the latest earlier act of the answering side's own (``own``: its sides, ``context.side``), told at
    most ``ANSWER_WINDOW`` sentences before as another side's words ("Seoul said Pyongyang had fired two missiles ...
    Pyongyang denied it": Seoul): the subject of the reporting verb it is said under, when that names known actors
    of another side."""
    view = found.view(candidate.head.doc)
    for act in reversed(earlier):
        if candidate.sentence - act.sentence > ANSWER_WINDOW:
            break
        doers = {side(r) for _, r in known(act.sources)}
        if act.sentence >= candidate.sentence or negated(act, found) or not doers or not doers <= own:
            continue  # not the answering side's act alone ("their troops clashed" is both sides')
        speakers = _saying_others(act.head.i, own, candidate.head.doc, view, found, lexicon)
        if speakers:
            return speakers
    return []


def _told_reporters(candidate: Candidate, own: set[str], found: DocActors, lexicon: Lexicon) -> list[Side]:
    """Who told the charge a denial's that-clause denies when it is no coded act: the subject of the reporting verb
    over the latest earlier verb of the clause's own verb (its lemma), told at most ``ANSWER_WINDOW`` sentences before,
    when that names known actors of another side than the denier's ("Hanoi's navy said Manila's boats were laying
    buoys ... Manila denied that its boats had laid any": Hanoi)."""
    view = found.view(candidate.head.doc)
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    clauses = [c for c in view.children[head.i] if view.dep[c] == "ccomp" and view.pos[c] in ("VERB", "AUX")]
    if not clauses:
        return []
    lemma = view.lemma[clauses[0]].lower()
    doc = candidate.head.doc
    first = found.sentences[max(0, candidate.sentence - ANSWER_WINDOW)].start
    for i in range(found.sentences[candidate.sentence].start - 1, first - 1, -1):
        if view.pos[i] != "VERB" or view.lemma[i].lower() != lemma or any(view.dep[c] == "neg"
                                                                          for c in view.children[i]):
            continue
        speakers = _saying_others(i, own, doc, view, found, lexicon)
        if speakers:
            return speakers
    return []


def _saying_others(i: int, own: set[str], doc: Doc, view: ParseView, found: DocActors,
                   lexicon: Lexicon) -> list[Side]:
    """The known actors the subject of the nearest reporting verb (a "say" kind) over the token at ``i`` names, when
    none of them is of the sides ``own``; [] when there is no such verb or its speaker is of those sides."""
    verb = next((a for a in view.ancestors(i)
                 if view.pos[a] == "VERB" and lexicon.frames(view.lemma[a], "say")), None)
    if verb is None:
        return []
    speakers = [(doc[c], r) for c in view.children[verb] if view.dep[c] == "nsubj"
                for r in found.refs_at(c) if r.kind != "unresolved"]
    return speakers if speakers and not own & {side(r) for _, r in speakers} else []
