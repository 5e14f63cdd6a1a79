"""A visit dated by its visitor's arrival (session 54, h-date54).

The dev conventions (``eval/wire/README.md``: "a visit is dated by the arrival when the text gives one") date the trip
an article tells by the day the visitor arrived, not by the day of an act done during it: "Kenya and Ghana signed a
trade pact on Wednesday during a visit to Nairobi by Ghana's President John Mahama. Mahama, who arrived on Tuesday,
held talks with ..." dates the visit Tuesday. These helpers find the visitor a visit noun names and the one who
arrives; the rule itself is ``DateRules._arrival_of_the_visit`` (events/dating.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _names(head: Token, parts: bool = False) -> set[str]:
    """The name a phrase gives by its head word, and by the head of a name set beside it ("Kenya's president, William
    Ruto"): the last word of a personal name ("President Irfaan Ali" gives Ali, as "Ali, who arrived" does); with
    ``parts``, the other capitalised words of the name too, for the visitor a later sentence may call by another part
    of it ("President Luiz Inacio Lula da Silva" ... "Lula, who arrived"). A word in lower case names no one."""
    heads = [head, *(t for t in head.children if t.dep_ == "appos")]
    if parts:
        heads += [t for h in list(heads) for t in h.children if t.dep_ in ("compound", "flat")]
    return {t.text for t in heads if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")}


def visitor_names(noun: Token) -> set[str]:
    """The names of the visitor a visit noun names: its possessor ("Japarov's state visit") or the object of its
    "by" ("a visit to Doha by President Aoun")."""
    return {name for visitor in visitors(noun) for name in _names(visitor, parts=True)}


def visitors(noun: Token) -> list[Token]:
    """The words naming the visitor of a visit noun: its possessor, or the object of its "by"."""
    found = [child for child in noun.children if child.dep_ == "poss"]
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            found += [obj for obj in child.children if obj.dep_ == "pobj"]
    return found


def arrives_as_visitor(verb: Token, visitor: list[Token], names: set[str]) -> bool:
    """Whether the arrival verb ``verb`` tells the arrival of the visitor a visit noun names (its words ``visitor``,
    :func:`visitors`, and their ``names``, :func:`visitor_names`): by a relative clause on the visitor's own words ("a
    visit by a Kazakh delegation, which arrived on Monday") or by a name of the visitor (:func:`arriver_names`)."""
    if verb.dep_ == "relcl" and verb.head in visitor:
        return True
    return bool(names & arriver_names(verb))


def arriver_names(verb: Token) -> set[str]:
    """The names of who arrives: the subject of an arrival verb, or for a relative clause whose subject is the
    relative pronoun ("Ali, who arrived on Monday, held talks") the noun it tells more of."""
    subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    if not subjects:
        return set()
    subject = subjects[0]
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return _names(verb.head)
    return _names(subject)
