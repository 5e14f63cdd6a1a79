"""Shared internals of the relations graph: who the participants of a stored event are, who they
stand for, and what the store's evidence says about an event.

A :class:`StoredEvent` lists its participants' actor keys, and separately the countries of those
that have one; :class:`ActorIndex` pairs them again (through the store's list of known actors)
so that a side can be matched participant by participant.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase

# the quad bands have one home, events/cameo.py; re-exported here for the relations modules
from detente.events.cameo import CONFLICTUAL_QUADS as CONFLICTUAL_QUADS
from detente.events.cameo import COOPERATIVE_QUADS as COOPERATIVE_QUADS

GROUPINGS = ("actor", "party")
STATE_KINDS = frozenset({"country", "government", "sector"})  # actors that act for their country


@dataclass(frozen=True, slots=True)
class Node:
    """One participant of a stored event: its actor key (``None`` if only its country is known)."""

    key: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an event is reported: its first mention's sentence and article."""

    event_id: str
    plover: str | None
    cameo: str
    day: dt.date | None
    sentence: str
    article_id: str
    url: str | None
    date_value: str | None = None  # the mention's own date ("2012", "2012-03"): as precise as the text is


class ActorIndex:
    """What the store (and the run's knowledge base, passed in) say about each actor key: country,
    name, party."""

    def __init__(self, store, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.known = {a.id: a for a in store.known_actors()}

    def country(self, key: str | None) -> str | None:
        if key is None:
            return None
        actor = self.known.get(key)
        if actor is not None:
            return actor.country
        entry = self.kb.get(key)
        return entry.country if entry is not None else None

    def name(self, key: str) -> str:
        actor = self.known.get(key)
        if actor is not None and actor.name:
            return actor.name
        entry = self.kb.get(key)
        return entry.name if entry is not None else key

    def kind(self, key: str) -> str | None:
        actor = self.known.get(key)
        if actor is not None and actor.kind:
            return actor.kind
        entry = self.kb.get(key)
        return entry.kind if entry is not None else None

    def party(self, node: Node, by: str = "party") -> str | None:
        """Whom a participant stands for: itself (``by="actor"``), or (``by="party"``) its country
        for a state actor (a country, one of its sectors or government bodies, an official of
        it), the group or organisation a person holds a role in, the organisation a body belongs to
        (the knowledge base's ``parent``: the European Commission stands for the EU) or the group whose
        code a wing acts under (the Qassam Brigades for Hamas; an affiliate with a code of its own,
        al-Qaeda in the Arabian Peninsula, stands for itself), else itself.
        Unresolved words ("~border villages") stand for nobody."""
        if node.key is None:
            return node.country if by == "party" else None
        if node.key.startswith("~"):
            return None
        if by == "actor":
            return node.key
        kind = self.kind(node.key)
        if kind in STATE_KINDS:
            return node.country or self.country(node.key) or node.key
        if kind == "person":
            actor = self._role_actor(node.key)
            if actor is not None:
                return self.party(Node(actor, self.country(actor)))
        entry = self.kb.get(node.key)
        return self.kb.stands_for(entry).id if entry is not None else node.key

    def _role_actor(self, key: str) -> str | None:
        """The actor of the role a person is stored with (the role with their stored code), else
        of their latest role."""
        entry = self.kb.get(key)
        if entry is None or not entry.roles:
            return None
        code = self.known[key].code if key in self.known else None
        roles = [r for r in entry.roles if code and r.code == code] or list(entry.roles)
        role = max(roles, key=lambda r: r.start or dt.date.min)
        return role.actor if role.actor and role.actor != key else None

    def nodes(self, event) -> tuple[list[Node], list[Node]]:
        """The (sources, targets) of a stored event as participants with their countries."""
        return (self._nodes(event.source_keys, event.source_countries),
                self._nodes(event.target_keys, event.target_countries))

    def _nodes(self, keys: list[str], countries: list[str]) -> list[Node]:
        nodes = [Node(k, self.country(k)) for k in keys]
        left = Counter(countries) - Counter(n.country for n in nodes if n.country)
        out = []
        for node in nodes:  # a country no known actor accounts for belongs to an unresolved phrase
            if node.country is None and node.key is not None and node.key.startswith("~") and +left:
                country = next(iter(+left))
                left[country] -= 1
                node = Node(node.key, country)
            out.append(node)
        return out + [Node(None, c) for c in (+left).elements()]


def links(sources: list[Node], targets: list[Node]) -> list[tuple[Node, Node]]:
    """Who acts on whom: (source, target) pairs, or every pair of sources of an event without
    targets (reciprocal: "Kenya and Uganda signed an agreement")."""
    if targets:
        return [(s, t) for s in sources for t in targets]
    return [(x, y) for i, x in enumerate(sources) for y in sources[i + 1:]]


def between(a, b, sources: list[Node], targets: list[Node]) -> bool:
    """Whether an event is between sides ``a`` and ``b``, in either direction."""
    return any(a.covers(x.key, x.country) and b.covers(y.key, y.country)
               or b.covers(x.key, x.country) and a.covers(y.key, y.country) for x, y in links(sources, targets))


def check_grouping(by: str) -> None:
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")


def evidence(event, mention) -> Evidence:
    return Evidence(event_id=event.id, plover=event.plover, cameo=event.cameo, day=event.first_day,
                    sentence=mention.sentence if mention is not None else "",
                    article_id=mention.article_id if mention is not None else "",
                    url=mention.url if mention is not None else None,
                    date_value=mention.date_value if mention is not None else None)
