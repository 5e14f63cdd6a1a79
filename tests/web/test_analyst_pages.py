"""Pages an analyst can work with (issue 13, item 6): what a political analyst ran into in a real
browser, each fixed and checked here through the TestClient (and, for the charts, in Chromium).

The store of these tests is the web test store's articles plus articles written for these tests
(synthetic, wire style): thirty years of a Kenya-Uganda quarrel, a background sentence dated 1967,
a plan dated five years after its article, a hypothetical threat, year- and month-level dates."""

from __future__ import annotations

import json
import re

import pytest
from test_browser import browser, server, watched  # noqa: F401 - the browser fixtures
from web_helpers import ARTICLES, build_store

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

# Synthetic articles written for these tests.
LONG = [{"id": f"long-{year}", "date": f"{year}-06-0{1 + year % 5}",
         "text": "Kenya accused Uganda of shelling border villages. Kenya praised Tanzania."}
        for year in range(1990, 2021)]
SPECIAL = [
    {"id": "background", "date": "2021-06-01",
     "text": "Kenya and Uganda signed a trade agreement in 1967. Kenya hosted Ugandan ministers on Monday."},
    {"id": "plan", "date": "2021-06-02",
     "text": "Kenya will hold talks with Uganda on 12 March 2026, Tanzanian officials said."},
    {"id": "threat", "date": "2021-06-03",
     "text": "Kenya could impose sanctions on Uganda if the talks fail, a senior official said."},
    {"id": "un-report", "date": "2021-06-04",
     "text": "Kenya attacked Somalia in 2019, according to a United Nations report."},
    {"id": "talks", "date": "2021-06-05", "text": "Tanzania hosted Kenyan ministers in May 2021."},
]


@pytest.fixture(scope="module")
def analyst(tmp_path_factory, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    db = build_store(tmp_path_factory.mktemp("analyst") / "analyst.duckdb", coder, ARTICLES + LONG + SPECIAL)
    with TestClient(create_app(db, coder_factory=lambda: coder)) as client:
        yield client


def _ok(response):
    assert response.status_code == 200, response.text[:2000]
    return response


def _chart_src(html: str, element: str) -> str:
    found = re.search(rf'id="{element}" class="chart" data-src="([^"]+)"', html)
    assert found, f"no chart {element}"
    return found.group(1).replace("&amp;", "&")


def _rows(html: str) -> list[str]:
    """The rows of the events tables of a page, in page order."""
    tables = [t.split("</table>", 1)[0] for t in html.split('<table class="events">')[1:]]
    return [row for table in tables for row in re.findall(r"<tr class=\"quad.*?</tr>", table, re.DOTALL)]


# -- 1. background and mis-dated events are off the charts by default, one click away ---------------
def test_web_history_is_off_the_dyad_chart_by_default_and_one_click_away_issue13(analyst):
    page = _ok(analyst.get("/dyad", params={"a": "Kenya", "b": "Uganda"})).text
    src = _chart_src(page, "dyad-chart")
    assert "history=false" in src
    shown = _ok(analyst.get(src)).json()
    labels = [p["label"] for p in shown["periods"]]
    assert labels[0] == "1990" and labels[-1] == "2021"  # not 1967, not 2026: the data shown bounds the axis
    assert shown["by"] == "year" and shown["left_out"] >= 2  # 31 years by month: too many bars, so by year
    recent = _ok(analyst.get(src + "&since=2015-01-01")).json()
    assert recent["by"] == "month" and [p["label"] for p in recent["periods"]][::12][:2] == ["2015-06", "2016-06"]
    assert recent["periods"][-1]["label"] <= "2021-06"
    toggle = re.search(r'<a class="toggle-history" href="([^"]+)">Show them</a>', page).group(1).replace("&amp;", "&")
    everything = _ok(analyst.get(_chart_src(_ok(analyst.get(toggle)).text, "dyad-chart"))).json()
    years = [p["label"] for p in everything["periods"]]
    assert everything["by"] == "year" and years[0] == "1967" and years[-1] == "2026"  # 60 years: by year
    assert everything["left_out"] == 0 and everything["total"] == shown["total"] + shown["left_out"]
    assert everything["trend"] == shown["trend"]  # the trend does not depend on what is drawn


def test_web_history_is_off_the_actor_timeline_by_default_issue13(analyst):
    page = _ok(analyst.get("/actors/Kenya")).text
    src = _chart_src(page, "timeline")
    view = _ok(analyst.get(src)).json()
    assert "history=false" in src and view["history"] is False and view["left_out"] >= 3
    assert view["timeline"][0]["label"] == "1990" and view["timeline"][-1]["label"] == "2021"
    assert 'class="toggle-history"' in page and "left out of the charts" in page
    assert sum(p["events"] for p in view["timeline"]) + (view["undated"] or {"events": 0})["events"] == view["events"]
    assert _ok(analyst.get("/api/actors/Kenya")).json()["events"] == view["events"] + view["left_out"]  # API: all


# -- 2. year- and month-level dates read as such -----------------------------------------------------
def test_web_year_and_month_dates_show_as_a_year_and_a_month_issue13(analyst):
    report = "".join(_rows(_ok(analyst.get("/actors/Somalia", params={"history": "1"})).text))
    assert '<td class="day">2019</td>' in report and "2019-01-01" not in report
    talks = "".join(_rows(_ok(analyst.get("/actors/Tanzania")).text))
    assert '<td class="day">May 2021</td>' in talks and "2021-05-01" not in talks
    article = _ok(analyst.get("/articles/un-report")).text
    assert re.search(r"· 2019(\n| · )", article) and "2019-01-01" not in article  # (a place may follow)


def test_web_date_words_only_shorten_a_date_stored_as_its_first_day_issue13():
    from detente.web.views import date_words, when

    assert date_words("2012", "2012-01-01") == "2012"
    assert date_words("2012-03", "2012-03-01") == "March 2012"
    assert date_words("2012-03-14", "2012-03-14") == "2012-03-14"
    assert date_words("2012", "2012-05-05") == "2012-05-05"  # merged with a dated mention: the day
    assert when({"first_day": None}) == "undated"
    assert when({"first_day": "2012-01-01", "evidence": {"date_value": "2012"}}) == "2012"
    assert when({"first_day": "2012-01-01", "evidence": None}) == "2012-01-01"


def test_web_partners_and_mediator_evidence_are_dated_as_precisely_as_known(analyst):
    tanzania = _ok(analyst.get("/actors/Tanzania")).text
    kenya = next(row for row in re.findall(r"<tr>.*?</tr>", tanzania.split('<table class="partners">', 1)[1],
                                           re.DOTALL) if "Kenya" in row)
    assert "<td>May 2021</td>" in kenya and "2021-05-31" not in kenya  # the latest event: "in May 2021"
    from detente.relations._index import evidence
    from detente.store import StoredMention

    fields = {f: None for f in StoredMention.__dataclass_fields__}
    mention = StoredMention(**{**fields, "sentence": "s", "article_id": "a", "date_value": "2019"})

    class Event:
        id, plover, cameo, first_day = "e1", "ASSAULT", "190", None

    assert evidence(Event, mention).date_value == "2019"


# -- 3. the actor page: period controls, and a long series is no error -------------------------------
def test_web_actor_page_has_period_controls_issue13(analyst):
    page = _ok(analyst.get("/actors/Kenya", params={"since": "2000-01-01", "until": "2004-12-31"})).text
    assert 'name="since" value="2000-01-01"' in page and 'name="until" value="2004-12-31"' in page
    assert 'name="history"' in page and '<select name="by">' in page
    view = _ok(analyst.get(_chart_src(page, "timeline"))).json()
    assert [p["label"] for p in view["timeline"]][0::12] == ["2000-06", "2001-06", "2002-06", "2003-06", "2004-06"]
    assert view["since"] == "2000-01-01" and view["until"] == "2004-12-31"
    uganda = next(p for p in view["partners"] if p["key"] == "UGA")
    assert uganda["events"] == 5 and uganda["href"] == "/actors/UGA?since=2000-01-01&until=2004-12-31"
    assert "/dyad?a=Kenya&b=UGA&since=2000-01-01&until=2004-12-31" in page.replace("&amp;", "&")  # so does a relation
    assert analyst.get("/actors/Kenya", params={"since": "2005-01-01", "until": "2004-01-01"}).status_code == 422
    assert analyst.get("/actors/Kenya", params={"by": "fortnight"}).status_code == 422


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_web_actor_page_on_a_long_series_is_never_an_error_issue13(analyst, by):
    for history in ("", "1"):
        page = _ok(analyst.get("/actors/Kenya", params={"by": by, "history": history})).text
        view = _ok(analyst.get(_chart_src(page, "timeline"))).json()
        assert 0 < len(view["timeline"]) <= 120  # a bar stays wide enough to click
        if view["by"] != by:
            assert f"By {view['by']}: by {by} the timeline would have too many periods" in page


# -- 4. event lists: badges, plans do not come first, filters and paging on the home page --------------
def test_web_event_lists_show_modality_negation_and_attribution_as_badges_issue13(analyst):
    rows = _rows(_ok(analyst.get("/actors/Uganda", params={"history": "1"})).text)
    threat = next(r for r in rows if "SANCTION" in r or "COERCE" in r)
    assert "unreal" in threat.split(">", 1)[0]  # a hypothetical event does not read as fact
    assert '<span class="badge modality hypothetical"' in threat and "per a senior official (anonymous)" in threat
    home = _ok(analyst.get("/")).text
    assert '<span class="badge modality future"' in home and "per Tanzanian officials" in home
    negated = _ok(analyst.get("/", params={"negated": "1"})).text
    assert 'name="negated" value="1" checked' in negated


def test_web_events_dated_after_the_newest_fact_do_not_come_first_issue13(analyst):
    home = _ok(analyst.get("/")).text
    first = _rows(home.split('<details class="later">', 1)[1].split("</details>", 1)[1])[0]
    assert "2026" not in first and "hypothetical" not in first
    later = home.split('<details class="later">', 1)[1].split("</details>", 1)[0]
    assert "2026-03-12" in later and "dated after the newest reported fact" in later
    kenya = _ok(analyst.get("/actors/Kenya")).text
    latest = kenya.split("<h2>Latest events</h2>", 1)[1]
    assert "2026-03-12" not in _rows(latest)[0] and "Dated after the newest reported fact" in latest


def test_api_events_dated_after_the_newest_fact_come_last_not_first(analyst):
    items = _ok(analyst.get("/api/events", params={"limit": 500})).json()["items"]
    facts = [e["first_day"] for e in items if e["modality"] in ("asserted", "reported") and e["first_day"]]
    newest = max(facts)
    later = [i for i, e in enumerate(items) if e["first_day"] and e["first_day"] > newest]
    assert later and later == list(range(len(items) - len(later), len(items)))  # all of them, at the end
    assert items[0]["first_day"] == newest  # the list opens on the newest fact
    rest = [e["first_day"] for e in items[:len(items) - len(later)] if e["first_day"]]
    assert rest == sorted(rest, reverse=True)  # and is newest first otherwise
    page = _ok(analyst.get("/api/events", params={"limit": 5})).json()["items"]
    assert [e["id"] for e in page] == [e["id"] for e in items[:5]]  # paging follows the same order


def test_web_home_page_pages_and_filters_events_issue13(analyst):
    first = _ok(analyst.get("/")).text
    assert len(_rows(first.split("</details>", 1)[1])) == 50
    older = re.search(r'<a rel="next" href="([^"]+)">', first).group(1).replace("&amp;", "&")
    assert older == "/?offset=50"
    second = _ok(analyst.get(older)).text
    assert '<a rel="prev" href="/?">' in second and '<details class="later">' not in second
    assert not set(_rows(second)) & set(_rows(first.split("</details>", 1)[1]))
    accusations = _ok(analyst.get("/", params={"type": "ACCUSE", "actor": "Uganda", "until": "2010-12-31"})).text
    rows = _rows(accusations)
    assert rows and all(">ACCUSE<" in r and "Uganda" in r for r in rows)
    assert all(re.search(r'<td class="day">(\d{4})', r).group(1) <= "2010" for r in rows)
    assert 'name="actor" value="Uganda"' in accusations and "<option selected>ACCUSE</option>" in accusations
    paged = _ok(analyst.get("/", params={"actor": "Kenya"})).text
    assert '<a rel="next" href="/?actor=Kenya&amp;offset=50">' in paged  # paging keeps the filters
    assert analyst.get("/", params={"type": "NOTATYPE"}).status_code == 422
    assert analyst.get("/", params={"offset": "many"}).status_code == 422
    assert analyst.get("/", params={"actor": "Atlantis"}).status_code == 404
    assert "No events match these filters." in _ok(analyst.get("/", params={"since": "2030-01-01"})).text


# -- 5. the article page: triggers link to their events, two lines an event, no repeated labels --------
def test_web_article_triggers_link_to_their_events_in_two_lines_issue13(analyst):
    page = _ok(analyst.get("/articles/background")).text
    text = page.split('<div class="article-text">', 1)[1].split("</div>", 1)[0]
    targets = re.findall(r'<a class="trigger-link" href="#e-([\w-]+)"><mark class="trigger"', text)
    assert len(targets) == 2
    for target in targets:
        item = re.search(rf'<li class="[^"]*" id="e-{target}">(.*?)</li>', page, re.DOTALL).group(1)
        assert item.count('<div class="what">') == 1 and item.count('<div class="details">') == 1
        assert "<dl>" not in item and "<dt>" not in item
    assert "1967" in page and '<span class="badge history"' in page


def test_web_participant_labels_are_not_repeated_issue13():
    from detente.web.views import participants, side_words

    side = [{"text": "Kenya", "actor": "KEN"}, {"text": "Kenyan", "actor": "KEN"}, {"text": "rebels", "actor": None},
            {"text": "Rebels", "actor": None}, {"text": "Uganda", "actor": "UGA"}]
    assert [p["text"] for p in side_words(side)] == ["Kenya", "rebels", "Uganda"]
    names = {"KEN": "Kenya", "KENGOV": "Kenya"}
    assert [p["label"] for p in participants(["KEN", "KENGOV", "UGA"], [], names)] == ["Kenya", "UGA"]


# -- 6. one trend for a pair on every page -----------------------------------------------------------
def test_web_the_trend_of_a_pair_is_the_same_on_every_page_issue13(client):
    monthly = client.get("/api/dyad", params={"a": "Kenya", "b": "Uganda"}).json()["trend"]
    yearly = client.get("/api/dyad", params={"a": "Kenya", "b": "Uganda", "by": "year"}).json()["trend"]
    edge = next(e for e in client.get("/api/network").json()["edges"] if {e["a"], e["b"]} == {"KEN", "UGA"})
    brk = next(t for t in client.get("/api/changes").json()["turning_points"]
               if {t["a_key"], t["b_key"]} == {"KEN", "UGA"})
    assert monthly == yearly == edge["trend"] == "worsening" and brk["kind"] == "break"
    page = client.get("/network").text
    assert re.search(r"Kenya – Uganda</a></td><td class=\"num\">\d+</td>\s*<td>.*?</td><td>worsening</td>", page)
    assert 'trend <strong class="trend">worsening</strong>' in client.get("/dyad?a=Kenya&b=Uganda&by=year").text


# -- 7. the network: names, and links that keep the period ---------------------------------------------
def test_web_network_links_keep_the_period_and_name_actors_issue13(client):
    graph = client.get("/api/network", params={"since": "2021-01-01", "until": "2021-12-31"}).json()
    assert all(e["href"].endswith("&since=2021-01-01&until=2021-12-31") for e in graph["edges"])
    assert all(n["href"].endswith("?since=2021-01-01&until=2021-12-31") for n in graph["nodes"])
    assert all(n["name"] != n["key"] for n in graph["nodes"])  # the tooltips' names
    page = client.get("/network", params={"since": "2021-01-01"}).text
    assert "Kenya – Uganda" in page and "KEN – UGA" not in page
    assert re.search(r'href="/dyad\?a=\w+&amp;b=\w+&amp;since=2021-01-01"', page)
    script = client.get("/static/network.js").text
    assert "names[e.a]" in script and "names[e.b]" in script  # an edge's title names its actors


# -- 8. an empty dyad says so --------------------------------------------------------------------------
def test_web_an_empty_dyad_says_so_instead_of_drawing_an_axis_issue13(analyst):
    page = _ok(analyst.get("/dyad", params={"a": "Tanzania", "b": "Somalia", "history": "1"})).text
    assert 'class="chart"' not in page and "No dated events between Tanzania and Somalia" in page
    hidden = _ok(analyst.get("/dyad", params={"a": "Kenya", "b": "Somalia"})).text
    assert 'class="chart"' not in hidden and "1 told as background or dated later" in hidden
    quiet = _ok(analyst.get("/dyad", params={"a": "Kenya", "b": "Uganda", "since": "2030-01-01"})).text
    assert 'class="chart"' not in quiet and "in this period" in quiet
    assert "No dated events in this period." in analyst.get("/static/charts.js").text  # an empty series, too


# -- 9. charts show a placeholder while plotly loads -----------------------------------------------------
def test_web_charts_show_a_placeholder_until_drawn_issue13(analyst):
    for path, element in (("/actors/Kenya", "timeline"), ("/dyad?a=Kenya&b=Uganda", "dyad-chart")):
        page = _ok(analyst.get(path)).text
        chart = re.search(rf'<div id="{element}" class="chart"[^>]*>(.*?)</div>', page, re.DOTALL).group(1)
        assert '<p class="chart-placeholder">Loading the chart…</p>' in chart


def test_web_browser_chart_placeholder_gives_way_to_the_chart_issue13(watched):  # noqa: F811
    page = watched.page
    for path, element in (("/dyad?a=Kenya&b=Uganda", "#dyad-chart"), ("/actors/Kenya", "#timeline")):
        watched.open(path)
        page.wait_for_selector(f"{element}[data-rendered='true']")
        assert page.locator(f"{element} .chart-placeholder").count() == 0
        assert page.locator(f"{element} .main-svg").count() >= 1
    watched.check_clean()


def test_web_dyad_api_keeps_its_contract_issue13(client):
    dyad = client.get("/api/dyad", params={"a": "Kenya", "b": "Uganda"}).json()
    assert dyad["left_out"] == 0 and dyad["later"] == [] and json.dumps(dyad)  # history=true by default


def test_web_changes_page_dates_evidence_as_precisely_as_known_issue13(analyst):
    page = _ok(analyst.get("/changes", params={"by": "year"})).text
    days = re.findall(r'<span class="day">([^<]+)</span>', page)
    assert days and all(re.fullmatch(r"\d{4}(-\d\d-\d\d)?|[A-Z][a-z]+ \d{4}|undated", d) for d in days)
    assert "1967" in days and "1967-01-01" not in days  # the background treaty, dated by its year


def test_web_a_pair_without_a_trend_says_why(client):
    # Qatar dealt with Kenya in one month only: the dyad page and the network's table read "n/a" alone
    api = client.get("/api/dyad", params={"a": "Qatar", "b": "Kenya"}).json()
    assert api["trend"] == "n/a"  # the API keeps the bare value (docs/web.md)
    page = client.get("/dyad?a=Qatar&b=Kenya").text
    assert 'trend <strong class="trend">n/a (dated events in fewer than two months)</strong>' in page
    network = client.get("/network").text
    assert "<td>n/a (dated events in fewer than two months)</td>" in network
    assert "<td>n/a</td>" not in network


def test_web_dyad_and_actor_timelines_by_quarter(client):
    # /changes offers quarters; /dyad and /actors answered 422 to by=quarter
    dyad = client.get("/api/dyad", params={"a": "Kenya", "b": "Uganda", "by": "quarter"})
    assert dyad.status_code == 200 and dyad.json()["by"] == "quarter"
    assert [p["label"] for p in dyad.json()["periods"]] == ["2021-Q1", "2021-Q2"]
    actor = client.get("/api/actors/Kenya", params={"by": "quarter"}).json()
    assert actor["by"] == "quarter" and all("-Q" in p["label"] for p in actor["timeline"])
    page = client.get("/dyad?a=Kenya&b=Uganda")
    assert page.status_code == 200 and "by=quarter" in page.text
    assert client.get("/actors/Kenya?by=quarter").status_code == 200
