"""The embedded event store: schema, ingest and deduplication (the only place SQL lives)."""

from detente.store.db import KnownActor, SchemaOutdated, Store, StoredEvent, StoredMention, StoreError
from detente.store.ingest import IngestSummary, ingest

__all__ = ["IngestSummary", "KnownActor", "SchemaOutdated", "Store", "StoreError", "StoredEvent", "StoredMention",
           "ingest"]
