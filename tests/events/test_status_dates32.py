"""What dates an act (issue 11, session 32, h-date): an event noun of the lead that another act of the lead is about
("a protest over the seizure of a boat") is an earlier act, dated by the day the body gives it; a verb joined to a
dated verb of speaking that is itself an act ("spoke by telephone on Tuesday and agreed to ...") shares its day.
Sentences written for the tests (synthetic, wire style); expected values worked out by hand from a calendar,
following eval/wire/README.md ("A date is the act's own only when it is said of the act"; an act of the dated
lead is dated as wires tell it)."""

from tests.conftest import event_on


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


def test_status_dates32_second_act_a_protest_is_over_takes_the_bodys_day(code):
    text = ("JAKARTA, Oct 7 (Reuters) - Indonesia lodged a protest with Malaysia on Wednesday over the seizure of an "
            "Indonesian fishing boat and the arrest of its skipper by Malaysian maritime police off Borneo, the "
            "foreign ministry said.\n\nThe boat was stopped on Sunday night about 20 nautical miles off Tawau, the "
            "ministry said.")
    assert _value(event_on(code(text, date="2026-10-07"), "arrest")) == "2026-10-04"


def test_status_dates32_act_a_protest_is_over_keeps_a_day_of_its_own(code):
    # control: the lead gives the act its own earlier day
    text = ("NOUAKCHOTT, Oct 7 (Reuters) - Mauritania lodged a protest with Mali on Wednesday over a Malian army "
            "drone strike on Sunday on a camp of Mauritanian herders.\n\nThe foreign ministry said the ambassador "
            "was summoned on Tuesday.")
    assert _value(event_on(code(text, date="2026-10-07"), "strike")) == "2026-10-04"


def test_status_dates32_verb_joined_to_a_dated_phone_call_shares_its_day(code):
    text = ("SANTIAGO, Oct 7 (Reuters) - Chilean President Gabriel Boric and Argentine President Javier Milei spoke "
            "by telephone on Tuesday evening and agreed to send the dispute to a joint commission, the Chilean "
            "presidency said.")
    assert _value(event_on(code(text, date="2026-10-07"), "agreed")) == "2026-10-06"
