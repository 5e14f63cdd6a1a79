"""The event store: idempotent and crash-safe ingest, deduplication, and clear errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from detente.io import read_inputs
from detente.store import Store, StoreError, ingest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "synthetic.jsonl"


def _ingest(db: Path, coder, *paths) -> dict:
    with Store.open(db) as store:
        ingest(read_inputs([str(p) for p in paths]), store, coder)
        return store.counts()


def test_store_ingest_twice_stores_nothing_new(coder, tmp_path):
    db = tmp_path / "d.duckdb"
    first = _ingest(db, coder, SAMPLES)
    assert first["articles"] == 12 and first["mentions"] > 50 and first["events"] > 0
    assert _ingest(db, coder, SAMPLES) == first


def test_store_an_id_given_twice_in_one_input_is_reported_not_silently_lost(coder, tmp_path):
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text("".join(json.dumps({"id": "same", "date": "2022-04-05", "text": t}) + "\n" for t in (
        "Chad accused Niger of harbouring rebels on its border.",
        "Mali expelled the French ambassador on Sunday.")), encoding="utf-8")
    errors: list[tuple[str, str]] = []
    with Store.open(tmp_path / "d.duckdb") as store:
        # the same file twice: its articles are the same ones (already), its clashing id one error each time
        summary = ingest(read_inputs([str(corpus), str(corpus)]), store, coder,
                         on_error=lambda where, message: errors.append((where, message)))
        stored = dict(store.rows("SELECT id, text FROM articles"))
    assert (summary.read, summary.stored, summary.already, summary.failed) == (4, 1, 1, 2)
    assert stored == {"same": "Chad accused Niger of harbouring rebels on its border."}  # the first keeps the id
    assert errors == [(f"{corpus} line 2", f"id 'same' is already the id of another article in this input "
                                           f"({corpus} line 1): skipped; give every article its own id")] * 2


def test_store_an_id_the_store_holds_for_another_article_is_reported_on_a_second_day(coder, tmp_path):
    # a feed that numbers its articles anew each day: day two's articles were counted "already in the
    # store" and lost, with exit status 0
    days = [tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"]
    for day, texts in zip(days, (("Chad accused Niger of harbouring rebels on its border.",
                                  "Peru recalled its ambassador to Chile."),
                                 ("Chad accused Niger of harbouring rebels on its border.",
                                  "Mali expelled the French ambassador."))):
        day.write_text("".join(json.dumps({"id": str(n), "date": "2022-04-05", "text": t}) + "\n"
                               for n, t in enumerate(texts)), encoding="utf-8")
    errors: list[tuple[str, str]] = []
    with Store.open(tmp_path / "d.duckdb") as store:
        ingest(read_inputs([str(days[0])]), store, coder)
        summary = ingest(read_inputs([str(days[1])]), store, coder,
                         on_error=lambda where, message: errors.append((where, message)))
    assert (summary.read, summary.stored, summary.already, summary.failed) == (2, 0, 1, 1)
    assert errors == [(f"{days[1]} line 2", "id '1' is already the id of another article in the store (its title "
                                            "or text differ: another article, or this one as an older detente "
                                            "read it): skipped; give every article its own id")]


def test_store_ingest_keeps_only_the_runs_latest_ids_in_memory(coder, tmp_path, monkeypatch):
    # every id of a run was kept (with its hash and place) to find ids given twice: a corpus of millions
    # grew without bound. The latest RUN_IDS are kept; a clash with an older one is found in the store
    import importlib

    ingest_mod = importlib.import_module("detente.store.ingest")  # the module, not the function of that name
    monkeypatch.setattr(ingest_mod, "RUN_IDS", 3)
    corpus = tmp_path / "feed.jsonl"
    texts = ["Chad met Niger.", "Peru met Chile.", "Laos met Vietnam.", "Mali met Senegal.", "Ghana met Togo."]
    lines = [{"id": f"a{n}", "text": t} for n, t in enumerate(texts)] + [
        {"id": "a0", "text": "Chad met Niger."},  # the same article again, long after: already
        {"id": "a1", "text": "Kenya met Uganda."},  # another article under an old id: an error
        {"id": "a4", "text": "Egypt met Sudan."}]  # under a recent id: an error naming where it was first used
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    errors: list[str] = []
    with Store.open(tmp_path / "d.duckdb") as store:
        summary = ingest(read_inputs([str(corpus)]), store, coder, batch_size=2,
                         on_error=lambda where, message: errors.append(f"{where}: {message}"))
    assert (summary.stored, summary.already, summary.failed) == (5, 1, 2)
    assert len(errors) == 2, errors  # (a clash with the run's ids is said as it is read, one with the store's
    assert any("line 7: id 'a1' is already the id of another article in the store" in e for e in errors)  # later)
    assert any(f"line 8: id 'a4' is already the id of another article in this input ({corpus} line 5)" in e
               for e in errors)
    seen_sizes = []
    original = ingest_mod.OrderedDict
    monkeypatch.setattr(ingest_mod, "OrderedDict", lambda: seen_sizes.append(original()) or seen_sizes[-1])
    with Store.open(tmp_path / "d2.duckdb") as store:
        ingest(read_inputs([str(corpus)]), store, coder, batch_size=2)
    assert len(seen_sizes) == 1 and len(seen_sizes[0]) == 3


def test_store_keeps_evidence_and_offsets(coder, tmp_path):
    db = tmp_path / "d.duckdb"
    _ingest(db, coder, SAMPLES)
    with Store.open(db, read_only=True) as store:
        event = store.events(plover="CONSULT", limit=1)[0]
        [mention] = store.mentions(event.mention_ids[:1])
        text = dict(store.rows("SELECT id, text FROM articles WHERE id = ?", [mention.article_id]))[mention.article_id]
        assert mention.sentence in text
        assert mention.trigger and mention.source


def test_store_three_reports_of_one_meeting_are_one_event(coder, tmp_path):
    corpus = tmp_path / "meeting.jsonl"
    reports = [
        ("w1", "2023-03-07",
         "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday."),
        ("w2", "2023-03-07", "Yoweri Museveni held talks with William Ruto in Nairobi on Monday, officials said."),
        ("w3", "2023-03-08", "The presidents of Kenya and Uganda met in Nairobi two days ago to discuss trade."),
    ]
    corpus.write_text("\n".join(json.dumps({"id": i, "date": d, "text": t}) for i, d, t in reports) + "\n")
    db = tmp_path / "d.duckdb"
    counts = _ingest(db, coder, corpus)
    with Store.open(db, read_only=True) as store:
        meetings = [e for e in store.events(plover="CONSULT")]
        assert counts["articles"] == 3
        assert len(meetings) == 1, [(e.source_keys, e.target_keys, e.first_day) for e in meetings]
        assert meetings[0].num_mentions == 3 and meetings[0].num_articles == 3


def test_store_killed_ingest_resumes_to_a_clean_result(coder, tmp_path):
    from benchmarks.corpus import generate

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in generate(160, sentences=8)) + "\n")
    clean = tmp_path / "clean.duckdb"
    clean_counts = _ingest(clean, coder, corpus)
    killed = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "detente.cli", "ingest", str(corpus), "--db", str(killed), "--no-model"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not killed.exists():
        time.sleep(0.1)
    time.sleep(3.0)  # into the coding and writing
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    with Store.open(killed, read_only=True) as store, Store.open(clean, read_only=True) as reference:
        assert store.counts() == clean_counts
        assert {e.id for e in store.events(include_negated=True)} == \
            {e.id for e in reference.events(include_negated=True)}


def test_store_corrupt_file_is_left_untouched(tmp_path):
    path = tmp_path / "bad.duckdb"
    path.write_bytes(b"not a database at all " * 50)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="left untouched"):
        Store.open(path)
    assert path.read_bytes() == before


def test_store_foreign_duckdb_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (n INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a detente store"):
        Store.open(path)
    con = duckdb.connect(str(path), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["sales"]
    con.close()


def test_store_second_writer_gets_a_clear_lock_message(tmp_path):
    path = tmp_path / "d.duckdb"
    with Store.open(path):
        probe = ("from detente.store import Store, StoreError\n"
                 f"try:\n    Store.open({str(path)!r})\nexcept StoreError as exc:\n    print(exc)\n")
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert "locked" in result.stdout, result.stdout + result.stderr


def test_store_unwritable_path_fails_cleanly(tmp_path):
    with pytest.raises(StoreError, match="cannot"):
        Store.open("/proc/detente-test.duckdb")
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing" / "d.duckdb")
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "absent.duckdb", read_only=True)


def test_store_to_arrow_gives_tables(coder, tmp_path):
    db = tmp_path / "d.duckdb"
    counts = _ingest(db, coder, SAMPLES)
    with Store.open(db, read_only=True) as store:
        assert store.to_arrow("events").num_rows == counts["events"]
        with pytest.raises(ValueError):
            store.to_arrow("sqlite_master")


def test_store_counts_acts_and_keeps_their_mentions(coder, tmp_path):
    """Issue 11, item 4: a row of ``mentions`` is one act of one article, with where the article
    mentions it; two articles restating one strike are one event of two rows (synthetic wire copy)."""
    lead = ("Russia struck a residential district of Kharkiv with drones on Tuesday, killing four people, "
            "Ukrainian officials said.")
    reports = [
        ("k1", "2025-03-12", lead + " The attack was the deadliest on the city this month, the governor said."),
        ("k2", "2025-03-12", lead + " The attack was the third on the city this week, the mayor said."),
    ]
    corpus = tmp_path / "kharkiv.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "date": d, "text": t}) for i, d, t in reports) + "\n")
    db = tmp_path / "d.duckdb"
    _ingest(db, coder, corpus)
    with Store.open(db, read_only=True) as store:
        [strike] = store.events(plover="ASSAULT")
        assert strike.num_mentions == 2 and strike.num_articles == 2
        rows = dict(store.rows("SELECT article_id, mentions FROM mentions WHERE id IN "
                               "(SELECT UNNEST(mention_ids) FROM events WHERE plover = 'ASSAULT')"))
        sentences = set(store.rows("SELECT article_id, sentence_index FROM sentences"))
    for article_id, mentions in rows.items():
        mentions = json.loads(mentions)
        assert [m["trigger"]["text"] for m in mentions] == ["struck", "killing", "attack"]
        assert {(article_id, m["sentence"]) for m in mentions} <= sentences


def test_store_and_relations_refuse_a_negative_limit_as_the_callers_mistake(tmp_path):
    from detente import relations
    from detente.actors.kb import load_default

    kb = load_default()
    with Store.open(tmp_path / "d.duckdb") as store:
        # the store said "the file may be damaged" (DuckDB's LIMIT error); partners dropped its last partner
        for call in (lambda: store.events(limit=-1), lambda: store.events(limit=5, offset=-2),
                     lambda: relations.partners(store, relations.resolve_side("Chad", kb, store), limit=-1, kb=kb),
                     lambda: relations.strongest_relations(store, limit=-3, kb=kb),
                     lambda: relations.mediators(store, relations.resolve_side("Chad", kb, store),
                                                 relations.resolve_side("Niger", kb, store), limit=-1, kb=kb)):
            with pytest.raises(ValueError, match=r"(limit|offset) must be 0 or more, not -\d"):
                call()
        assert store.events(limit=0) == []


def test_store_an_articles_coding_time_says_it_is_utc(coder, tmp_path):
    # found by the schemathesis test on a fresh clone: coded_at came back naive, "2026-12-02T23:30:26", which is no
    # RFC 3339 date-time (the API's schema says one)
    import datetime as dt

    corpus = tmp_path / "one.jsonl"
    record = {"id": "one", "text": "Mali expelled the French ambassador."}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "d.duckdb") as store:
        ingest(read_inputs([str(corpus)]), store, coder)
        coded_at = store.article("one")["coded_at"]
    assert coded_at.utcoffset() == dt.timedelta(0)
