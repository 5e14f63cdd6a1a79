"""Issue 9, the web app's share: tokens with whitespace, error pages, pair search with "and",
ids with NUL, text that is not text, coding failures (synthetic articles, tests/web/conftest.py)."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient
from web_helpers import AUTH

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

TEXT = "Kenya accused Uganda of shelling border villages."


def test_web_configured_token_with_whitespace_is_stripped_and_said_issue9(web_db, coder, caplog):
    from detente.web import create_app

    with caplog.at_level("WARNING", logger="detente"):
        app = create_app(web_db, token="  t0k\n", coder_factory=lambda: coder)
    assert "had whitespace around it; it was stripped" in caplog.text
    with TestClient(app) as client:
        assert client.post("/api/code", headers={"Authorization": "Bearer t0k"}, json={"text": TEXT}).status_code == 200


def test_web_blank_token_disables_writing_issue9(web_db, coder, caplog):
    from detente.web import create_app

    with caplog.at_level(logging.WARNING, logger="detente"):
        app = create_app(web_db, token=" \t", coder_factory=lambda: coder)
    assert "blank: writing is disabled" in caplog.text
    with TestClient(app) as client:
        response = client.post("/api/code", headers={"Authorization": "Bearer  "}, json={"text": TEXT})
        assert response.status_code == 403 and response.json()["error"] == "writing disabled"


def test_web_page_crash_is_an_html_page_api_crash_is_json_issue9(web_db, coder, monkeypatch):
    from detente.web import create_app, data

    def broken(*args, **kwargs):
        raise RuntimeError("synthetic failure")

    monkeypatch.setattr(data, "event_list", broken)
    monkeypatch.setattr(data, "event_page", broken)
    with TestClient(create_app(web_db, coder_factory=lambda: coder), raise_server_exceptions=False) as client:
        page = client.get("/")
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
        assert "500: internal error" in page.text and "synthetic failure" not in page.text
        api = client.get("/api/events")
        assert api.status_code == 500 and api.json() == {"error": "internal error", "detail": "RuntimeError"}


def test_web_page_with_a_wrong_method_from_a_browser_is_a_page_issue9(client):
    response = client.post("/", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 405 and response.headers["content-type"].startswith("text/html")
    assert client.post("/").headers["content-type"].startswith("application/json")  # a script without Accept


def test_web_coding_failure_is_a_422_not_a_500_issue9(web_db, coder, monkeypatch):
    from detente.pipeline import StepError
    from detente.web import create_app

    class Broken:
        def code(self, article):
            raise StepError("events", article.id, KeyError("synthetic"))

    with TestClient(create_app(web_db, token="t0k", coder_factory=Broken)) as client:
        response = client.post("/api/code", headers=AUTH, json={"text": TEXT, "title": "x"})
    assert response.status_code == 422 and response.json()["error"] == "coding failed"
    assert "step 'events' failed on article" in response.json()["detail"]


@pytest.mark.parametrize("body", [
    '{"text": "Chad met \\ud800 Niger."}',
    '{"text": "Chad met Niger.", "title": "\\udfff"}',
])
def test_web_code_with_an_unpaired_surrogate_is_422_issue9(client, body):
    response = client.post("/api/code", headers={**AUTH, "Content-Type": "application/json"}, content=body)
    assert response.status_code == 422, response.text
    assert "unpaired surrogate" in response.json()["detail"]


def test_web_ingest_refuses_an_id_with_nul_issue9(client):
    response = client.post("/api/articles", headers=AUTH, json={"articles": [{"id": "a\x00b", "text": TEXT}]})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem.startswith('articles[0]: the "id" field holds a control character') and "U+0000" in problem


@pytest.mark.parametrize(("query", "location"), [
    ("Bosnia and Herzegovina, Serbia", "/dyad?a=Bosnia%20and%20Herzegovina&b=Serbia"),
    ("Serbia and Bosnia and Herzegovina", "/dyad?a=Serbia&b=Bosnia%20and%20Herzegovina"),
    ("Trinidad and Tobago vs Kenya", "/dyad?a=Trinidad%20and%20Tobago&b=Kenya"),
    ("Kenya and Uganda", "/dyad?a=Kenya&b=Uganda"),
])
def test_web_search_pair_when_a_name_holds_and_issue9(client, query, location):
    response = client.get("/search", params={"q": query}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == location


def test_web_search_pair_with_an_unknown_name_names_it_issue9(client):
    response = client.get("/search", params={"q": "Bosnia and Herzegovina, Atlantis"})
    assert response.status_code == 404 and "Atlantis" in response.text


def test_web_search_of_many_separators_tries_a_few_readings(client, monkeypatch):
    from detente.web import data

    looked_up = []
    real = data.side

    def side(store, name, kb):
        looked_up.append(name)
        return real(store, name, kb)

    monkeypatch.setattr(data, "side", side)
    response = client.get("/search", params={"q": ", ".join(["Atlantis"] * 150)})  # took seconds: 300 look-ups
    assert response.status_code == 404 and len(looked_up) <= 1 + 2 * 8, len(looked_up)


def test_web_events_take_at_most_20_actors_each_resolved_once(client, monkeypatch):
    # `actor` was repeatable without a cap and each copy was resolved against the store: 2,000 took 26 s
    from detente.web import data

    many = [f"Actor{i}" for i in range(21)]
    refused = client.get("/api/events", params={"actor": many})
    assert refused.status_code == 422 and "at most 20" in refused.json()["detail"], refused.text
    resolved = []
    original = data.side
    monkeypatch.setattr(data, "side", lambda store, name, kb: resolved.append(name) or original(store, name, kb))
    repeated = client.get("/api/events", params={"actor": ["Kenya"] * 300 + ["Uganda"] * 300})
    assert repeated.status_code == 200 and sorted(resolved) == ["Kenya", "Uganda"]
    assert repeated.json()["items"] == client.get("/api/events", params={"actor": ["Kenya", "Uganda"]}).json()["items"]
