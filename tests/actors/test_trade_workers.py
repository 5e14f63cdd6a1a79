"""People of a trade named by their country's possessive or demonym ("Chile's truck drivers", "Peruvian
miners") are that country's labour (``sectors.tsv``), not the state itself: read as no sector word, the
possessor stood alone for the doers and made the state blockade its own roads (issue 11, session 22, h-wrong2).

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import event_on


def test_trade_workers_a_possessive_country_gives_labour_not_the_state(code):
    result = code("SANTIAGO, May 4 (Reuters) - Chile's truck drivers blocked highways near Valparaiso on Monday "
                  "over diesel prices.")
    event = event_on(result, "blocked")
    assert {(p.country, p.sector) for p in event.source} == {("CHL", "LAB")}


def test_trade_workers_miners_are_labour(code):
    result = code("LIMA, May 4 (Reuters) - Peruvian miners blocked a highway near Arequipa on Monday.")
    event = event_on(result, "blocked")
    assert {(p.country, p.sector) for p in event.source} == {("PER", "LAB")}


def test_trade_workers_steelworkers_and_herders_named_by_demonym_are_their_country(code):
    # synthetic (session 24): with no sector row the demonym on an unknown plural noun named nobody, and the
    # rally lost both its sides (gold conventions: "Canadian steelworkers" take their country)
    rally = event_on(code("TORONTO, Sept 16 (AP) — Several hundred Canadian steelworkers rallied outside the U.S. "
                          "consulate in Toronto on Wednesday.", date="2026-09-16"), "rallied")
    assert {(p.country, p.sector) for p in rally.source} == {("CAN", "LAB")}
    block = event_on(code("NOUAKCHOTT (AFP) – Mauritanian herders blocked the road to the border post on Tuesday.",
                          date="2026-09-16"), "blocked")
    assert {(p.country, p.sector) for p in block.source} == {("MRT", "AGR")}
