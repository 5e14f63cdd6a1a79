"""The act a verb pattern names by its complement (``help ~guard|protect``, verbs.tsv): the complement is the act's
word, and whom the complement acts on is whom the act is done to.

"Italian jets helped guard Slovenian airspace", "Kenya will help Somalia patrol its coast": the pattern ``help
~guard|patrol`` (062) codes the help; the complement verb is part of its trigger, so it codes no act of its own (no
074 guarding by the helper beside the cooperation), and when the verb names no other side, the complement's own
subject (Somalia, not the helper) and its object (the airspace, Slovenia's) are the act's targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.cameo import lookup
from detente.events.context import party
from detente.events.doers import known

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.extract import Extractor
    from detente.events.ground import Side

COMPLEMENT_DEPS = ("xcomp", "ccomp")


def named_complement(verb: Token, code: str, comp: frozenset[str] | None, taken: list[Token]) -> list[Token]:
    """The verb complement (``xcomp``/``ccomp``, a verb) of ``verb`` whose lemma the pattern's complement ``comp``
    names by itself (not ``*``), when no adjective complement was taken (``taken``) and the pattern's ``code`` is
    no frame's (a vow, a refusal, an appeal or a threat combines with its complement's act instead: "vowed to
    retaliate"); at most one."""
    if not comp or taken or lookup(code).frame is not None:
        return []
    named = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX")
             and c.lemma_.lower() in comp]
    return named[:1]


def complement_sides(rules: Extractor, verb: Token, trigger: list[Token]) -> list[Side]:
    """The sides the named complement in ``trigger`` acts on: its subject when not of the verb's doers ("help Somalia
    patrol"), and its objects ("help guard Slovenian airspace"); known sides only."""
    complements = [t for t in trigger[1:] if t.dep_ in COMPLEMENT_DEPS and t.head.i == verb.i]
    if not complements:
        return []
    own = {party(r) for _, r in known(rules.subjects(verb))}
    out: list[Side] = []
    for complement in complements:
        subjects = [(t, r) for t, r in known(rules.subjects(complement))
                    if t.i != verb.i and party(r) not in own and t.pos_ != "PRON"]
        out += subjects + [(t, r) for t, r in known(rules.objects(complement)) if party(r) not in own]
    return out
