"""Exports: store tables as parquet/csv/jsonl, and events as a GDELT 2.0 event table (docs/store.md)."""

from __future__ import annotations

import csv
import hashlib
import json

import pytest

from detente import export as export_mod
from detente.actors.kb import load_default
from detente.export import GDELT_COLUMNS, export, export_gdelt, gdelt_event_id
from detente.io import read_inputs
from detente.store import Store, ingest

KB = load_default()
GAZA_URL = "https://www.example-news.org/2024/10/07/gaza"
ARTICLES = [
    {"id": "gaza-1", "date": "2024-10-07", "url": GAZA_URL, "source": "Example News",
     "text": "Israeli troops attacked Hamas fighters in Gaza. The army said the strike killed ten militants."},
    {"id": "gaza-2", "date": "2024-10-07", "url": "https://daily.example.com/gaza-strike", "source": "Daily Example",
     "text": "Israeli troops attacked Hamas fighters in Gaza. Residents fled south."},
    {"id": "gaza-3", "date": "2024-10-08", "url": "https://example-news.org/2024/10/08/more", "source": "Example News",
     "text": "Israeli troops attacked Hamas fighters in Gaza again."},
    {"id": "russia", "date": "2024-10-09", "url": "https://example.org/russia", "source": "Example",
     "text": "Russia did not attack Ukraine, the Kremlin said."},
    {"id": "doha", "date": "2024-10-10", "source": "Wire",
     "text": "Hamas fighters fired rockets at Israel from Gaza. "
             "Iranian Foreign Minister Abbas Araghchi met the emir of Qatar in Doha."},
    {"id": "accuse", "date": "2024-10-11", "url": "https://example.org/accuse", "source": "Example",
     "text": "Israel accused Hamas of war crimes."},
    {"id": "pair", "date": "2024-10-12", "source": "Wire",
     "text": "Russia and China condemned the United States."},
    {"id": "reciprocal", "date": "2024-10-13", "source": "Wire",
     "text": "Kenya and Uganda signed a trade agreement."},
    {"id": "undated", "url": "https://example.org/un\tstatement\nlive", "source": "Example",
     "text": "The United Nations condemned Iran."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder):
    folder = tmp_path_factory.mktemp("export")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "store.db"
    with Store.open(path) as store:
        summary = ingest(read_inputs([str(source)]), store, coder)
    assert summary.stored == len(ARTICLES) and summary.failed == 0
    return path


@pytest.fixture
def store(db):
    with Store.open(db, read_only=True) as opened:
        yield opened


def _gdelt(store, tmp_path) -> list[dict[str, str]]:
    out = tmp_path / "events.tsv"
    count = export_gdelt(store, out, KB)
    data = out.read_bytes().decode("utf-8")
    assert data.endswith("\n") and "\r" not in data
    lines = data.split("\n")[:-1]
    assert len(lines) == count
    return [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]


def _find(rows, **wanted) -> dict[str, str]:
    found = [r for r in rows if all(r[k] == v for k, v in wanted.items())]
    assert len(found) == 1, f"{wanted}: {len(found)} rows"
    return found[0]


def test_export_gdelt_lines_have_61_tab_separated_fields(store, tmp_path):
    out = tmp_path / "events.tsv"
    export_gdelt(store, out, KB)
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) > 1
    assert all(len(line.split("\t")) == 61 for line in lines[:-1])
    assert not lines[0].startswith("GlobalEventID")  # no header, as GDELT's own files


def test_export_gdelt_has_a_line_per_real_world_event_and_pair_of_actors(store, tmp_path):
    rows = _gdelt(store, tmp_path)
    events = store.events()
    ids = [int(r["GlobalEventID"]) for r in rows]
    assert len(ids) == len(set(ids))  # every row its own id
    assert {gdelt_event_id(e.id) for e in events} <= set(ids)  # an event's first pair keeps the event's id
    assert len(rows) == len(events) + 1  # one event has two doers: "Russia and China condemned ..."


def test_export_gdelt_gives_each_doer_of_an_act_its_own_row(store, tmp_path):
    # before: one row per event, Actor1 its first source only (China's condemnation was lost)
    rows = [r for r in _gdelt(store, tmp_path) if r["Actor2CountryCode"] == "USA" and r["EventRootCode"] == "11"]
    assert sorted(r["Actor1CountryCode"] for r in rows) == ["CHN", "RUS"]


def test_export_gdelt_pairs_the_parties_of_a_reciprocal_act(store, tmp_path):
    # before: Actor1 Kenya, Actor2 empty; the relations graph links the two (relations._index.links)
    row = _find(_gdelt(store, tmp_path), Actor1CountryCode="KEN")
    assert row["Actor2CountryCode"] == "UGA"


def test_export_gdelt_puts_codes_dates_and_url_in_their_columns(store, tmp_path):
    rows = _gdelt(store, tmp_path)
    row = _find(rows, EventCode="190", Actor1Code="ISRMIL")
    assert (row["Day"], row["MonthYear"], row["Year"]) == ("20241007", "202410", "2024")
    assert row["FractionDate"] == f"{2024 + 281 / 365:.4f}"  # 7 October 2024 is day 281
    assert row["DATEADDED"] == "20241007000000"
    assert row["SOURCEURL"] == GAZA_URL
    assert (row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("ISRAELI TROOPS", "ISR", "MIL")
    assert row["Actor1KnownGroupCode"] == ""
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2KnownGroupCode"], row["Actor2Type1Code"]) \
        == ("PSEREBHMS", "PSE", "HMS", "REB")
    assert (row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("190", "19", "4")
    assert row["IsRootEvent"] == "1"
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == ("4", "Gaza", "PSE")
    assert row["AvgTone"] == "" and row["Actor1Geo_Type"] == "" and row["ActionGeo_Lat"] == ""


def test_export_gdelt_counts_mentions_articles_and_sources(store, tmp_path):
    row = _find(_gdelt(store, tmp_path), EventCode="190", Actor1Code="ISRMIL")
    # three articles, two of them from the same web site (with and without "www.")
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("3", "3", "2")


def test_export_gdelt_splits_four_digit_event_codes(store, tmp_path):
    rows = _gdelt(store, tmp_path)
    assert any(len(r["EventCode"]) == 4 for r in rows)
    for row in rows:
        assert row["EventBaseCode"] == row["EventCode"][:3] and row["EventRootCode"] == row["EventCode"][:2]


def test_export_gdelt_leaves_out_negated_events(store, tmp_path):
    negated = [e for e in store.events(include_negated=True) if e.negated]
    assert negated, "the test corpus should hold a negated event"
    ids = {r["GlobalEventID"] for r in _gdelt(store, tmp_path)}
    assert not ids & {str(gdelt_event_id(e.id)) for e in negated}


def test_export_gdelt_codes_groups_countries_and_later_sentences(store, tmp_path):
    rows = _gdelt(store, tmp_path)
    un = _find(rows, Actor1Code="IGOUNO")
    assert (un["Actor1KnownGroupCode"], un["Actor1Type1Code"], un["Actor1CountryCode"]) == ("UNO", "IGO", "")
    meeting = _find(rows, EventCode="040")
    assert meeting["IsRootEvent"] == "0"  # second sentence of its article
    assert (meeting["ActionGeo_Type"], meeting["ActionGeo_FullName"]) == ("4", "Doha")
    rockets = _find(rows, Actor1Code="PSEREBHMS", EventRootCode="19")
    assert (rockets["ActionGeo_Type"], rockets["ActionGeo_FullName"], rockets["ActionGeo_CountryCode"]) \
        == ("1", "Israel", "ISR")


def test_export_gdelt_article_without_url_gets_a_detente_url(store, tmp_path):
    assert _find(_gdelt(store, tmp_path), EventCode="040")["SOURCEURL"] == "detente:doha"


def test_export_gdelt_event_without_day_has_empty_dates(store, tmp_path):
    row = _find(_gdelt(store, tmp_path), Actor1Code="IGOUNO")
    assert [row[c] for c in ("Day", "MonthYear", "Year", "FractionDate", "DATEADDED")] == [""] * 5


def test_export_gdelt_turns_tabs_and_newlines_into_spaces(store, tmp_path):
    row = _find(_gdelt(store, tmp_path), Actor1Code="IGOUNO")
    assert row["SOURCEURL"] == "https://example.org/un statement live"


def test_export_gdelt_leaves_no_temporary_file(store, tmp_path):
    out = tmp_path / "events.tsv"
    export_gdelt(store, out, KB)
    assert [p.name for p in tmp_path.iterdir()] == ["events.tsv"]


def test_export_gdelt_failure_keeps_the_old_file_and_no_partial(store, tmp_path, monkeypatch):
    out = tmp_path / "events.tsv"
    out.write_text("old\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(export_mod, "gdelt_row", broken)
    with pytest.raises(RuntimeError):
        export_gdelt(store, out, KB)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.tsv"]


def test_export_gdelt_event_id_is_a_stable_60_bit_integer():
    expected = int(hashlib.sha1(b"v0123456789abcdef").hexdigest()[:15], 16)
    assert gdelt_event_id("v0123456789abcdef") == expected
    assert 0 <= expected < 2**60


def test_export_dispatches_gdelt(store, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(store, out, "gdelt", kb=KB) == len(store.events()) + 1  # a row per pair of actors
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(store.events()) + 1


def _read_back(path, fmt) -> int:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).num_rows
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as handle:
            return sum(1 for _ in csv.DictReader(handle))
    return len([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()])


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
@pytest.mark.parametrize("table", ["events", "mentions", "articles"])
def test_export_table_formats_round_trip(store, tmp_path, fmt, table):
    out = tmp_path / f"{table}.{fmt}"
    count = export(store, out, fmt, table, kb=KB)
    assert count == store.counts()[table] > 0
    assert _read_back(out, fmt) == count
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_export_unknown_format_raises_value_error(store, tmp_path):
    with pytest.raises(ValueError, match="parquet, csv, jsonl, gdelt"):
        export(store, tmp_path / "out.xlsx", "xlsx", kb=KB)
    assert not list(tmp_path.iterdir())


def test_export_gdelt_of_another_table_raises_value_error(store, tmp_path):
    with pytest.raises(ValueError, match="events only"):
        export(store, tmp_path / "out.tsv", "gdelt", table="mentions", kb=KB)


# --- issue 9: spreadsheet formula injection ------------------------------------------------------
FORMULAS = {"id": "=1+1", "date": "2024-10-12", "title": "=HYPERLINK(\"http://evil.example\",\"click\")",
            "source": "+cmd|' /C calc'!A0", "url": "@SUM(A1:A9)",
            "text": "-Israel accused Hamas of war crimes.\n\tIran condemned Israel."}


@pytest.fixture(scope="module")
def formula_db(tmp_path_factory, coder):
    folder = tmp_path_factory.mktemp("formulas")
    source = folder / "articles.jsonl"
    source.write_text(json.dumps(FORMULAS) + "\n", encoding="utf-8")
    path = folder / "store.db"
    with Store.open(path) as store:
        assert ingest(read_inputs([str(source)]), store, coder).stored == 1
    return path


def test_export_csv_neutralises_formula_cells_issue9(formula_db, tmp_path):
    with Store.open(formula_db, read_only=True) as store:
        assert export(store, tmp_path / "a.csv", "csv", "articles", kb=KB) == 1
        export(store, tmp_path / "e.csv", "csv", "events", kb=KB)
        export(store, tmp_path / "a.jsonl", "jsonl", "articles", kb=KB)
    with (tmp_path / "a.csv").open(newline="", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["id"] == "'=1+1" and row["title"] == "'" + FORMULAS["title"]
    assert row["source"] == "'" + FORMULAS["source"] and row["url"] == "'@SUM(A1:A9)"
    assert row["text"] == "'" + FORMULAS["text"] and row["date"] == "2024-10-12"
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as handle:
        events = list(csv.DictReader(handle))
    assert any(float(e["goldstein"]) < 0 and not e["goldstein"].startswith("'") for e in events)  # numbers kept
    assert json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))["id"] == "=1+1"  # jsonl unchanged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "a.jsonl", "e.csv"]


@pytest.mark.parametrize(("cell", "safe"), [("=A1", "'=A1"), ("+1 555", "'+1 555"), ("-x", "'-x"), ("@x", "'@x"),
                                            ("\tx", "'\tx"), ("\rx", "'\rx"), ("-2.5", "-2.5"), ("+3", "+3"),
                                            ("a=b", "a=b"), ("", "")])
def test_export_neutralise_cell_issue9(cell, safe):
    assert export_mod.neutralise_cell(cell) == safe


def test_export_jsonl_keeps_one_article_a_line_for_every_line_splitter(tmp_path, coder):
    # U+2028/U+2029/U+0085 are line breaks to str.splitlines and JavaScript; DuckDB's JSON writer left
    # them raw, so a reader splitting on any line break saw more articles than the store holds
    text = "Kenya\u2028condemned\u2029the\x85strike in Nairobi. Uganda rejected the claim."
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "breaks", "date": "2024-10-07", "text": text}) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as opened:
        ingest(read_inputs([str(source)]), opened, coder)
        out = tmp_path / "articles.jsonl"
        assert export(opened, out, "jsonl", "articles", kb=KB) == 1
        [(stored,)] = list(opened.rows("SELECT text FROM articles"))
    assert "\u2028" in stored and "\u2029" in stored
    data = out.read_text(encoding="utf-8")
    assert len(data.splitlines()) == 1
    assert json.loads(data)["text"] == stored
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("fmt", ["csv", "gdelt", "parquet"])
def test_export_command_dash_writes_the_file_to_stdout(db, tmp_path, monkeypatch, fmt):
    from click.testing import CliRunner

    from detente.cli import main

    monkeypatch.chdir(tmp_path)
    written = tmp_path / f"events.{fmt}"
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", str(written)]).exit_code == 0
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == written.read_bytes() or fmt == "parquet"
    assert "written to stdout" in result.stderr and not (tmp_path / "-").exists()
    if fmt == "parquet":  # the same table (parquet files carry no fixed bytes)
        import io

        import pyarrow.parquet as pq

        assert pq.read_table(io.BytesIO(result.stdout_bytes)).equals(pq.read_table(written))


def test_export_rows_are_in_a_fixed_order_whatever_order_the_store_was_written_in(db, tmp_path, coder):
    # a store ingested with --workers 2 exported its events in another order than one ingested in one
    # process: files of the same data differed. Rows now follow each table's key (events newest first)
    source = tmp_path / "reversed.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in reversed(ARTICLES)), encoding="utf-8")
    with Store.open(tmp_path / "reversed.db") as other:  # one batch an article, in the reverse order
        assert ingest(read_inputs([str(source)]), other, coder, batch_size=1).stored == len(ARTICLES)
    with Store.open(db, read_only=True) as first, Store.open(tmp_path / "reversed.db", read_only=True) as second:
        for table in ("events", "mentions", "actors", "quotes", "articles"):
            for fmt in ("jsonl", "csv"):
                one, two = tmp_path / f"one.{table}.{fmt}", tmp_path / f"two.{table}.{fmt}"
                export(first, one, fmt, table, kb=KB)
                export(second, two, fmt, table, kb=KB)
                if table == "articles":  # the same articles, coded at another time
                    drop = (lambda text: "\n".join(line.split(",")[0] for line in text.splitlines()))
                    assert drop(one.read_text()) == drop(two.read_text())
                else:
                    assert one.read_text() == two.read_text(), (table, fmt)
        events = [e.id for e in first.events(include_negated=True)]
        assert [json.loads(line)["id"] for line in (tmp_path / "one.events.jsonl").read_text().splitlines()] == events


def test_export_command_says_how_many_negated_events_the_gdelt_format_left_out(db, tmp_path):
    # "1410 rows of events written" beside a store of 1487 events read as a loss
    from click.testing import CliRunner

    from detente.cli import main

    with Store.open(db, read_only=True) as store:
        negated = store.counts()["events"] - len(store.events())
    assert negated == 1  # "Russia did not attack Ukraine"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt", "-o", str(tmp_path / "e.tsv")])
    assert result.exit_code == 0 and "; 1 negated event left out, as GDELT has no negation" in result.output
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "e.csv")])
    assert "left out" not in result.output
