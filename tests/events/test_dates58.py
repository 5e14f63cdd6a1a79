"""Acts that continue a dated occasion (session 58, h-date58). eval/wire/README.md ("Dates": an act told later takes
the date of the occasion when a phrase names the occasion or its document, or the act is addressed to the party met
there) dates them; the coder missed three shapes: a meeting phrase ("at the meeting", "at the end of the meeting",
"during the session", "at the ceremony") and "told the diplomat", which cues.tsv did not list; "the meeting" when the
lead calls it "talks" (words.tsv ``meeting_noun``); and a lead that says two days, the act's and the report's, where
the occasion is the act's day, not the saying's (``DateRules._named_occasion_day``, ``_done_day``). Sentences written
for the tests (synthetic, wire style), coded with the model as the other dating tests of the lead's occasion are (the
parse of two paragraphs is what the rules read across); the calendar worked out by hand (publication Thursday
2026-03-12)."""

import datetime as dt

from tests.conftest import event_on

DAY = dt.date(2026, 3, 12)  # a Thursday


def _explained(coder, text: str):
    from detente.model import Article

    return coder.explaining().code(Article(text=text, date=DAY))


def _value(event):
    return event.date.value if event.date is not None else None


def test_dates58_the_meeting_names_the_talks_of_the_lead(coder):
    result = _explained(coder, "DOHA, March 12 (Reuters) - Rwanda and Burundi held talks in Doha on Tuesday on "
                               "reopening their border, the Qatari foreign ministry said.\n\nThe talks lasted six "
                               "hours. At the meeting, Burundi asked Rwanda to hand over two fugitive officers.")
    asked = event_on(result, "asked")
    assert _value(asked) == "2026-03-10"
    assert "_named_occasion_day" in asked.explanation.status["date"]


def test_dates58_the_occasion_takes_the_acts_day_not_the_reports(coder):
    result = _explained(coder, "KIGALI, March 12 (AFP) - Rwanda and Burundi agreed on Monday to reopen their "
                               "border, following two days of talks in Doha, the Rwandan foreign ministry said on "
                               "Wednesday.\n\nThe two foreign ministers signed a joint communique at the end of the "
                               "meeting, according to the ministry.")
    assert _value(event_on(result, "signed")) == "2026-03-09"


def test_dates58_words_told_the_diplomat_take_the_summons_day(coder):
    result = _explained(coder, "MADRID, March 12 (EFE) - Spain summoned Libya's charge d'affaires on Wednesday after "
                               "a Libyan patrol boat fired on a Spanish rescue ship, the foreign ministry said."
                               "\n\nForeign Minister Jose Manuel Albares told the "
                               "diplomat that Spain would not accept such attacks and demanded that Tripoli "
                               "investigate the shooting.")
    assert _value(event_on(result, "demanded")) == "2026-03-11"


def test_dates58_a_crowd_during_the_session_takes_the_meetings_day(coder):
    result = _explained(coder, "BRATISLAVA, March 12 (Reuters) - The Slovak and Hungarian cabinets met in Bratislava "
                               "on Monday and adopted a joint declaration on energy, the Slovak government said."
                               "\n\nThe two cabinets met in the capital on Monday. Several hundred people rallied "
                               "outside the government office during the session.")
    assert _value(event_on(result, "rallied")) == "2026-03-09"


def test_dates58_a_meeting_the_lead_does_not_tell_dates_nothing(coder):
    # control: the lead tells an accusation, no talks nor meeting; the phrase names no occasion of the lead
    result = _explained(coder, "NAIROBI, March 12 (Reuters) - Kenya accused Somalia on Wednesday of arming militias "
                               "near the border, the Kenyan foreign ministry said.\n\nKenyan police seized rifles in "
                               "Mandera in January. At the meeting, Kenya asked Somalia to open an inquiry.")
    asked = event_on(result, "asked")
    assert "_named_occasion_day" not in asked.explanation.status["date"]

