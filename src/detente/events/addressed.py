"""Requests with an addressee: the parties of what the addressee is asked to do are not the request's target
(issue 11, session 56, h-arg56).

An appeal or demand names whom it is made to, then the deed asked of them in an infinitive: "Norway urged its
European partners to ratify the accord between the EU and Mercosur", "called on donors not to let Sudan go hungry",
"called for the bloc to negotiate with Turkey as one". The request is aimed at its addressee ("its European
partners", "donors", "the bloc"); a state named inside the deed asked for (Mercosur, Sudan, Turkey) is what the
deed is about, not whom the request is made to. :func:`asked_deed` gives the words of that deed, less the
addressee's own; :func:`addressed_targets` drops the targets found there, and the attacher
(:func:`detente.events.attach.options`) offers none of them.

An addressee is a noun (not a pronoun) that is the request verb's object ("urged Kenya to ..."), the object of its
"on"/"upon" ("called on donors to ..."), or the subject of its "for" clause ("called for the bloc to ..."); the deed
is the infinitive clause under the verb that follows it. "Asked Denmark to stop the ships": Denmark is the addressee
and stays the target. A request with no addressee ("demanded that Algiers halt the expulsions", "called for talks
with Cairo") is not touched: the one asked to act, or the party it names, is then its only candidate.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import REQUEST_ROOTS, lookup

if TYPE_CHECKING:
    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.parse_view import ParseView

ADDRESS_PREPS = ("on", "upon")  # "called on donors to ...": the prepositions whose object is asked
OBJECT_DEPS = ("dobj", "dative")
DEED_DEPS = ("xcomp", "advcl", "ccomp")  # the infinitive clause that tells the deed asked for
NOUN_POS = ("NOUN", "PROPN")


def asked_deed(view: ParseView, head: int) -> set[int]:
    """The words of the deed a request at verb ``head`` asks its addressee to do, less the addressee's own words
    (empty when the verb names no addressee before an infinitive clause; see the module's docstring)."""
    if view.pos[head] not in ("VERB", "AUX"):
        return set()
    children = view.children[head]
    addressees = [c for c in children if view.dep[c] in OBJECT_DEPS and view.pos[c] in NOUN_POS]
    addressees += [g for c in children if view.dep[c] == "prep" and view.lower[c] in ADDRESS_PREPS
                   for g in view.children[c] if view.dep[g] == "pobj" and view.pos[g] in NOUN_POS]
    words: set[int] = set()
    for deed in children:
        if view.dep[deed] not in DEED_DEPS or not _infinitive(view, deed):
            continue
        own = [c for c in view.children[deed] if view.dep[c] == "nsubj"]
        if own:  # "called for the bloc to negotiate": the for-clause's subject is the addressee
            if not (any(view.dep[c] == "mark" and view.lower[c] == "for" for c in view.children[deed])
                    and all(view.pos[s] in NOUN_POS for s in own)):
                continue
            mine = {i for s in own for i in view.subtree(s)}
        elif any(a < deed for a in addressees):
            mine = set()
        else:
            continue
        words |= set(view.subtree(deed)) - mine
    return words


def _infinitive(view: ParseView, verb: int) -> bool:
    """Whether the clause at ``verb`` is a to-infinitive ("to ratify", "not to let")."""
    return view.pos[verb] in ("VERB", "AUX") and any(
        view.dep[c] == "aux" and view.lower[c] == "to" for c in view.children[verb])


def is_request(candidate: Candidate) -> bool:
    """Whether an act is an appeal or a demand (CAMEO 02, 10)."""
    return lookup(candidate.cameo).root in REQUEST_ROOTS


def addressed_targets(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """Each request with an addressee without the targets named inside the deed it asks for (:func:`asked_deed`)."""
    out = []
    for candidate in candidates:
        if is_request(candidate) and candidate.targets and not candidate.nominal:
            deed = asked_deed(found.view(candidate.head.doc), candidate.head.i)
            if deed:
                trigger = {t.i for t in candidate.trigger}
                kept = tuple((t, r) for t, r in candidate.targets if t.i not in deed or t.i in trigger)
                if len(kept) != len(candidate.targets):
                    candidate = dataclasses.replace(candidate, targets=kept)
        out.append(candidate)
    return out


def addressed_note(candidate: Candidate, found: DocActors) -> list[str]:
    """For ``--explain``: a note that a request left the actors named in the deed it asks for out of its targets
    (:func:`addressed_targets`), when the deed names one; else none."""
    if not is_request(candidate) or candidate.nominal:
        return []
    view = found.view(candidate.head.doc)
    deed = asked_deed(view, candidate.head.i) - {t.i for t in candidate.trigger}
    doc = candidate.head.doc
    named = sorted({doc[i].text for i in deed if any(r.known for r in found.refs_at(i))})
    if not named:
        return []
    return [f"no target from the deed asked of the addressee ({', '.join(named)}): the addressee is asked, not whom "
            "the deed names (events/addressed.py, addressed_targets)"]
