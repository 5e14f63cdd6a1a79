"""The command line, run as a user runs it (a subprocess), and through click's runner."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from detente.cli import main


def _run(*args, input_text=None):
    return subprocess.run([sys.executable, "-m", "detente.cli", *args], capture_output=True, text=True,
                          input=input_text, timeout=300)


def test_cli_code_jsonl_with_bad_records_exits_1_and_writes_the_rest(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Chad accused Sudan of shelling border towns.",
                                "date": "2021-02-03"}) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run("code", str(path), "--format", "jsonl", "--output", str(out))
    assert result.returncode == 1
    assert f"{path} line 2" in result.stderr and "Traceback" not in result.stderr
    [article] = [json.loads(line) for line in out.read_text().splitlines()]
    assert article["id"] == "a" and article["schema"] == "detente/1"
    assert article["events"][0]["plover"] == "ACCUSE"


def test_cli_code_stdin_with_date():
    result = _run("code", "-", "--date", "2021-05-06", "--format", "json",
                  input_text="Egypt's president met the Jordanian king on Monday.")
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)
    assert article["date"] == "2021-05-06"
    assert article["events"][0]["date"]["value"] == "2021-05-03"


def test_cli_bad_date_option_is_a_usage_error():
    result = CliRunner().invoke(main, ["code", "-", "--date", "03/04/2020"], input="Chad met Niger.")
    assert result.exit_code == 2 and "ambiguous" in result.output


def test_cli_table_format_prints_events(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Wire: Talks\n\nKenya and Uganda signed a border agreement.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(path)])
    assert result.exit_code == 0, result.output
    assert "SUPPORT" in result.output and "Kenya" in result.output


def test_cli_schema_prints_json_schema():
    result = CliRunner().invoke(main, ["schema"])
    schema = json.loads(result.output)
    assert schema["properties"]["schema"]["const"] == "detente/1"


def test_cli_bad_actor_file_is_reported(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_text('{"type": "planet", "id": "x", "name": "X"}\n')
    result = CliRunner().invoke(main, ["code", "-", "--actors", str(path)], input="Chad met Niger.")
    assert result.exit_code == 2 and "actors.jsonl line 1" in result.output


def test_cli_output_file_is_not_half_written_on_failure(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("previous")
    result = CliRunner().invoke(main, ["code", str(tmp_path / "missing.txt"), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1
    assert json.loads(out.read_text()) == []  # written completely (an empty list), never partially
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_cli_output_into_a_missing_folder_is_one_line_before_any_coding(tmp_path, monkeypatch):
    import detente.api

    def no_coder(*args, **kwargs):  # the path is checked before the model loads
        raise AssertionError("the coder was built")

    monkeypatch.setattr(detente.api, "make_coder", no_coder)
    out = tmp_path / "missing" / "out.json"
    result = CliRunner().invoke(main, ["code", "-", "-o", str(out)], input="Chad met Niger.")
    assert result.exit_code == 2
    assert result.output == f"detente: {out}: folder {out.parent} does not exist\n"
    assert not out.parent.exists()
    folder = CliRunner().invoke(main, ["brief", "--db", str(tmp_path / "x.duckdb"), "--since", "2020-01-01",
                                       "-o", str(out)])
    assert folder.exit_code == 2 and "does not exist" in folder.output and not (tmp_path / "x.duckdb").exists()


def test_cli_output_dash_is_stdout_not_a_file_named_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["code", "-", "--format", "jsonl", "-o", "-"],
                                input="Kenya accused Uganda of shelling border villages.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["events"] and not (tmp_path / "-").exists()


def test_cli_eval_prints_scores_and_json(tmp_path):
    path = tmp_path / "quad.tsv"
    path.write_text("Chad accused Sudan of shelling border towns.\t3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.output)
    assert report["metrics"]["accuracy"] == 1.0
    table = CliRunner().invoke(main, ["eval", str(path)])
    assert "verbal conflict" in table.output and "reliability" in table.output


def test_cli_eval_gold_file_not_in_utf8_is_one_line(tmp_path):
    path = tmp_path / "quad.tsv"  # a traceback (UnicodeDecodeError) before
    path.write_bytes("Z\u00fcrich hosted talks.\t1\n".encode("latin-1"))
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 2
    assert result.output == f"detente: {path}: not UTF-8 text (byte 0xfc at offset 1); convert the file to UTF-8\n"


def test_cli_eval_unknown_format_is_reported(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("x\n")
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 2 and "unknown gold format" in result.output


def test_cli_store_commands_end_to_end(tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "k1", "date": "2019-05-02", "text": "Kenya and Uganda signed a trade agreement in Nairobi."},
        {"id": "k2", "date": "2021-06-10", "text": "Kenya accused Uganda of shelling border villages."},
        {"id": "k3", "date": "2021-06-11",
         "text": "Tanzania met Kenyan and Ugandan envoys in Arusha to ease tensions."},
    ]) + "\n{broken\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    first = _run("ingest", str(corpus), "--db", str(db))
    assert first.returncode == 1 and "line 4" in first.stderr and "3 stored" in first.stdout
    again = _run("ingest", str(corpus), "--db", str(db))
    assert "0 stored, 3 already in the store" in again.stdout
    dyad = CliRunner().invoke(main, ["dyad", "Kenya", "Uganda", "--by", "year", "--db", str(db), "--format", "csv"])
    assert dyad.exit_code == 0, dyad.output
    states = {row.split(",")[0]: row.split(",")[-1] for row in dyad.output.strip().splitlines()[1:]}
    assert states["2019"] == "cooperative" and states["2021"] == "conflictual"
    events = CliRunner().invoke(main, ["events", "--db", str(db), "--actor", "Uganda", "--format", "json"])
    assert len(json.loads(events.output)) >= 2
    exported = tmp_path / "e.tsv"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt", "-o", str(exported)])
    assert result.exit_code == 0 and all(len(line.split("\t")) == 61 for line in exported.read_text().splitlines())
    unknown = CliRunner().invoke(main, ["dyad", "Kenya", "Atlantis", "--db", str(db)])
    assert unknown.exit_code == 2 and "Atlantis" in unknown.output
    for command in (["dyad", "Kenya", "Nairobi"], ["mediators", "Kenya", "Kenya"]):  # one side twice
        same = CliRunner().invoke(main, [*command, "--db", str(db)])
        assert same.exit_code == 2 and "are the same side (KEN)" in same.output, command
    for command in (["actor", "Atlantis"], ["mediators", "Kenya", "Atlantis"], ["changes", "--actor", "Atlantis"]):
        unknown = CliRunner().invoke(main, [*command, "--db", str(db)])
        assert unknown.exit_code == 2 and "Atlantis" in unknown.output, command
    for command in (["actor", "Kenya"], ["mediators", "Kenya", "Uganda"], ["relations"]):
        assert CliRunner().invoke(main, [*command, "--db", str(db)]).exit_code == 0
    lines = CliRunner().invoke(main, ["relations", "--db", str(db)]).output.splitlines()
    assert lines and all(re.search(r": (1 event|\d+ events), ", line) for line in lines), lines
    assert not any(": 1 events" in line for line in lines)  # one event is "1 event"


def test_cli_store_queries_refuse_a_reversed_span_an_unknown_type_and_a_negative_limit(tmp_path):
    from detente.store import Store

    db = tmp_path / "d.duckdb"
    Store.open(db).close()  # an empty store: every refusal used to be an empty list (or "damaged" for the limit)
    for command in ("events", "changes", "blocs"):
        result = CliRunner().invoke(main, [command, "--db", str(db), "--since", "2021-01-01", "--until", "2020-01-01"])
        assert result.exit_code == 2, (command, result.output)
        assert result.output == "detente: --since 2021-01-01 is after --until 2020-01-01: nothing lies between them\n"
    unknown = CliRunner().invoke(main, ["events", "--db", str(db), "--type", "ACUSE"])
    assert unknown.exit_code == 2 and "type 'ACUSE' is neither a PLOVER type (AGREE," in unknown.output
    for written in ("accuse", "04", "cameo04"):
        assert CliRunner().invoke(main, ["events", "--db", str(db), "--type", written]).exit_code == 0, written
    for command in (["events"], ["relations"], ["actor", "Kenya"], ["mediators", "Kenya", "Uganda"]):
        negative = CliRunner().invoke(main, [*command, "--db", str(db), "--limit", "-1"])
        assert negative.exit_code == 2 and "-1 is not in the range x>=1" in negative.output, command
        assert "damaged" not in negative.output


def test_cli_interrupted_ingest_says_what_it_kept_and_how_to_go_on(tmp_path, monkeypatch):
    from detente.store import Store

    corpus = tmp_path / "feed.jsonl"
    texts = ["Chad met Niger.", "Mali expelled an envoy."] * 20
    corpus.write_text("{broken\n" + "".join(json.dumps({"id": f"n{n}", "date": "2022-03-01", "text": text}) + "\n"
                                            for n, text in enumerate(texts)))
    real, calls = Store.add, []

    def add(self, articles, coder):  # Ctrl-C while the second batch is written
        calls.append(len(articles))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, articles, coder)

    monkeypatch.setattr(Store, "add", add)
    db = tmp_path / "d.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 130 and "Aborted" not in result.output, result.output
    assert result.output.splitlines() == [  # the bad line as it was met, not lost with the summary
        f"detente: {corpus} line 1: not valid JSON (Expecting property name enclosed in double quotes at line 1, "
        "column 2)",
        f"detente: interrupted: 32 new article(s) stored in {db} (whole batches; the one being written was rolled "
        "back); run the same command again to go on where it stopped"]
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 32


def test_cli_missing_database_is_reported(tmp_path):
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such database" in result.output


def test_cli_lone_surrogate_line_codes_and_ingests_the_rest_issue9(tmp_path):
    path = tmp_path / "in.jsonl"
    good = [json.dumps({"id": i, "date": "2021-02-03", "text": t}) for i, t in
            (("a", "Chad accused Sudan of shelling border towns."),
             ("c", "Kenya and Uganda signed a trade agreement."))]
    path.write_text("\n".join([good[0], '{"id": "b", "text": "Chad met \\ud800 Niger."}', good[1]]) + "\n",
                    encoding="utf-8")
    result = _run("code", str(path), "--format", "jsonl")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = [e for e in result.stderr.splitlines() if "line 2" in e]
    assert line == f'detente: {path} line 2: the "text" field holds an unpaired surrogate (U+D800) at character 9: ' \
                   "it is not text (often a broken \\u escape); fix or drop it at the source"
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["a", "c"]
    db = tmp_path / "d.duckdb"
    ingested = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db)])
    assert ingested.exit_code == 1 and not isinstance(ingested.exception, Exception), ingested.output
    assert "3 articles read: 2 stored, 0 already in the store, 1 failed" in ingested.output
    assert ingested.output.count("line 2") == 1


@pytest.mark.parametrize("command", ["code", "ingest"])
@pytest.mark.parametrize("value", ["0", "-5"])
def test_cli_max_chars_must_be_positive(tmp_path, command, value):
    # -5 refused every article as "over the limit of -5"; 0 was read as the default
    extra = ["--db", str(tmp_path / "d.duckdb")] if command == "ingest" else []
    result = CliRunner().invoke(main, [command, "-", *extra, "--max-chars", value], input="Chad met Niger.")
    assert result.exit_code == 2 and "Invalid value for '--max-chars'" in result.output
    assert not (tmp_path / "d.duckdb").exists()


def test_cli_implausible_date_option_is_a_usage_error_issue9():
    result = CliRunner().invoke(main, ["code", "-", "--date", "9999-12-31"], input="Chad met Niger.")
    assert result.exit_code == 2 and "outside the plausible window 1945-01-01" in result.output


def test_cli_lock_message_names_no_missing_flag_issue9(tmp_path):
    from detente.store import Store

    db = tmp_path / "d.duckdb"
    with Store.open(db):  # this process writes: another one cannot even read
        result = _run("events", "--db", str(db))
    assert result.returncode == 1 and "locked by another detente process" in result.stderr
    assert "--read-only" not in result.stderr and "detente serve" in result.stderr


@pytest.mark.parametrize("value", ["0", "-5"])
def test_cli_serve_max_body_must_be_positive_issue9(tmp_path, value):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "d.duckdb"), "--max-body", value])
    assert result.exit_code == 2 and "Invalid value for '--max-body'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_serve_creates_a_missing_database_issue9(tmp_path, monkeypatch):
    import detente.web
    from detente.store import Store

    served = []
    monkeypatch.setattr(detente.web, "serve", lambda db, **kwargs: served.append(db))
    db = tmp_path / "new.duckdb"
    result = CliRunner().invoke(main, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "an empty one was created" in result.output and served == [db]
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 0
    missing_folder = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "no" / "d.duckdb")])
    assert missing_folder.exit_code == 1 and "does not exist" in missing_folder.output


def test_cli_serve_refuses_a_file_that_is_no_database_and_a_port_out_of_range(tmp_path, monkeypatch):
    import detente.web
    from detente.store import Store, StoreLocked

    served = []
    monkeypatch.setattr(detente.web, "serve", lambda db, **kwargs: served.append(db))
    notes = tmp_path / "notes.txt"  # --db README.md: it served a 503 on every page
    notes.write_text("not a database\n")
    result = CliRunner().invoke(main, ["serve", "--db", str(notes)])
    assert result.exit_code == 1 and "not a DuckDB database" in result.output and not served
    assert notes.read_text() == "not a database\n"
    for port in ("0", "99999", "-1"):  # a traceback from the socket's bind, after the app had started
        result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "d.duckdb"), "--port", port])
        assert result.exit_code == 2 and "Invalid value for '--port'" in result.output and not served
    db = tmp_path / "d.duckdb"
    Store.open(db).close()
    assert CliRunner().invoke(main, ["serve", "--db", str(db)]).exit_code == 0 and served == [db]

    def locked(path, read_only=False, create=False):  # an ingest holds it: served, as before
        raise StoreLocked(f"{path}: database is locked by another detente process")

    monkeypatch.setattr(Store, "open", locked)
    assert CliRunner().invoke(main, ["serve", "--db", str(db)]).exit_code == 0 and served == [db, db]


def test_cli_progress_is_drawn_on_stderr_only_on_a_terminal(monkeypatch):
    """The library shows nothing; the CLI's progress display goes to stderr (stdout carries the output)."""
    from detente.cli_common import progress_bar

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    with progress_bar("coding") as advance:
        advance()  # a no-op off a terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    progress = progress_bar("coding", unit="sentences")
    with progress as advance:
        advance(2)
        assert progress._display.console.stderr
        assert progress._display.tasks[0].completed == 2


def test_cli_min_confidence_leaves_out_less_confident_events(tmp_path):
    text = "Chad accused Sudan of shelling border towns on Monday."
    every = CliRunner().invoke(main, ["code", "-", "--date", "2021-02-03", "--format", "json"], input=text)
    assert every.exit_code == 0, every.output
    [article] = json.loads(every.output)
    assert article["events"] and all(e["confidence"] < 1.0 for e in article["events"])
    none = CliRunner().invoke(main, ["code", "-", "--date", "2021-02-03", "--format", "json",
                                     "--min-confidence", "1.0"], input=text)
    assert none.exit_code == 0 and json.loads(none.output)[0]["events"] == []
    assert json.loads(none.output)[0]["actors"] == article["actors"]  # the article is still there
    bad = CliRunner().invoke(main, ["code", "-", "--min-confidence", "1.5"], input=text)
    assert bad.exit_code == 2 and "--min-confidence" in bad.output


def test_api_min_confidence_reaches_the_workers_coders(monkeypatch):
    # with several workers each builds its coder from a CoderSpec: the threshold must travel in it
    from detente import api, parallel

    seen = []
    monkeypatch.setattr(parallel, "code_with", lambda items, **kw: seen.append(kw["spec"]) or iter(()))
    list(api.code_paths(["-"], workers=2, min_confidence=0.3))
    assert seen and seen[0].min_confidence == 0.3


def test_cli_relations_by_party_counts_officials_as_their_country(tmp_path):
    # `make demo` ended on "Russia (government) -- Turkey (government)" and "Erdogan -- Putin" as two
    # relations: by party (the default, as the web app's network) they are one
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "p1", "date": "2021-06-10", "text": "Kenyan President William Ruto met Ugandan President Yoweri "
                                                   "Museveni in Nairobi on Tuesday."},
        {"id": "p2", "date": "2021-06-12", "text": "Kenya and Uganda signed a trade agreement on Saturday."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    assert _run("ingest", str(corpus), "--db", str(db)).returncode == 0
    by_party = CliRunner().invoke(main, ["relations", "--db", str(db), "--format", "json"])
    assert by_party.exit_code == 0, by_party.output
    [relation] = json.loads(by_party.output)
    assert {relation["a_key"], relation["b_key"]} == {"KEN", "UGA"} and relation["events"] == 2
    by_actor = CliRunner().invoke(main, ["relations", "--db", str(db), "--by", "actor", "--format", "json"])
    assert len(json.loads(by_actor.output)) == 2


def test_cli_trend_n_a_says_why_and_one_mediation_event_is_singular(tmp_path):
    # a relation seen in one month has no trend: "trend n/a" alone read as a fault; and "1 mediation events"
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "m1", "date": "2022-03-08", "text": "Kenya and Uganda signed a trade agreement on Monday."},
        {"id": "m2", "date": "2022-03-09", "text": "Ghana offered to mediate between Kenya and Uganda on Tuesday."},
        {"id": "m3", "date": "2022-03-10", "text": "Ghana met Kenyan officials in Accra on Wednesday."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "n.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    relations = CliRunner().invoke(main, ["relations", "--db", str(db)])
    line = next(line for line in relations.output.splitlines() if line.startswith("Kenya -- Uganda"))
    assert "trend n/a (dated events in fewer than two months)" in line, relations.output
    dyad = CliRunner().invoke(main, ["dyad", "Kenya", "Uganda", "--db", str(db)])
    assert "trend: n/a (dated events in fewer than two months)" in " ".join(dyad.output.split()), dyad.output
    mediators = CliRunner().invoke(main, ["mediators", "Kenya", "Uganda", "--db", str(db)])
    assert "Ghana (GHA)" in mediators.output and "1 mediation event," in mediators.output, mediators.output


def test_cli_events_table_shows_each_events_first_mention_read_in_one_query(tmp_path, monkeypatch):
    # the table read the mention with the smallest id (not the earliest, as the API and the pages show),
    # one query per event: 500 events took 5 s
    from detente.store import Store
    from detente.store.rows import first_mention

    records = []
    for n, (a, b) in enumerate([("Kenya", "Uganda"), ("Ghana", "Togo"), ("Chad", "Niger"), ("Peru", "Chile"),
                                ("Laos", "Vietnam"), ("Mali", "Senegal")]):
        records.append({"id": f"late{n}", "date": "2022-03-11",
                        "text": f"{a} accused {b} of arming rebels on Thursday."})
        records.append({"id": f"early{n}", "date": "2022-03-09", "text": f"{a} accused {b} on Tuesday of supporting "
                                                                          "rebels near the border."})
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    with Store.open(db, read_only=True) as store:
        events = [e for e in store.events() if e.num_mentions == 2]
        firsts = {e.id: first_mention(store.mentions(e.mention_ids)) for e in events}
        assert len(events) == 6 and all(f.article_id.startswith("early") for f in firsts.values())
    calls = []
    original = Store.mentions
    monkeypatch.setattr(Store, "mentions", lambda self, ids: calls.append(ids) or original(self, ids))
    table = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "table"], env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    assert table.output.count("on Tuesday of supporting") == 6 and "arming" not in table.output, table.output
    assert len(calls) == 1


def test_cli_dyad_takes_a_span_as_the_web_apps_dyad_does(tmp_path):
    # the page and /api/dyad take since/until; `detente dyad` had no way to look at one span
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "s1", "date": "2020-02-04", "text": "Kenya and Uganda signed a trade agreement on Monday."},
        {"id": "s2", "date": "2021-06-10", "text": "Kenya accused Uganda of shelling border villages."},
        {"id": "s3", "date": "2022-09-14", "text": "Uganda threatened Kenya with sanctions."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    span = CliRunner().invoke(main, ["dyad", "Kenya", "Uganda", "--db", str(db), "--by", "year", "--format", "csv",
                                     "--since", "2021-01-01", "--until", "2021-12-31"])
    assert span.exit_code == 0, span.output
    assert [row.split(",")[0] for row in span.output.strip().splitlines()[1:]] == ["2021"]
    reversed_span = CliRunner().invoke(main, ["dyad", "Kenya", "Uganda", "--db", str(db), "--since", "2022-01-01",
                                              "--until", "2021-01-01"])
    assert reversed_span.exit_code == 2 and "is after --until" in reversed_span.output


def test_cli_relations_of_a_span_are_the_web_apps_network_of_that_span(tmp_path):
    # the network page and /api/network take a period; `detente relations` listed the whole store only
    from fastapi.testclient import TestClient

    from detente.web import create_app

    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "r1", "date": "2020-02-04", "text": "Kenya and Uganda signed a trade agreement on Monday."},
        {"id": "r2", "date": "2020-03-04", "text": "Kenya and Uganda held talks in Kampala on Tuesday."},
        {"id": "r3", "date": "2021-06-10", "text": "Chad accused Niger of shelling border villages."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    span = ["--since", "2021-01-01", "--until", "2021-12-31"]
    listed = CliRunner().invoke(main, ["relations", "--db", str(db), "--format", "json", *span])
    assert listed.exit_code == 0, listed.output
    pairs = [(r["a_key"], r["b_key"], r["events"], r["state"], r["trend"]) for r in json.loads(listed.output)]
    assert pairs == [("NER", "TCD", 1, "conflictual", "n/a")]
    with TestClient(create_app(db)) as client:
        edges = client.get("/api/network", params={"since": "2021-01-01", "until": "2021-12-31"}).json()["edges"]
    assert [(e["a"], e["b"], e["events"], e["state"], e["trend"]) for e in edges] == pairs
    reversed_span = CliRunner().invoke(main, ["relations", "--db", str(db), "--since", "2022-01-01",
                                              "--until", "2021-01-01"])
    assert reversed_span.exit_code == 2


def test_cli_events_list_plans_last_as_the_api_does(tmp_path):
    # `detente events` put a plan for next month at the head of what happened; /api/events and the pages
    # list events dated after the newest fact last
    from fastapi.testclient import TestClient

    from detente.web import create_app

    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "p1", "date": "2023-05-02", "text": "Kenya accused Uganda of shelling border villages on Monday."},
        {"id": "p2", "date": "2023-05-03", "text": "Chad will sign a trade agreement with Niger on June 20, 2023."},
        {"id": "p3", "date": "2023-04-12", "text": "Peru recalled its ambassador to Chile on Tuesday."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "p.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    listed = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json"])
    days = [(e["first_day"], e["modality"]) for e in json.loads(listed.output)]
    assert days[-1] == ("2023-06-20", "future") and len(days) >= 3, days
    assert [d for d, _ in days[:-1]] == sorted((d for d, _ in days[:-1]), reverse=True)
    with TestClient(create_app(db)) as client:
        api = [e["id"] for e in client.get("/api/events").json()["items"]]
    assert api == [e["id"] for e in json.loads(listed.output)]


def test_cli_events_by_id_shows_the_evidence_that_changes_names(tmp_path):
    # `detente changes` gives its evidence as event ids, which no command could show
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "i1", "date": "2021-03-02", "text": "Kenya accused Uganda of shelling border villages."},
        {"id": "i2", "date": "2021-05-14", "text": "Uganda threatened Kenya with sanctions."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "i.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    every = json.loads(CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json"]).output)
    wanted = [every[-1]["id"], every[0]["id"]]
    shown = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json", "--id", wanted[0], "--id",
                                      wanted[1], "--id", wanted[0]])
    assert shown.exit_code == 0 and [e["id"] for e in json.loads(shown.output)] == wanted
    table = CliRunner().invoke(main, ["events", "--db", str(db), "--id", wanted[0]], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "1 in 1" in table.output
    unknown = CliRunner().invoke(main, ["events", "--db", str(db), "--id", "v0000"])
    assert unknown.exit_code == 2 and "no event with id 'v0000'" in unknown.output


def test_cli_serve_on_a_port_in_use_is_one_line(tmp_path):
    # uvicorn logged the bind error among its start-up lines and exited with status 3
    import socket

    from detente.store import Store

    db = tmp_path / "d.duckdb"
    Store.open(db).close()
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "detente.cli", "serve", "--db", str(db), "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == (f"detente: cannot listen on 127.0.0.1:{port}: Address already in use (another "
                                     "server holds it: stop it, or choose another --port)")


def test_cli_tables_show_article_text_that_looks_like_rich_markup_as_it_is(tmp_path):
    # '[/]' in a sentence made `detente events` and `mediators` end in rich's MarkupError; '[red]...[/red]'
    # lost its brackets in every table
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in [
        {"id": "k1", "date": "2024-03-04", "title": "Border [/] row",
         "text": "Kenya accused Uganda [/b] of shelling border villages on Monday, [red]officials said[/red]."},
        {"id": "k2", "date": "2024-03-05", "text": 'Ghana met Kenyan officials [/] in Accra on Tuesday. '
                                                   '"We want [bold]calm[/bold]," the minister said.'},
        {"id": "k3", "date": "2024-03-06", "text": "Ghana met Ugandan officials in Accra on Wednesday."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    wide = {"COLUMNS": "250"}
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    events = CliRunner().invoke(main, ["events", "--db", str(db)], env=wide)
    assert events.exit_code == 0, events.output
    assert "Uganda [/b] of shelling" in events.output and "[red]officials said[/red]" in events.output
    mediators = CliRunner().invoke(main, ["mediators", "Kenya", "Uganda", "--db", str(db)], env=wide)
    assert mediators.exit_code == 0 and "Ghana met Kenyan officials [/] in Accra" in mediators.output, mediators.output
    coded = CliRunner().invoke(main, ["code", str(corpus)], env=wide)
    assert coded.exit_code == 0 and "Border [/] row" in coded.output and "[bold]calm[/bold]" in coded.output


def test_cli_actor_and_dyad_without_events_say_so(tmp_path):
    # an empty table, with no word, read as a fault (mediators already said "none found in the store")
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "e1", "date": "2024-03-04", "text": "Kenya accused Uganda of spying."}) + "\n",
                      encoding="utf-8")
    db = tmp_path / "e.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    actor = CliRunner().invoke(main, ["actor", "Peru", "--db", str(db)], env={"COLUMNS": "200"})
    assert actor.exit_code == 0 and "no events of Peru with another actor in the store" in actor.output
    dyad = CliRunner().invoke(main, ["dyad", "Peru", "Chile", "--db", str(db)], env={"COLUMNS": "200"})
    assert dyad.exit_code == 0 and "no events between Peru and Chile in the store" in dyad.output
    busy = CliRunner().invoke(main, ["dyad", "Kenya", "Uganda", "--db", str(db)], env={"COLUMNS": "200"})
    assert "no events between" not in busy.output
    events = CliRunner().invoke(main, ["events", "--actor", "Peru", "--db", str(db)], env={"COLUMNS": "200"})
    assert events.exit_code == 0 and "no stored event matches" in events.output


def test_cli_ingest_takes_the_merge_switch(tmp_path, monkeypatch):
    # ingest had no --merge: what `detente code --merge` left could not be stored as such
    from detente import api

    real, seen = api.make_coder, []

    def spy(**kwargs):
        seen.append(kwargs.get("merge"))
        return real(**kwargs)

    monkeypatch.setattr(api, "make_coder", spy)
    path = tmp_path / "in.txt"
    path.write_text("Chad accused Sudan of shelling border towns.", encoding="utf-8")
    for flag, expected in (("--merge", True), ("--no-merge", False)):
        db = tmp_path / f"{flag}.duckdb"
        result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--date", "2022-03-01", flag])
        assert result.exit_code == 0, result.output
        assert seen[-1] is expected


def test_cli_format_option_defaults_to_its_first_choice():
    import click

    from detente.cli_common import format_option

    @click.command()
    @format_option("md", "html")
    def show(fmt):
        click.echo(fmt)

    assert CliRunner().invoke(show, []).output == "md\n"
    assert CliRunner().invoke(show, ["--format", "html"]).output == "html\n"
    assert CliRunner().invoke(show, ["--format", "csv"]).exit_code == 2
