"""A name or demonym joined by a hyphen to "anti" or "pro" (``side_prefix`` in words.tsv) says whom a thing is for or
against, not whose it is (issue 11, session 22): "an anti-Indian rally" in Karachi is no Indian rally, "pro-Russian
separatists" are no Russian force, "anti-American protesters" are no Americans.

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from tests.conftest import actors_of


def _sides(result, role):
    return {a for e in result.events for a in actors_of(getattr(e, role))}


def test_side_prefix_rally_against_a_country_is_not_its_own(code):
    result = code("KARACHI, March 4 (Reuters) - Police fired tear gas at an anti-Indian rally in Karachi on Sunday.")
    assert not {a for a in _sides(result, "target") if a.startswith("IND")}


def test_side_prefix_protesters_against_a_country_are_not_its_people(code):
    result = code("ISLAMABAD, March 4 (Reuters) - Pakistani police arrested dozens of anti-American protesters in "
                  "Islamabad on Friday.")
    # (the protesters themselves are nobody identifiable: no country the text gives, eval/wire/README.md "Sides")
    assert [e.plover for e in result.events] == ["COERCE"]
    assert not {a for a in _sides(result, "target") if a.startswith("USA")}


def test_side_prefix_fighters_for_a_country_are_not_its_forces(code):
    result = code("KYIV, March 4 (Reuters) - Pro-Russian separatists shelled Ukrainian army positions near Donetsk "
                  "on Tuesday.")
    assert not {a for a in _sides(result, "source") if a.startswith("RUS")}
