"""Dates and places of acts told through another clause (issue 11, session 21). Sentences written for the
tests (synthetic, wire style); expected values worked out by hand from a calendar."""

from tests.conftest import event_on


def test_status_dates21_participle_on_the_subject_is_not_dated_by_its_verb(code):
    # the talks were brokered before they collapsed: the brokering has no date, and is background
    text = ("ADDIS ABABA, July 14 (Reuters) - Talks brokered by Kenya between Ethiopia and Eritrea "
            "collapsed in May 2023.")
    brokered = event_on(code(text, date="2026-07-14"), "brokered")
    assert brokered.date is None or brokered.date.value is None
    assert brokered.historical


def test_status_dates21_participle_on_the_object_keeps_a_month_of_its_verb(code):
    # a month spans the act and the agreement it is made under (the rule is for the subject's participle)
    text = "The Houthis halted attacks in May 2025 under an agreement mediated by Oman."
    halted = event_on(code(text, date="2026-03-02"), "halted")
    assert halted.date is not None and halted.date.value == "2025-05"
