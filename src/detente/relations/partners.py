"""Partners: the actors one side deals with, most active first.

A partner is a participant on the other end of an event from the side (its target when the
side acts, its source when the side is acted on, a co-source of a reciprocal event without
targets); actors acting alongside the side on a third party are not its partners.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.relations._index import CONFLICTUAL_QUADS, COOPERATIVE_QUADS, ActorIndex, check_grouping, links
from detente.relations.sides import Side
from detente.store.db import check_page

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase


@dataclass(frozen=True, slots=True)
class Partner:
    """An actor a side deals with, and how."""

    key: str
    name: str
    events: int
    cooperative: int  # events of quad classes 1-2
    conflictual: int  # events of quad classes 3-4
    goldstein: float  # summed over the events
    last_day: dt.date | None  # the last day of the latest event
    last_event: str | None = None  # that event's id (its evidence says how precisely it is dated)

    @property
    def mean_goldstein(self) -> float:
        return self.goldstein / self.events if self.events else 0.0


def partners(store, side: Side, limit: int = 20, *, by: str = "party", include_historical: bool = True,
             since: dt.date | None = None, kb: KnowledgeBase) -> list[Partner]:
    """The actors ``side`` deals with, by number of events (then the latest first, then key).

    ``by="party"`` (the default) counts a country's sectors, bodies and officials as the country
    ("Sergey Lavrov" and "Russia (government)" are Russia) and a person holding a role in a
    group as the group; ``by="actor"`` keeps every actor key apart."""
    check_grouping(by)
    check_page(limit)
    index = ActorIndex(store, kb)
    tallies: dict[str, list] = {}
    for event in store.events(actor=sorted(side.keys | side.countries), since=since):
        if event.historical and not include_historical:
            continue
        found = set()
        for x, y in links(*index.nodes(event)):
            x_in, y_in = side.covers(x.key, x.country), side.covers(y.key, y.country)
            if x_in != y_in:
                other = index.party(y if x_in else x, by)
                if other is not None and not side.covers(other):
                    found.add(other)
        for key in found:
            tallies.setdefault(key, []).append(event)
    out = []
    for key, events in tallies.items():
        dated = [(e.last_day or e.first_day, e.id) for e in events if e.first_day]
        last, last_event = max(dated) if dated else (None, None)
        out.append(Partner(key=key, name=index.name(key), events=len(events),
                           cooperative=sum(e.quad_class in COOPERATIVE_QUADS for e in events),
                           conflictual=sum(e.quad_class in CONFLICTUAL_QUADS for e in events),
                           goldstein=sum(e.goldstein for e in events), last_day=last, last_event=last_event))
    out.sort(key=lambda p: (-p.events, -(p.last_day or dt.date.min).toordinal(), p.key))
    return out[:limit]
