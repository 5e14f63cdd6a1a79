"""The brief (issue 13) on a planted corpus stored as coded records (synthetic)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from detente.actors.kb import load_default
from detente.cli import main
from detente.relations.brief import brief, to_html, to_markdown
from detente.relations.planted import plant, write_records

KB = load_default()  # the run's knowledge base, passed to every call as the CLI does


@pytest.fixture(scope="module")
def planted_db(tmp_path_factory):
    from detente.store import Store

    planted = plant(1, noise=0.1, changing=4, stable=2, camps=3, camp_size=4)
    path = tmp_path_factory.mktemp("brief") / "brief.duckdb"
    with Store.open(path) as store:
        write_records(planted, store)
    return planted, path


def test_brief_lists_the_turning_points_of_the_span_with_evidence_and_links(planted_db):
    from detente.store import Store

    planted, path = planted_db
    since, until = dt.date(2022, 1, 1), dt.date(2022, 12, 31)
    with Store.open(path, read_only=True) as store:
        result = brief(store, since, until, base_url="http://example.test/", kb=KB)
    expected = {(planted.names[c.a], planted.names[c.b], c.kind) for c in planted.changes if since <= c.date <= until}
    listed = result.turning_points
    assert expected and all(any(f"{a} – {b}: {kind}" in item.text for item in listed) for a, b, kind in expected)
    assert all(item.sentence.endswith("(synthetic).") and item.link.startswith("http://example.test/dyad?a=")
               for item in listed)
    assert result.camp_moves  # two camps merge in the second year
    assert len(result.active_pairs) == 5 and result.new_relations == [] and result.ended_relations == []
    text = to_markdown(result)
    assert text.startswith("# What changed, 2022-01-01 to 2022-12-31") and len(text.split()) < 600
    assert "<h2>Camp moves</h2>" in to_html(result)


def test_brief_command_writes_markdown_or_html(planted_db, tmp_path):
    _, path = planted_db
    runner = CliRunner()
    done = runner.invoke(main, ["brief", "--db", str(path), "--since", "2022-01-01"])
    assert done.exit_code == 0 and "## Turning points" in done.output
    target = tmp_path / "brief.html"
    done = runner.invoke(main, ["brief", "--db", str(path), "--since", "2022-01-01", "--until", "2022-06-30",
                                "--format", "html", "-o", str(target)])
    assert done.exit_code == 0 and target.read_text().startswith("<!doctype html>")
    done = runner.invoke(main, ["brief", "--db", str(path), "--since", "2022-06-01", "--until", "2022-01-01"])
    assert done.exit_code == 2 and "before since" in done.output
    # without --until the span ends at the newest event: a --since after it read "until (...) is before since",
    # an until the user never gave
    done = runner.invoke(main, ["brief", "--db", str(path), "--since", "2090-01-01"])
    assert done.exit_code == 2 and "since (2090-01-01) is after the store's newest event (" in done.output


def test_changes_and_blocs_commands(planted_db):
    planted, path = planted_db
    runner = CliRunner()
    done = runner.invoke(main, ["changes", "--db", str(path), "--format", "json"])
    rows = json.loads(done.output)
    assert done.exit_code == 0 and isinstance(rows, list) and {r["kind"] for r in rows} <= {
        "break", "rapprochement", "escalation", "de-escalation"}
    truth = planted.changes[0]
    done = runner.invoke(main, ["changes", "--db", str(path), "--actor", truth.a, "--actor", truth.b,
                                "--format", "csv", "--by", "quarter"])
    lines = done.output.splitlines()
    assert done.exit_code == 0 and lines[0].startswith("date,period,a,b,kind") and truth.kind in lines[1]
    done = runner.invoke(main, ["blocs", "--db", str(path), "--format", "json"])
    periods = json.loads(done.output)
    assert [p["period"] for p in periods] == ["2021", "2022"] and periods[1]["moves"]
    done = runner.invoke(main, ["blocs", "--db", str(path), "--by", "all"])
    assert done.exit_code == 0 and done.output.startswith("period")


def test_changes_and_blocs_say_when_they_find_nothing_and_refuse_min_events_under_1(planted_db):
    # an empty span printed a bare header, which read as a fault; --min-events 0 or -3 was taken (the API: 422)
    _, path = planted_db
    runner = CliRunner()
    for command, said in ((["changes"], "no turning point: no pair with 3 or more dated events"),
                          (["blocs"], "no camps: no pair has 2 or more events in a period")):
        done = runner.invoke(main, [*command, "--db", str(path), "--since", "2090-01-01"])
        assert done.exit_code == 0 and f"detente: {said}" in done.output, done.output
        done = runner.invoke(main, [*command, "--db", str(path), "--since", "2090-01-01", "--format", "csv"])
        assert "detente:" not in done.output  # machine formats stay as they are
        done = runner.invoke(main, [*command, "--db", str(path), "--min-events", "0"])
        assert done.exit_code == 2 and "0 is not in the range x>=1" in done.output


def test_brief_of_a_span_from_the_first_centuries_is_no_traceback(planted_db):
    # the span before one from 1000-01-01 to 2023 starts before year 1: an OverflowError came out as a traceback
    from detente.store import Store

    _, path = planted_db
    with Store.open(path, read_only=True) as store:
        whole = brief(store, dt.date(1000, 1, 1), kb=KB)
        everything = brief(store, dt.date.min, dt.date.max, kb=KB)
    assert whole.turning_points and to_markdown(whole).startswith("# What changed, 1000-01-01 to 20")
    assert [t.text for t in everything.turning_points] == [t.text for t in whole.turning_points]
    done = CliRunner().invoke(main, ["brief", "--db", str(path), "--since", "0001-01-01", "--until", "9999-12-31"])
    assert done.exit_code == 0 and "## Turning points" in done.output


def test_brief_states_of_pairs_are_the_relations_states(tmp_path):
    # the brief called a pair "conflictual" on a simple majority (three conflictual acts of five) where
    # `detente relations`, the network and the dyad page it links to (two thirds and the Goldstein sum's
    # sign, dyad.state_of) said "mixed"
    from detente.relations import strongest_relations
    from detente.store import Store

    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"m{n}", "date": f"2022-0{n + 1}-15", "text": text}) for n, text in
                                enumerate(["Kenya accused Uganda of arming rebels.", "Kenya praised Uganda.",
                                           "Uganda accused Kenya of spying.", "Kenya and Uganda signed a trade deal.",
                                           "Kenya condemned Uganda over the arrests."])) + "\n", encoding="utf-8")
    db = tmp_path / "b.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    since, until = dt.date(2022, 1, 1), dt.date(2022, 12, 31)
    with Store.open(db, read_only=True) as store:
        result = brief(store, since, until, kb=KB)
        [relation] = strongest_relations(store, 10, by="party", since=since, until=until, kb=KB)
    assert (relation.events, relation.state) == (5, "mixed")
    assert [item.text for item in result.active_pairs] == ["Kenya – Uganda: 5 events, mixed"]


def test_state_of_counts_is_state_of_events():
    from types import SimpleNamespace

    from detente.relations.dyad import state_of, state_of_counts

    for quads in ([1, 1, 4], [1, 4], [3, 4, 1], [1], [4, 4, 4, 1, 1], [2, 3]):
        events = [SimpleNamespace(quad_class=q, goldstein=3.0 if q < 3 else -2.0) for q in quads]
        assert state_of_counts(len(quads), sum(q < 3 for q in quads), sum(q >= 3 for q in quads),
                               sum(e.goldstein for e in events)) == state_of(events), quads
    assert state_of_counts(0, 0, 0, 0.0) == "none"


def test_brief_markdown_quotes_article_text_as_text():
    # evidence sentences come from untrusted articles: they went into the Markdown raw, where a renderer
    # (pandoc, most site generators) passes HTML through and reads link syntax; a line break left the quote
    from detente.relations.brief import Brief, Item

    hostile = ("Kenya <script>alert(1)</script> accused [Uganda](javascript:alert(1)) of *arming* rebels\n"
               "# and `more` & less")
    result = Brief(since=dt.date(2022, 1, 1), until=dt.date(2022, 2, 1),
                   active_pairs=[Item("Kenya – Uganda: 2 events, mixed", hostile, "http://127.0.0.1:8000/dyad?a=KEN")])
    text = to_markdown(result)
    [quote] = [line for line in text.splitlines() if line.startswith("  > ")]
    assert "<script" not in text and "[Uganda](" not in text and "\n# and" not in text
    assert quote == (r"  > Kenya &lt;script&gt;alert(1)&lt;/script&gt; accused \[Uganda\](javascript:alert(1)) of "
                     r"\*arming\* rebels \# and \`more\` &amp; less")
