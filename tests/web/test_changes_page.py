"""The "What changed" page and /api/changes (issue 13) over the web test store (articles written
for these tests, coded by the real coder), in the API client and in a real Chromium."""

from __future__ import annotations

from test_browser import browser, server, watched  # noqa: F401 - the browser fixtures


def test_web_changes_api_lists_the_kenya_uganda_break(client):
    found = client.get("/api/changes", params={"by": "month"}).json()
    assert found["by"] == "month" and isinstance(found["turning_points"], list)
    brk = next(t for t in found["turning_points"] if {t["a_key"], t["b_key"]} == {"KEN", "UGA"})
    assert brk["kind"] == "break" and brk["before"]["state"] == "cooperative"
    assert brk["date"] >= "2021-01-01" and brk["after"]["state"] in ("verbal conflict", "material conflict")
    sentences = [e["sentence"] for e in brk["evidence_sentences"]]
    assert any("accused" in s or "threatened" in s for s in sentences)
    assert all(e["href"].startswith("/articles/") for e in brk["evidence_sentences"])
    assert brk["href"].startswith("/dyad?a=")
    dyad = client.get("/api/dyad", params={"a": "Kenya", "b": "Uganda"}).json()
    assert dyad["trend"] == "worsening"  # the same story on every page


def test_web_changes_api_rejects_bad_parameters(client):
    assert client.get("/api/changes", params={"by": "day"}).status_code == 422
    assert client.get("/api/changes", params={"since": "2022-01-01", "until": "2021-01-01"}).status_code == 422
    assert client.get("/api/changes", params={"since": "2030-01-01"}).json()["turning_points"] == []


def test_web_changes_page_renders_and_is_in_the_nav(client):
    page = client.get("/changes")
    assert page.status_code == 200 and "What changed" in page.text and 'href="/changes"' in page.text
    assert client.get("/changes", params={"by": "day"}).status_code == 422
    assert "No turning points" in client.get("/changes", params={"since": "2030-01-01"}).text


def test_web_browser_changes_page_shows_before_after_and_evidence(watched):  # noqa: F811
    page = watched.page
    watched.open("/")
    page.locator("nav a", has_text="What changed").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/changes")
    item = page.locator("li.change.break").first
    assert "Kenya" in item.locator("h2").inner_text() and "Uganda" in item.locator("h2").inner_text()
    assert item.locator("svg.mix").count() == 2 and item.locator("svg.mix rect.cooperative").count() == 2
    assert item.locator("ul.evidence a.evidence").count() >= 2
    watched.shot("changes")
    item.locator("ul.evidence a.evidence").first.click()
    page.wait_for_load_state("networkidle")
    assert "/articles/" in page.url
    watched.check_clean()


def test_web_blocs_api_gives_camps_of_the_period(client):
    found = client.get("/api/blocs").json()
    assert found["by"] == "all" and len(found["periods"]) == 1
    members = [m for c in found["periods"][0]["camps"] for m in c["members"]]
    assert "KEN" in members and len(members) == len(set(members))
    assert client.get("/api/blocs", params={"by": "day"}).status_code == 422
    assert client.get("/api/blocs", params={"since": "2030-01-01"}).json()["periods"] == []


def test_web_browser_network_by_camps_with_a_minimum_events_filter(watched):  # noqa: F811
    page = watched.page
    watched.open("/network?limit=1000")
    page.wait_for_selector("#network[data-rendered='true']")
    nodes = int(page.get_attribute("#network", "data-nodes"))
    assert nodes >= 4 and page.locator("#network a.node[data-camp]").count() == nodes
    assert page.locator("#network a.node[data-camp='0']").count() < nodes  # camps came from /api/blocs
    title = page.locator("#network line.edge title").first.text_content()
    assert " – " in title and "KEN" not in title  # names, not codes
    page.fill("#min-events", "3")
    page.wait_for_function("document.querySelector('#network').dataset.nodes !== '%d'" % nodes)
    assert int(page.get_attribute("#network", "data-nodes")) < nodes  # isolated actors are hidden
    before = page.get_attribute("#network", "viewBox")
    page.mouse.move(500, 400)
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(200)
    assert page.get_attribute("#network", "viewBox") != before
    watched.shot("network-camps")
    watched.check_clean()
