"""A sector phrase with a preposition inside ("head of state", "chief of staff", "secretary of state") takes its
country from the modifiers of the phrase's head, not from the context: "the Polish head of state" is Poland's
government (issue 11, session 22: read as the context's other country, it met that country's president and the
target was dropped as its own side).

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import event_on


def test_sector_phrase_head_demonym_gives_the_country(code):
    result = code("BERLIN, May 4 (Reuters) - The Polish head of state met the German president.")
    event = event_on(result, "met")
    assert {(p.country, p.sector) for p in event.source} == {("POL", "GOV")}
    assert {p.country for p in event.target} == {"DEU"}


def test_sector_phrase_head_demonym_chief_of_staff(code):
    result = code("PARIS, May 4 (Reuters) - The British chief of staff met the French defence minister.")
    event = event_on(result, "met")
    assert {(p.country, p.sector) for p in event.source} == {("GBR", "MIL")}
