"""Institutional nominals that stand for a state's government (issue 11, item 3, institutions):
"the junta" is the military government of the country the story is about, not its army.

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of


def test_institutions_the_junta_is_the_dateline_countrys_government(code):
    result = code("NIAMEY, May 4 (Reuters) - The junta expelled France's ambassador on Sunday, state television "
                  "said. Paris called the move unjustified.")
    [event] = [e for e in result.events if e.trigger.text.startswith("expelled")]
    assert [p.code for p in event.source] == ["NERGOV"] and actors_of(event.target) & {"FRA"}


def test_institutions_a_named_countrys_junta(code):
    result = code("Guinea's junta suspended the broadcasts of two French radio stations on Monday.")
    [event] = [e for e in result.events if e.trigger.text.startswith("suspended")]
    assert [p.code for p in event.source] == ["GINGOV"]
