"""A singular "the government" is no member of a set named by "the two governments" (actors/resolve.py).

The sentences are synthetic, written in agency style for these tests."""


def _codes(result, words: str, after: str = "\n\n") -> set[str]:
    """The codes of the mentions whose text is ``words`` after the first ``after`` of the text."""
    start = result.text.index(after)
    return {a.code for a in result.actors for m in a.mentions if m.start > start and m.text == words}


def test_wire_the_government_is_not_one_of_the_two_governments(code):
    # synthetic: a singular "the government" does not point back to a set named by "the two governments"
    result = code("NEW DELHI, May 2 (Reuters) - Chinese and Indian officials met on Monday as the two governments "
                  "prepare to resume flights.\n\nAn opposition leader demanded that the government brief "
                  "parliament on the talks.", date="2025-05-02")
    assert _codes(result, "government") == {"INDGOV"}
