"""Resolved actors that put an act's party on the wrong side (issue 11, false dyads, round 2).

All sentences are synthetic, written in agency style for these tests."""


def _mentions(result, code: str, after: str = "\n\n") -> list[str]:
    """The words of ``code``'s mentions after the first ``after`` of the text (the second paragraph)."""
    start = result.text.index(after)
    return [m.text for a in result.actors if a.code == code for m in a.mentions if m.start > start]


def test_wire_counted_people_are_not_the_people_named_before(code):
    # synthetic: "three civilians" are counted anew; they are not the Chadian civilians of the lead
    result = code("KHARTOUM, March 3 (Reuters) - Chadian civilians fled across the border on Monday, aid "
                  "workers said.\n\nSudanese warplanes bombed a market in Darfur on Tuesday, killing three "
                  "civilians, local officials said.", date="2025-03-03")
    assert _mentions(result, "TCDCVL") == []


def test_wire_tens_of_thousands_of_people_are_not_the_people_named_before(code):
    # synthetic
    result = code("KHARTOUM, March 3 (Reuters) - Chadian civilians fled across the border on Monday, aid "
                  "workers said.\n\nThe war has driven tens of thousands of civilians from Darfur since April.",
                  date="2025-03-03")
    assert _mentions(result, "TCDCVL") == []


def test_wire_the_civilians_still_point_back(code):
    # synthetic: a definite noun is the mention named before, counted or not
    result = code("KHARTOUM, March 3 (Reuters) - Chadian civilians fled across the border on Monday, aid "
                  "workers said.\n\nSudanese warplanes later attacked the civilians near the border, local "
                  "officials said.", date="2025-03-03")
    assert _mentions(result, "TCDCVL") == ["civilians"]
