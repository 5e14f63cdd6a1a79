"""A user's actor file is the run's knowledge base everywhere (issue 10, item 4): the commands that
name actors (dyad, actor, mediators, events, relations, export) and the web app resolve names with
it, not with the shipped base alone.

The actor and the articles are synthetic, written for this test the way wire copy is written.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from detente.cli import main

USER_ACTORS = [
    {"type": "group", "id": "lakes-front", "name": "Lakes Liberation Front", "aliases": ["Lakes Front"],
     "code": "UGAREBLLF", "country": "UGA", "sector": "REB", "nominals": ["rebels"]},
]
ARTICLES = [  # synthetic
    {"id": "syn-attack", "date": "2024-03-04",
     "text": "Fighters of the Lakes Liberation Front attacked Kenyan police posts near the border on Monday, "
             "officials said."},
    {"id": "syn-accuse", "date": "2024-03-06",
     "text": "Kenya accused the Lakes Liberation Front of shelling border villages."},
    {"id": "syn-talks", "date": "2024-03-09",
     "text": "Tanzania met Kenyan officials on Friday. Tanzania also hosted envoys of the Lakes Liberation Front."},
]


@pytest.fixture(scope="module")
def user_files(tmp_path_factory, nlp):
    """(actor file, database) of a store ingested with the user's actor file."""
    from detente import api
    from detente.actors import kb as kb_mod
    from detente.pipeline import Coder
    from detente.store import Store

    folder = tmp_path_factory.mktemp("user-actors")
    actors = folder / "actors.jsonl"
    actors.write_text("".join(json.dumps(a) + "\n" for a in USER_ACTORS), encoding="utf-8")
    news = folder / "news.jsonl"
    news.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = folder / "store.duckdb"
    coder = Coder(nlp=nlp, kb=kb_mod.load(actors))
    with Store.open(db) as store:
        summary = api.ingest_paths([str(news)], store, coder=coder)
    assert summary.stored == len(ARTICLES) and summary.failed == 0
    return actors, db


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_user_actors_dyad_resolves_the_users_alias_only_with_actors(user_files):
    actors, db = user_files
    without = _run("dyad", "Kenya", "Lakes Front", "--db", str(db))
    assert without.exit_code == 2 and "Lakes Front" in without.output
    result = _run("dyad", "Kenya", "Lakes Front", "--db", str(db), "--actors", str(actors), "--format", "json")
    assert result.exit_code == 0, result.output
    dyad = json.loads(result.output)
    assert dyad["b"] == {"label": "Lakes Liberation Front", "keys": ["lakes-front"], "countries": []}
    kinds = {kind for p in dyad["periods"] for kind in p["by_plover"]}
    assert "ASSAULT" in kinds  # the front attacked Kenyan police


def test_user_actors_actor_lists_the_users_actors_partners(user_files):
    actors, db = user_files
    assert _run("actor", "Lakes Front", "--db", str(db)).exit_code == 2
    result = _run("actor", "Lakes Front", "--db", str(db), "--actors", str(actors), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "KEN" in [p["key"] for p in json.loads(result.output)]


def test_user_actors_mediators_between_kenya_and_the_users_actor(user_files):
    actors, db = user_files
    assert _run("mediators", "Kenya", "Lakes Front", "--db", str(db)).exit_code == 2
    result = _run("mediators", "Kenya", "Lakes Front", "--db", str(db), "--actors", str(actors), "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found and found[0]["key"] == "TZA"  # Tanzania met both sides


def test_user_actors_events_filtered_by_the_users_actor(user_files):
    actors, db = user_files
    assert _run("events", "--actor", "Lakes Front", "--db", str(db)).exit_code == 2
    result = _run("events", "--actor", "Lakes Front", "--db", str(db), "--actors", str(actors), "--format", "json")
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)
    assert events and all("lakes-front" in e["source_keys"] + e["target_keys"] for e in events)


def test_user_actors_bad_file_is_reported_by_every_command(user_files, tmp_path):
    _, db = user_files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "planet", "id": "x", "name": "X"}\n', encoding="utf-8")
    for command in (["dyad", "Kenya", "Uganda"], ["actor", "Kenya"], ["mediators", "Kenya", "Uganda"],
                    ["events", "--actor", "Kenya"], ["relations"], ["export", "--format", "gdelt", "-o",
                                                                      str(tmp_path / "e.tsv")]):
        result = _run(*command, "--db", str(db), "--actors", str(bad))
        assert result.exit_code == 2 and "bad.jsonl line 1" in result.output, command


def test_user_actors_web_actor_page_and_api_use_the_apps_knowledge_base(user_files, coder):
    from fastapi.testclient import TestClient

    from detente.actors import kb as kb_mod
    from detente.web import create_app

    actors, db = user_files
    with TestClient(create_app(db, kb=kb_mod.load(actors), coder_factory=lambda: coder)) as client:
        page = client.get("/actors/Lakes%20Front")
        assert page.status_code == 200 and "Lakes Liberation Front" in page.text
        view = client.get("/api/actors/Lakes%20Front").json()
        assert view["side"]["keys"] == ["lakes-front"] and "KEN" in [p["key"] for p in view["partners"]]
        assert client.get("/api/dyad", params={"a": "Kenya", "b": "Lakes Front"}).status_code == 200
    with TestClient(create_app(db, coder_factory=lambda: coder)) as shipped_only:
        assert shipped_only.get("/api/actors/Lakes%20Front").status_code == 404
