"""Set phrases recognised, before any is resolved: how many actors a plural noun names by its number or its own
words ("the two sides", "both countries", "all three countries", "all sides", "the warring parties", "the rivals":
:func:`set_size`), whether a plural is nobody in particular rather than a set ("foreign navies", "all navies":
:func:`generic_plural`), and the collectives a word names ("Western countries", "the Europeans", "the Baltic states":
``data/actors/collectives.tsv``; :func:`collectives`, :func:`modifier_collective`, :func:`collective_members`,
:func:`closed_members`).

Which actors of the article such a phrase stands for is :func:`detente.actors.sets.resolve_set`'s to say (the order
of evidence is told there), with the parties :mod:`detente.actors.set_parties` finds; this module reads only the
parse and its tables.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from detente.actors.doc_resolver import DocResolver
    from detente.parse_view import ParseView

DEMONYM = "D|"  # the prefix of a demonym's key in the name index ("Sudanese": "D|SDN")
# number words that make a plural noun a set of that many actors ("both" is a determiner)
SET_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# words that make a closed collective's phrase some of its members ("some Gulf states")
SOME = frozenset({"some", "several", "many", "few", "certain", "most", "various", "individual"})


def set_size(view: ParseView, i: int, nouns: frozenset[str], alone: frozenset[str] = frozenset(),
             every: frozenset[str] = frozenset(), opposed: frozenset[str] = frozenset()) -> int:
    """How many actors the plural noun at index ``i`` stands for ("both sides": 2, "all three
    countries": 3; a noun of ``alone`` that names a pair by itself: "the nuclear-armed neighbours", "the
    rivals": 2; a noun of ``every`` after "all": "all sides", "all parties": 2; a noun an adjective of
    ``opposed`` sets against each other: "the warring parties", "all warring sides": 2), else 0."""
    if view.tag[i] != "NNS" or view.lemma[i] not in nouns:
        return 0
    definite = all_of = against = False
    for child in view.children[i]:
        dep, lower = view.dep[child], view.lower[child]
        if dep == "nummod":
            return SET_NUMBERS.get(lower, 0)
        if dep in ("det", "predet") and lower == "both":
            return 2
        definite = definite or (dep == "det" and lower == "the")
        all_of = all_of or (dep in ("det", "predet") and lower == "all")
        against = against or (dep == "amod" and lower in opposed)
    lemma = view.lemma[i]
    if (definite and lemma in alone) or ((definite or all_of) and against) or (all_of and lemma in every):
        return 2
    return 0


def _pair_set_size(resolver: DocResolver, i: int) -> int:
    """How many actors the plural noun at ``i`` stands for as a set phrase of the article's set nouns
    (:func:`set_size` with the resolver's ``pair_nouns`` and the ``pair_*`` words of words.tsv), 0 for none."""
    words = resolver.words
    return set_size(resolver.v, i, resolver.pair_nouns, words.pair_alone_noun, words.pair_all_noun,
                    words.pair_adjective)


def generic_plural(resolver: DocResolver, at: int) -> bool:
    """Whether the plural noun at ``at`` is nobody in particular: a word of ``generic_word`` on it ("all navies",
    "other Gulf governments", "any foreign troops", "foreign navies") with no "the", possessive or number ("the
    other Nordic states", "all three countries" are sets), no name on it ("all Russian troops", "other EU members":
    whose they are is named) and no "of" or "from" phrase; never "all" on a noun that names a set ("all
    countries", "all Baltic states": the sets' rules read them); never a set ("all sides", "all warring parties":
    :func:`set_size`), whom the article named. A "foreign" that is a word of its sector phrase ("foreign
    ministers") does not count."""
    v, words = resolver.v, resolver.words
    if v.tag[at] != "NNS" or _pair_set_size(resolver, at):
        return False
    sector = resolver.sector_at.get(at)
    generic: set[str] = set()
    for c in v.children[at]:
        if c in resolver.by_match or v.dep[c] in ("poss", "nummod") \
                or (v.dep[c] == "det" and v.lower[c] in words.definite_det) \
                or (v.dep[c] == "prep" and v.lower[c] in ("of", "from")):
            return False
        if v.dep[c] in ("det", "predet", "amod") and v.lower[c] in words.generic_word \
                and (sector is None or not sector[1] <= c < sector[2]):
            generic.add(v.lower[c])
    # "all countries", "all parties", "all Baltic states": a noun that names a set (``pair_noun``, ``pair_noun_any``)
    # is the sets' and collectives' to read after "all" ("other Baltic states" are nobody in particular)
    return bool(generic) and not (generic == {"all"} and v.lemma[at] in resolver.collective_nouns)


class Collective(NamedTuple):
    """A row of ``data/actors/collectives.tsv``: its member country ids, and whether the membership is closed
    (the phrase stands for all of them, named or not)."""

    members: frozenset[str]
    closed: bool


@lru_cache(maxsize=1)
def collectives() -> dict[str, Collective]:
    """Each word (or two) that names a collective ("western", "europeans", "central asian") -> its members
    (``data/actors/collectives.tsv``; read once, it is immutable)."""
    path = resources.files("detente") / "data" / "actors" / "collectives.tsv"
    out: dict[str, Collective] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            entry = Collective(frozenset(row["countries"].split()), row["scope"] == "all")
            for word in row["words"].split(","):
                out[word.strip()] = entry
    return out


def modifier_collective(view: ParseView, i: int) -> Collective | None:
    """The collective the words before the noun at ``i`` name ("the Gulf Arab states", "the five Central
    Asian republics", "the Himalayan kingdom"): its adjectival and compound modifiers with their own
    modifiers, the longest run of them first ("gulf arab" before "arab"), else None."""
    dep, children = view.dep, view.children
    words: set[int] = set()
    stack = [c for c in children[i] if c < i and dep[c] in ("amod", "compound", "nmod")]
    while stack:
        j = stack.pop()
        words.add(j)
        stack.extend(c for c in children[j] if dep[c] in ("amod", "compound"))
    run: list[int] = []
    for j in range(i - 1, -1, -1):  # the modifiers right before the noun, as one run
        if j not in words:
            break
        run.insert(0, j)
    table = collectives()
    for length in range(len(run), 0, -1):  # "Western intelligence services": "western", one word of two
        for start in range(len(run) - length + 1):
            phrase = " ".join(view.lower[j] for j in run[start:start + length])
            if phrase in table:
                return table[phrase]
    return None


def collective_members(view: ParseView, i: int, nouns: frozenset[str]) -> frozenset[str]:
    """The member countries the plural phrase headed at index ``i`` names as a whole ("Western
    countries", "European powers", "the Europeans"), else none; a number makes it a set of that
    many, not a collective."""
    children, dep, lower = view.children[i], view.dep, view.lower
    if view.tag[i] not in ("NNS", "NNPS") or any(dep[c] == "nummod" for c in children):
        return frozenset()
    table = collectives()
    if lower[i] in table and any(dep[c] == "det" and lower[c] == "the" for c in children):
        return table[lower[i]].members  # "the Europeans"
    if view.lemma[i] in nouns:
        found = modifier_collective(view, i)
        if found is not None:
            return found.members  # "Western countries", "European powers"
    return frozenset()


def closed_members(view: ParseView, i: int, nouns: frozenset[str]) -> frozenset[str]:
    """The members of a closed collective the plural phrase headed at ``i`` names ("the Baltic states", "the
    three Sahel states", "the five Central Asian republics", "the two Koreas"), else none: with a number, only its own
    number of members ("two Baltic states" are some of them)."""
    plural = view.tag[i] in ("NNS", "NNPS")
    # "the two Koreas", "the Baltics" (which the tagger may read as a singular name): a plural of its own
    found = collectives().get(view.lower[i]) if plural or view.lower[i].endswith("s") else None
    if found is None and plural and view.lemma[i] in nouns:
        found = modifier_collective(view, i)
    if found is None or not found.closed:
        return frozenset()
    numbers = [view.lower[c] for c in view.children[i] if view.dep[c] == "nummod"]
    if numbers and SET_NUMBERS.get(numbers[0]) != len(found.members):
        return frozenset()
    if any(view.lower[c] in SOME for c in view.children[i] if view.dep[c] in ("det", "amod", "predet")):
        return frozenset()  # "some Gulf states", "several Nordic countries": some of them
    return found.members
