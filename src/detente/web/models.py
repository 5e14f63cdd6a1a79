"""Request and response models of the HTTP API (they make its OpenAPI document)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PeriodLength = Literal["day", "week", "month", "quarter", "year"]  # relations.dyad.PERIODS (tests/test_contract.py)


class ErrorBody(BaseModel):
    """Every error: a short ``error`` and a ``detail`` (a message, or a list of what is wrong)."""

    error: str
    detail: Any = None
    suggestions: list[str] | None = Field(None, description="close names of stored actors (unknown actor)")


# -- coding ------------------------------------------------------------------------------------
class ArticleIn(BaseModel):
    """An article as a JSON-lines record holds it (the fields `detente code` reads)."""

    text: str = Field(..., description="the article body")
    id: str | int | None = Field(None, description="the article's key (a string or a whole number); without one, "
                                                   "a hash of title and text")
    title: str | None = None
    date: str | None = Field(None, description="publication date, e.g. 2021-05-06; relative dates resolve to it")
    source: str | None = Field(None, description="the outlet")
    url: str | None = None


class CodeRequest(ArticleIn):
    """The article to code: the same fields as an ingested one, so its id, source and url come back."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"text": "Kenya and Uganda signed a trade agreement on Monday.", "date": "2021-05-06"}]})


class IngestRequest(BaseModel):
    articles: list[ArticleIn] = Field(..., min_length=1, max_length=1000)


class IngestResult(BaseModel):
    read: int
    stored: int
    already: int = Field(..., description="articles already in the store (skipped)")
    failed: int
    events: int = Field(..., description="events in the store after the ingest")
    mentions: int = Field(..., description="event mentions in the store after the ingest")
    seconds: float
    errors: list[str] = Field(default_factory=list)


class JobView(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    articles: int = Field(..., description="articles posted")
    done: int = Field(..., description="articles handled so far")
    href: str = Field(..., description="where to follow the job")
    error: str | None = Field(None, description="why the job failed (articles stored before stay stored)")
    result: IngestResult | None = Field(None, description="the ingest summary, once done or failed")


class MentionModel(BaseModel):
    text: str
    start: int
    end: int
    sentence: int
    via: str


class ActorModel(BaseModel):
    id: str
    name: str | None
    code: str | None
    country: str | None
    sector: str | None
    kind: str | None
    wikidata: str | None = None
    mentions: list[MentionModel] = []


class ParticipantModel(BaseModel):
    text: str
    actor: str | None
    code: str | None
    country: str | None
    sector: str | None
    start: int = 0
    end: int = 0


class SpanModel(BaseModel):
    text: str
    start: int
    end: int


class SentenceModel(BaseModel):
    index: int
    text: str


class EventDateModel(BaseModel):
    text: str
    value: str | None
    granularity: str | None


class LocationModel(BaseModel):
    text: str
    country: str | None


class AttributionModel(BaseModel):
    text: str
    actor: str | None
    anonymous: bool


class SpeakerModel(BaseModel):
    text: str
    actor: str | None


class QuoteModel(BaseModel):
    text: str
    start: int | None
    end: int | None
    speaker: SpeakerModel | None


class EventMentionModel(BaseModel):
    trigger: SpanModel
    sentence: SentenceModel


class CodedEventModel(BaseModel):
    id: str
    plover: str | None
    cameo: str
    mode: str | None
    context: list[str]
    source: list[ParticipantModel]
    target: list[ParticipantModel]
    trigger: SpanModel
    sentence: SentenceModel
    negated: bool
    modality: str
    historical: bool
    date: EventDateModel | None
    location: LocationModel | None
    attribution: AttributionModel | None
    quad_class: int
    goldstein: float
    confidence: float
    mentions: list[EventMentionModel] = []  # every mention of the act in the article
    explanation: dict[str, Any] | None = None  # null unless the coder explains


class CodedArticleModel(BaseModel):
    """The coder's output for one article (``detente/1``, see docs/output.md)."""

    id: str
    title: str | None
    date: str | None
    text: str
    source: str | None
    url: str | None
    schema_: str = Field(..., alias="schema")
    actors: list[ActorModel]
    events: list[CodedEventModel]
    quotes: list[QuoteModel]

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


# -- stored events -------------------------------------------------------------------------------
class EvidenceModel(BaseModel):
    """Where an event is reported: its first mention (``href`` is its sentence in the article page)."""

    mention_id: str
    article_id: str
    sentence_index: int | None
    sentence: str | None
    trigger: str | None
    title: str | None
    url: str | None
    href: str
    date_value: str | None = Field(None, description="the mention's date as precise as the text gives it: "
                                                     "2012, 2012-03, 2012-03-14")
    attribution: AttributionModel | None = Field(None, description="who the article says tells of the event")


class EventModel(BaseModel):
    id: str
    type: str = Field(..., description="the PLOVER type, or CAMEOnn for statements")
    plover: str | None
    cameo: str
    quad_class: int | None
    goldstein: float | None
    source_keys: list[str]
    target_keys: list[str]
    source_countries: list[str]
    target_countries: list[str]
    negated: bool
    historical: bool
    modality: str | None
    first_day: dt.date | None
    last_day: dt.date | None
    num_mentions: int
    num_articles: int
    mention_ids: list[str]
    confidence: float | None
    evidence: EvidenceModel | None


class EventList(BaseModel):
    items: list[EventModel]
    limit: int
    offset: int
    next_offset: int | None = Field(..., description="the offset of the next page, null on the last page")
    total: int | None = Field(None, description="not computed (null)")


class StoredMentionModel(BaseModel):
    id: str
    article_id: str
    type: str
    plover: str | None
    cameo: str
    source: list[ParticipantModel]
    target: list[ParticipantModel]
    trigger: str | None
    sentence_index: int
    sentence: str | None
    negated: bool
    modality: str | None
    historical: bool
    date_value: str | None
    event_day: dt.date | None
    location_text: str | None
    location_country: str | None
    attribution: AttributionModel | None
    goldstein: float | None
    confidence: float | None
    url: str | None
    article_title: str | None
    article_source: str | None
    href: str


class EventDetail(BaseModel):
    event: EventModel
    mentions: list[StoredMentionModel] = Field(..., description="a page of the event's mentions")
    limit: int
    offset: int
    next_offset: int | None = Field(..., description="the offset of the next page; null on the last one")


class ArticleMentionModel(StoredMentionModel):
    trigger_start: int | None
    trigger_end: int | None
    quad_class: int | None
    date_text: str | None
    date_granularity: str | None


class StoredArticleModel(BaseModel):
    id: str
    title: str | None
    date: dt.date | None
    source: str | None
    url: str | None
    text: str | None
    num_events: int
    coded_at: dt.datetime
    coder: str
    actors: list[ActorModel]
    quotes: list[QuoteModel]
    events: list[ArticleMentionModel] = Field(..., description="a page of the article's event mentions, in text order")
    events_total: int = Field(..., description="the article's event mentions, all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(..., description="the offset of the next page; null on the last one")


# -- relations ------------------------------------------------------------------------------------
class SideModel(BaseModel):
    label: str
    keys: list[str]
    countries: list[str]


class PartnerModel(BaseModel):
    key: str
    name: str
    events: int
    cooperative: int
    conflictual: int
    goldstein: float
    mean_goldstein: float
    last_day: dt.date | None
    last_event: str | None = Field(None, description="the id of the latest event")
    last_value: str | None = Field(None, description="the latest event's date as its evidence gives it (2019, "
                                                     "2019-05 or a day): `last_day` is the day it is stored as")
    href: str


class PeriodModel(BaseModel):
    label: str
    start: dt.date | None
    events: int
    by_plover: dict[str, int]
    by_quad: dict[int, int]
    goldstein: float
    mean_goldstein: float
    cooperative: int = Field(..., description="events of quad classes 1-2")
    conflictual: int = Field(..., description="events of quad classes 3-4")
    state: str
    event_ids: list[str]
    reduce_relations: int = Field(0, description="events of CAMEO 16 (reduce or break relations, sanctions, "
                                                 "expulsions): a relation opening with one opens with a break")


class ActorView(BaseModel):
    side: SideModel
    events: int = Field(..., description="the events counted (of the period; history left out unless history=true)")
    left_out: int = Field(0, description="events of the period left out: told as background, or dated after "
                                         "the newest event told as fact (history=true keeps them)")
    by: PeriodLength = Field("month", description="the period of the timeline: the one asked for, or a longer one "
                                                  "when the series would have more than 120 periods")
    since: dt.date | None = None
    until: dt.date | None = None
    history: bool = True
    partners: list[PartnerModel]
    event_mix: dict[str, int] = Field(..., description="events by PLOVER type")
    timeline: list[PeriodModel]
    undated: PeriodModel | None


class DyadView(BaseModel):
    a: SideModel
    b: SideModel
    by: PeriodLength = Field(..., description="the period asked for, or a longer one when the series would "
                                              "have more than 120 periods")
    trend: str = Field(..., description="read month by month over all the events of the period, history included "
                                        "(as `detente changes`)")
    total: int
    left_out: int = Field(0, description="events left out of the periods: told as background, or dated after the "
                                         "newest event told as fact (history=true keeps them)")
    later: list[str] = Field([], description="ids of the events dated after the newest event told as fact")
    periods: list[PeriodModel]
    undated: PeriodModel | None
    events: dict[str, EventModel] = Field(..., description="the events of the periods, by id (the latest 1,000)")


class MediatorEvidence(BaseModel):
    event_id: str
    plover: str | None
    cameo: str
    day: dt.date | None
    sentence: str
    article_id: str
    url: str | None
    date_value: str | None = Field(None, description="the date as the mention gives it (2012, 2012-03 or a day)")
    sentence_index: int | None
    href: str | None


class MediatorModel(BaseModel):
    key: str
    name: str
    score: float
    mediation_events: int
    with_a: int
    with_b: int
    evidence: list[MediatorEvidence]
    bridge: bool = False  # bridges the camps of the two sides
    href: str


class MediatorsView(BaseModel):
    a: SideModel
    b: SideModel
    mediators: list[MediatorModel]


class NodeModel(BaseModel):
    key: str
    name: str
    events: int
    href: str


class EdgeModel(BaseModel):
    a: str
    b: str
    events: int
    state: str
    trend: str
    goldstein: float
    mean_goldstein: float
    href: str


class NetworkView(BaseModel):
    since: dt.date | None
    until: dt.date | None
    nodes: list[NodeModel]
    edges: list[EdgeModel]
