"""Dates of session 61 (h-date61b). A ``tied_day`` or ``tied_said`` phrase of an occasion or document ("at the meeting",
"during the visit", "in the statement") also names that occasion with another definite or possessive determiner and
up to two words before its noun ("at the commission's meeting", "during his visit", "at the signing ceremony";
``dating._framing_pattern``), but not with "a" (a new occasion) nor with an ``other_occasion_adj`` ("at the next
meeting", "in its own statement"). Such an act, with no date of its own, takes the one day of the nearest sentence after
the lead that names the occasion by its noun, when that sentence is in an earlier paragraph
(``DateRules._occasion_told_before``; README "Dates": a phrase names the occasion, "during the call", 243). Sentences
written for the tests (synthetic, wire style), coded with the model where the parse is part of the rule."""

import datetime as dt

from detente.events.dating import _framing_pattern

DAY = dt.date(2026, 3, 12)  # a Thursday
DETS = frozenset({"the", "its", "his", "her", "their", "this"})
OTHER = frozenset({"next", "previous", "own"})


def test_dating_framing_pattern_takes_other_determiners_and_modifiers():
    meeting = _framing_pattern("at the meeting", DETS, OTHER)
    assert meeting.search("at the commission's meeting, the uzbek side asked")
    assert meeting.search("at their two-hour meeting, they agreed")
    assert _framing_pattern("during the visit", DETS, OTHER).search("during his visit, he also met")
    assert _framing_pattern("at the ceremony", DETS, OTHER).search("speaking at the signing ceremony, he thanked")


def test_dating_framing_pattern_leaves_a_new_or_another_occasion():
    meeting = _framing_pattern("at the meeting", DETS, OTHER)
    assert not meeting.search("at a meeting in geneva, they agreed")
    assert not meeting.search("at the next meeting, they will review")
    assert not meeting.search("at the end of the meeting")
    assert not _framing_pattern("in the statement", DETS, OTHER).search("in its own statement, the ministry said")


def test_dating_framing_pattern_keeps_other_phrases_plain():
    assert _framing_pattern("hours later", DETS, OTHER).pattern == r"\bhours\ later\b"


def event_on(result, word: str):
    """The one event of a coded article whose trigger holds ``word`` (a failure if not exactly one)."""
    [event] = [e for e in result.events if word in e.trigger.text.split()]
    return event


def _explained(coder, text: str):
    from detente.model import Article

    return coder.explaining().code(Article(text=text, date=DAY))


LEAD = ("TASHKENT, March 12 (TASS) - Russia and Uzbekistan have signed an agreement to raise gas supplies to the "
        "Central Asian republic, Russian Deputy Prime Minister Alexei Overchuk told reporters.\n\n"
        "The document was signed on Monday at a meeting of the intergovernmental commission in Tashkent.\n\n"
        "Uzbekistan has struggled with winter shortages as its own fields decline.\n\n")


def test_an_act_at_the_occasion_told_in_an_earlier_paragraph_takes_its_day(coder):
    result = _explained(coder, LEAD + "At the commission's meeting, Uzbekistan asked Russia to simplify work permits "
                                      "for Uzbek migrants, the Uzbek Foreign Ministry said.")
    asked = event_on(result, "asked")
    assert asked.date is not None and asked.date.value == "2026-03-09"
    assert "_occasion_told_before" in asked.explanation.status["date"]


def test_an_act_at_the_next_meeting_takes_no_day_from_the_one_told(coder):
    result = _explained(coder, LEAD + "At the next meeting, Uzbekistan will ask Russia to simplify work permits "
                                      "for Uzbek migrants, the Uzbek Foreign Ministry said.")
    asked = event_on(result, "ask")
    assert asked.date is None or asked.date.value != "2026-03-09"


CONDEMN = "CAIRO, March 12 (Reuters) - Egypt and Jordan agreed on Wednesday to link their power grids. "


def test_a_date_inside_the_phrase_of_the_act_condemned_dates_that_act(coder):
    result = _explained(coder, CONDEMN + "In a joint statement, the two governments condemned an attack on Sunday on "
                                         "a Jordanian cargo ship off the Yemeni port of Mokha.")
    condemned = event_on(result, "condemned")
    assert condemned.date is None


def test_a_date_after_the_phrase_of_the_act_condemned_dates_the_condemning(coder):
    result = _explained(coder, CONDEMN + "Jordan condemned the attack on the Jordanian cargo ship on Tuesday.")
    condemned = event_on(result, "condemned")
    assert condemned.date is not None and condemned.date.value == "2026-03-10"
