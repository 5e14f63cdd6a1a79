"""Mediators: third parties ranked by the evidence that they could bridge two sides.

Scoring (each event counts once for a third party C, under the first rule it meets):

1. **mediation**, weight ``MEDIATION_WEIGHT`` (3): an event that names C as go-between of A and
   B: C is a source of a mediation (CAMEO 045), an offer or intent to mediate (039) or another
   PLOVER AGREE event, or C is the one asked to mediate (028, a target), or C takes part in
   talks (PLOVER CONSULT, any role, as meetings have no direction) - and the event's other
   participants include a member of A and a member of B;
2. **consultation**, weight ``CONSULT_WEIGHT`` (1) per side: C meets or talks with A or with B
   (PLOVER CONSULT between C and that side);
3. **cooperation**, weight ``COOPERATION_WEIGHT`` (1) per side: a cooperative event (quad
   class 1-2, consultations included) between C and A or between C and B - counted only when C
   has at least one such event with each side.

4. **bridge**, weight ``BRIDGE_WEIGHT`` (2), once: A and B sit in different camps of the store's
   signed graph over the same span (:func:`detente.relations.blocs.blocs`, ``by=None``) and C
   is a bridge with cooperative ties into both camps.

A candidate needs dealings with both sides: a mediation event (it names both), or at least one
event of any kind with A and one with B. A third party that has never dealt with one side is
never ranked, however close it is to the other. A meeting with one side thus weighs 1, or 2
when C also cooperates with the other side; recent good relations with each side count through
the cooperation rule, a bridge through rule 4, an explicit mediation most.
Each weight is multiplied by ``0.5 ** (age / half_life_years)``, the age of the event (its last
day) before the latest event of the store; an undated event counts as one half-life old.
Conflict between C and a side does not lower the score. Third parties are grouped as in
:func:`detente.relations.partners` (``by="party"``: Lavrov and the Russian government are Russia).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.relations._index import (
    COOPERATIVE_QUADS,
    ActorIndex,
    Evidence,
    Node,
    check_grouping,
    evidence,
    links,
)
from detente.relations.sides import Side, check_two_sides
from detente.store.db import check_page

if TYPE_CHECKING:
    from detente.actors.kb import KnowledgeBase

MEDIATION_WEIGHT = 3.0
CONSULT_WEIGHT = 1.0
COOPERATION_WEIGHT = 1.0
BRIDGE_WEIGHT = 2.0
HALF_LIFE_YEARS = 1.0
UNDATED_AGE_YEARS = 1.0  # in half-lives


@dataclass(frozen=True, slots=True)
class Mediator:
    """A third party that could bridge two sides, with its score and the events behind it."""

    key: str
    name: str
    score: float
    mediation_events: int
    with_a: int  # cooperative events with side a (mediation events not included)
    with_b: int
    evidence: list[Evidence]
    bridge: bool = False  # bridges the camps of the two sides (rule 4)


@dataclass
class _Tally:
    mediation: list = field(default_factory=list)  # (event, weight)
    consult: list = field(default_factory=list)
    coop_a: list = field(default_factory=list)
    coop_b: list = field(default_factory=list)
    deal_a: list = field(default_factory=list)  # any event with side a
    deal_b: list = field(default_factory=list)


def mediator_role(event) -> str | None:
    """Where a go-between stands in an event that can name one: ``source``, ``target``, ``any``."""
    if event.cameo.startswith(("045", "039")) or event.plover == "AGREE":
        return "source"
    if event.cameo.startswith("028"):
        return "target"
    if event.plover == "CONSULT":
        return "any"
    return None


def decay(event, latest: dt.date | None, half_life_years: float = HALF_LIFE_YEARS) -> float:
    """How much an event weighs for its age: 1 for the store's latest day, halved every half-life."""
    if latest is None:
        return 1.0
    day = event.last_day or event.first_day
    if day is None:
        return 0.5 ** UNDATED_AGE_YEARS
    age = max(0, (latest - day).days) / 365.25
    return 0.5 ** (age / half_life_years)


def mediators(store, a: Side, b: Side, limit: int = 10, since: dt.date | None = None, *, by: str = "party",
              include_historical: bool = True, half_life_years: float = HALF_LIFE_YEARS,
              evidence_limit: int = 5, kb: KnowledgeBase) -> list[Mediator]:
    """Third parties (on neither side) ranked by the evidence that they could bridge ``a`` and
    ``b`` (module docstring), each with up to ``evidence_limit`` events as evidence, strongest
    first. ``since`` keeps the events that lasted until that day or later."""
    check_grouping(by)
    check_page(limit)
    check_two_sides(a, b)
    if half_life_years <= 0:
        raise ValueError("half_life_years must be positive")
    index = ActorIndex(store, kb)
    newest = store.events(limit=1)
    latest = newest[0].first_day if newest else None
    tallies: dict[str, _Tally] = {}
    wanted = sorted(a.keys | a.countries | b.keys | b.countries)
    for event in store.events(actor=wanted, since=since):
        if event.historical and not include_historical:
            continue
        weight = decay(event, latest, half_life_years)
        for third, kinds in _roles(event, a, b, index, by).items():
            tally = tallies.setdefault(third, _Tally())
            for kind in kinds:
                getattr(tally, kind).append((event, weight))
    ranked = []
    candidates = {key: tally for key, tally in tallies.items()
                  if tally.mediation or (tally.deal_a and tally.deal_b)}
    bridges = _bridges(store, a, b, since, include_historical, by, kb) if candidates else set()
    for key, tally in candidates.items():
        both = bool(tally.coop_a and tally.coop_b)
        weighted = ([(e, MEDIATION_WEIGHT * w) for e, w in tally.mediation]
                    + [(e, CONSULT_WEIGHT * w) for e, w in tally.consult]
                    + ([(e, COOPERATION_WEIGHT * w) for e, w in tally.coop_a + tally.coop_b] if both else []))
        score = sum(w for _, w in weighted) + (BRIDGE_WEIGHT if key in bridges else 0.0)
        if score > 0:
            ranked.append((key, tally, score, weighted))
    ranked.sort(key=lambda r: (-r[2], -len(r[1].mediation), r[0]))
    ranked = ranked[:limit]

    strongest = {}
    for key, _, _, weighted in ranked:
        per_event: dict[str, list] = {}
        for event, w in weighted:
            per_event.setdefault(event.id, [event, 0.0])[1] += w
        order = sorted(per_event.values(), key=lambda ew: (-ew[1], -(ew[0].first_day or dt.date.min).toordinal(),
                                                           ew[0].id))
        strongest[key] = [event for event, _ in order[:evidence_limit]]
    mentions = store.first_mentions({e.id: e for events in strongest.values() for e in events}.values())
    return [Mediator(key=key, name=index.name(key), score=score, mediation_events=len(tally.mediation),
                     with_a=len(tally.coop_a), with_b=len(tally.coop_b),
                     evidence=[evidence(e, mentions.get(e.id)) for e in strongest[key]], bridge=key in bridges)
            for key, tally, score, _ in ranked]


def _roles(event, a: Side, b: Side, index: ActorIndex, by: str) -> dict[str, list[str]]:
    """For each third party of an event: ``mediation``, or what it does with each side."""
    sources, targets = index.nodes(event)
    on_side = {n for n in sources + targets if a.covers(n.key, n.country) or b.covers(n.key, n.country)}
    if not on_side:
        return {}
    party_of: dict[Node, str] = {}
    for node in sources + targets:
        if node not in on_side:
            party = index.party(node, by)
            if party is not None and not a.covers(party) and not b.covers(party):
                party_of[node] = party
    out: dict[str, list[str]] = {}
    role = mediator_role(event)
    for third in sorted(set(party_of.values())):
        mine = {n for n, p in party_of.items() if p == third}
        if role is not None and _names_go_between(role, mine, sources, targets, a, b):
            out[third] = ["mediation"]
            continue
        kinds = []
        for side, name in ((a, "coop_a"), (b, "coop_b")):
            touches = any((x in mine and side.covers(y.key, y.country)) or (y in mine and side.covers(x.key, x.country))
                          for x, y in links(sources, targets))
            if touches:
                kinds.append(name.replace("coop", "deal"))
            if touches and event.plover == "CONSULT":
                kinds.append("consult")
            if touches and event.quad_class in COOPERATIVE_QUADS:
                kinds.append(name)
        if kinds:
            out[third] = kinds
    return out


def _bridges(store, a: Side, b: Side, since, include_historical: bool, by: str, kb) -> set[str]:
    """The parties that bridge the camp of ``a`` and the camp of ``b`` (rule 4), when these differ."""
    from detente.relations.blocs import blocs

    periods = blocs(store, by=None, since=since, include_historical=include_historical, grouping=by, kb=kb)
    if not periods:
        return set()
    [period] = periods
    camps_a = {c.number for c in period.camps if any(a.covers(m) for m in c.members)}
    camps_b = {c.number for c in period.camps if any(b.covers(m) for m in c.members)}
    if not camps_a or not camps_b or camps_a & camps_b:
        return set()
    return {br.key for br in period.bridges if camps_a & set(br.camps) and camps_b & set(br.camps)}


def _names_go_between(role: str, mine: set, sources: list[Node], targets: list[Node], a: Side, b: Side) -> bool:
    """Whether a mediation-like event has the third party in the go-between's place and both
    sides among its other participants."""
    if role == "source" and not mine & set(sources) or role == "target" and not mine & set(targets):
        return False
    if role == "source":
        others = targets or [n for n in sources if n not in mine]
    elif role == "target":
        others = sources
    else:
        others = [n for n in sources + targets if n not in mine]
    return (any(a.covers(n.key, n.country) for n in others) and any(b.covers(n.key, n.country) for n in others))
