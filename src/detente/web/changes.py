"""The "What changed" page and its API route (``/changes``, ``/api/changes``): the turning points
of :func:`detente.relations.changes.turning_points`, each with its before/after figures and
its evidence sentences."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from detente.web import data
from detente.web.api import READ_ERRORS
from detente.web.app import WebError, WebState
from detente.web.data import cached

api_router = APIRouter(prefix="/api", tags=["api"])
page_router = APIRouter(include_in_schema=False)
PERIODS = ("week", "month", "quarter", "year")
EVIDENCE_SHOWN = 4


class RegimeModel(BaseModel):
    state: str
    start: dt.date | None
    end: dt.date | None
    periods: int
    events: int
    cooperative: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: float


class EvidenceModel(BaseModel):
    event_id: str
    day: dt.date | None
    quad_class: int
    sentence: str
    href: str | None


class TurningPointModel(BaseModel):
    a: str
    b: str
    a_key: str
    b_key: str
    kind: str
    date: dt.date
    period: str
    before: RegimeModel
    after: RegimeModel
    confidence: float
    evidence: list[str]
    evidence_sentences: list[EvidenceModel]
    href: str


class ChangesView(BaseModel):
    since: dt.date | None
    until: dt.date | None
    by: str
    turning_points: list[TurningPointModel]


@cached
def changes_view(store, kb, since: dt.date | None, until: dt.date | None, by: str = "month", min_events: int = 3,
                 limit: int = 50) -> dict:
    """Turning points (newest first, at most ``limit``) with their evidence sentences."""
    from detente.relations.changes import turning_points

    found = turning_points(store, by=by, since=since, until=until, min_events=min_events, kb=kb)[:limit]
    events = [e for e in (store.event(i) for t in found for i in t.evidence[:EVIDENCE_SHOWN]) if e is not None]
    mentions = store.first_mentions(events)
    by_id = {e.id: e for e in events}
    out = []
    for t in found:
        row = t.to_dict()
        row["evidence_sentences"] = []
        for event_id in t.evidence[:EVIDENCE_SHOWN]:
            event, mention = by_id.get(event_id), mentions.get(event_id)
            if event is None:
                continue
            row["evidence_sentences"].append({
                "event_id": event_id, "day": event.first_day, "quad_class": event.quad_class,
                "date_value": mention.date_value if mention else None,  # the page shows "2012", not 2012-01-01
                "sentence": mention.sentence if mention else "",
                "href": data.article_href(mention.article_id, mention.sentence_index) if mention else None})
        row["evidence_sentences"].sort(key=lambda e: (e["day"] or dt.date.min, e["event_id"]))
        row["href"] = f"/dyad?a={data.q(t.a_key)}&b={data.q(t.b_key)}"
        out.append(row)
    return {"since": since, "until": until, "by": by, "turning_points": out}


def _state(request: Request) -> WebState:
    return request.app.state.detente


def _check(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise WebError(422, "invalid parameters", f"since ({since}) is after until ({until})")


@api_router.get("/changes", response_model=ChangesView, responses=READ_ERRORS,
                summary="Turning points: breaks, rapprochements, escalations and de-escalations, with their evidence")
def get_changes(request: Request, since: dt.date | None = None, until: dt.date | None = None,
                by: Literal["week", "month", "quarter", "year"] = "month",
                min_events: Annotated[int, Query(ge=1, le=100_000)] = 3,
                limit: Annotated[int, Query(ge=1, le=1000)] = 50):
    _check(since, until)
    with _state(request).reading() as store:
        return changes_view(store, _state(request).kb, since, until, by, min_events, limit)


@page_router.get("/changes", response_class=HTMLResponse)
def changes_page(request: Request, since: str | None = None, until: str | None = None, by: str = "month"):
    from detente.web.pages import form_day, render_page

    since_day, until_day = form_day(since, "since"), form_day(until, "until")
    _check(since_day, until_day)
    if by not in PERIODS:
        raise WebError(422, "invalid parameters", f"by must be one of {', '.join(PERIODS)}")
    with _state(request).reading() as store:
        view = changes_view(store, _state(request).kb, since_day, until_day, by)
    return render_page(request, "changes.html", view=view, since=since_day, until=until_day, by=by, periods=PERIODS)


class CampModel(BaseModel):
    number: int
    members: list[str]
    names: list[str]


class BridgeModel(BaseModel):
    key: str
    name: str
    camps: list[int]


class MoveModel(BaseModel):
    key: str
    name: str
    from_camp: int | None
    to_camp: int


class BlocPeriodModel(BaseModel):
    period: str
    start: dt.date | None
    camps: list[CampModel]
    bridges: list[BridgeModel]
    moves: list[MoveModel]
    modularity: float


class BlocsView(BaseModel):
    since: dt.date | None
    until: dt.date | None
    by: str
    periods: list[BlocPeriodModel]


@api_router.get("/blocs", response_model=BlocsView, responses=READ_ERRORS,
                summary="Camps of the signed graph per period, who moved, and the bridges between camps")
def get_blocs(request: Request, since: dt.date | None = None, until: dt.date | None = None,
              by: Literal["week", "month", "quarter", "year", "all"] = "all",
              min_events: Annotated[int, Query(ge=1, le=100_000)] = 2):
    import dataclasses

    from detente.relations.blocs import blocs

    _check(since, until)
    with _state(request).reading() as store:
        periods = blocs(store, by=None if by == "all" else by, since=since, until=until, min_events=min_events,
                        kb=_state(request).kb)
    return {"since": since, "until": until, "by": by,
            "periods": [dataclasses.asdict(p) | {"modularity": round(p.modularity, 4)} for p in periods]}
