"""What the pair of a dated agreement "also agreed" (session 58, h-also58). eval/wire/README.md ("ties", the audit
of session 58) dates an act the two sides, leaders, ministers or governments of a dated agreement "also agreed", with
no time words of its own, by the date of that agreement, even a few paragraphs later; one party's "also agreed" and
a pronoun speaker's "It also asked ..." do not tie (``DateRules._also_agreed``). Sentences written for the tests
(synthetic, wire style), coded with the model as the other dating tests across paragraphs are (the parse of the
subject and of the verb the act completes is what the rule reads); the calendar worked out by hand (publication
Thursday 2026-03-12)."""

import datetime as dt

DAY = dt.date(2026, 3, 12)  # a Thursday
LEAD = ("LUSAKA, March 12 (Reuters) - Zambia and Malawi signed a border trade agreement on Tuesday during a visit "
        "by Malawi's president to Lusaka, the Zambian presidency said.\n\n")


def _explained(coder, text: str):
    from detente.model import Article

    return coder.explaining().code(Article(text=text, date=DAY))


def event_on(result, word: str):
    """The one event whose trigger holds ``word`` ("agreed to set up a joint commission" for "set up")."""
    [event] = [e for e in result.events if word in e.trigger.text]
    return event


def _value(event):
    return event.date.value if event.date is not None else None


def test_also_agreed58_the_two_sides_take_the_agreements_day(coder):
    result = _explained(coder, LEAD + "Both countries have struggled with fuel shortages since 2024.\n\nThe two sides "
                                      "also agreed to set up a joint commission on border security.")
    set_up = event_on(result, "set up")
    assert _value(set_up) == "2026-03-10"
    assert "_also_agreed" in set_up.explanation.status["date"]


def test_also_agreed58_the_leaders_told_by_a_spokesman(coder):
    result = _explained(coder, LEAD + "A spokesman said the two leaders had also agreed to set up a joint "
                                      "commission on border security.")
    assert _value(event_on(result, "set up")) == "2026-03-10"


def test_also_agreed58_one_party_alone_is_not_the_pair(coder):
    # control: one side's "also agreed", told by its official, is not the pair's joint act
    result = _explained(coder, LEAD + "Lusaka also agreed to set up a joint commission on border security, a "
                                      "Zambian official said.")
    set_up = event_on(result, "set up")
    assert "_also_agreed" not in set_up.explanation.status["date"]
    assert _value(set_up) is None


def test_also_agreed58_no_agreement_dated_before_dates_nothing(coder):
    # control: the lead tells an accusation, no agreement made
    result = _explained(coder, "LUSAKA, March 12 (Reuters) - Zambia accused Malawi on Tuesday of closing a border "
                               "crossing, the Zambian presidency said.\n\nThe two sides also agreed to set up a "
                               "joint commission on border security.")
    set_up = event_on(result, "set up")
    assert "_also_agreed" not in set_up.explanation.status["date"]


def test_also_agreed58_time_words_of_its_own_stay(coder):
    # control: the act's own time
    result = _explained(coder, LEAD + "The two sides also agreed to hold talks on a customs union in May.")
    assert _value(event_on(result, "hold talks")) == "2026-05"
