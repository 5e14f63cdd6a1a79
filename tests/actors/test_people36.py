"""People named before and taken up again by a number or a pronoun in a legal or coercive act (issue 11; session 36,
h-people36): "the nine" after "nine Guatemalan nationals" (``antecedents.recounted``), "ordered them held" after
"detained 14 Indian fishermen" (``pronouns._salient``: an object the parser made the subject of the order's
complement, never the court that orders it; the people, not their waters), and not a number of other people.

All texts here are synthetic, written in agency style for these tests; none comes from a development set or from
a real article."""

from tests.conftest import actors_of, event_on, events_with_trigger


def test_people36_the_number_after_people_counted_so_is_them(code):
    result = code("JAKARTA, June 3 (AFP) - Indonesian authorities detained 11 Malaysian fishermen in the Strait of "
                  "Malacca on Sunday. A court in Medan on Wednesday ordered the 11 deported.")
    event = event_on(result, "ordered the 11 deported")
    assert event.cameo == "174"
    assert actors_of(event.target) == {"MYS"}
    assert "IDN" in actors_of(event.source)


def test_people36_a_number_word_after_people_counted_so_is_them(code):
    result = code("ATHENS, June 3 (AP) - Greek coast guard officers arrested six Egyptian nationals on a fishing boat "
                  "off Crete on Sunday. A judge in Chania ordered the six deported to Egypt.")
    event = event_on(result, "ordered the six deported")
    assert actors_of(event.target) == {"EGY"}


def test_people36_another_number_is_not_them(code):
    result = code("KARACHI, June 3 (Reuters) - Pakistani police arrested three Afghan nationals in Quetta on Tuesday. "
                  "A court ordered the two held until next week.")
    event = event_on(result, "ordered the two held")
    assert "AFG" not in actors_of(event.target)


def test_people36_them_ordered_held_is_the_people_detained_not_their_waters(code):
    result = code("COLOMBO, June 3 (AFP) - The Sri Lankan navy detained 14 Indian fishermen off Delft island, accusing "
                  "them of fishing illegally in Sri Lankan waters. A magistrate on Thursday ordered them held for two "
                  "weeks.")
    event = event_on(result, "ordered them held")
    assert actors_of(event.target) == {"IND"}


def test_people36_them_ordered_held_is_not_the_court(code):
    result = code("MANILA, June 3 (AFP) - The Philippine coast guard seized 20 Chinese fishermen near Second Thomas "
                  "Shoal on Monday. A Palawan court on Friday ordered them held pending trial.")
    event = event_on(result, "ordered them held")
    assert actors_of(event.target) == {"CHN"}


def test_people36_them_after_the_men_charged_is_the_men_not_the_police(code):
    result = code("PRISTINA, June 3 (Reuters) - Kosovo police detained four men near the Serbian border on Friday. "
                  "Prosecutors charged the men with smuggling weapons, and a court ordered them held for a month.")
    held = [e for e in (*events_with_trigger(result, "charged"), *events_with_trigger(result, "ordered"))]
    assert held and all("KSV" not in actors_of(e.target) for e in held)
