"""An arrest told in a passive that names no doer and no place of its own: the state of the story's ground
(``events/held_here.py``). Issue 11, session 46 (h-arrest46).

All sentences here are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, events_with_trigger


def _sources(result, trigger: str) -> set[str]:
    return {a[:3] for e in events_with_trigger(result, trigger) for a in actors_of(e.source)}


def _targets(result, trigger: str) -> set[str]:
    return {a[:3] for e in events_with_trigger(result, trigger) for a in actors_of(e.target)}


def test_a_place_elsewhere_in_the_sentence_gives_the_doer(code):
    result = code("LAGOS, May 4 (Reuters) - Traders blocked a market road in Kano on Monday, and 14 people were "
                  "arrested, witnesses said.", date="2026-05-04")
    assert _sources(result, "arrested") == {"NGA"}


def test_the_sentence_before_in_the_paragraph_gives_the_doer(code):
    result = code("NEW DELHI, May 4 (PTI) - India said on Monday it would not reopen trade talks with Bangladesh. "
                  "Teachers rallied in Dhaka on Sunday to demand higher pay. Eight teachers were detained.",
                  date="2026-05-04")
    assert _sources(result, "detained") == {"BGD"}


def test_a_town_of_a_country_the_story_never_names_gives_no_doer(code):
    result = code("PARIS, May 4 (AFP) - Rioters set fire to cars in Saint-Louis overnight, and 19 people were "
                  "arrested, the prefecture said.", date="2026-05-04")
    assert "SEN" not in _sources(result, "arrested")


def test_the_dateline_gives_the_doer_when_the_paragraph_names_no_place(code):
    result = code("SANTIAGO, May 4 (AFP) - Students clashed with riot police outside a university on Monday. "
                  "Twenty-six people were arrested, officials said.", date="2026-05-04")
    assert _sources(result, "arrested") == {"CHL"}


def test_people_held_with_no_nationality_are_no_target(code):
    result = code("SANTIAGO, May 4 (AFP) - Argentina and Chile traded accusations over the fishing dispute on "
                  "Monday.\n\nIn a separate case, students clashed with riot police in Valparaiso, and 26 people "
                  "were arrested.", date="2026-05-04")
    assert _sources(result, "arrested") == {"CHL"} and not _targets(result, "arrested")


def test_a_demonym_on_the_people_held_is_the_target(code):
    result = code("ATHENS, May 4 (Reuters) - Coast guards rescued 60 migrants near Rhodes on Monday, and three "
                  "Turkish men were arrested as suspected smugglers.", date="2026-05-04")
    assert _sources(result, "arrested") == {"GRC"} and "TUR" in _targets(result, "arrested")


def test_people_of_a_known_country_take_no_doer_from_the_dateline(code):
    result = code("LONDON, May 4 (Reuters) - Britain summoned the Ruritanian ambassador on Monday. Two British "
                  "aid workers were detained last week.", date="2026-05-04")
    assert "GBR" not in _sources(result, "detained")


def test_a_sentence_naming_another_state_gives_no_doer(code):
    result = code("VIENNA, May 4 (Reuters) - Austria protested to Hungary on Monday after 12 people were "
                  "arrested.", date="2026-05-04")
    assert not _sources(result, "arrested")


def test_a_trip_abroad_told_before_blocks_the_dateline(code):
    result = code("DAKAR, May 4 (AFP) - The foreign minister flew to Conakry on Monday for talks with Guinea's "
                  "president. Five traders were detained last week.", date="2026-05-04")
    assert "SEN" not in _sources(result, "detained")


def test_a_sentence_before_about_another_state_blocks_the_dateline(code):
    result = code("NEW DELHI, May 4 (PTI) - India said on Monday it would not reopen trade talks with Bangladesh. "
                  "Bangladesh's teachers have held strikes for a month. Eight teachers were detained.",
                  date="2026-05-04")
    assert "IND" not in _sources(result, "detained")


def test_an_arrest_with_its_doer_named_is_left_alone(code):
    result = code("SANTIAGO, May 4 (AFP) - Argentine police arrested 12 Chilean fishermen near Ushuaia on Monday.",
                  date="2026-05-04")
    assert _sources(result, "arrested") == {"ARG"}
