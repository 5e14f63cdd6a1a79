"""What dates an act (issue 11, session 32, h-date): an event noun of the lead that another act of the lead is about
("a protest over the seizure of a boat") is an earlier act, dated by the day the body gives it; a verb joined to a
dated verb of speaking that is itself an act ("spoke by telephone on Tuesday and agreed to ...") shares its day; a
same-day phrase ("Hours later, ...") opening a paragraph ties the act to the lead's day, and a clause joined with a
doer of its own is not tied by the phrase of the clause before; a word act that is what a dated saying says ("said on
Monday it supported ...") takes the saying's day, and the act a reply is made by ("answered ... by expelling") the
reply's; a bare month after a month of a past year in its sentence is in the twelve months from it; a relative
clause with "later" is undated; a participle of the lead on people acted on ("drivers detained by ...") is an earlier
act, dated by the body's day; the day of a call an act was made in ("promised her in a telephone call on Monday")
dates it; "by the end of 2027" is a deadline, no lone date of the sentence; "Later in the day" takes
the day told before.
Sentences written for the tests (synthetic, wire style); expected values worked out by hand from a calendar,
following eval/wire/README.md ("A date is the act's own only when it is said of the act"; an act of the dated
lead is dated as wires tell it)."""

import pytest
from tests.conftest import event_on, events_of


def _value(event):
    return event.date.value if event.date is not None else None


# Wednesday 7 October 2026
def test_status_dates32_act_a_protest_is_over_takes_the_bodys_day(code):
    text = ("MANILA, Oct 7 (Reuters) - The Philippines lodged a formal protest with China on Wednesday over the "
            "detention of 11 Filipino fishermen by the Chinese coast guard near Scarborough Shoal, the foreign "
            "ministry said.\n\nChinese coast guard officers boarded their boat on Monday morning and towed it "
            "away, the ministry said.")
    coded = code(text, date="2026-10-07")
    assert _value(event_on(coded, "detention")) == "2026-10-05"
    assert _value(event_on(coded, "lodged")) == "2026-10-07"  # the protest keeps the lead's day


def test_status_dates32_hours_later_opening_a_paragraph_is_the_leads_day(code):
    text = ("STOCKHOLM, May 20 (Reuters) - A Swedish court on Wednesday jailed a man for spying on exiles for a "
            "foreign intelligence service.\n\nThe man had passed names of asylum seekers to an officer of the "
            "service, prosecutors said.\n\nHours later, Iran summoned the Swedish charge d'affaires in Tehran and "
            "rejected the verdict as politically motivated.")
    coded = code(text, date="2026-05-20")
    assert _value(event_on(coded, "summoned")) == "2026-05-20"
    assert _value(event_on(coded, "rejected")) == "2026-05-20"


def test_status_dates32_clause_joined_with_a_doer_of_its_own_is_not_tied(code):
    text = ("PODGORICA, May 5 (Reuters) - Montenegro on Tuesday ordered a Serbian diplomat to leave the country "
            "within 72 hours. Belgrade responded within hours by expelling a Montenegrin diplomat, and Serbian "
            "President Aleksandar Vucic accused Podgorica of staging a provocation.")
    coded = code(text, date="2026-05-05")
    assert _value(event_on(coded, "expelling")) == "2026-05-05"  # control: the reply is tied
    assert _value(event_on(coded, "accused")) is None


SAID = ("CAIRO, Oct 7 (Reuters) - The Arab League said on Monday it supported Jordan's call for an emergency session "
        "of the U.N. Security Council on the crisis.\n\nKenya has suspended aid to Somalia, the foreign ministry said "
        "on Tuesday.\n\nPresident William Ruto said on Tuesday that he would telephone his Somali counterpart.")


def test_status_dates32_saying_after_the_act_or_of_an_act_to_come_dates_neither(code):
    # controls: an act told first and then sourced, and a plan told in the saying, keep no date of the saying
    coded = code(SAID, date="2026-10-07")
    assert _value(event_on(coded, "suspended")) is None
    assert _value(event_on(coded, "telephone")) is None


def _fiji(months: str) -> str:
    return ("SUVA, Oct 7 (Reuters) - Fiji summoned Tonga's high commissioner on Wednesday.\n\nIn " + months[0]
            + " the Fijian navy seized two Tongan fishing boats, and Suva released them in " + months[1]
            + " after their owners paid fines.")


def test_status_dates32_relative_clause_with_later_is_undated(code):
    # README: an act joined with "later" comes after the clause it follows and is undated
    text = ("DOHA, Oct 7 (Reuters) - Qatar summoned Iran's ambassador on Wednesday.\n\nIn June 2025, Iran fired "
            "missiles at a U.S. base in Qatar, drawing a sharp protest from Oman, which later helped mediate a truce "
            "between Iran and Israel.")
    coded = code(text, date="2026-10-07")
    # the act is told by "helped mediate": which of its two words leads the event is the attacher's business
    [mediation] = events_of(coded, cameo="045")
    assert _value(mediation) is None
    assert _value(event_on(coded, "fired")) == "2025-06"  # control


# the text, its publication date, a word of the act's trigger and the act's date value (None: undated)
@pytest.mark.parametrize(("text", "date", "word", "value"), [
    pytest.param(
        "JAKARTA, Oct 7 (Reuters) - Indonesia lodged a protest with Malaysia on Wednesday over the seizure of an "
        "Indonesian fishing boat and the arrest of its skipper by Malaysian maritime police off Borneo, the "
        "foreign ministry said.\n\nThe boat was stopped on Sunday night about 20 nautical miles off Tawau, the "
        "ministry said.",
        "2026-10-07", "arrest", "2026-10-04", id="second_act_a_protest_is_over_takes_the_bodys_day"),
    # control: the lead gives the act its own earlier day
    pytest.param(
        "NOUAKCHOTT, Oct 7 (Reuters) - Mauritania lodged a protest with Mali on Wednesday over a Malian army "
        "drone strike on Sunday on a camp of Mauritanian herders.\n\nThe foreign ministry said the ambassador "
        "was summoned on Tuesday.",
        "2026-10-07", "strike", "2026-10-04", id="act_a_protest_is_over_keeps_a_day_of_its_own"),
    pytest.param(
        "SANTIAGO, Oct 7 (Reuters) - Chilean President Gabriel Boric and Argentine President Javier Milei spoke "
        "by telephone on Tuesday evening and agreed to send the dispute to a joint commission, the Chilean "
        "presidency said.",
        "2026-10-07", "agreed", "2026-10-06", id="verb_joined_to_a_dated_phone_call_shares_its_day"),
    # the news, not the day of the charges told just before
    pytest.param(
        "PODGORICA, May 5 (Reuters) - Montenegro on Tuesday ordered a Serbian diplomat to leave the country "
        "within 72 hours.\n\nProsecutors charged three men on Monday with planning unrest.\n\nBelgrade "
        "responded within hours by expelling a Montenegrin diplomat.",
        "2026-05-05", "expelling", "2026-05-05", id="within_hours_after_a_paragraph_of_other_days_is_the_leads_day"),
    pytest.param(SAID, "2026-10-07", "supported", "2026-10-05", id="word_act_said_on_a_day_is_that_days"),
    # "answered ... by expelling": the means of a reply is the reply's act, on its date
    pytest.param(
        "VILNIUS, Oct 7 (Reuters) - Lithuania summoned Belarus's charge d'affaires on Wednesday.\n\nLithuania "
        "closed two border crossings with Belarus in October 2025, a move Minsk answered the same month by "
        "expelling two Lithuanian diplomats.",
        "2026-10-07", "expelling", "2025-10", id="act_a_reply_is_made_by_takes_the_replys_date"),
    pytest.param(_fiji(("March 2025", "April")), "2026-10-07", "released", "2025-04",
                 id="month_after_a_month_of_a_past_year_is_in_that_year"),
    # control: the February after November 2025
    pytest.param(_fiji(("November 2025", "February")), "2026-10-07", "released", "2026-02",
                 id="month_before_the_month_named_is_in_the_next_year"),
    pytest.param(
        "MINSK, Oct 7 (Reuters) - Lithuania summoned Belarus's charge d'affaires on Wednesday and demanded the "
        "release of three Lithuanian truck drivers detained by Belarusian border guards near the Medininkai "
        "crossing, the foreign ministry said.\n\nThe drivers were stopped on Monday evening while returning "
        "from Minsk, the ministry said.",
        "2026-10-07", "detained", "2026-10-05", id="participle_on_people_of_the_lead_takes_the_bodys_day"),
    # control: "a deal brokered by X" is the making of the deal, undated (README), not an earlier act of the lead
    pytest.param(
        "JUBA, Oct 7 (Reuters) - South Sudan sent troops to the Heglig oilfield on Wednesday under a deal "
        "brokered by President Salva Kiir, the army said.\n\nThe two sides had agreed on Monday to let the "
        "troops in, officials said.",
        "2026-10-07", "brokered", None, id="participle_on_an_agreement_noun_takes_no_body_day"),
    pytest.param(
        "LA PAZ, Oct 7 (Reuters) - Bolivia summoned Chile's consul on Wednesday.\n\nForeign Minister Celinda Sosa "
        "said the Chilean envoy had promised her in a telephone call on Monday that the soldiers involved would "
        "be disciplined.",
        "2026-10-07", "promised", "2026-10-05", id="day_of_the_call_an_act_was_made_in_dates_it"),
    pytest.param(
        "ADDIS ABABA, Oct 7 (Reuters) - The African Union urged Ethiopia and Eritrea to keep talking and said the "
        "bloc remained committed to ending all cross-border raids by the end of 2027.",
        "2026-10-07", "urged", None, id="deadline_at_the_end_of_a_year_is_no_lone_date"),
    pytest.param(
        "ULAANBAATAR, Oct 7 (Reuters) - Mongolia summoned China's ambassador on Wednesday.\n\nThousands of "
        "Mongolians marched through the capital on Tuesday. Later in the day, about 200 protesters rallied "
        "outside the Chinese embassy.",
        "2026-10-07", "rallied", "2026-10-06", id="later_in_the_day_is_the_day_told_before"),
])
def test_status_dates32_act_takes_its_date(code, text, date, word, value):
    assert _value(event_on(code(text, date=date), word)) == value
