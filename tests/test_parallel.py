"""All cores and Dask give the same output as one process, in the same order."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from detente.io import read_inputs
from detente.parallel import code_dask, code_local, default_workers
from detente.pipeline import code_stream

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from benchmarks.corpus import generate

    path = tmp_path_factory.mktemp("parallel") / "corpus.jsonl"
    lines = [json.dumps(a) for a in generate(24, sentences=6)]
    lines.insert(7, "{not json")  # an error keeps its place in the output
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _as_json(results) -> list:
    return [(where, result if isinstance(result, str) else result.to_dict()) for where, result in results]


@pytest.fixture(scope="module")
def single(coder, corpus):
    return _as_json(code_stream(coder, read_inputs([str(corpus)])))


def test_parallel_local_workers_match_one_process(single, corpus):
    assert _as_json(code_local(read_inputs([str(corpus)]), workers=2, chunk=5)) == single
    assert isinstance(single[7][1], str) and "line 8" in single[7][0]


def test_parallel_dask_two_workers_match_one_process(single, corpus):
    pytest.importorskip("dask.distributed")
    assert _as_json(code_dask(read_inputs([str(corpus)]), workers=2, chunk=5)) == single


def test_parallel_default_workers_by_input_size(tmp_path):
    small = tmp_path / "small.jsonl"
    small.write_text('{"text": "Chad met Niger."}\n')
    assert default_workers([str(small)]) == 1
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"text": "Chad met Niger. " * 80_000}) + "\n")
    assert default_workers([str(big)]) == (os.cpu_count() or 1)


def test_parallel_ingest_with_workers_matches_one_process(coder, corpus, tmp_path):
    from detente.parallel import code_with
    from detente.store import Store, ingest

    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    with Store.open(one) as store:
        ingest(read_inputs([str(corpus)]), store, coder)
        expected = (store.counts(), {e.id for e in store.events(include_negated=True)})
    with Store.open(two) as store:
        ingest(read_inputs([str(corpus)]), store, coding=lambda items: code_with(items, workers=2))
        assert (store.counts(), {e.id for e in store.events(include_negated=True)}) == expected


def test_parallel_a_failed_chunk_is_reported_per_article_issue9():
    from detente.io import InputError, Record
    from detente.model import Article
    from detente.parallel import _ordered

    chunks = [[Record(Article(text="x", id="a"), "f line 1"), InputError("f line 2", "not valid JSON")],
              [Record(Article(text="y", id="b"), "f line 3")]]

    def submit(chunk):
        if chunk is chunks[0]:
            def died():
                raise EOFError("worker process died")
            return died
        return lambda: [(item.where, "coded") for item in chunk]

    assert list(_ordered(submit, iter(chunks), window=1)) == [
        ("f line 1", "the worker coding this article failed: EOFError: worker process died"),
        ("f line 2", "not valid JSON"), ("f line 3", "coded")]


def test_parallel_worker_chunk_survives_a_parser_failure_issue9():
    import datetime as dt

    from detente.io import Record
    from detente.model import Article
    from detente.parallel import CoderSpec, code_chunk

    day = dt.date(2021, 2, 3)
    chunk = [Record(Article(text="Chad met \ud800 Niger.", id="b", date=day), "f line 1"),
             Record(Article(text="Kenya and Uganda signed a trade agreement.", id="c", date=day), "f line 2")]
    [(_, failed), (_, coded)] = code_chunk(chunk, CoderSpec())
    assert isinstance(failed, str) and "article b" in failed and coded.id == "c"


def test_parallel_spawned_workers_match_one_process(single, corpus):
    """The path of platforms without fork (each worker loads its own coder) gives the same output."""
    assert _as_json(code_local(read_inputs([str(corpus)]), workers=2, chunk=5, fork=False)) == single


def test_parallel_no_fork_while_another_thread_runs():
    """Workers are forked only from a process of one thread (a web server's threads may hold locks)."""
    import sys
    import threading

    from detente.parallel import _fork_ok

    assert _fork_ok() == (sys.platform.startswith("linux") and threading.active_count() == 1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not _fork_ok()
    finally:
        stop.set()
        other.join()


def test_parallel_pack_round_trip_keeps_types_and_values(coder):
    """``pack`` (what local workers send back: slotted records as their field values) reads back with
    ``pickle.loads`` as records of the same types, equal to the originals, frozen ones still frozen."""
    import dataclasses
    import datetime
    import pickle

    from detente.model import Article
    from detente.parallel import pack

    text = ("GENEVA, March 3 (Reuters) - Freedonia's foreign minister met his Sylvanian counterpart on "
            "Monday and signed a trade agreement, officials said. Sylvania later accused Freedonia of "
            "shelling border villages.")  # synthetic, wire style
    coded = coder.code(Article(text=text, id="pack-1", date=datetime.date(2024, 3, 4)))
    assert coded.events
    back = pickle.loads(pack([("where", coded), ("bad", "a message")]))
    assert back[1] == ("bad", "a message")
    again = back[0][1]
    assert type(again) is type(coded) and again == coded and again.to_dict() == coded.to_dict()
    assert [type(e) for e in again.events] == [type(e) for e in coded.events]
    with pytest.raises(dataclasses.FrozenInstanceError):
        again.events[0].trigger.start = 0
