"""The store's rows: the records read back (real-world events, their mentions, known actors) and what a
coded event is stored as, with the keys that merge mentions of one act across articles (docs/store.md).
No SQL here (that is :mod:`detente.store.db`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, fields

from detente.model import Event, EventMention

SYMMETRIC = {"CONSULT"}  # meetings and talks: who met whom has no direction


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A real-world event: mentions of one act merged across articles."""

    id: str
    plover: str | None
    cameo: str
    quad_class: int
    goldstein: float
    source_keys: list[str]
    target_keys: list[str]
    source_countries: list[str]
    target_countries: list[str]
    negated: bool
    historical: bool
    modality: str
    first_day: dt.date | None
    last_day: dt.date | None
    num_mentions: int
    num_articles: int
    mention_ids: list[str]
    confidence: float


@dataclass(frozen=True, slots=True)
class StoredMention:
    """One event as one article reports it, with its evidence."""

    id: str
    article_id: str
    plover: str | None
    cameo: str
    source: list[dict]
    target: list[dict]
    trigger: str
    sentence_index: int
    sentence: str
    negated: bool
    modality: str
    historical: bool
    date_value: str | None
    event_day: dt.date | None
    location_text: str | None
    location_country: str | None
    attribution: dict | None
    goldstein: float
    confidence: float
    url: str | None
    article_title: str | None
    article_source: str | None


@dataclass(frozen=True, slots=True)
class KnownActor:
    """An actor as the store knows it (from the articles that mention it)."""

    id: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str | None
    articles: int


def first_mention(mentions: Iterable[StoredMention]) -> StoredMention | None:
    """The mention an event is shown by (its evidence in lists, pages and exports): the earliest
    dated one, ties and undated mentions by id."""
    return min(mentions, key=lambda m: (m.event_day is None, m.event_day or dt.date.min, m.id), default=None)


def participant_key(participant) -> str:
    """What identifies one side of an event across articles: its actor, else its words."""
    return participant.actor or f"~{participant.text.lower()}"


def event_day(event: Event, published: dt.date | None) -> dt.date | None:
    """The day an event is counted on: the first day of its own date, else the article's date."""
    from detente.events.date_values import value_to_day

    return value_to_day(event.date.value if event.date else None) or published


def _dedup_side(participants) -> list[str]:
    """One side of an event as articles may name it differently: "William Ruto", "Kenya's
    president" and "Nairobi" all act as KENGOV; words the knowledge base does not know count only
    when nothing known is there."""
    keys = {p.code or p.actor or f"~{p.text.lower()}" for p in participants}
    known = {k for k in keys if not k.startswith("~")}
    return sorted(known or keys)


def dedup_key(event: Event) -> str:
    """Mentions with the same key and nearby days are one real-world event (docs/store.md)."""
    sources, targets = _dedup_side(event.source), _dedup_side(event.target)
    kind = event.plover or f"CAMEO{event.cameo[:2]}"
    if kind in SYMMETRIC:
        sources, targets = _dedup_side([*event.source, *event.target]), []
    return "|".join([kind, ",".join(sources), ",".join(targets), str(event.negated), str(event.historical)])


def record_dict(record) -> dict:
    """A frozen record's fields as a dict (one level: its fields' values as they are)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def mention_row(article_id: str, event: Event, published: dt.date | None) -> dict:
    """The row of the ``mentions`` table that stores one coded event of an article."""
    return {
        "id": event.id, "article_id": article_id, "plover": event.plover, "cameo": event.cameo,
        "mode": event.mode, "context": json.dumps(event.context),
        "source": json.dumps([record_dict(p) for p in event.source]),
        "target": json.dumps([record_dict(p) for p in event.target]),
        "source_keys": [participant_key(p) for p in event.source],
        "target_keys": [participant_key(p) for p in event.target],
        "source_countries": [p.country for p in event.source if p.country],
        "target_countries": [p.country for p in event.target if p.country],
        "trigger": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "sentence_index": event.sentence.index,
        "mentions": json.dumps([{"trigger": record_dict(m.trigger), "sentence": m.sentence.index}
                                for m in event.mentions or [EventMention(event.trigger, event.sentence)]]),
        "negated": event.negated, "modality": event.modality, "historical": event.historical,
        "date_text": event.date.text if event.date else None,
        "date_value": event.date.value if event.date else None,
        "date_granularity": event.date.granularity if event.date else None,
        "event_day": event_day(event, published),
        "location_text": event.location.text if event.location else None,
        "location_country": event.location.country if event.location else None,
        "attribution": json.dumps(record_dict(event.attribution)) if event.attribution else None,
        "quad_class": event.quad_class, "goldstein": event.goldstein, "confidence": event.confidence,
        "dedup_key": dedup_key(event),
    }
