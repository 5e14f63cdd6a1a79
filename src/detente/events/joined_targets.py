"""Targets of words said in a row: a demand, a threat, a criticism or a rejection joined to another act of the same
doer that names whom it was done to (issue 11: verbal acts found with the target empty).

Wire copy tells a state's reaction as a row of verbs with one subject, and names the other party once: "Freedonia
summoned Sylvania's ambassador and demanded an apology" (Sylvania), "Ruritania accused Patria of arming the rebels
and warned that it would respond" (Patria), "Patria recalled its envoy to Ruritania and demanded an explanation"
(Ruritania), "summoned Sylvania's envoy to demand an explanation" (Sylvania). :func:`joined_targets` gives such a word
the targets of the act it is joined to when

- the word is a demand, a criticism or accusation, a rejection or a threat (CAMEO 10-13: ``WORD_ROOTS``), not an
  event noun, with known doers all of one state (``context.party``) or all of one side apart from their state
  (``context.side``: rebels, an opposition, a charity, who demand as often of their own government, so that for them
  the other act must be an accusation or criticism, CAMEO 11, whose targets are of another side: "the charity accused
  the two governments of ... and demanded that ...": the two; session 60) and no known target but the doers' own
  things ("threatened to pull its troops", or a pronoun after a preposition for its own people: "demanded consular
  access to them"; session 64);
- what its verb names as whom it is aimed at (its object, a prepositional object, the subject or object of the
  clause it governs, "demanded that Bolivia stay out") is no actor of another party and none the knowledge base does
  not know, nor are its unresolved targets people ("demanded compensation for farmers": whom it is for is named); a
  time or relative clause under it may name anyone ("after Patrian police raided ...");
- a criticism or a rejection has no object ("rejected the suggestions", "condemned the arrest of its diplomats":
  whoever made or did that is its target, not the joined act's);
- the other act is a verb of the same sentence in one coordination with it (one is the "conj" of the other, or both
  are of one verb) or the one it is the purpose of ("summoned ... to demand": its "xcomp", or a "to" clause with no
  subject hung as an adverbial clause, "summoned the envoy on Thursday to demand ..."), with one subject for both
  (not "jets struck the depots, and the president warned ..."), done by the same party, an act of conflict (CAMEO
  10-20: an appeal, "urged the rebels to lay down arms", is made as often to someone else than whom the criticism
  beside it is about), or, for the act whose "to" clause the word is, any act of a state (``PURPOSE_DONOR_ROOTS``:
  "telephoned his counterpart to demand ...", the one called; session 63), not told as not done; the targets taken
  are its known ones named in the sentence, of another party than the doers' and not the doers' own things
  ("recalled its ambassador").

Session 48 (h-tgtv48): measured on the development articles, see docs/design.md.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import lookup
from detente.events.context import negated, not_state, party, pronoun_owned, side
from detente.events.doers import known

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side
    from detente.events.lexicon import Words

WORD_ROOTS = frozenset({10, 11, 12, 13})  # CAMEO: demand, disapprove, reject, threaten
JUDGING_ROOTS = frozenset({11, 12})  # CAMEO: disapprove, reject: an object is what is judged, its author the target
CONFLICT_ROOTS = frozenset(range(10, 21))  # CAMEO 10-20: the acts of conflict whose targets a joined word shares
# CAMEO 11, disapprove: the one act of a non-state doer whose targets a joined word shares ("the charity accused the
# two governments of ... and demanded that ...": the accused)
NONSTATE_DONOR_ROOTS = frozenset({11})
# CAMEO 01-20: the acts whose "to" clause a state's word is made in share their targets with it, word acts and
# meetings too ("summoned the envoy to demand ...", "telephoned his counterpart to demand ...", "met the deputy
# minister to demand ...": the one summoned, called or met)
PURPOSE_DONOR_ROOTS = frozenset(range(1, 21))
VERB_POS = ("VERB", "AUX")
OBJECT_DEPS = ("dobj", "dative", "iobj")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
LOOSE_DEPS = ("nmod", "dep")  # a subject the parser hung loosely ("demanded that X “hunt down” ...")
CLAUSE_DEPS = ("ccomp", "xcomp")  # "demanded that X ...", "threatened to expel X": the clause a word governs


def joined_targets(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Give each demand, criticism, rejection or threat with no target the targets of an act of conflict of the same
    doer joined to it in one coordination (see the module's docstring)."""
    if not any(_wants(c) for c in candidates):
        return candidates
    out = []
    for candidate in candidates:
        if _wants(candidate):
            donor = _donor(candidate, candidates, found, words)
            if donor is not None:
                candidate = dataclasses.replace(candidate, targets=_others(donor, found, _key(candidate),
                                                                           words.relation_noun))
        out.append(candidate)
    return out


def joined_from(candidate: Candidate, token: Token) -> str | None:
    """For ``--explain``: the verb joined to the act's own whose clause names the target at ``token``, when the target
    is named there and not in the act's own clause (:func:`joined_targets`); else none."""
    verb = _verb(candidate)
    if token.sent != verb.sent or token.i in {t.i for t in _own_clause(verb)}:
        return None
    holder = token
    while holder.head.i != holder.i and not (holder.pos_ in VERB_POS and _coordinated(holder, verb)):
        holder = holder.head
    if holder.i == verb.i or not _coordinated(holder, verb):
        return None
    return f"named with the joined act {holder.text!r}: a word joined to an act of the same doer shares its target " \
           "(events/joined_targets.py)"


def _wants(candidate: Candidate) -> bool:
    """Whether an act is a word of conflict with known doers of one party and no known target."""
    doers = known(candidate.sources)
    key = _key(candidate)
    return lookup(candidate.cameo).root in WORD_ROOTS and not candidate.nominal and bool(doers) \
        and len({key(r) for _, r in doers}) == 1 \
        and all(key(r) in {key(d) for _, d in doers} and _own_thing(t) for t, r in known(candidate.targets))


def _own_thing(token: Token) -> bool:
    """Whether a target of the doers' own party is one of their own things, not whom the act is aimed at: a noun a
    pronoun owns ("its troops"), or a pronoun after a preposition, for whom the thing asked is ("demanded consular
    access to them": its detained nationals); not a pronoun the act is done to ("said it would hit them": the rebels
    it threatens, of its own state)."""
    return pronoun_owned(token) or token.pos_ == "PRON" and token.dep_ == "pobj"


def _key(candidate: Candidate) -> Callable[[ActorRef], str]:
    """How the act's doers and the others are told apart: by party for a state's act (its bodies and office holders
    are one), by side for a non-state doer's (rebels, an opposition, a charity are a side apart from their state)."""
    return side if any(not_state(r) for _, r in known(candidate.sources)) else party


def _verb(candidate: Candidate) -> Token:
    """The verb that heads an act's clause (the frame verb of "demanded that ...", else the head)."""
    return candidate.frame_token if candidate.frame_token is not None else candidate.head


def _coordinated(a: Token, b: Token) -> bool:
    """Whether two verbs are in one coordination (one the "conj" of the other, or both of one verb), or one is the
    purpose the other is done for ("summoned the envoy to demand an explanation": the "xcomp" of the other)."""
    def first(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t
    def subject(t: Token) -> bool:
        return any(c.dep_ in SUBJECT_DEPS for c in t.children)

    purpose = _purpose(a, b) or _purpose(b, a)
    return a.i != b.i and a.pos_ in VERB_POS and b.pos_ in VERB_POS and (first(a).i == first(b).i or purpose) \
        and not (subject(a) and subject(b))  # one subject for both: "Egyptian jets struck ..., and Sisi warned"


def _purpose(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is the "to" clause ``verb`` is done for, with no subject of its own: its open complement
    ("summoned the envoy to demand ...") or a "to" clause hung as an adverbial one ("summoned the envoy on Thursday to
    demand ...", "telephoned his counterpart to demand ...")."""
    if clause.head.i != verb.i or clause.i == verb.i:
        return False
    return clause.dep_ == "xcomp" or clause.dep_ == "advcl" \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) \
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _own_clause(verb: Token) -> list[Token]:
    """The words of a verb's clause but those of the verbs joined to it."""
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS for t in c.subtree}
    return [t for t in verb.subtree if t.i not in joined]


def _people(token: Token, words: Words) -> bool:
    """Whether an unresolved target names people or sides ("Western countries", "the protesters"), not a thing."""
    lemma = token.lemma_.lower()
    return lemma in words.pair_nouns or words.is_person_noun(lemma)


def _donor(candidate: Candidate, candidates: list[Candidate], found: DocActors, words: Words) -> Candidate | None:
    """The act of conflict of the same party joined to ``candidate`` whose targets it takes, or none."""
    verb = _verb(candidate)
    key = _key(candidate)
    own = {key(r) for _, r in known(candidate.sources)}
    roots = NONSTATE_DONOR_ROOTS if key is side else CONFLICT_ROOTS
    if lookup(candidate.cameo).root in JUDGING_ROOTS and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "rejected the suggestions", "condemned the arrest": whoever made or did it is the target
    if _names_other(verb, own, found, key) or any(r.kind == "unresolved" and not pronoun_owned(t) and _people(t, words)
                                             for t, r in candidate.targets):
        return None  # its clause names whom it is aimed at (known or not)
    for other in candidates:
        purpose = key is party and _purpose(verb, _verb(other))
        if other is candidate or other.sentence != candidate.sentence or other.nominal \
                or lookup(other.cameo).root not in (PURPOSE_DONOR_ROOTS if purpose else roots) \
                or not _coordinated(_verb(other), verb):
            continue
        doers = known(other.sources)
        if doers and {key(r) for _, r in doers} == own and _others(other, found, key, words.relation_noun) \
                and not negated(other, found):
            return other
    return None


def _names_other(verb: Token, own: set[str], found: DocActors, key: Callable[[ActorRef], str] = party) -> bool:
    """Whether a verb names as whom its act is aimed at an actor of a party other than ``own``, or one the knowledge
    base does not know: its object or a prepositional object, or the subject or object of the clause it governs
    ("demanded that rebels free ...") and whatever is joined to those; not a noun owned by a pronoun ("demanded
    protection for its citizens") nor what a time clause or a relative clause names ("after Patrian police
    raided ...": who did what is answered, not whom the demand is made of)."""
    slots = [t for c in verb.children for t in _slot(c)]
    for t in slots:
        for u in (t, *(c for c in t.children if c.dep_ in ("conj", "appos"))):
            refs = found.refs_at(u.i)
            if any(r.kind == "unresolved" or key(r) not in own for r in refs) and not pronoun_owned(u):
                return True
    return False


def _slot(child: Token) -> list[Token]:
    """The tokens a verb's child puts in an argument slot: an object itself, the object of a preposition, the
    subject and object of a clause it governs."""
    if child.dep_ in OBJECT_DEPS:
        return [child]
    if child.dep_ == "prep":
        return [c for c in child.children if c.dep_ == "pobj"]
    if child.dep_ in CLAUSE_DEPS:
        return [c for c in child.children if c.dep_ in SUBJECT_DEPS + OBJECT_DEPS + LOOSE_DEPS]
    return []


def _others(candidate: Candidate, found: DocActors, key: Callable[[ActorRef], str] = party,
            related: frozenset[str] = frozenset()) -> tuple[Side, ...]:
    """An act's known targets named in its own sentence, of another party than its doers', none of them the doers' own
    things (a target the act took from another sentence is the rule's that gave it, not the text's word here); a
    ``related`` noun a pronoun owns is another party, not a thing of the doers' ("telephoned his Ugandan counterpart
    to demand ...": Uganda's government)."""
    own = {key(r) for _, r in known(candidate.sources)}
    return tuple((t, r) for t, r in known(candidate.targets)
                 if key(r) not in own and not (pronoun_owned(t) and t.lemma_.lower() not in related)
                 and found.sentence_of.get(t.i) == candidate.sentence)
