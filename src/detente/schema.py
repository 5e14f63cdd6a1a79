"""The JSON Schema of detente's output (one object per article, ``schema: "detente/1"``)."""

from __future__ import annotations

from typing import Any

from detente.events.cameo import PLOVER_TYPES
from detente.model import GRANULARITIES, MODALITIES, SCHEMA_VERSION


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or list(properties),
            "additionalProperties": False}


STRING, INT, BOOL = {"type": "string"}, {"type": "integer", "minimum": 0}, {"type": "boolean"}
NUMBER = {"type": "number"}
OFFSETS = {"start": INT, "end": INT}

MENTION = _object({"text": STRING, **OFFSETS, "sentence": INT, "via": STRING})
ACTOR = _object({
    "id": STRING, "name": STRING, "code": _nullable(STRING), "country": _nullable(STRING),
    "sector": _nullable(STRING), "kind": STRING, "wikidata": _nullable({"type": "string", "pattern": "^Q[0-9]+$"}),
    "mentions": {"type": "array", "items": MENTION},
})
PARTICIPANT = _object({"text": STRING, "actor": _nullable(STRING), "code": _nullable(STRING),
                       "country": _nullable(STRING), "sector": _nullable(STRING), **OFFSETS})
EVENT_FIELDS: dict[str, Any] = {
    "id": STRING,
    "plover": _nullable({"enum": list(PLOVER_TYPES)}),
    "cameo": {"type": "string", "pattern": "^[0-2][0-9]{1,3}$"},
    "mode": _nullable(STRING),
    "context": {"type": "array", "items": STRING},
    "source": {"type": "array", "items": PARTICIPANT},
    "target": {"type": "array", "items": PARTICIPANT},
    "trigger": _object({"text": STRING, **OFFSETS}),
    "sentence": _object({"index": INT, "text": STRING}),
    "negated": BOOL,
    "modality": {"enum": list(MODALITIES)},
    "historical": BOOL,
    "date": _nullable(_object({"text": STRING, "value": _nullable(STRING),
                               "granularity": _nullable({"enum": list(GRANULARITIES)})})),
    "location": _nullable(_object({"text": STRING, "country": _nullable(STRING)})),
    "attribution": _nullable(_object({"text": STRING, "actor": _nullable(STRING), "anonymous": BOOL})),
    "quad_class": {"type": "integer", "minimum": 1, "maximum": 4},
    "goldstein": {"type": "number", "minimum": -10, "maximum": 10},
    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    # every mention of the act in the article, in text order (added in detente/1: an additive field)
    "mentions": {"type": "array", "items": _object({"trigger": _object({"text": STRING, **OFFSETS}),
                                                     "sentence": _object({"index": INT, "text": STRING})})},
    "explanation": _nullable(_object({
        "lexicon": {"type": "array", "items": STRING}, "frame": _nullable(STRING),
        "status": {"type": "object", "additionalProperties": STRING}, "sides": {"type": "array", "items": STRING},
        "mentions": {"type": "array", "items": STRING},
    })),
}
# ``explanation`` is always there: null unless the coder explains (``detente code --explain``)
EVENT = _object(EVENT_FIELDS)
QUOTE = _object({"text": STRING, **OFFSETS,
                 "speaker": _nullable(_object({"text": STRING, "actor": _nullable(STRING)}))})


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one coded article."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://detente.invalid/schema/detente-1.json",
        "title": "detente coded article",
        **_object({
            "id": STRING, "title": _nullable(STRING), "date": _nullable({"type": "string", "format": "date"}),
            "text": STRING, "source": _nullable(STRING), "url": _nullable(STRING),
            "schema": {"const": SCHEMA_VERSION},
            "actors": {"type": "array", "items": ACTOR},
            "events": {"type": "array", "items": EVENT},
            "quotes": {"type": "array", "items": QUOTE},
        }),
    }
