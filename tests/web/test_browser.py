"""The pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against
uvicorn serving the test store on 127.0.0.1. Skipped, with the reason, where Chromium is absent or
cannot be launched. Set DETENTE_SCREENSHOTS=FOLDER to keep a screenshot of each page."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from web_helpers import TOKEN, LiveServer

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def server(web_db, coder):
    from detente.web import create_app

    with LiveServer(create_app(web_db, token=TOKEN, coder_factory=lambda: coder)) as live:
        yield live


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed")
    manager = sync_playwright().start()
    try:
        chromium = manager.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=TIMEOUT_MS)
    except Exception as exc:
        manager.stop()
        pytest.skip(f"playwright cannot launch {CHROMIUM}: {str(exc).splitlines()[0]}")
    yield chromium
    chromium.close()
    manager.stop()


class Watched:
    """A page with what it said: dialogs (none may open), console errors, CSP reports, failed requests."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1200, "height": 900})
        self.page = self.context.new_page()
        self.page.set_default_timeout(TIMEOUT_MS)
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("request", lambda r: None if r.url.startswith(base) else self.outside.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str) -> None:
        response = self.page.goto(self.base + path, wait_until="networkidle")
        assert response is not None and response.status == 200, path

    def shot(self, name: str) -> None:
        folder = os.environ.get("DETENTE_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)

    def check_clean(self) -> None:
        """No dialog, no request off the app, no script error and no CSP report at all (plotly.js's
        map stylesheet is not injected: issue 9)."""
        assert not self.dialogs, self.dialogs
        assert not self.outside, self.outside
        assert not self.errors, self.errors

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser, server):
    page = Watched(browser, server.url)
    yield page
    page.close()


def test_web_browser_home_lists_events_and_leads_to_the_article_sentence(watched):
    page = watched.page
    watched.open("/")
    assert page.locator("table.events tbody tr").count() >= 8
    watched.shot("home")
    link = page.locator("a.evidence[href^='/articles/ug-ke-threat#s']").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(target)
    anchor = target.split("#")[1]
    assert page.locator(f"span.sentence#{anchor}").count() == 1
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    assert page.locator("mark.actor").count() >= 3 and page.locator("mark.trigger").count() >= 2
    assert page.locator("mark.actor", has_text="Uganda").count() >= 1
    watched.shot("article")
    watched.check_clean()


def test_web_browser_xss_article_shows_tags_as_text(watched):
    page = watched.page
    watched.open("/articles/xss")
    text = page.locator(".article-text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert "onerror=" in text
    assert page.locator(".article-text script, .article-text img, img[onerror]").count() == 0
    assert page.locator("mark.trigger", has_text="criticized").count() == 1
    page.wait_for_timeout(300)  # an injected handler would have fired by now
    watched.shot("xss")
    assert watched.dialogs == []
    watched.check_clean()


def test_web_browser_actor_page_draws_its_timeline(watched):
    page = watched.page
    watched.open("/actors/Kenya")
    page.wait_for_selector("#timeline .main-svg")
    assert page.locator("#timeline .plot-container").count() == 1
    assert page.locator("#timeline g.point").count() >= 4  # bars
    assert page.locator("table.partners a", has_text="Uganda").count() == 1
    watched.shot("actor")
    watched.check_clean()


def test_web_browser_dyad_chart_renders_and_a_bar_click_opens_its_events(watched):
    page = watched.page
    watched.open("/dyad?a=Kenya&b=Uganda")
    page.wait_for_selector("#dyad-chart[data-rendered='true'] .main-svg")
    bars = page.locator("#dyad-chart g.point path")
    assert bars.count() >= 4
    assert page.locator("details.period").count() >= 4
    assert not page.locator("details#p-2021-02").evaluate("d => d.open")
    boxes = [b for b in (bars.nth(i).bounding_box() for i in range(bars.count())) if b and b["height"] > 5]
    bar = boxes[1]  # the second visible bar: a conflictual month
    page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)
    page.wait_for_function("document.querySelector('details.period.selected') !== null")
    selected = page.locator("details.period.selected")
    assert selected.evaluate("d => d.open")
    assert selected.locator("a.evidence").count() >= 1
    label = selected.get_attribute("id")
    assert re.fullmatch(r"p-2021-0[1-4]", label)
    assert page.locator("table.mediators td:first-child a", has_text="Qatar").count() == 1
    watched.shot("dyad")
    watched.check_clean()


def test_web_browser_network_draws_nodes_and_signed_edges(watched):
    page = watched.page
    watched.open("/network")
    page.wait_for_selector("#network[data-rendered='true']")
    assert page.locator("#network a.node circle").count() >= 4
    assert page.locator("#network line.edge.cooperative").count() >= 1
    assert page.locator("#network line.edge.conflictual, #network line.edge.mixed").count() >= 1
    assert page.locator("#network a.node text", has_text="Qatar").count() == 1
    watched.shot("network")
    page.fill("input[name=since]", "2021-04-01")
    page.click("form.filter button")
    page.wait_for_selector("#network[data-rendered='true']")
    assert page.locator("#network a.node text", has_text="Qatar").count() == 0
    page.locator("#network a.node[data-key=ETH] circle").click()
    page.wait_for_load_state("networkidle")
    assert "/actors/ETH" in page.url
    watched.check_clean()


def test_web_browser_api_docs_are_served_locally(watched):
    page = watched.page
    watched.open("/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".opblock-summary-path", has_text="/api/dyad").count() == 1
    watched.shot("docs")
    watched.check_clean()


PAGES = ("/", "/articles/qatar", "/actors/Kenya", "/dyad?a=Kenya&b=Uganda", "/network", "/docs", "/actors/Atlantis")


def test_web_browser_pages_fit_a_420px_screen_issue9(browser, server):
    context = browser.new_context(viewport={"width": 420, "height": 800})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        wide = {}
        for path in PAGES:
            page.goto(server.url + path, wait_until="networkidle")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 420:
                wide[path] = width
        assert not wide, wide
    finally:
        context.close()


def test_web_browser_chart_pages_raise_no_csp_violation_issue9(browser, server):
    """plotly.js injects its map stylesheet unless an element holds its id; the pages carry one."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', "
                         "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    try:
        for path in ("/actors/Kenya", "/dyad?a=Kenya&b=Uganda"):
            page.goto(server.url + path, wait_until="networkidle")
            page.wait_for_selector(".chart[data-rendered='true']", state="attached")
            assert page.evaluate("window.__csp") == [], path
    finally:
        context.close()
