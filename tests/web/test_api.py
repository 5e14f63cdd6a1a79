"""The HTTP API and the pages through FastAPI's TestClient, on a store of articles written for
these tests (tests/web/conftest.py) coded by the real coder."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from web_helpers import AUTH, BAD_AUTH, LiveServer

from detente.export import gdelt_event_id

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

WEB = Path(__file__).resolve().parents[2] / "src" / "detente" / "web"


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) >= {"error", "detail"} and body["error"]
    return body


# -- writing: coding and ingesting ---------------------------------------------------------------
def test_web_code_returns_the_coded_article(client):
    import jsonschema

    from detente.schema import article_schema

    response = client.post("/api/code", headers=AUTH,
                           json={"text": "Kenya and Uganda signed a trade agreement on Monday.", "date": "2021-05-06",
                                 "title": "Trade"})
    assert response.status_code == 200, response.text
    article = response.json()
    jsonschema.validate(article, article_schema())
    assert article["schema"] == "detente/1" and article["title"] == "Trade" and article["date"] == "2021-05-06"
    [event] = [e for e in article["events"] if e["plover"] == "SUPPORT"]
    assert event["date"]["value"] == "2021-05-03"  # "on Monday" resolved against the publication date


def test_web_code_keeps_the_records_id_source_and_url(client):
    # they were dropped (the output id was a hash of the text), unlike `detente code` and POST /api/articles
    for given, expected in (("wire-7", "wire-7"), (7, "7")):
        response = client.post("/api/code", headers=AUTH, json={
            "text": "Chad accused Sudan of shelling border towns.", "id": given, "source": "Example Wire",
            "url": "https://example.org/chad"})
        assert response.status_code == 200, response.text
        article = response.json()
        assert (article["id"], article["source"], article["url"]) == (expected, "Example Wire",
                                                                      "https://example.org/chad")
    too_long = {"text": "Chad accused Sudan of shelling border towns.", "id": "x" * 1001}
    assert "over the limit of 1,000" in _error(client.post("/api/code", json=too_long, headers=AUTH), 422)["detail"]


def test_web_code_stores_nothing(client):
    before = client.get("/api/events", params={"limit": 500}).json()["items"]
    client.post("/api/code", headers=AUTH, json={"text": "Chad accused Sudan of shelling border towns."})
    assert client.get("/api/events", params={"limit": 500}).json()["items"] == before


@pytest.mark.parametrize("path, body", [("/api/code", {"text": "Kenya met Uganda."}),
                                        ("/api/articles", {"articles": [{"text": "Kenya met Uganda."}]})])
def test_web_writing_without_token_is_401(client, path, body):
    response = client.post(path, json=body)
    assert _error(response, 401)["error"] == "missing token"
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("headers", [BAD_AUTH, {"Authorization": "Basic dDBrOg=="}, {"Authorization": "Bearer"},
                                     {"Authorization": "Bearer t0k-and-more"}])
@pytest.mark.parametrize("path, body", [("/api/code", {"text": "Kenya met Uganda."}),
                                        ("/api/articles", {"articles": [{"text": "Kenya met Uganda."}]})])
def test_web_writing_with_a_wrong_token_is_401(client, path, body, headers):
    assert _error(client.post(path, json=body, headers=headers), 401)["error"] == "wrong token"


def test_web_writing_is_refused_without_a_configured_token(web_db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    with TestClient(create_app(web_db, coder_factory=lambda: coder)) as plain:
        for path, body in (("/api/code", {"text": "Kenya met Uganda."}),
                           ("/api/articles", {"articles": [{"text": "Kenya met Uganda."}]})):
            body = _error(plain.post(path, json=body, headers=AUTH), 403)
            assert "DETENTE_TOKEN" in body["detail"]
        assert plain.get("/api/events").status_code == 200  # reading needs no token


def test_web_token_is_checked_before_the_body_is_parsed(client):
    response = client.post("/api/code", content=b"{not json", headers={"Content-Type": "application/json"})
    _error(response, 401)


@pytest.mark.parametrize("body, fragment", [
    ({"text": "Kenya met Uganda.", "date": "next Tuesday-ish"}, "date"),
    ({"text": "Kenya met Uganda.", "date": "03/04/2021"}, "ambiguous"),
    ({"text": "   "}, "empty"),
    ({"text": "PARIS, 14 mai (Synthétique) - Le ministre français des Affaires étrangères a convoqué mardi "
              "l'ambassadeur d'Algérie après l'expulsion de douze agents consulaires, a indiqué le Quai d'Orsay. "
              "Paris a dénoncé une décision injustifiée et a promis une réponse ferme."}, "not English (fr): skipped"),
])
def test_web_code_refuses_bad_input_with_422(client, body, fragment):
    assert fragment in json.dumps(_error(client.post("/api/code", json=body, headers=AUTH), 422)["detail"])


@pytest.mark.parametrize("body", [{}, {"text": 3}, {"title": "no text"}, [], "text"])
def test_web_code_refuses_malformed_bodies_with_422(client, body):
    _error(client.post("/api/code", json=body, headers=AUTH), 422)


def test_web_code_refuses_invalid_json_with_422(client):
    _error(client.post("/api/code", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}), 422)


def test_web_oversize_body_is_413(web_db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    app = create_app(web_db, token="t0k", max_body=1000, coder_factory=lambda: coder)
    with TestClient(app) as small:
        body = {"text": "Kenya met Uganda. " * 100}
        assert _error(small.post("/api/code", json=body, headers=AUTH), 413)["error"] == "body too large"
        assert small.post("/api/code", json={"text": "Kenya met Uganda."}, headers=AUTH).status_code == 200


def test_web_oversize_chunked_body_without_length_is_413(web_db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    app = create_app(web_db, token="t0k", max_body=1000, coder_factory=lambda: coder)
    sent = []

    def chunks():
        for _ in range(50):
            sent.append(1)
            yield b'{"text": "' + b"x" * 100

    with TestClient(app) as small:
        response = small.post("/api/code", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
        assert "content-length" not in {k.lower() for k in response.request.headers}
        _error(response, 413)


def test_web_oversize_chunked_body_over_real_http_is_413(web_db, coder):
    import httpx

    from detente.web import create_app

    app = create_app(web_db, token="t0k", max_body=1000, coder_factory=lambda: coder)

    def chunks():
        yield b'{"articles": [{"text": "'
        for _ in range(40):
            yield b"Kenya met Uganda. " * 4

    with LiveServer(app) as server:
        response = httpx.post(f"{server.url}/api/articles", content=chunks(), timeout=10,
                              headers={**AUTH, "Content-Type": "application/json"})
    assert response.request.headers.get("transfer-encoding") == "chunked"
    _error(response, 413)


def test_web_ingest_stores_articles_and_twice_stores_nothing_new(writable_db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    articles = {"articles": [
        {"id": "new-1", "date": "2021-06-01", "text": "Chad accused Sudan of shelling border towns.", "source": "Wire"},
        {"date": "2021-06-02", "title": "Talks", "text": "Sudan and Chad held talks in Khartoum."},
    ]}
    with TestClient(create_app(writable_db, token="t0k", coder_factory=lambda: coder)) as app:
        first = app.post("/api/articles?wait=true", json=articles, headers=AUTH)
        assert first.status_code == 200, first.text
        assert first.json()["stored"] == 2 and first.json()["already"] == 0 and first.json()["failed"] == 0
        events = app.get("/api/events", params={"limit": 500}).json()["items"]
        second = app.post("/api/articles?wait=true", json=articles, headers=AUTH).json()
        assert second["stored"] == 0 and second["already"] == 2
        assert second["events"] == first.json()["events"] and second["mentions"] == first.json()["mentions"]
        assert app.get("/api/events", params={"limit": 500}).json()["items"] == events
        assert app.get("/api/articles/new-1").json()["source"] == "Wire"
        sudan = app.get("/api/events", params={"actor": "Sudan"}).json()["items"]
        assert {e["type"] for e in sudan} >= {"ACCUSE", "CONSULT"}


def test_web_ingest_reports_an_id_that_names_another_article(writable_db, coder):
    # posted under an id the store (or the same request) holds for another text, an article was counted
    # "already" stored and lost
    from fastapi.testclient import TestClient

    from detente.web import create_app

    articles = {"articles": [
        {"id": "ke-ug-trade", "date": "2021-06-01", "text": "Chad accused Sudan of shelling border towns."},
        {"id": "twice", "date": "2021-06-01", "text": "Peru recalled its ambassador to Chile."},
        {"id": "twice", "date": "2021-06-01", "text": "Mali expelled the French ambassador."},
        {"id": "twice", "date": "2021-06-01", "text": "Peru recalled its ambassador to Chile."},
    ]}
    with TestClient(create_app(writable_db, token="t0k", coder_factory=lambda: coder)) as app:
        result = app.post("/api/articles?wait=true", json=articles, headers=AUTH).json()
        assert (result["stored"], result["already"], result["failed"]) == (1, 1, 2), result
        assert result["errors"] == [
            "articles[0]: id 'ke-ug-trade' is already the id of another article in the store (its title or text "
            "differ: another article, or this one as an older detente read it): skipped; give every article its "
            "own id",
            "articles[2]: id 'twice' is already the id of another article of this request: skipped; give every "
            "article its own id"]
        assert "Peru" in app.get("/api/articles/twice").json()["text"]


def test_web_ingest_refuses_the_whole_request_when_one_article_is_bad(writable_db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    with TestClient(create_app(writable_db, token="t0k", coder_factory=lambda: coder)) as app:
        before = app.get("/api/events", params={"limit": 500}).json()
        body = {"articles": [{"id": "fine", "text": "Chad met Sudan."}, {"id": "bad", "text": "x", "date": "soon"}]}
        detail = _error(app.post("/api/articles", json=body, headers=AUTH), 422)["detail"]
        assert any("articles[1]" in d for d in detail)
        _error(app.post("/api/articles", json={"articles": []}, headers=AUTH), 422)
        assert app.get("/api/events", params={"limit": 500}).json() == before
        _error(app.get("/api/articles/fine"), 404)


def test_web_coder_is_loaded_lazily_once(web_db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    calls = []

    def factory():
        calls.append(1)
        return coder

    app = create_app(web_db, token="t0k", coder_factory=factory)
    assert app.state.detente.coder is None and not calls
    with TestClient(app) as c:
        c.get("/api/events")
        assert not calls
        for _ in range(2):
            assert c.post("/api/code", json={"text": "Kenya met Uganda."}, headers=AUTH).status_code == 200
    assert calls == [1] and app.state.detente.coder is coder


def test_web_a_coder_that_cannot_load_is_503(web_db):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    def broken():
        raise OSError("no spaCy model here")

    with TestClient(create_app(web_db, token="t0k", coder_factory=broken)) as c:
        body = _error(c.post("/api/code", json={"text": "Kenya met Uganda."}, headers=AUTH), 503)
        assert "no spaCy model here" in body["detail"]


def test_web_create_app_does_no_work_and_a_missing_database_is_503(tmp_path):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    def no_coder():
        raise AssertionError("the coder must not be loaded")

    app = create_app(tmp_path / "absent.duckdb", coder_factory=no_coder)
    with TestClient(app) as c:
        body = _error(c.get("/api/events"), 503)
        assert "no such database" in body["detail"]
        page = c.get("/")
        assert page.status_code == 503 and "no such database" in page.text
    assert not (tmp_path / "absent.duckdb").exists()


def test_web_reads_open_the_database_read_only_and_writes_only_while_ingesting(writable_db, coder):
    """DuckDB refuses a read-write connection next to a read-only one in the same process: the
    reads work beside our read-only connection, the ingest cannot and says so (503)."""
    import duckdb
    from fastapi.testclient import TestClient

    from detente.web import create_app

    with TestClient(create_app(writable_db, token="t0k", coder_factory=lambda: coder)) as app:
        held = duckdb.connect(str(writable_db), read_only=True)
        try:
            assert app.get("/api/events").status_code == 200
            assert app.get("/articles/xss").status_code == 200
            body = _error(app.post("/api/articles?wait=true", json={"articles": [{"text": "Chad met Sudan."}]},
                                   headers=AUTH), 503)
            assert body["error"] == "ingest failed" and "database unavailable" in body["detail"]
        finally:
            held.close()
        assert app.post("/api/articles?wait=true", json={"articles": [{"text": "Chad met Sudan."}]},
                        headers=AUTH).json()["stored"] == 1
        held = duckdb.connect(str(writable_db), read_only=True)  # the writer has closed the file again
        held.close()


# -- reading: events --------------------------------------------------------------------------------
def test_web_events_are_paginated(client):
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["next_offset"] is None and everything["offset"] == 0 and everything["limit"] == 500
    assert len(everything["items"]) >= 8
    seen, offset = [], 0
    while offset is not None:
        page = client.get("/api/events", params={"limit": 3, "offset": offset}).json()
        assert len(page["items"]) <= 3
        seen += [e["id"] for e in page["items"]]
        offset = page["next_offset"]
    assert seen == [e["id"] for e in everything["items"]]
    days = [e["first_day"] for e in everything["items"] if e["first_day"]]
    assert days == sorted(days, reverse=True)
    past = client.get("/api/events", params={"offset": 1000}).json()
    assert past["items"] == [] and past["next_offset"] is None


def test_web_events_carry_links_to_their_sentence(client):
    for event in client.get("/api/events").json()["items"]:
        evidence = event["evidence"]
        assert evidence["href"] == f"/articles/{evidence['article_id']}#s{evidence['sentence_index']}"


def test_web_events_filter_by_actor_type_and_period(client):
    uganda = client.get("/api/events", params={"actor": "Uganda"}).json()["items"]
    assert uganda and all("UGA" in e["source_countries"] + e["target_countries"] for e in uganda)
    both = client.get("/api/events", params=[("actor", "Qatar"), ("actor", "Ethiopia")]).json()["items"]
    assert {k for e in both for k in e["source_keys"] + e["target_keys"]} >= {"QAT", "ETH"}
    consult = client.get("/api/events", params={"type": "consult"}).json()["items"]
    assert consult and {e["plover"] for e in consult} == {"CONSULT"}
    by_code = client.get("/api/events", params={"type": "04"}).json()["items"]
    assert {e["id"] for e in by_code} == {e["id"] for e in consult}
    march = client.get("/api/events", params={"since": "2021-03-01", "until": "2021-03-31"}).json()["items"]
    assert march and all("2021-03-01" <= e["first_day"] <= "2021-03-31" for e in march)


@pytest.mark.parametrize("params", [{"since": "2021-13-01"}, {"until": "yesterday"}, {"limit": 0}, {"limit": 501},
                                    {"limit": "many"}, {"offset": -1}, {"type": "FRIENDSHIP"}, {"type": "0%"},
                                    {"since": "2021-05-01", "until": "2021-01-01"}, {"actor": " "},
                                    {"negated": "perhaps"}])
def test_web_events_refuse_bad_parameters_with_422(client, params):
    _error(client.get("/api/events", params=params), 422)


def test_web_events_unknown_actor_is_404_with_suggestions(client):
    body = _error(client.get("/api/events", params={"actor": "Kenia"}), 404)
    assert body["error"] == "unknown actor" and "Kenya" in body["suggestions"]


def test_web_event_has_all_its_mentions(client):
    event = client.get("/api/events", params={"type": "CONSULT"}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["event"]["id"] == event["id"]
    assert {m["id"] for m in detail["mentions"]} == set(event["mention_ids"])
    for mention in detail["mentions"]:
        assert mention["href"].startswith(f"/articles/{mention['article_id']}#s")
        assert mention["sentence"] and mention["trigger"] in mention["sentence"]


def test_web_unknown_event_and_article_are_404(client):
    assert _error(client.get("/api/events/vnothing"), 404)["error"] == "unknown event"
    assert _error(client.get("/api/articles/nothing-here"), 404)["error"] == "unknown article"
    _error(client.get("/api/articles/a%00b"), 404)


# -- reading: articles, actors, dyads, mediators, network, export -----------------------------------
def test_web_article_has_text_events_actors_and_quotes(client):
    article = client.get("/api/articles/ug-ke-threat").json()
    text = article["text"]
    assert text.startswith("Uganda threatened Kenya")
    assert {a["id"] for a in article["actors"]} >= {"UGA", "KEN", "UGAGOV"}
    for actor in article["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    assert article["quotes"] == [{"text": "we will not back down", "start": text.index("we will"),
                                  "end": text.index("we will") + len("we will not back down"),
                                  "speaker": {"text": "The Ugandan foreign minister", "actor": "UGAGOV"}}]
    threat = next(e for e in article["events"] if e["type"] == "THREATEN")
    assert text[threat["trigger_start"]:threat["trigger_end"]] == threat["trigger"]
    assert threat["sentence_index"] == 0 and threat["href"] == "/articles/ug-ke-threat#s0"


def test_web_actor_has_partners_event_mix_and_timeline(client):
    kenya = client.get("/api/actors/Kenya").json()
    assert kenya["side"]["label"] == "Kenya" and "KEN" in kenya["side"]["countries"]
    partners = {p["key"]: p for p in kenya["partners"]}
    assert set(partners) >= {"UGA", "ETH", "QAT"}
    assert partners["UGA"]["conflictual"] >= 2 and partners["UGA"]["cooperative"] >= 1
    assert partners["UGA"]["href"] == "/actors/UGA"
    assert kenya["event_mix"]["ACCUSE"] >= 1 and sum(kenya["event_mix"].values()) == kenya["events"]
    months = [p["label"] for p in kenya["timeline"]]
    assert months[0] == "2021-01" and months == sorted(months)
    undated = (kenya["undated"] or {"events": 0})["events"]
    assert sum(p["events"] for p in kenya["timeline"]) + undated == kenya["events"]
    assert client.get("/api/actors/KEN").json()["side"] == kenya["side"]
    assert client.get("/api/actors/Nairobi").json()["side"]["label"] == "Kenya"


def test_web_unknown_actor_is_404_with_suggestions(client):
    body = _error(client.get("/api/actors/Kenia"), 404)
    assert body["error"] == "unknown actor" and "Kenya" in body["suggestions"] and "Kenia" in body["detail"]
    _error(client.get("/api/actors/Ugandaa"), 404)


def test_web_dyad_has_periods_states_and_events(client):
    dyad = client.get("/api/dyad", params={"a": "Kenya", "b": "Uganda"}).json()
    assert dyad["by"] == "month" and dyad["total"] >= 4
    periods = {p["label"]: p for p in dyad["periods"]}
    assert periods["2021-01"]["state"] == "cooperative" and periods["2021-02"]["state"] == "conflictual"
    assert periods["2021-01"]["cooperative"] == 1 and periods["2021-02"]["conflictual"] >= 1
    assert dyad["trend"] == "worsening"
    ids = {i for p in dyad["periods"] for i in p["event_ids"]}
    assert ids == set(dyad["events"])
    assert all(e["evidence"]["href"].startswith("/articles/") for e in dyad["events"].values())
    yearly = client.get("/api/dyad", params={"a": "Kenya", "b": "Uganda", "by": "year"}).json()
    assert [p["label"] for p in yearly["periods"]] == ["2021"] and yearly["total"] == dyad["total"]


@pytest.mark.parametrize("params, status", [({"a": "Kenya"}, 422), ({"a": "Kenya", "b": ""}, 422),
                                            ({"a": "Kenya", "b": "Uganda", "by": "fortnight"}, 422),
                                            ({"a": "Kenya", "b": "Uganda", "since": "2021-02-30"}, 422),
                                            ({"a": "Kenya", "b": "Atlantis"}, 404)])
def test_web_dyad_refuses_bad_parameters(client, params, status):
    _error(client.get("/api/dyad", params=params), status)


def test_web_mediators_rank_the_go_between_first(client):
    found = client.get("/api/mediators", params={"a": "Kenya", "b": "Uganda", "limit": 3}).json()
    assert found["a"]["label"] == "Kenya" and found["b"]["label"] == "Uganda"
    first = found["mediators"][0]
    assert first["key"] == "QAT" and first["mediation_events"] == 1 and len(found["mediators"]) <= 3
    assert all(ev["href"] and ev["href"].startswith("/articles/qatar#s") for ev in first["evidence"])
    _error(client.get("/api/mediators", params={"a": "Kenya", "b": "Uganda", "limit": 0}), 422)
    _error(client.get("/api/mediators", params={"a": "Kenia", "b": "Uganda"}), 404)
    _error(client.get("/api/mediators", params={"a": "Kenya", "b": "Nairobi"}), 422)  # one side twice
    _error(client.get("/api/dyad", params={"a": "Kenya", "b": "Kenya"}), 422)


def test_web_network_has_signed_edges_and_follows_the_period(client):
    graph = client.get("/api/network").json()
    nodes = {n["key"] for n in graph["nodes"]}
    assert nodes >= {"KEN", "UGA", "QAT", "ETH"}
    edges = {frozenset((e["a"], e["b"])): e for e in graph["edges"]}
    assert edges[frozenset(("KEN", "UGA"))]["state"] in ("conflictual", "mixed")
    assert edges[frozenset(("ETH", "KEN"))]["state"] == "cooperative"
    later = client.get("/api/network", params={"since": "2021-04-01"}).json()
    assert "QAT" not in {n["key"] for n in later["nodes"]} and later["since"] == "2021-04-01"
    _error(client.get("/api/network", params={"since": "2021-05-01", "until": "2021-04-01"}), 422)
    _error(client.get("/api/network", params={"limit": 5000}), 422)


def test_web_export_streams_each_format_and_leaves_no_file(client, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    csv = client.get("/api/export", params={"format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    assert csv.text.splitlines()[0].startswith("id,plover,cameo")
    jsonl = client.get("/api/export", params={"format": "jsonl", "table": "articles"})
    articles = [json.loads(line) for line in jsonl.text.splitlines()]
    assert {a["id"] for a in articles} >= {"xss", "qatar"}
    gdelt = client.get("/api/export", params={"format": "gdelt"})
    rows = [line.split("\t") for line in gdelt.text.splitlines()]
    assert rows and all(len(r) == 61 for r in rows) and len({r[0] for r in rows}) == len(rows)
    assert {str(gdelt_event_id(e["id"])) for e in events if not e["negated"]} <= {r[0] for r in rows}
    parquet = client.get("/api/export", params={"format": "parquet", "table": "quotes"})
    assert parquet.content[:4] == b"PAR1"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("params", [{"format": "xml"}, {"format": "gdelt", "table": "articles"},
                                    {"format": "csv", "table": "../../etc/passwd"}, {"format": "csv", "table": "meta"}])
def test_web_export_refuses_bad_parameters_with_422(client, params):
    _error(client.get("/api/export", params=params), 422)


def test_web_openapi_documents_every_route(client):
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {"/api/code", "/api/articles", "/api/events", "/api/events/{event_id}",
                                    "/api/articles/{article_id}", "/api/actors/{name}", "/api/dyad",
                                    "/api/mediators", "/api/network", "/api/export", "/api/jobs/{job_id}",
                                    "/api/changes", "/api/blocs"}
    assert schema["paths"]["/api/code"]["post"]["security"]
    assert "401" in schema["paths"]["/api/articles"]["post"]["responses"]
    assert "404" in schema["paths"]["/api/actors/{name}"]["get"]["responses"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_web_unknown_routes_and_methods_answer_json_errors(client):
    _error(client.get("/api/nothing"), 404)
    _error(client.delete("/api/events", headers=AUTH), 405)
    page = client.get("/nothing-here")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


# -- pages ------------------------------------------------------------------------------------------
PAGES = ["/", "/articles/xss", "/articles/ug-ke-threat", "/actors/Kenya", "/actors/Qatar", "/dyad?a=Kenya&b=Uganda",
         "/dyad?a=Kenya&b=Uganda&by=year", "/network", "/network?since=2021-03-01&until=", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_web_pages_render_with_a_strict_csp(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self';" in csp and "unsafe" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    scripts = re.findall(r"<script\b[^>]*>", response.text)
    assert all(re.search(r'src="/static/[\w./-]+"', s) for s in scripts), scripts  # no inline script, no CDN
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", response.text)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', response.text.replace('href="https://example.org', ""))


def test_web_api_responses_carry_the_security_headers(client):
    for response in (client.get("/api/events"), client.get("/api/actors/Kenia"), client.post("/api/code", json={})):
        assert "default-src 'self'" in response.headers["content-security-policy"]


def test_web_article_page_highlights_actors_and_triggers_with_sentence_anchors(client):
    html = client.get("/articles/ug-ke-threat").text
    assert re.search(r'<span class="sentence" id="s0"><mark class="actor"[^>]*>Uganda</mark> '
                     r'<a class="trigger-link" href="#e-\w+"><mark class="trigger"[^>]*>threatened </mark></a>', html)
    assert '<span class="sentence" id="s1">' in html
    assert re.search(r'<mark class="trigger"[^>]*><mark class="actor"[^>]*>Kenya</mark></mark>', html)
    assert 'href="#s0"' in html and 'href="#s1"' in html
    # the minister says "we" for Uganda: the doer's own word is asserted, with no attribution, and
    # an asserted event carries no modality badge
    for word in ("we will not back down", "The Ugandan foreign minister"):
        assert word in html
    assert "badge modality asserted" not in html


def test_web_pages_link_events_to_their_sentence(client):
    for path in ("/", "/actors/Kenya", "/dyad?a=Kenya&b=Uganda"):
        links = re.findall(r'href="(/articles/[^"#]+#s\d+)"', client.get(path).text)
        assert links, path
        target = links[0]
        article, anchor = target.split("#")
        assert f'id="{anchor}"' in client.get(article).text


def test_web_article_text_with_html_is_escaped(writable_db, coder):
    """Untrusted text posted through the API is shown as text: escaped, never markup. Markup in the
    text is read as a page's words (detente.markup: tags gone, entities decoded), so what was escaped
    in the page posted ("&lt;script&gt;") is text that holds "<script>", and must be escaped again."""
    from fastapi.testclient import TestClient

    from detente.web import create_app

    text = ("<p>Kenya praised Ethiopia. &lt;script&gt;alert(1)&lt;/script&gt; Uganda criticized "
            "&lt;img src=x onerror=alert(1)&gt; Kenya.</p><p>\"&lt;/mark&gt;&lt;script&gt;alert(2)&lt;/script&gt;\" "
            "said <b>nobody</b>.<script>alert(7)</script></p>")
    read = ("Kenya praised Ethiopia. <script>alert(1)</script> Uganda criticized <img src=x onerror=alert(1)> "
            "Kenya.\n\n\"</mark><script>alert(2)</script>\" said nobody.")
    article = {"id": "evil\"><script>alert(3)</script>", "title": "<script>alert(4)</script> <i>Title</i>",
               "date": "2021-06-01", "source": "<img src=x onerror=alert(5)>", "url": "javascript:alert(6)",
               "text": text}
    with TestClient(create_app(writable_db, token="t0k", coder_factory=lambda: coder)) as app:
        assert app.post("/api/articles?wait=true", json={"articles": [article]}, headers=AUTH).json()["stored"] == 1
        pages = [app.get("/articles/" + article["id"]), app.get("/"), app.get("/actors/Uganda"),
                 app.get("/dyad?a=Kenya&b=Uganda")]
        api = app.get("/api/articles/" + article["id"]).json()
    assert api["text"] == read
    page = pages[0]
    assert page.status_code == 200
    html = page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in html and "alert(7)" not in html
    assert 'href="javascript:' not in html and "javascript:alert(6)" in html  # shown, not linked
    for response in pages:
        assert response.status_code == 200
        body = response.text
        assert "<script>alert" not in body and "<img src=x" not in body and "<b>nobody" not in body
        assert not re.search(r"<script(?![^>]*src=\"/static/)", body)


def test_web_templates_never_mark_text_safe():
    for template in (WEB / "templates").glob("*.html"):
        assert "|safe" not in template.read_text().replace(" ", ""), template
        assert "autoescape false" not in template.read_text()
    for module in WEB.glob("*.py"):
        assert "Markup(" not in module.read_text(), module
    for script in (WEB / "static").glob("*.js"):
        assert "innerHTML" not in script.read_text() and "insertAdjacentHTML" not in script.read_text()


def test_web_search_goes_to_the_actor_or_the_dyad(client):
    one = client.get("/search", params={"q": "Kenya"}, follow_redirects=False)
    assert one.status_code == 303 and one.headers["location"] == "/actors/Kenya"
    for query in ("Kenya, Uganda", "Kenya vs Uganda", "Kenya and Uganda"):
        two = client.get("/search", params={"q": query}, follow_redirects=False)
        assert two.status_code == 303 and two.headers["location"] == "/dyad?a=Kenya&b=Uganda", query
    missing = client.get("/search", params={"q": "Kenia"})
    assert missing.status_code == 404 and 'href="/actors/Kenya"' in missing.text
    assert client.get("/search", params={"q": ""}, follow_redirects=False).status_code == 303


def test_web_page_errors_are_pages(client):
    unknown = client.get("/actors/Kenia")
    assert unknown.status_code == 404 and "Did you mean" in unknown.text and 'href="/actors/Kenya"' in unknown.text
    assert client.get("/articles/nothing").status_code == 404
    assert client.get("/dyad?a=Kenya").status_code == 422
    assert client.get("/network?since=soon").status_code == 422


def test_web_plotly_is_served_by_the_app(client):
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200 and "javascript" in response.headers["content-type"]
    assert len(response.content) > 1_000_000
    for name in ("charts.js", "network.js", "docs.js", "style.css"):
        assert client.get(f"/static/{name}").status_code == 200
    for sneaky in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/swagger/../../app.py"):
        response = client.get(sneaky)
        assert response.status_code == 404 and "create_app" not in response.text, sneaky


def test_web_read_write_lock_orders_readers_and_writers():
    import threading
    import time

    from detente.web.guard import Busy, ReadWriteLock

    lock = ReadWriteLock()
    with lock.reading(), lock.reading(), pytest.raises(Busy), lock.writing(timeout=0.05):  # readers share
        pass
    order = []

    def read():
        with lock.reading(timeout=5):
            order.append("read")

    with lock.writing():
        reader = threading.Thread(target=read)
        reader.start()
        time.sleep(0.05)
        order.append("wrote")
    reader.join(5)
    assert order == ["wrote", "read"]


def test_web_docs_describe_every_route_and_page(client):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method in operations:
            route = f"{method.upper()} {path.replace('{event_id}', '{id}').replace('{article_id}', '{id}')}"
            assert route in doc, route
    for page in ("`/`", "`/articles/{id}`", "`/actors/{name}`", "`/dyad?a=&b=", "`/network?since=&until=", "`/docs`"):
        assert page in doc, page
    for words in ("DETENTE_TOKEN", "--max-body", "--host", "127.0.0.1", "Content-Security-Policy", "read-only"):
        assert words in doc, words


def test_web_server_codes_with_its_min_confidence(web_db, coder, monkeypatch):
    # `detente serve --min-confidence P`: the coder the app builds on first use drops the events under P
    from detente import api
    from detente.web import create_app

    built = []
    monkeypatch.setattr(api, "make_coder", lambda **kw: built.append(kw) or coder)
    app = create_app(web_db, min_confidence=0.3)
    assert app.state.detente.coder_factory() is coder
    assert built == [{"kb": app.state.detente.kb, "min_confidence": 0.3}]
