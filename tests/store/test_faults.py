"""Faults (issue 9): damaged, foreign and newer files, a full disk, a read-only file system, a kill at
any point: one clear StoreError, no connection left open, derived tables consistent. Articles are
coded directly (benchmarks/coded.py), without spaCy."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from benchmarks.coded import coded_articles

from detente.store import SchemaOutdated, Store, StoreError
from detente.store.schema import MIGRATIONS, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def _filled(path: Path, count: int = 20, events: int = 5) -> dict:
    with Store.open(path) as store:
        store.add(list(coded_articles(count, events=events)), "test")
        return store.counts()


def _consistent(store: Store) -> bool:
    """Every mention in exactly one event, and the events as a full rebuild makes them."""
    [(mentions, merged, orphans)] = store.rows(
        "SELECT (SELECT COUNT(*) FROM mentions), (SELECT COALESCE(SUM(num_mentions), 0) FROM events), "
        "(SELECT COUNT(*) FROM mentions WHERE id NOT IN (SELECT UNNEST(mention_ids) FROM events))")
    return mentions == merged and orphans == 0


def test_store_failed_open_leaves_no_connection(tmp_path, monkeypatch):
    """Issue 9: after one failed write the web app answered 503 "different configuration" until
    restarted: a read-write connection leaked in Store.open."""
    path = tmp_path / "d.duckdb"
    _filled(path)

    def broken(self, existed):
        raise duckdb.IOException('Could not write file "x": No space left on device')

    with monkeypatch.context() as patch:
        patch.setattr(Store, "_check_or_create", broken)
        with pytest.raises(StoreError, match="disk is full"):
            Store.open(path)
    with Store.open(path, read_only=True) as store:  # failed with "different configuration" before
        assert store.counts()["articles"] == 20


def test_store_failed_create_leaves_no_file(tmp_path, monkeypatch):
    path = tmp_path / "new.duckdb"
    monkeypatch.setattr(Store, "_migrate", lambda self, current: (_ for _ in ()).throw(
        duckdb.IOException("No space left on device")))
    with pytest.raises(StoreError, match="disk is full"):
        Store.open(path)
    assert not path.exists()


def test_store_read_errors_are_store_errors(tmp_path):
    """A damaged file that opens but fails on a read gives a StoreError naming it, not a DuckDB error."""
    path = tmp_path / "d.duckdb"
    _filled(path)
    with Store.open(path, read_only=True) as store:
        store.con.close()  # any DuckDB error raised while reading
        with pytest.raises(StoreError, match=str(path)):
            store.events(limit=5)


@pytest.mark.parametrize("fraction", [0.5, 0.05])
def test_store_truncated_file_is_a_clear_error(tmp_path, fraction):
    path = tmp_path / "d.duckdb"
    _filled(path, count=200)
    os.truncate(path, int(path.stat().st_size * fraction))
    with pytest.raises(StoreError, match="damaged") as raised, Store.open(path, read_only=True) as store:
        store.counts()
        store.events()
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)


def test_store_newer_schema_is_refused(tmp_path):
    path = tmp_path / "d.duckdb"
    _filled(path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match="newer detente"):
        Store.open(path)


def _version_1_store(path: Path) -> None:
    """A schema-1 store as detente 0.x wrote it, killed between adding mentions and rebuilding events:
    two mentions share a sentence (each with its copy of it), the events table is empty."""
    con = duckdb.connect(str(path))
    for statement in MIGRATIONS[1]:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('application', 'detente'), ('schema_version', '1')")
    con.execute("INSERT INTO articles (id, title, date, text, content_hash, num_events, coded_at, coder) VALUES "
                "('a1', 'T', DATE '2021-01-10', 'Kenya met Uganda and praised Uganda. Chad met Sudan.', 'h', 3, "
                "TIMESTAMP '2021-01-10 00:00:00', 'detente 0.9')")
    rows = [("m1", "CONSULT", "KEN", "UGA", 0, "Kenya met Uganda and praised Uganda."),
            ("m2", "SUPPORT", "KEN", "UGA", 0, "Kenya met Uganda and praised Uganda."),
            ("m3", "CONSULT", "TCD", "SDN", 1, "Chad met Sudan.")]
    for mid, plover, a, b, index, sentence in rows:
        con.execute("INSERT INTO mentions (id, article_id, plover, cameo, source_keys, target_keys, "
                    "source_countries, target_countries, trigger, sentence_index, sentence, negated, modality, "
                    "historical, event_day, quad_class, goldstein, confidence, dedup_key) VALUES "
                    "(?, 'a1', ?, '040', [?], [?], [?], [?], 'met', ?, ?, false, 'asserted', false, "
                    "DATE '2021-01-10', 1, 1.0, 0.9, ?)",
                    [mid, plover, a, b, a, b, index, sentence, f"{plover}|{a}|{b}|False|False"])
    con.close()


def test_store_migrates_a_version_1_database(tmp_path):
    path = tmp_path / "old.duckdb"
    _version_1_store(path)
    with pytest.raises(SchemaOutdated, match="open it once for writing"):
        Store.open(path, read_only=True)
    with Store.open(path) as store:  # the upgrade
        assert store.counts() == {"articles": 1, "actors": 0, "mentions": 3, "quotes": 0, "events": 3,
                                  "sentences": 2}
        assert _consistent(store)
    with Store.open(path, read_only=True) as store:
        [(version,)] = store.rows("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version == "3" and store.version() == 0
        columns = {r[0] for r in store.rows("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_name = 'mentions'")}
        assert "sentence" not in columns and "sentence_index" in columns and "mentions" in columns
        by_id = {m.id: m for m in store.mentions(["m1", "m2", "m3"])}
        assert by_id["m1"].sentence == by_id["m2"].sentence == "Kenya met Uganda and praised Uganda."
        assert by_id["m3"].sentence == "Chad met Sudan." and by_id["m3"].sentence_index == 1


def test_store_migrates_a_version_2_database_to_acts_with_their_mentions(tmp_path):
    """Schema 3 (issue 11, one event per act): ``mentions.mentions`` is added; a row stored before
    is one mention, its own trigger and sentence."""
    path = tmp_path / "v2.duckdb"
    _version_1_store(path)
    con = duckdb.connect(str(path))
    for statement in MIGRATIONS[2]:
        con.execute(statement)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.execute("UPDATE mentions SET trigger_start = 6, trigger_end = 9 WHERE id = 'm1'")
    con.close()
    with Store.open(path) as store:
        assert store.counts()["mentions"] == 3 and _consistent(store)
        stored = {row[0]: json.loads(row[1]) for row in store.rows("SELECT id, mentions FROM mentions")}
    assert stored["m1"] == [{"trigger": {"text": "met", "start": 6, "end": 9}, "sentence": 0}]
    assert stored["m3"] == [{"trigger": {"text": "met", "start": None, "end": None}, "sentence": 1}]
    with Store.open(path, read_only=True) as store:
        [(version,)] = store.rows("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version == "3"


def test_store_mentions_share_one_copy_of_their_sentence(tmp_path):
    path = tmp_path / "d.duckdb"
    [article] = coded_articles(1, events=3)
    for event in article.events[1:]:  # three events of one sentence
        object.__setattr__(event, "sentence", article.events[0].sentence)
    with Store.open(path) as store:
        store.add([article], "test")
        assert store.counts()["sentences"] == 1
        assert {m.sentence for m in store.mentions([e.id for e in article.events])} == {
            article.events[0].sentence.text}
        exported = store.to_arrow("mentions").column("sentence").to_pylist()
        assert exported == [article.events[0].sentence.text] * 3


def test_store_every_write_bumps_the_version(tmp_path):
    path = tmp_path / "d.duckdb"
    articles = list(coded_articles(4, events=2))
    with Store.open(path) as store:
        first = store.version()
        store.add(articles[:2], "test")
        second = store.version()
        store.add(articles[:2], "test")  # nothing new: nothing written
        assert store.version() == second > first
        store.add(articles[2:], "test")
        assert store.version() > second


def test_store_stale_events_are_rebuilt_on_open(tmp_path):
    path = tmp_path / "d.duckdb"
    counts = _filled(path)
    con = duckdb.connect(str(path))
    con.execute("DELETE FROM events WHERE id IN (SELECT id FROM events LIMIT 7)")  # as a kill could leave them
    con.close()
    with Store.open(path) as store:
        assert store.counts() == counts and _consistent(store)


_WRITER = """
import sys
sys.path.insert(0, {root!r})
from benchmarks.coded import coded_articles
from detente.store import Store
articles = list(coded_articles(3000, events=4))
with Store.open({path!r}) as store:
    for start in range(0, len(articles), 10):
        store.add(articles[start:start + 10], "test")
        print(start, flush=True)
"""


def test_store_killed_writer_leaves_consistent_events(tmp_path):
    """SIGKILL while batches are being added: the next read sees whole batches, and events that match
    their mentions exactly (issue 9: "123 events from 364 articles" after kill -9)."""
    path = tmp_path / "killed.duckdb"
    process = subprocess.Popen([sys.executable, "-c", _WRITER.format(root=str(ROOT), path=str(path))],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    batches = 0
    deadline = time.monotonic() + 120
    while batches < 5 and time.monotonic() < deadline:  # a few batches in, then kill
        if process.stdout.readline():
            batches += 1
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert batches >= 5
    copy = tmp_path / "copy.duckdb"
    shutil.copy(path, copy)
    if path.with_name(path.name + ".wal").exists():
        shutil.copy(path.with_name(path.name + ".wal"), copy.with_name(copy.name + ".wal"))
    with Store.open(path, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] % 10 == 0 and counts["articles"] >= 50
        assert counts["mentions"] == 4 * counts["articles"]
        assert _consistent(store)
        events = {e.id: e.mention_ids for e in store.events(include_negated=True)}
    with Store.open(copy) as reference:
        reference.rebuild_events()
        assert {e.id: e.mention_ids for e in reference.events(include_negated=True)} == events


def _tmpfs(where: Path, size: str = "3m") -> bool:
    where.mkdir()
    if shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    return done.returncode == 0


def _unmount(where: Path) -> None:
    subprocess.run(["umount", str(where)], capture_output=True)


def test_store_full_disk_is_one_clear_error_and_nothing_is_half_written(tmp_path):
    disk = tmp_path / "small"
    if not _tmpfs(disk):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        path = disk / "d.duckdb"
        counts = _filled(path, count=5)
        filler = disk / "filler"
        with open(filler, "wb") as handle, pytest.raises(OSError):
            handle.write(b"x" * 8_000_000)
        articles = list(coded_articles(400, events=10, seed=3))
        with pytest.raises(StoreError, match="disk is full") as raised, Store.open(path) as store:
            for start in range(0, len(articles), 100):
                store.add(articles[start:start + 100], "test")
            store.con.execute("CHECKPOINT")
        assert str(path) in str(raised.value)
        filler.unlink()
        with Store.open(path, read_only=True) as store:
            assert store.counts()["articles"] in {counts["articles"] + n for n in range(0, 401, 100)}
            assert _consistent(store)
    finally:
        _unmount(disk)


def test_store_read_only_file_system_is_one_clear_error(tmp_path):
    disk = tmp_path / "ro"
    if not _tmpfs(disk):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        path = disk / "d.duckdb"
        _filled(path)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, capture_output=True)
        with pytest.raises(StoreError, match="cannot write here") as raised:
            Store.open(path)
        assert str(path) in str(raised.value)
        with pytest.raises(StoreError, match="cannot"):
            Store.open(disk / "new.duckdb")
        with Store.open(path, read_only=True) as store:  # reading still works
            assert store.counts()["articles"] == 20
    finally:
        _unmount(disk)


@pytest.mark.parametrize("damage", ["truncated", "newer", "foreign"])
def test_store_cli_reports_a_bad_database_in_one_line_with_status_1(tmp_path, damage):
    from click.testing import CliRunner

    from detente.cli import main

    path = tmp_path / "d.duckdb"
    _filled(path, count=200)
    if damage == "truncated":
        os.truncate(path, path.stat().st_size // 2)
    elif damage == "newer":
        con = duckdb.connect(str(path))
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        con.close()
    else:
        path.unlink()
        con = duckdb.connect(str(path))
        con.execute("CREATE TABLE sales (n INTEGER)")
        con.close()
    for command in (["events"], ["relations"], ["export", "--format", "csv", "-o", str(tmp_path / "x.csv")]):
        result = CliRunner().invoke(main, [*command, "--db", str(path)])
        assert result.exit_code == 1, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("detente: ") and str(path) in lines[0], result.output
        assert "Traceback" not in result.output


def test_store_cli_error_in_the_middle_of_a_command_is_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from detente.cli import main

    path = tmp_path / "d.duckdb"
    _filled(path)

    def damaged(self, *args, **kwargs):
        raise StoreError(f"{path}: reading events failed (IO Error: checksum mismatch); the file may be damaged")

    monkeypatch.setattr(Store, "events", damaged)
    result = CliRunner().invoke(main, ["events", "--db", str(path)])
    assert result.exit_code == 1 and "checksum mismatch" in result.output and "Traceback" not in result.output
