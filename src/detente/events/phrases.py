"""Noun phrases: whether one is definite ("the strikes"), whether an act's noun is awaited ("held pending
extradition"), the objects of an "In <place>," that opens a sentence, and those that stand for the acts inside
them: "a new round of talks", "a wave of strikes", "one of its largest drone attacks"
(``container_noun`` in ``data/lexicon/words.tsv``). After a light verb the acts inside are what the
verb carries, with their own oblique targets ("held a new round of talks with X", "launched one of
its largest attacks on X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.lexicon import Words
    from detente.parse_view import ParseView


def definite(noun: Token, words: Words) -> bool:
    """Whether a noun has a definite determiner ("the strikes", "this decision": ``definite_det``)."""
    return any(d.dep_ == "det" and d.lower_ in words.definite_det for d in noun.children)


def contained(noun: Token, words: Words) -> Token:
    """The noun a container noun's "of" phrase names ("a round of talks": talks), else ``noun``."""
    if noun.lemma_.lower() not in words.container_noun:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return noun


def carrier_of(noun: Token, words: Words) -> Token:
    """The word an event noun hangs on as an object ("began talks": began; "worked for
    rapprochement": worked), through a container ("adopted a package of sanctions": adopted)."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and head.lemma_.lower() in words.container_noun \
            and head.dep_ in ("dobj", "pobj", "attr") and head.i != head.head.i:
        return carrier_of(head, words)
    return head


def awaited(i: int, view: ParseView, words: Words) -> bool:
    """True when the event noun at ``i`` is awaited, not done: a ``pending_prep`` is on it ("pending extradition",
    the parser making "pending" an adjective of the noun) or governs it ("pending the extradition", "awaiting
    deportation")."""
    head = view.head[i]
    return any(view.dep[c] in ("amod", "prep") and view.lower[c] in words.pending_prep for c in view.children[i]) \
        or (head != i and view.dep[i] in ("pobj", "dobj") and view.lower[head] in words.pending_prep)


def opening_in(view: ParseView, sent: int) -> list[int]:
    """The objects (by index) of an "in" phrase that opens sentence ``sent`` on the verb of its clause and that a
    comma closes ("In Sylvania, the opposition ...": Sylvania); [] when none does. Whether the object names a place
    ("In a statement, ..." names none) is the caller's to judge."""
    first = next((i for i in range(view.sent_start[sent], view.sent_end[sent]) if not view.is_space[i]), None)
    if first is None or view.lower[first] != "in" or view.dep[first] != "prep" \
            or view.pos[view.head[first]] not in ("VERB", "AUX"):
        return []
    _, last = view.edges(first)
    if view.lower[last] == ",":
        last -= 1  # the parser may hang the comma that closes the phrase on it
    if last + 1 >= view.sent_end[sent] or view.lower[last + 1] != ",":
        return []  # a phrase that runs into the clause is no place set before it
    return [o for o in view.children[first] if view.dep[o] == "pobj"]
