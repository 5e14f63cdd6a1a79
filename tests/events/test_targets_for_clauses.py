"""Appeals whose addressee is named in a construction of its own (issue 11, session 22): the parser hangs "for
Serbia to recognise" on the verb as an adverbial clause with a "for" mark; the verb is still "call for", its
subject asks and the clause's subject is the one asked (the target), never the asker's own side. An addressee no
actor stands for gives the ones asked as examples: "urged partners like X", "countries such as X and Y".

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def test_targets_called_for_x_to_act_is_an_appeal_to_x(code):
    result = code("GENEVA, May 4 (Reuters) - The United Nations called for Israel to halt settlement building.")
    [appeal] = events_of(result, cameo="02")
    assert "ISR" in actors_of(appeal.target)


def test_targets_called_on_a_day_for_x_to_act_is_an_appeal_to_x(code):
    result = code("BERLIN, May 4 (Reuters) - German Chancellor Friedrich Merz called on Monday for Serbia to "
                  "recognise the election results.")
    [appeal] = events_of(result, cameo="02")
    assert "SRB" in actors_of(appeal.target)


def test_targets_for_clause_of_its_own_side_names_no_target(code):
    # a state's own office (session 49: an opposition's call is aimed at its own state by events/home_targets.py,
    # test_home_targets49.py, not by the clause)
    result = code("TOKYO, May 4 (Kyodo) - Japan's foreign minister pressed for Japan to apologise.")
    assert not any("JPN" in actors_of(e.target) for e in result.events)


def test_targets_appeal_to_partners_like_x_is_made_of_x(code):
    # an addressee no actor stands for, with members given as examples (issue 11, session 22)
    result = code("WASHINGTON, May 4 (Reuters) - The U.S. president urged close partners like Egypt to move "
                  "toward democracy.")
    [appeal] = events_of(result, cameo="02")
    assert "EGY" in actors_of(appeal.target)


def test_targets_appeal_to_countries_such_as_x_and_y_is_made_of_both(code):
    result = code("BRUSSELS, May 4 (Reuters) - The EU urged countries such as Serbia and Georgia to align with "
                  "its sanctions.")
    [appeal] = events_of(result, cameo="02")
    assert {"SRB", "GEO"} <= actors_of(appeal.target)
