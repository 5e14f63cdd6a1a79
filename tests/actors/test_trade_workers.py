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
