"""The embedded event store: schema, ingest and deduplication (the only place SQL lives)."""

from detente.store.db import SchemaOutdated, Store, StoreError, StoreLocked, event_type
from detente.store.ingest import IngestSummary, ingest
from detente.store.rows import KnownActor, StoredEvent, StoredMention

__all__ = ["IngestSummary", "KnownActor", "SchemaOutdated", "Store", "StoreError", "StoreLocked", "StoredEvent",
           "StoredMention", "event_type", "ingest"]
