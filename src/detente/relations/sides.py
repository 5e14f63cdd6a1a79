"""Sides of a relation: what a user types ("Hamas", "Damascus", "RUSGOV") turned into the actor
keys and countries it stands for, resolved the way the coder resolves actors.

A :class:`Side` matches one participant of a stored event when the participant's actor key is
one of its ``keys`` or the participant's country is one of its ``countries``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.actors.resolve import SECTOR_NAMES

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase

_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a relation: a label for people, the actor keys and the countries it covers."""

    label: str
    keys: frozenset[str]
    countries: frozenset[str]

    def covers(self, key: str | None, country: str | None = None) -> bool:
        """Whether a participant (its actor key and country) belongs to this side."""
        return (key is not None and key in self.keys) or (country is not None and country in self.countries)

    def overlaps(self, other: Side) -> bool:
        return bool(self.keys & other.keys or self.countries & other.countries)


def check_two_sides(a: Side, b: Side) -> None:
    """A relation needs two sides: ValueError when ``a`` and ``b`` cover the same actor or country
    ("Kenya" and "Nairobi", "Chad" twice), which would list nothing and read as "no relation"."""
    if a.overlaps(b):
        shared = sorted(a.countries & b.countries) or sorted(a.keys & b.keys)
        raise ValueError(f"{a.label!r} and {b.label!r} are the same side ({', '.join(shared)}): "
                         "name two different actors")


def resolve_side(text: str, kb: KnowledgeBase, store=None) -> Side:
    """The side ``text`` names, tried in this order:

    1. a country code ("SYR") -> the country: every stored actor whose country it is, and the country;
    2. an actor id the store knows ("hamas", "sergey-lavrov") -> that actor;
    3. a CAMEO code ("RUSGOV", "PSEREBHMS"), or an actor id that is one ("SYRGOV") -> the actor
       with that id and the stored actors with that code (Lavrov is RUSGOV), the groups and bodies
       of the knowledge base with it, and a country + sector code such as "RUSMIL" even when
       nothing is stored under it yet;
    4. an id of the knowledge base -> that actor;
    5. a country's name, alias, demonym, capital or seat of government ("Syria", "Syrian",
       "Damascus") -> the country, as in 1;
    6. the name or alias of a group, organisation, government body, party or person (any case).

    A group, organisation or government body also covers the people whose knowledge-base roles
    are held in it (Hamas covers Ismail Haniyeh), since the coder codes them with its code.
    ``kb`` is the run's knowledge base (``detente.actors.kb.load(actors_file)``): a user's actors count.
    Raises ``ValueError`` (with close matches) when nothing matches, or when a name is ambiguous.
    """
    query = " ".join(str(text).split())
    if not query:
        raise ValueError("empty side: name an actor, a country or a CAMEO code")
    known = {a.id: a for a in store.known_actors()} if store is not None else {}
    upper = query.upper()

    country = kb.get(upper)
    if country is not None and country.kind == "country":
        return _country_side(country, kb, known)
    if query in known and not _CODE.match(query):
        entry = kb.get(query)
        if entry is not None and entry.kind == "country":
            return _country_side(entry, kb, known)
        return _actor_side(query, known[query].name, kb, known)
    if _CODE.match(upper):
        by_code = sorted(k for k, a in known.items() if (a.code or "").upper() == upper)
        sector_of = kb.get(upper[:3])
        if upper in known or sector_of is not None and sector_of.kind == "country" and upper[3:] in SECTOR_NAMES:
            by_code.append(upper)
        by_code += [e.id for e in kb.entries.values()
                    if e.kind not in ("person", "country") and (e.code or "").upper() == upper]
        if by_code:
            label = known[upper].name if upper in known and known[upper].name else upper
            return Side(label=label, keys=frozenset(by_code), countries=frozenset())
    entry = kb.get(query) or kb.get(query.lower())
    if entry is not None:
        if entry.kind == "country":
            return _country_side(entry, kb, known)
        return _actor_side(entry.id, entry.name, kb, known)

    lower = query.lower()
    countries = [e for e in kb.entries.values() if e.kind == "country" and lower in _lowered(
        *e.names, *e.demonyms, *([e.capital] if e.capital else []), *e.seats)]
    if countries:
        return _country_side(_only(countries, query), kb, known)
    for names_of in (lambda e: e.names, lambda e: e.ambiguous):
        entries = [e for e in kb.entries.values() if e.kind != "country" and lower in _lowered(*names_of(e))]
        if entries:
            entry = _only(entries, query)
            return _actor_side(entry.id, entry.name, kb, known)
    stored = [a for a in known.values() if (a.name or "").lower() == lower]
    if stored:
        return _actor_side(stored[0].id, stored[0].name, kb, known)
    raise ValueError(_no_match(query, kb, known))


def _lowered(*names: str) -> set[str]:
    return {n.lower() for n in names if n}


def _only(entries: list, query: str):
    """The single entry a name stands for, or a ValueError naming the candidates."""
    unique = {e.id: e for e in entries}
    if len(unique) == 1:
        return next(iter(unique.values()))
    listing = ", ".join(f"{e.name} ({e.id})" for e in sorted(unique.values(), key=lambda e: e.id))
    raise ValueError(f"{query!r} is ambiguous: it may be {listing}; give the id instead")


def _country_side(entry, kb, known: dict) -> Side:
    keys = {entry.id} | {k for k, a in known.items() if a.country == entry.id}
    return Side(label=entry.name, keys=frozenset(keys), countries=frozenset({entry.id}))


def _actor_side(key: str, label: str, kb, known: dict) -> Side:
    """An actor, with the people who hold roles in it when it is a group, organisation or body."""
    keys = {key}
    entry = kb.get(key)
    if entry is not None and entry.kind != "person":
        keys |= {e.id for e in kb.entries.values() if e.kind == "person" and any(r.actor == key for r in e.roles)}
    return Side(label=label or key, keys=frozenset(keys), countries=frozenset())


def _no_match(query: str, kb, known: dict) -> str:
    candidates: dict[str, str] = {}
    for entry in kb.entries.values():
        names = [*entry.names, entry.id]
        if entry.kind == "country":
            names += [*entry.demonyms, *([entry.capital] if entry.capital else [])]
        for name in names:
            candidates.setdefault(name.lower(), name)
    for actor in known.values():
        candidates.setdefault(actor.id.lower(), actor.id)
        if actor.name:
            candidates.setdefault(actor.name.lower(), actor.name)
    close = difflib.get_close_matches(query.lower(), list(candidates), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(candidates[c]) for c in close)}?" if close else ""
    return (f"no actor, country or CAMEO code matches {query!r}{hint} "
            "(use an actor id, a country name or code, a capital, a demonym, or a CAMEO code such as RUSGOV)")
