"""Targets a reaction takes from the clause above it (issue 11, session 51, h-tgt51): whose act or thing it reacts to,
when the reaction's own words name no one.

Two shapes, each stated on the parse alone:

- :func:`maker_of_object`: a rejection or a disapproval (CAMEO 11, 12) told in a relative clause on a thing that is
  the object of another clause, "Ruritania signed a treaty with Patria that Osterlich rejected as void", "the
  government pressed ahead with a plan, a plan the militia refused to accept": what is rejected is the thing, and the
  thing is the doing of the subject of the clause it is the object of (Ruritania; the government). The doer's own
  party is not taken ("the bill its parliament passed, which the president rejected"), nor a subject the relative
  clause's own doer is part of.
- :func:`provoker_above`: a reaction an act drew, "..., prompting a Kuwaiti protest", "..., drawing a threat from
  Pretoria" (``reaction_verb`` in words.tsv), whose participle hangs on a clause with no known doer: the doer is
  taken from the clause above, through a participle the parser hung on the object ("banned imports of X, drawing a
  threat": the banning clause) or a that-clause whose subject is a thing ("the court ruled that the ratification
  was unconstitutional, prompting a protest": the court); never through a verb of saying (the speaker is no doer).
  (A step up from a relative clause, "..., an incident that drew condemnation from X", was tried in session 51 and
  dropped: no strict match gained on dev, one false dyad more.)

The parser often hangs a reaction's "from" on the verb ("Ruritania's move drew criticism from Patria"):
:func:`reactors_on_verb` gives it to the reaction noun, whose doers it names.

:func:`made_by_from` tells, for ``--explain``, which of the two gave a target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from detente.events.cameo import DISAPPROVE_ROOT, REJECT_ROOT, lookup
from detente.events.doers import known

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon
    from detente.records import Candidate

MAKER_ROOTS = (DISAPPROVE_ROOT, REJECT_ROOT)  # the acts extract.py gives a maker (where it reads whose thing it is)
MAX_CLIMB = 3  # clauses climbed from a reaction's participle to find whose act drew it
CLAUSE_POS = ("VERB", "AUX")


class Doers(Protocol):
    """What the rules read from the extractor: the doers of a verb and the known actors of a clause's subject."""

    def subjects(self, verb: Token, depth: int = 0) -> list[Side]: ...


def _thing_governor(noun: Token) -> Token | None:
    """The verb whose object (or object of a preposition) ``noun`` is, up a chain of infinitives ("ordered the
    police to turn back migrants": "ordered"); for a noun after a comma in apposition, which sums up the clause
    before it wherever the parser hangs it ("pressed ahead with a plan ..., a plan X refused"), the sentence's main
    verb. None when it hangs on no verb."""
    if noun.dep_ == "appos" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].lower_ in (",", "-", "\u2014",
                                                                                                  "\u2013"):
        top = noun
        while top.head.i != top.i:
            top = top.head
        return top if top.pos_ in CLAUSE_POS else None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    verb = controller(verb)
    return verb if verb.pos_ in CLAUSE_POS else None


def maker_of_object(rules: Doers, verb: Token, party: Callable[[ActorRef], str]) -> list[Side]:
    """The known subjects of the clause whose object a relative clause on ``verb`` (or on the verb whose infinitive
    it is: "a plan X refused to accept") is told of, not of a party of the relative clause's own doers."""
    clause = controller(verb)
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return []
    governor = _thing_governor(clause.head)
    if governor is None or governor.i == clause.i:
        return []
    doers = {party(r) for _, r in known(rules.subjects(clause))}
    if not doers:
        return []
    return [(t, r) for t, r in known(rules.subjects(governor)) if party(r) not in doers and t.pos_ != "PRON"]


def controller(verb: Token) -> Token:
    """The top of a chain of infinitives and participles that share their subject ("began releasing": "began")."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def saying(lexicon: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying (reporting.tsv ``say``, ``deny``): its subject speaks, does not act."""
    return lexicon.says(verb.lemma_.lower())


def _clauses_above(verb: Token, speech: Callable[[Token], bool]) -> Iterator[Token]:
    """The clauses above a participle ``verb``, nearest first: the one the parser hung it on (the verb whose object
    it is on, for a participle on a noun), then up through a that-clause or an adverbial clause, ``MAX_CLIMB`` at
    most; none past a verb of saying (``speech``)."""
    clause = verb
    for _ in range(MAX_CLIMB):
        if clause.dep_ == "acl" and clause.head.pos_ in ("NOUN", "PROPN"):
            above = _thing_governor(clause.head)  # "banned imports of X, drawing ...": on the object
        elif clause.dep_ in ("advcl", "ccomp") and clause.head.i != clause.i:
            above = clause.head
        else:
            return
        if above is None or above.pos_ not in CLAUSE_POS or speech(above):
            return
        yield above
        clause = above


def provoker_above(verb: Token, provoker: Callable[[Token], list[Side]], lexicon: Lexicon) -> list[Side]:
    """Whose act drew the reaction a participle ``verb`` of reaction governs, when ``provoker`` finds none on the
    participle's own clause: the first of the clauses above it (:func:`_clauses_above`) it finds a doer on."""
    for above in _clauses_above(verb, lambda v: saying(lexicon, v)):
        found = provoker(above)
        if found:
            return found
    return []


def reactors_on_verb(noun: Token) -> list[Token]:
    """The "from" phrase naming who reacted that the parser hangs on the verb of reaction rather than on its object,
    the reaction noun ("Ruritania's move drew criticism from Patria": "from" on "drew"), when the noun has none."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return []
    return [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i]


def made_by_from(candidate: Candidate, token: Token, lexicon: Lexicon) -> str | None:
    """For ``--explain``: which rule of this module gave the target ``token`` (the subject of a clause above the
    act's own, in the shape the rule reads), or None."""
    words = lexicon.words
    head = candidate.frame_token or candidate.head
    subject = token
    while subject.dep_ in ("conj", "appos") and subject.head.i != subject.i:
        subject = subject.head  # "Albania, Croatia and Kosovo signed ..."
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = subject.head
    if clause.i == head.i or not clause.is_ancestor(head):
        return None
    participle = head.head
    if candidate.nominal and participle.lemma_.lower() in words.reaction_verb:
        # the clause provoker_above reads (not the participle's own, extract.py's _provoker, which climbs to the
        # clause a participle is adverbial to)
        above = [controller(c).i for c in _clauses_above(participle, lambda v: saying(lexicon, v))]
        if clause.i not in above or participle.dep_ != "acl" and above.index(clause.i) == 0:
            return None
        return "whose act drew the reaction: the subject of the clause above the one its participle hangs on " \
               "(events/made_by.py, provoker_above)"
    if candidate.nominal or lookup(candidate.cameo).root not in MAKER_ROOTS:
        return None
    relative = controller(head)
    if relative.dep_ != "relcl" or relative.head.lemma_.lower() in words.summary_noun \
            or getattr(_thing_governor(relative.head), "i", None) != clause.i:
        return None  # (a summary noun's doers are ParticipantRules._summed_up's)
    return "the maker of the thing a relative clause rejects: the subject of the clause it is the object of " \
           "(events/made_by.py, maker_of_object)"
