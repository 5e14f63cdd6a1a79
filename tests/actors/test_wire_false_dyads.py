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


_HEAD_OF_GOVERNMENT = ("DUBLIN (Reuters) - Ireland, which hosts thousands of British students, urged London to reopen "
                       "talks on fishing rights. The government of Prime Minister Keir Starmer has rejected the "
                       "request, and on Monday it expelled two Russian diplomats.")


def test_wire_the_government_of_a_head_of_government_is_the_state_it_points_back_to(code):
    # synthetic: "it" is the government just named, not the country of the relative clause before
    result = code(_HEAD_OF_GOVERNMENT, date="2025-03-03")
    [expulsion] = [e for e in result.events if e.trigger.text.startswith("expelled")]
    assert {p.code for p in expulsion.source} == {"GBRGOV"}


def test_wire_he_after_the_government_of_a_named_leader_is_still_the_leader(code):
    # synthetic: the rule must keep the person for "he"
    result = code("DUBLIN (Reuters) - Ireland, which hosts thousands of British students, urged London to reopen "
                  "talks on fishing rights. The government of Prime Minister Keir Starmer rejected the request "
                  "on Monday. He said the talks had ended.", date="2025-03-03")
    [starmer] = [a for a in result.actors if a.id == "keir-starmer"]
    assert "He" in {m.text for m in starmer.mentions}
    assert "The government" not in {m.text for m in starmer.mentions}
