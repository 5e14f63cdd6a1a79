"""A bare sector noun in a clause that opens with a town or capital ("In Kathmandu, several hundred students
marched ..., and riot police fired tear gas") is that place's country's, whatever the dateline's country
(actors/antecedents.opening_place).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_opening_place_beats_the_dateline_for_bare_sector_nouns(code):
    result = code("NEW DELHI, April 22 (PTI) - India rejected Nepal's objection. In Kathmandu, several hundred "
                  "students marched to the Indian embassy on Tuesday, and riot police fired tear gas when they "
                  "tried to break through a barricade.", date="2026-04-22")
    assert [p.code for p in event_on(result, "fired tear gas").source] == ["NPLCOP"]
    # the students themselves are nobody identifiable: a place gives people no country (eval/wire/README.md "Sides")
    assert [p.code for p in event_on(result, "marched").source] == [None]


def test_opening_place_none_keeps_the_dateline(code):
    result = code("NEW DELHI, April 22 (PTI) - India rejected Nepal's objection. On Tuesday, riot police fired "
                  "tear gas at students in the capital.", date="2026-04-22")
    assert [p.code for p in event_on(result, "fired tear gas").source] == ["INDCOP"]
