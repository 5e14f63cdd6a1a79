"""An appeal whose content is a "for X to ..." clause (issue 11, session 22): the parser hangs "for Serbia to
recognise" on the verb as an adverbial clause with a "for" mark; the verb is still "call for", its subject asks
and the clause's subject is the one asked (the target), never the asker's own side.

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
    result = code("TOKYO, May 4 (Kyodo) - Japan's opposition pressed for Japan to apologise.")
    assert not any("JPN" in actors_of(e.target) for e in result.events)
