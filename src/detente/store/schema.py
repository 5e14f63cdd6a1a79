"""The store's schema and its migrations (documented in docs/store.md).

Each migration is a list of SQL statements; ``meta.schema_version`` records the last one
applied. A database is only ever migrated forward, inside one transaction.
"""

from __future__ import annotations

SCHEMA_VERSION = 3
APPLICATION = "detente"

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
        """CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            title VARCHAR, date DATE, source VARCHAR, url VARCHAR, text VARCHAR,
            content_hash VARCHAR NOT NULL,
            num_events INTEGER NOT NULL,
            coded_at TIMESTAMP NOT NULL,
            coder VARCHAR NOT NULL)""",
        """CREATE TABLE actors (
            article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL,
            name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR, wikidata VARCHAR,
            mentions JSON,
            PRIMARY KEY (article_id, actor_id))""",
        # one row per event as coded in one article: the evidence
        """CREATE TABLE mentions (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            plover VARCHAR, cameo VARCHAR NOT NULL, mode VARCHAR, context JSON,
            source JSON, target JSON,
            source_keys VARCHAR[], target_keys VARCHAR[],
            source_countries VARCHAR[], target_countries VARCHAR[],
            trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            sentence_index INTEGER, sentence VARCHAR,
            negated BOOLEAN, modality VARCHAR, historical BOOLEAN,
            date_text VARCHAR, date_value VARCHAR, date_granularity VARCHAR,
            event_day DATE,
            location_text VARCHAR, location_country VARCHAR,
            attribution JSON,
            quad_class INTEGER, goldstein DOUBLE, confidence DOUBLE,
            dedup_key VARCHAR NOT NULL)""",
        """CREATE TABLE quotes (
            article_id VARCHAR NOT NULL, number INTEGER NOT NULL,
            text VARCHAR, start_offset INTEGER, end_offset INTEGER,
            speaker_text VARCHAR, speaker_actor VARCHAR,
            PRIMARY KEY (article_id, number))""",
        # real-world events: mentions merged across articles (rebuilt after every ingest)
        """CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            plover VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
            source_keys VARCHAR[], target_keys VARCHAR[],
            source_countries VARCHAR[], target_countries VARCHAR[],
            negated BOOLEAN, historical BOOLEAN, modality VARCHAR,
            first_day DATE, last_day DATE,
            num_mentions INTEGER, num_articles INTEGER,
            mention_ids VARCHAR[],
            confidence DOUBLE)""",
        """CREATE INDEX mentions_article ON mentions (article_id)""",
    ],
    # 2: a sentence is stored once per article (mentions keep its index, not a copy of its text);
    # meta.data_version counts writes (the web app caches per version). Opening a version-1
    # database for writing applies this and rebuilds the events table (stale after a kill).
    2: [
        """CREATE TABLE sentences (
            article_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, text VARCHAR,
            PRIMARY KEY (article_id, sentence_index))""",
        """INSERT INTO sentences SELECT article_id, sentence_index, ANY_VALUE(sentence ORDER BY id)
            FROM mentions WHERE sentence_index IS NOT NULL GROUP BY article_id, sentence_index""",
        # DuckDB alters no table that an index depends on
        """DROP INDEX mentions_article""",
        """ALTER TABLE mentions DROP COLUMN sentence""",
        """CREATE INDEX mentions_article ON mentions (article_id)""",
        """INSERT OR REPLACE INTO meta VALUES ('data_version', '0')""",
    ],
    # 3: a row of ``mentions`` is one act of one article (the coder's ``acts`` step merges its
    # mentions); ``mentions.mentions`` lists where the article mentions it:
    # ``[{"trigger": {"text", "start", "end"}, "sentence": index}]`` (the sentences' text is in the
    # sentences table). Rows stored before hold one mention each: their own trigger and sentence.
    3: [
        """DROP INDEX mentions_article""",
        """ALTER TABLE mentions ADD COLUMN mentions JSON""",
        """UPDATE mentions SET mentions = json_array(json_object(
            'trigger', json_object('text', trigger, 'start', trigger_start, 'end', trigger_end),
            'sentence', sentence_index))""",
        """CREATE INDEX mentions_article ON mentions (article_id)""",
    ],
}
