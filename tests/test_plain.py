"""Machine output is plain JSON (issue 10, item 7): one serialiser, and every ``--format json``
command's output parses into plain types, with lists for sets, ISO dates and rounded floats."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.plain import FLOAT_DIGITS, dumps, dumps_line, plain

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ARTICLES = [  # synthetic, written for this test
    {"id": "p1", "date": "2021-03-01", "text": "Kenya and Uganda signed a trade agreement on Monday."},
    {"id": "p2", "date": "2021-03-02", "text": "Kenya accused Uganda of shelling border villages."},
    {"id": "p3", "date": "2021-04-12", "text": "Uganda threatened Kenya with sanctions."},
    {"id": "p4", "date": "2021-04-20", "text": "Tanzania will mediate between Kenya and Uganda, officials said."},
    {"id": "p5", "date": "2021-05-03", "text": "Tanzania met Kenyan officials. Tanzania hosted Ugandan ministers."},
]


@dataclasses.dataclass(frozen=True)
class _Inner:
    keys: frozenset[str]
    day: dt.date | None


@dataclasses.dataclass(frozen=True)
class _Outer:
    label: str
    inner: _Inner
    total: float
    by_quad: dict[int, int]
    pairs: tuple[tuple[str, int], ...]


def test_plain_turns_records_into_plain_json_data():
    record = _Outer(label="x", inner=_Inner(keys=frozenset({"KENGOV", "KEN"}), day=dt.date(2021, 5, 6)),
                    total=sum([7.4] * 20), by_quad={3: 1, 1: 2}, pairs=(("a", 1),))
    assert sum([7.4] * 20) == 148.00000000000006  # such sums leaked into `detente dyad --format json`
    assert plain(record) == {"label": "x", "inner": {"keys": ["KEN", "KENGOV"], "day": "2021-05-06"},
                             "total": 148.0, "by_quad": {3: 1, 1: 2}, "pairs": [["a", 1]]}
    assert json.loads(dumps(record))["inner"]["keys"] == ["KEN", "KENGOV"]
    assert "\n" not in dumps_line(record)


def test_plain_rounds_floats_and_drops_non_finite_ones():
    assert plain(2 / 3) == round(2 / 3, FLOAT_DIGITS)
    assert plain(-0.00001) == 0.0 and str(plain(-0.00001)) == "0.0"
    assert plain(math.nan) is None and plain(math.inf) is None
    assert plain(dt.datetime(2021, 5, 6, 7, 8)) == "2021-05-06T07:08:00"


def test_plain_counted_says_one_event_and_two_events():
    from detente.plain import counted

    assert (counted(1, "event"), counted(2, "event"), counted(0, "event")) == ("1 event", "2 events", "0 events")


def test_plain_refuses_what_is_not_data():
    with pytest.raises(TypeError, match="object"):
        plain(object())
    with pytest.raises(TypeError, match="tuple"):
        plain({("a", "b"): 1})


def _check_plain(value, where: str = "$") -> None:
    """Only JSON types; no Python repr in a string; floats rounded; days as ISO dates."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str)
            if key in ("day", "first_day", "last_day", "start", "date", "last") and isinstance(item, str):
                assert ISO_DAY.match(item), f"{where}.{key}: {item!r}"
            _check_plain(item, f"{where}.{key}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            _check_plain(item, f"{where}[{number}]")
    elif isinstance(value, str):
        assert not value.startswith(("frozenset(", "set(", "{'", "datetime.")), f"{where}: {value!r}"
    elif isinstance(value, float):
        assert value == round(value, FLOAT_DIGITS), f"{where}: {value!r}"
    else:
        assert value is None or isinstance(value, bool | int), f"{where}: {value!r}"


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder):
    from detente import api
    from detente.store import Store

    folder = tmp_path_factory.mktemp("plain")
    news = folder / "news.jsonl"
    news.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "store.duckdb"
    with Store.open(path) as store:
        assert api.ingest_paths([str(news)], store, coder=coder).stored == len(ARTICLES)
    return path


@pytest.mark.parametrize("command", [
    ["dyad", "Kenya", "Uganda", "--by", "month"],
    ["actor", "Kenya"],
    ["mediators", "Kenya", "Uganda"],
    ["relations"],
    ["events", "--actor", "Kenya"],
])
def test_plain_every_store_command_writes_plain_json(db, command):
    result = CliRunner().invoke(main, [*command, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data
    _check_plain(data)


def test_plain_dyad_sides_are_lists_not_sets(db):
    """Regression (issue 10): the sides' keys were printed as "frozenset({'KEN', 'KENGOV'})"."""
    result = CliRunner().invoke(main, ["dyad", "Kenya", "Uganda", "--db", str(db), "--format", "json"])
    dyad = json.loads(result.output)
    assert isinstance(dyad["a"]["keys"], list) and "KEN" in dyad["a"]["keys"]
    assert dyad["a"]["countries"] == ["KEN"] and dyad["b"]["countries"] == ["UGA"]


def test_plain_events_jsonl_is_one_plain_object_a_line(db):
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    lines = result.output.splitlines()
    assert result.exit_code == 0 and len(lines) >= 3
    for line in lines:
        _check_plain(json.loads(line))


def test_plain_code_and_schema_write_plain_json(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Kenya accused Uganda of shelling border villages on Monday.\n", encoding="utf-8")
    coded = CliRunner().invoke(main, ["code", str(story), "--date", "2021-03-03", "--format", "json"])
    assert coded.exit_code == 0, coded.output
    [article] = json.loads(coded.output)
    _check_plain(article)
    assert article["events"] and article["schema"].startswith("detente/")
    _check_plain(json.loads(CliRunner().invoke(main, ["schema"]).output))


def test_plain_json_lines_stay_one_line_for_readers_that_split_on_any_line_break(tmp_path):
    # synthetic text holding the characters str.splitlines (and JavaScript) read as line breaks
    text = "Kenya accused Uganda\u2028of shelling border villages.\x85 Uganda\u2029denied it."
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "nel", "date": "2021-03-03", "text": text}) + "\n", encoding="utf-8")
    coded = CliRunner().invoke(main, ["code", str(corpus), "--format", "jsonl"])
    assert coded.exit_code == 0, coded.output
    lines = coded.output.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == "nel"
    assert "\\u2028" in lines[0] and "\u2028" not in lines[0]  # escaped, not raw


def test_plain_api_answers_with_the_same_plain_data(db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    with TestClient(create_app(db, coder_factory=lambda: coder)) as client:
        for url in ("/api/dyad?a=Kenya&b=Uganda&by=month", "/api/actors/Kenya", "/api/mediators?a=Kenya&b=Uganda",
                    "/api/network", "/api/events?actor=Kenya"):
            answer = client.get(url)
            assert answer.status_code == 200, url
            _check_plain(answer.json(), url)
