"""The coder's stream over many records: one article that breaks the parser or a step is that
article's failure; the others are coded (issue 9)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from detente.io import InputError, Record
from detente.model import Article
from detente.pipeline import code_stream

DAY = dt.date(2021, 2, 3)


def _records():
    # built directly, past the input checks: a lone surrogate makes spaCy's tokenizer raise
    texts = [("a", "Chad accused Sudan of shelling border towns."), ("b", "Chad met \ud800 Niger."),
             ("c", "Kenya and Uganda signed a trade agreement.")]
    return [Record(Article(text=t, id=i, date=DAY), f"test line {n}") for n, (i, t) in enumerate(texts, 1)]


def test_pipeline_code_stream_parser_failure_is_one_articles_failure_issue9(coder):
    results = list(code_stream(coder, [*_records(), InputError("test line 4", "not valid JSON")]))
    assert [where for where, _ in results] == ["test line 1", "test line 2", "test line 3", "test line 4"]
    assert [r.id for _, r in results if not isinstance(r, str)] == ["a", "c"]
    failed = results[1][1]
    assert isinstance(failed, str) and failed.startswith("step 'parse' failed on article b: UnicodeEncodeError")


def test_pipeline_code_stream_any_step_exception_is_reported_issue9(coder, monkeypatch):
    def boom(record, knowledge):
        if record.article.id == "c":
            raise KeyError("lexicon entry")
        return original(record, knowledge)

    index, step = next((n, s) for n, s in enumerate(coder.steps) if s.name == "events")
    original = step.run
    steps = list(coder.steps)
    steps[index] = replace(step, run=boom)
    monkeypatch.setattr(coder, "steps", steps)
    results = dict(code_stream(coder, [r for r in _records() if r.article.id != "b"]))
    assert results["test line 1"].id == "a"
    assert results["test line 3"] == "step 'events' failed on article c: KeyError: 'lexicon entry'"


def test_pipeline_ingest_keeps_the_good_articles_issue9(coder, tmp_path):
    from detente.store import Store, ingest

    errors = []
    with Store.open(tmp_path / "s.duckdb") as store:
        summary = ingest(_records(), store, coder, on_error=lambda where, message: errors.append(where))
        assert (summary.read, summary.stored, summary.failed) == (3, 2, 1)
        assert errors == ["test line 2"] and store.counts()["articles"] == 2


def test_pipeline_code_parser_failure_is_a_step_error_issue9(coder):
    from detente.pipeline import StepError

    with pytest.raises(StepError, match=r"step 'parse' failed on article b: UnicodeEncodeError"):
        coder.code(_records()[1].article)
