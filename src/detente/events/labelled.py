"""Reactions whose object is a label: "rejected what it called baseless claims" (issue 11, session 54).

Wire copy often tells what a reaction is done to by a free relative with a ``naming_verb`` (words.tsv): the reacting
side names the act or the words it answers in its own terms ("condemned what it termed an unjustified closure",
"denounced what it described as a groundless expulsion", "protested against what it called the arrest of its
nationals"). The parser makes "what" the object of the naming verb and hangs the naming verb on the reaction as its
clause (``ccomp``, or ``pcomp`` under a preposition); the label is the naming verb's object complement (``oprd``,
``xcomp``, ``attr``) or the object of its "as". The label is the noun the reaction is done to, as a definite object
would be ("condemned the closure"): the rules that give a reaction the doer of the act its object names
(``events/article_sides.py``, ``events/referents.py``) and those that give a rejection of words whoever said them
(``events/replies.py``, through ``article_sides.answered_words``) take it, though it has no article of its own (a
label is a name for one act told before, not "a closure" of any kind). The subject of the naming verb is the
reacting side itself, never the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.phrases import definite

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.lexicon import Words

# the word that makes the naming verb's clause a free relative standing for what is named ("what it called ...")
FREE_RELATIVE = "what"
CLAUSE_DEPS = frozenset({"ccomp", "pcomp", "xcomp", "advcl"})  # how the parser hangs the naming clause on its head
LABEL_DEPS = frozenset({"oprd", "xcomp", "attr"})  # the naming verb's object complement: "called it a ban"
NOUN_POS = frozenset({"NOUN", "PROPN"})


def labelled_nouns(verb: Token, words: Words) -> list[Token]:
    """The labels of the free relatives ``verb`` is done to: "rejected what it called baseless claims" (claims),
    "protested against what it described as the arrest of its nationals" (arrest); none when it has no such object."""
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    clauses += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"]
    return [noun for clause in clauses if _naming_clause(clause, words) for noun in _labels(clause)]


def labelled(noun: Token, words: Words) -> bool:
    """Whether a noun is the label of such a free relative ("baseless claims" in "what it called baseless claims")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    return verb.i != noun.i and _naming_clause(verb, words) and noun in _labels(verb)


def names_one_act(noun: Token, words: Words) -> bool:
    """Whether a noun a reaction is done to names one act told before: a definite one ("the closure", "this
    decision": :func:`detente.events.phrases.definite`) or a label ("what it called a hasty ban", :func:`labelled`)."""
    return definite(noun, words) or labelled(noun, words)


def _naming_clause(clause: Token, words: Words) -> bool:
    """Whether a verb is a ``naming_verb`` whose object is "what": the free relative "what it called ..."."""
    return clause.lemma_.lower() in words.naming_verb \
        and any(c.lower_ == FREE_RELATIVE and c.dep_ in ("dobj", "nsubjpass") for c in clause.children)


def _labels(clause: Token) -> list[Token]:
    """The nouns a naming verb gives as its object's name: its object complement, or the object of its "as"."""
    out = [c for c in clause.children if c.dep_ in LABEL_DEPS and c.pos_ in NOUN_POS]
    out += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj" and p.pos_ in NOUN_POS]
    return out
