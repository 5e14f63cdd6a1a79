"""The output contract is written once (issue 10, item 7): the dataclasses of model.py, the store
and the relations are the source; the JSON Schema, the store's columns and the API's response
models are checked against them here, field by field. docs/output.md ("One contract") lists the
mappings below; a new output field fails these tests until it has its schema entry, its column
(or a documented mapping) and its API model field."""

from __future__ import annotations

import dataclasses
import types
import typing

import pytest
from pydantic import BaseModel

from detente import model
from detente.relations import Dyad, Evidence, Mediator, Partner, Period, Relation, Side, blocs, changes
from detente.schema import article_schema
from detente.store import IngestSummary, KnownActor, Store, StoredEvent, StoredMention
from detente.web import changes as changes_api
from detente.web import models as api

# -- the JSON Schema ----------------------------------------------------------------------------


def _dataclass_in(hint) -> type | None:
    """The dataclass a field holds (``X``, ``X | None``, ``list[X]``), if any."""
    if dataclasses.is_dataclass(hint):
        return hint  # type: ignore[return-value]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) in (typing.Union, list):
        for arg in typing.get_args(hint):
            found = _dataclass_in(arg)
            if found is not None:
                return found
    return None


def _object_schema(schema: dict) -> dict | None:
    """The object schema inside a property (``anyOf`` with null, ``array`` items)."""
    for option in [schema, *schema.get("anyOf", [])]:
        if option.get("type") == "array":
            option = option["items"]
        if option.get("type") == "object":
            return option
    return None


def _pairs(record: type, schema: dict, where: str):
    """(where, dataclass, object schema) for a record and every record nested in it."""
    yield where, record, schema
    hints = typing.get_type_hints(record)
    for f in dataclasses.fields(record):
        nested = _dataclass_in(hints[f.name])
        if nested is not None:
            sub = _object_schema(schema["properties"][f.name])
            assert sub is not None, f"{where}.{f.name}: the schema has no object for {nested.__name__}"
            yield from _pairs(nested, sub, f"{where}.{f.name}")


SCHEMA_PAIRS = list(_pairs(model.CodedArticle, article_schema(), "article"))


def test_contract_schema_covers_every_record():
    assert {record for _, record, _ in SCHEMA_PAIRS} >= {
        model.CodedArticle, model.Actor, model.Mention, model.Event, model.Participant, model.Span,
        model.SentenceRef, model.EventDate, model.Location, model.Attribution, model.Quote, model.Speaker,
        model.EventMention}


@pytest.mark.parametrize("where, record, schema", SCHEMA_PAIRS, ids=[w for w, _, _ in SCHEMA_PAIRS])
def test_contract_schema_has_every_field_of_the_dataclass(where, record, schema):
    names = [f.name for f in dataclasses.fields(record)]
    assert list(schema["properties"]) == names, f"{where} ({record.__name__})"
    assert sorted(schema["required"]) == sorted(names) and schema["additionalProperties"] is False


def test_contract_schema_enums_are_the_literal_types():
    event = _object_schema(article_schema()["properties"]["events"])
    assert event["properties"]["modality"]["enum"] == list(typing.get_args(model.Modality)) == list(model.MODALITIES)
    assert list(typing.get_args(model.Granularity)) == list(model.GRANULARITIES)


# -- the API's response models --------------------------------------------------------------------
def _model_fields(cls: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in cls.model_fields.items()]


def _fields(record: type) -> list[str]:
    return [f.name for f in dataclasses.fields(record)]


# each API model: the dataclass it shows, and the fields it adds (for links and derived figures)
API_MODELS = [
    (api.CodedArticleModel, model.CodedArticle, []),
    (api.ActorModel, model.Actor, []),
    (api.MentionModel, model.Mention, []),
    (api.CodedEventModel, model.Event, []),
    (api.EventMentionModel, model.EventMention, []),
    (api.ParticipantModel, model.Participant, []),
    (api.SpanModel, model.Span, []),
    (api.SentenceModel, model.SentenceRef, []),
    (api.EventDateModel, model.EventDate, []),
    (api.LocationModel, model.Location, []),
    (api.AttributionModel, model.Attribution, []),
    (api.QuoteModel, model.Quote, []),
    (api.SpeakerModel, model.Speaker, []),
    (api.EventModel, StoredEvent, ["type", "evidence"]),
    (api.StoredMentionModel, StoredMention, ["type", "href"]),
    (api.PartnerModel, Partner, ["mean_goldstein", "href", "last_value"]),
    (api.PeriodModel, Period, ["mean_goldstein", "cooperative", "conflictual"]),
    (api.MediatorModel, Mediator, ["href"]),
    (api.MediatorEvidence, Evidence, ["sentence_index", "href"]),
    (api.SideModel, Side, []),
    (api.IngestResult, IngestSummary, ["errors"]),
    # /api/changes and /api/blocs (web/changes.py) restate the relations records
    (changes_api.RegimeModel, changes.Regime, []),
    (changes_api.TurningPointModel, changes.TurningPoint, ["evidence_sentences", "href"]),
    (changes_api.CampModel, blocs.Camp, []),
    (changes_api.BridgeModel, blocs.Bridge, []),
    (changes_api.MoveModel, blocs.Move, []),
    (changes_api.BlocPeriodModel, blocs.BlocPeriod, []),
]


@pytest.mark.parametrize("api_model, record, extra", API_MODELS, ids=[m.__name__ for m, _, _ in API_MODELS])
def test_contract_api_model_has_every_field_of_its_dataclass(api_model, record, extra):
    shown = _model_fields(api_model)
    assert len(shown) == len(set(shown))
    assert set(shown) == set(_fields(record)) | set(extra), f"{api_model.__name__} vs {record.__name__}"


def test_contract_api_period_lengths_are_the_dyads():
    from detente.relations.dyad import PERIODS

    assert typing.get_args(api.PeriodLength) == PERIODS


def test_contract_api_views_name_dyads_and_relations_as_the_records_do():
    dyad = set(_model_fields(api.DyadView))
    assert {"a", "b", "by", "periods", "undated", "trend"} == set(_fields(Dyad)) and set(_fields(Dyad)) <= dyad
    # a network edge is a Relation: its ends by key (names are on the nodes)
    edge = dict(zip(["a_key", "b_key"], ["a", "b"]))
    for name in _fields(Relation):
        if name in ("a_name", "b_name"):
            assert "name" in _model_fields(api.NodeModel)
        else:
            assert edge.get(name, name) in _model_fields(api.EdgeModel), name


def test_contract_api_article_model_has_the_stored_article_and_its_parts():
    stored = set(_model_fields(api.StoredArticleModel))
    assert set(_fields(model.Article)) <= stored
    assert {"actors", "quotes", "events"} <= stored
    assert set(_model_fields(api.StoredMentionModel)) <= set(_model_fields(api.ArticleMentionModel))


# -- the store's columns --------------------------------------------------------------------------
# dataclass field -> its columns; "table:X" means the value lives in table X; "a|b": either (one
# column is being replaced by another in a migration)
EVENT_COLUMNS = {
    "id": ["id"], "plover": ["plover"], "cameo": ["cameo"], "mode": ["mode"], "context": ["context"],
    "source": ["source", "source_keys", "source_countries"], "target": ["target", "target_keys", "target_countries"],
    "trigger": ["trigger", "trigger_start", "trigger_end"],
    "sentence": ["sentence_index", "sentence|table:sentences"],  # schema 2: an article's sentences table
    "negated": ["negated"], "modality": ["modality"], "historical": ["historical"],
    "date": ["date_text", "date_value", "date_granularity", "event_day"],
    "location": ["location_text", "location_country"], "attribution": ["attribution"],
    "quad_class": ["quad_class"], "goldstein": ["goldstein"], "confidence": ["confidence"],
    "mentions": ["mentions", "table:sentences"],  # schema 3: [{trigger, sentence index}], texts in sentences
    "explanation": [],  # not stored: the article page re-codes the stored text (?explain=1)
}
MENTION_ONLY = {"article_id", "dedup_key"}  # the article it is in; the key that merges mentions into events
ACTOR_COLUMNS = {"id": ["actor_id"], "mentions": ["mentions"]}  # the other fields: same name
QUOTE_COLUMNS = {"text": ["text"], "start": ["start_offset"], "end": ["end_offset"],
                 "speaker": ["speaker_text", "speaker_actor"]}
ARTICLE_COLUMNS = {"schema": [], "actors": ["table:actors"], "events": ["table:mentions"],
                   "quotes": ["table:quotes"]}  # the other fields: same name; `schema` is not stored
ARTICLE_ONLY = {"content_hash", "num_events", "coded_at", "coder"}
STORED_MENTION_FROM_ARTICLE = {"url": "url", "article_title": "title", "article_source": "source"}


@pytest.fixture(scope="module")
def columns(tmp_path_factory) -> dict[str, list[str]]:
    with Store.open(tmp_path_factory.mktemp("contract") / "empty.duckdb") as store:
        rows = list(store.rows("SELECT table_name, column_name FROM information_schema.columns "
                               "ORDER BY table_name, ordinal_position"))
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def _exists(spec: str, table: str, columns: dict[str, list[str]]) -> bool:
    for option in spec.split("|"):
        if option.startswith("table:") and option[6:] in columns:
            return True
        if option in columns[table]:
            return True
    return False


def _check(record: type, table: str, mapping: dict[str, list[str]], own: set[str], columns) -> None:
    used = set(own)
    for name in _fields(record):
        specs = mapping.get(name, [name])
        for spec in specs:
            assert _exists(spec, table, columns), f"{record.__name__}.{name}: no column {spec!r} in {table}"
            used.update(spec.split("|"))
    unknown = set(columns[table]) - used
    assert not unknown, f"columns of {table} that no field of {record.__name__} accounts for: {sorted(unknown)}"


def test_contract_store_mentions_hold_every_event_field(columns):
    _check(model.Event, "mentions", EVENT_COLUMNS, MENTION_ONLY, columns)


def test_contract_store_events_columns_are_the_stored_event_fields(columns):
    assert columns["events"] == _fields(StoredEvent)


def test_contract_store_actors_quotes_and_articles(columns):
    _check(model.Actor, "actors", ACTOR_COLUMNS, {"article_id"}, columns)
    _check(model.Quote, "quotes", QUOTE_COLUMNS, {"article_id", "number"}, columns)
    _check(model.CodedArticle, "articles", ARTICLE_COLUMNS, ARTICLE_ONLY, columns)


def test_contract_stored_mention_fields_are_columns(columns):
    for name in _fields(StoredMention):
        if name in STORED_MENTION_FROM_ARTICLE:
            assert STORED_MENTION_FROM_ARTICLE[name] in columns["articles"], name
        else:
            spec = EVENT_COLUMNS["sentence"][1] if name == "sentence" else name
            assert _exists(spec, "mentions", columns), name


def test_contract_known_actor_fields_are_actor_columns(columns):
    for name in _fields(KnownActor):
        assert name == "articles" or ACTOR_COLUMNS.get(name, [name])[0] in columns["actors"], name
