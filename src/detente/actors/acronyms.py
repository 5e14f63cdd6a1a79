"""Short names an article defines for itself (session 50).

Wires give a body's full name once with its short form in parentheses, then use the short form alone: "The Royal
Malaysia Police (PDRM) arrested four men ... PDRM officers handed them to ...", "the Tanzania People's Defence Force
(TPDF) said ... The TPDF warned ...". The knowledge base does not know most such short forms, and the full name is
often found by the sector and title rules ("Malaysia Police": Malaysia's police), not by an entry an alias could be
added to. A capitalised short form the finder does not match therefore stands for whatever the name it was put in
parentheses after stands for, when the article defines it so before it is used (:func:`defined_acronym`).

A short form is one word of two to eight characters, capitals and digits (a hyphen or an ampersand inside), at
least two of them capitals: "SPF", "TPDF", "R&AW" (not "G5", as often a grouping the knowledge base names). A
definition is that word alone in parentheses, hung by the parser on the name it follows (an apposition, or any word
of the name before the parenthesis); the name is what that word's noun phrase resolved to, else, when the name's
head resolved to nothing, the actor a word inside it names, through the name's sector ("The Zimbabwe Republic Police
(ZRP)": Zimbabwe's police). A short form the knowledge base knows is matched as a name before this rule is reached,
and is left to it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.actors.doc_resolver import DocResolver
    from detente.actors.refs import ActorRef

_SHORT_FORM = re.compile(r"[A-Z0-9][A-Z0-9&\-]{1,7}")


def short_form(text: str) -> bool:
    """Whether ``text`` reads as a short form (an acronym or initialism): see the module's docstring."""
    return _SHORT_FORM.fullmatch(text) is not None and sum(c.isupper() for c in text) >= 2


def acronym_phrase(resolver: DocResolver, i: int) -> tuple[ActorRef, int] | None:
    """:func:`defined_acronym` of the noun at ``i`` itself ("The ZRP accused ..."), else of a short form modifying it
    before it ("PDRM officers", which the parser reads as a compound or an adjective)."""
    v = resolver.v
    return defined_acronym(resolver, i) or next(
        (found for c in v.children[i] if v.dep[c] in ("compound", "amod") and c < i
         for found in [defined_acronym(resolver, c)] if found is not None), None)


def defined_acronym(resolver: DocResolver, i: int) -> tuple[ActorRef, int] | None:
    """The actor the short form at ``i`` stands for and the token of the name the article defined it after
    ("The Royal Malaysia Police (PDRM) ... PDRM officers": Malaysia's police, 'Police'), or None when the word is
    no short form or the article defines it nowhere before."""
    v = resolver.v
    text = v.text[v.idx[i]:v.end[i]]
    if i in resolver.by_match or not short_form(text):
        return None
    for k in range(1, i):
        if v.text[v.idx[k]:v.end[k]] != text or not _in_parentheses(resolver, k):
            continue
        name = _defined_name(resolver, k)
        if name is None:
            continue
        ref = resolver.resolve(name) or _named_inside(resolver, name, k)
        if ref is not None:
            return ref, name
    return None


def _named_inside(resolver: DocResolver, name: int, k: int) -> ActorRef | None:
    """The actor a word inside the name headed at ``name`` (before the parenthesis at ``k``) stands for, through
    the name's sector when its words give one: "The Zimbabwe Republic Police (ZRP)" is Zimbabwe's police, "the
    Botswana Defence Force (BDF)" Botswana's forces; None when no word inside stands for an actor."""
    v = resolver.v
    ref = next((r for t in range(v.edges(name)[0], min(name, k - 1) + 1) for r in [resolver.memo.get(t)] if r),
               None)
    if ref is None:
        return None
    sector = resolver.sector_at.get(name)
    return resolver.f.sector_ref(ref, sector[0]) if sector is not None else ref


def _in_parentheses(resolver: DocResolver, k: int) -> bool:
    """Whether the word at ``k`` stands alone between "(" and ")"."""
    v = resolver.v
    n = len(v.lower)
    return 0 < k < n - 1 and v.lower[k - 1] == "(" and v.lower[k + 1] == ")"


def _defined_name(resolver: DocResolver, k: int) -> int | None:
    """The head of the name the parenthesised short form at ``k`` follows: the word the parser hangs it on, when
    that word comes before it in its sentence, else the word right before the parenthesis (climbed from a
    compound or a flat name to its head)."""
    v = resolver.v
    here = resolver.sentence_of[k]
    head = v.head[k]
    if head < k - 1 and resolver.sentence_of[head] == here:
        return head
    before = k - 2
    if before < 0 or resolver.sentence_of[before] != here or v.pos[before] not in ("NOUN", "PROPN"):
        return None
    while v.dep[before] in ("compound", "flat") and before < v.head[before] < k - 1:
        before = v.head[before]
    return before
