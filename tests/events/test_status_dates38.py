"""What dates an act of an "after" clause outside the lead (issue 11, session 38, h-after38): measured from the clause
it hangs on by hours ("hours after", "shortly after") it is on that clause's day, by a count of days ("a day after",
"two days after") that many days before; that clause's day is its own day expression, or, for a definite act noun
of the news ("the launch came hours after ..."), the lead's day. Sentences written for the tests (synthetic, wire
style); expected values worked out by hand from a calendar."""

from tests.conftest import event_on


def _value(event):
    return event.date.value if event.date is not None else None


def test_status_dates38_hours_after_a_dated_clause_takes_its_day_and_is_background(code):
    # Friday 19 June 2026; the crossing is dated 2 March 2024
    text = ("GEORGETOWN, June 19 (Reuters) - Guyana and Venezuela agreed on Friday to reopen talks on their border.\n\n"
            "Venezuelan troops crossed the Cuyuni river on March 2, 2024, hours after Guyana's president criticised "
            "Venezuela's government.")
    event = event_on(code(text, date="2026-06-19"), "criticised")
    assert _value(event) == "2024-03-02"
    assert event.historical is True


def test_status_dates38_days_after_the_news_noun_count_back_from_the_lead_day(code):
    # Thursday 12 March 2026: two days before is Tuesday 10 March
    text = ("ACCRA, March 12 (Reuters) - Ghana recalled its ambassador from Togo on Thursday.\n\n"
            "The move came two days after Togolese gendarmes arrested three Ghanaian traders in Lome.")
    assert _value(event_on(code(text, date="2026-03-12"), "arrested")) == "2026-03-10"


def test_status_dates38_months_after_gives_no_day(code):
    # control: a span of months names no day
    text = ("BUDAPEST, Feb 18 (Reuters) - Hungary blocked a new EU aid package for Ukraine on Wednesday.\n\n"
            "The decision came months after Hungarian officials accused Kyiv of mistreating ethnic Hungarians.")
    assert _value(event_on(code(text, date="2026-02-18"), "accused")) is None
