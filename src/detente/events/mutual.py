"""Mutual acts: the sides of an act told as done between two parties (issue 11, symmetric acts).

- Between: a verb of an act that has no subject of its own and a ``reciprocal_prep`` phrase naming
  two or more sides ("..., as fighting between government forces and a rival militia spread": the
  parser reads the gerund as a verb that borrows the subject of another clause) is done by those
  sides: they are its doers, and the subject borrowed from another clause ("with Russia and China
  abstaining, as fighting between X and Y spread") is no side of it. A side the knowledge base does
  not know still makes the act mutual, as for an event noun ("fighting between the army and a rival
  militia": the militia is a party, not the target). A verb with a subject of its own ("Qatar
  mediated between X and Y") is left alone: the pair is whom it is done to; so is an act one is judged for, whose
  doer is the one judged ("thanked Qatar for mediating between X and Y": Qatar mediates; ``_judged_doer``), and a
  mediation (045) with no subject of its own ("Kenya flew to Addis Ababa and mediated between Ethiopia and Eritrea":
  the mediator the joined verb lends it goes between the pair, session 48).
- Joined: the object of a ``joining_verb`` does the act of its "in" gerund with the subject ("Egypt
  joined Sudan in rejecting the plan": both reject it), and is no target of it.
- For whom: whom the doer acts for ("brokered by France on behalf of the EU": the "of" phrase of a
  ``proxy_noun``) is a doer with it, never a target.
- On whose orders: an act of material conflict done "on the orders of X" (``proxy_noun``) is X's too, wherever
  the parser hangs the phrase in the verb's clause ("set fire to a depot on the orders of Russian military
  intelligence": the phrase hangs on the depot).
- Own sides: no mention is both a doer and a target of one act ("fighting between the army and the
  Houthis": the army is a side, not also the target; the doer keeps the actor the target had when
  it had none); in an act of cooperation (quad classes 1 and 2) the doer's own force or people named
  with a possessive pronoun ("Moscow agreed to pull its forces back", "urged its citizens to leave")
  are what the act moves or whom it speaks to at home, not the other party.
- Venue: an act whose known doers are two or more parties acting together ("the two sides", "both
  sides", "X and Y") is done between them: a city after a preposition of where one goes or comes from
  ("agreed to send delegations to <capital>", "pulled back troops from <place> and <place>") is where
  the pair goes or what ground it leaves, not a third party. Such a city is one the knowledge base
  reads as its government (a capital), or a name the parser took for a person the knowledge base
  does not know (a place name read as a person: no title, no code). A country named there
  ("the two countries sent troops to Mali") stays a target.
- One of a pair: an act one party does to another (``directed`` in ``data/cameo_roots.tsv``: a
  complaint, a lawsuit, a rejection) told of a pair named by one phrase ("the two neighbours fought a
  long case over their maritime border", "a case the two countries had brought", "the two neighbours
  protested") with no third party done to is done by the one of the two that did an act of conflict
  (CAMEO 09-20, not told as not done) to the other earlier in the article, the latest such act, and
  to that other: the text names who started the dispute. An act told inside another act's clause
  ("Slovenia accused Croatia of ignoring the ruling": the ignoring) is what that act is about, not a
  step of its own, and is passed over. With no such act both stay its doers.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import MEDIATE, lookup
from detente.events.context import negated, party, side
from detente.events.doers import known

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef
    from detente.events.extract import Candidate
    from detente.events.ground import Side
    from detente.events.participants import ParticipantRules
    from detente.parse_view import ParseView

OWN_SUBJECT = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
GROUND_PREP = ("from", "out")  # where a pair's act leaves from; where it goes: the lexicon's destination_prep


def mutual(candidates: list[Candidate], rules: ParticipantRules) -> list[Candidate]:
    """The candidates, an act told as between two sides taking them as its doers, an act one joined
    another in taking both, no doer or own force as a target, and an act by a pair losing a city it
    went to or left as a target (see the module's docstring)."""
    out: list[Candidate] = []
    for candidate in candidates:
        candidate = _for_whom(_joined(_between(candidate, rules), rules), rules)
        out.append(_one_of_pair(_venue(_own_targets(candidate, rules), rules), out, rules))
    return out


def _between(candidate: Candidate, rules: ParticipantRules) -> Candidate:
    verb = candidate.head
    view = rules.found.view(verb.doc)  # the parse as lists: no Token made for every child
    dep, lower, children = view.dep, view.lower, view.children
    if candidate.nominal or any(dep[c] in OWN_SUBJECT for c in children[verb.i]) or _judged_doer(candidate, view) \
            or candidate.cameo == MEDIATE:
        return candidate  # (a mediation goes between the pair: "flew to X and mediated between A and B")
    for prep in children[verb.i]:
        if dep[prep] != "prep" or lower[prep] not in rules.words.reciprocal_prep:
            continue
        for pobj in (verb.doc[c] for c in children[prep] if dep[c] == "pobj"):
            sides = rules.actors_at(pobj)
            if len(sides) == 1:  # "between government forces and a rival militia": an unknown side still counts
                conjuncts = (pobj.i, *(c for c in children[pobj.i] if dep[c] == "conj"))
                sides += [a for c in conjuncts if c not in rules.found.by_token and c not in rules.found.groups
                          for a in rules.unresolved(verb.doc[c])]
            if len(sides) < 2 or not known(sides):
                continue
            taken = {t.i for t, _ in sides}
            return dataclasses.replace(candidate, sources=tuple(sides),
                                       targets=tuple((t, r) for t, r in candidate.targets if t.i not in taken))
    return candidate


def _judged_doer(candidate: Candidate, view: ParseView) -> bool:
    """Whether the act is what its doer is thanked, praised or blamed for ("thanked Qatar for mediating between
    Hamas and Israel"): a gerund under "for" or "of" whose doers include the object, or a passive's subject, of the
    verb above; it borrows no subject from another clause, and the pair is whom the doer acts between."""
    verb = candidate.head.i
    prep = view.head[verb]
    if view.dep[verb] != "pcomp" or view.lower[prep] not in ("for", "of") or view.dep[prep] != "prep":
        return False
    judged = {j for c in view.children[view.head[prep]] if view.dep[c] in ("dobj", "nsubjpass")
              for j in view.subtree(c)}
    return any(t.i in judged for t, _ in candidate.sources)


def _joined(candidate: Candidate, rules: ParticipantRules) -> Candidate:
    """"Egypt joined Sudan in rejecting the plan": Sudan rejects it too."""
    verb = candidate.head
    view = rules.found.view(verb.doc)
    dep, head = view.dep, view.head
    prep = head[verb.i]
    if candidate.nominal or dep[verb.i] != "pcomp" or view.lower[prep] != "in" or dep[prep] != "prep" \
            or view.lemma[head[prep]] not in rules.words.joining_verb:
        return candidate
    partners = [a for c in view.children[head[prep]] if dep[c] == "dobj" for a in known(rules.actors_at(verb.doc[c]))]
    own = {r.key for _, r in candidate.sources}
    added = tuple((t, r) for t, r in partners if r.key not in own)
    if not added:
        return candidate
    taken = {t.i for t, _ in added}
    return dataclasses.replace(candidate, sources=(*candidate.sources, *added),
                               targets=tuple((t, r) for t, r in candidate.targets if t.i not in taken))


def _for_whom(candidate: Candidate, rules: ParticipantRules) -> Candidate:
    """"brokered by France on behalf of the EU": whom the doer acts for (the "of" phrase of a
    ``proxy_noun``) is a doer with it, not a target; one of the doer's own party ("on behalf of the
    people of X" by X's envoy) is no second doer."""
    candidate = _ordered_by(candidate, rules)
    if not candidate.targets:
        return candidate
    view = rules.found.view(candidate.head.doc)
    head, lemma = view.head, view.lemma

    def proxied(i: int) -> bool:
        i = view.coordination_head(i)
        return view.dep[i] == "pobj" and view.lower[head[i]] == "of" and lemma[head[head[i]]] in rules.words.proxy_noun

    moved = tuple((t, r) for t, r in candidate.targets if proxied(t.i))
    if not moved:
        return candidate
    # the doer's own people ("on behalf of the people of X" by X's envoy): the doer stands for them
    own = {party(r) for _, r in candidate.sources if r.kind != "unresolved"}
    added = tuple((t, r) for t, r in moved if party(r) not in own)
    return dataclasses.replace(candidate, sources=(*candidate.sources, *added),
                               targets=tuple(s for s in candidate.targets if s not in moved))


def _ordered_by(candidate: Candidate, rules: ParticipantRules) -> Candidate:
    """"set fire to a depot on the orders of Russian military intelligence": whom an act of material conflict
    (quad class 4) of a verb is done for (the "of" phrase of a ``proxy_noun`` after a preposition, anywhere in the
    verb's own clause, however the parser hangs it) is a doer with its doers."""
    if candidate.nominal or lookup(candidate.cameo).quad_class != 4:
        return candidate
    view = rules.found.view(candidate.head.doc)
    head, dep = view.head, view.dep
    verb = candidate.head.i
    own = {party(r) for _, r in known(candidate.sources)}
    added: list[Side] = []
    for of in view.subtree(verb):
        noun = head[of]
        if view.lower[of] != "of" or dep[of] != "prep" or view.lemma[noun] not in rules.words.proxy_noun \
                or dep[noun] != "pobj" or not _in_clause(view, noun, verb):
            continue
        for pobj in (c for c in view.children[of] if dep[c] == "pobj"):
            token = candidate.head.doc[pobj]
            found = known(rules.actors_at(token)) \
                or [(token, r) for _, r in known(rules.inner_actors(token, loose=True))]
            added += [(t, r) for t, r in found if party(r) not in own]
    if not added:
        return candidate
    taken = {t.i for t, _ in added}
    return dataclasses.replace(candidate, sources=(*candidate.sources, *added),
                               targets=tuple((t, r) for t, r in candidate.targets if t.i not in taken))


def _in_clause(view: ParseView, i: int, verb: int) -> bool:
    """Whether the token at ``i`` is in the clause of ``verb``: no other verb stands between them."""
    while i != verb and view.head[i] != i:
        i = view.head[i]
        if i != verb and view.pos[i] in ("VERB", "AUX"):
            return False
    return i == verb


def _own_targets(candidate: Candidate, rules: ParticipantRules) -> Candidate:
    """No mention is both a doer and a target of one act (the doer keeps the actor the target had,
    if it had none), and in an act of cooperation the doer's own force or people named with a
    possessive pronoun ("agreed to pull its forces back", "urged its citizens to ...") are what the
    act moves or whom it speaks to at home, not the other party."""
    if not candidate.targets or not candidate.sources:
        return candidate
    view = rules.found.view(candidate.head.doc)
    by_token = {t.i: r for t, r in candidate.targets if r.kind != "unresolved"}
    sources = tuple((t, by_token[t.i]) if r.kind == "unresolved" and t.i in by_token else (t, r)
                    for t, r in candidate.sources)
    doers = {t.i for t, _ in sources}
    # in an act of cooperation (agreed to pull back, signed, met); in one of conflict the possessive
    # noun is left to the rules of conflict ("deploy its military": events/ground.py)
    parties = {party(r) for _, r in known(sources)} if lookup(candidate.cameo).is_cooperative else set()
    targets = tuple((t, r) for t, r in candidate.targets if t.i not in doers and not (
        party(r) in parties and r.kind != "unresolved"
        and any(view.dep[c] == "poss" and view.pos[c] == "PRON" for c in view.children[t.i])))
    if sources == candidate.sources and len(targets) == len(candidate.targets):
        return candidate
    return dataclasses.replace(candidate, sources=sources, targets=targets)


def _venue(candidate: Candidate, rules: ParticipantRules) -> Candidate:
    own = {side(r) for _, r in known(candidate.sources)}
    if len(own) < 2 or not candidate.targets:
        return candidate
    kept = tuple((t, r) for t, r in candidate.targets
                 if side(r) in own or not _place_of_pair(t, r, rules))
    return candidate if len(kept) == len(candidate.targets) else dataclasses.replace(candidate, targets=kept)


def _place_of_pair(token: Token, ref: ActorRef, rules: ParticipantRules) -> bool:
    """Whether a target is a city after a preposition of going to or leaving: a capital read as its
    government, or a name read as a person the knowledge base does not know."""
    head = token
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in rules.words.destination_prep | set(GROUND_PREP):
        return False
    capital = token.i in rules.found.places and ref.kind != "country"
    stray_name = ref.kind == "person" and ref.entry is None and ref.code is None and ref.country is None
    return capital or stray_name


def _one_of_pair(candidate: Candidate, earlier: list[Candidate], rules: ParticipantRules) -> Candidate:
    """A directed act told of a pair named by one phrase, with no third party done to: done by the one of
    the two that did the latest earlier act of conflict to the other, to that other (see the module's
    docstring); else unchanged."""
    sources = candidate.sources
    if not lookup(candidate.cameo).is_directed or len(sources) < 2 or len(known(sources)) != len(sources) \
            or len({t.i for t, _ in sources}) != 1:
        return candidate
    pair = {party(r) for _, r in sources}
    if len(pair) != 2 or any(party(r) not in pair for _, r in known(candidate.targets)):
        return candidate  # "the two countries protested to China": both did it, to a third party
    for act in reversed(earlier):
        doers = {party(r) for _, r in known(act.sources)}
        done_to = {party(r) for _, r in known(act.targets)}
        if len(doers) != 1 or not doers < pair or not pair - doers <= done_to \
                or lookup(act.cameo).quad_class < 3 or negated(act, rules.found) or _told_in(act, earlier):
            continue
        targets = tuple(s for s in sources if party(s[1]) not in doers)
        taken = {t.i for t, _ in sources}
        return dataclasses.replace(candidate, sources=tuple(s for s in sources if party(s[1]) in doers),
                                   targets=(*targets, *(s for s in candidate.targets if s[0].i not in taken)))
    return candidate


def _told_in(act: Candidate, acts: list[Candidate]) -> bool:
    """Whether an act is told inside the clause of another act ("accused Croatia of ignoring ...")."""
    above = {t.i for t in act.head.ancestors}
    return any(other.head.i in above for other in acts if other is not act and other.sentence == act.sentence)
