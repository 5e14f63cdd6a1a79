"""The day of an act done during a dated call or meeting, and deadlines (issue 11, status fields; session 27,
h-status27). Articles written for the tests (synthetic, wire style); weekdays worked out from a calendar."""

from tests.conftest import event_on


def test_status27_act_during_the_call_takes_the_calls_day(code):
    # 2026-09-16 is a Wednesday: Tuesday is 2026-09-15
    text = ("BEIJING, Sept 16 (Reuters) - Chinese Foreign Minister Wang Yi spoke by telephone with his Indian "
            "counterpart on Tuesday. During the call Wang urged New Delhi to keep troops away from the disputed "
            "frontier.")
    urged = event_on(code(text, date="2026-09-16"), "urged")
    assert urged.date is not None and urged.date.value == "2026-09-15"


def test_status27_act_during_the_talks_takes_no_year_told_before(code):
    # a year dates no call or meeting: "during the talks" takes only a day
    text = ("HANOI, Sept 16 (Reuters) - Vietnamese and Chinese diplomats have met four times this year. "
            "During the talks China demanded that Hanoi halt its dredging in the Spratly Islands.")
    demanded = event_on(code(text, date="2026-09-16"), "demanded")
    assert demanded.date is None or demanded.date.value is None


def test_status27_deadline_dates_neither_the_order_nor_the_act_joined_to_it(code):
    # "by Friday" is when the diplomat must be gone, not when he was ordered out or the envoy summoned
    text = ("VILNIUS, Sept 16 (Reuters) - Lithuania ordered a Belarusian diplomat to leave by Friday and summoned "
            "Belarus's charge d'affaires.")
    result = code(text, date="2026-09-16")
    for trigger in ("ordered", "summoned"):
        event = event_on(result, trigger)
        assert event.date is None or event.date.value is None, trigger


def test_status27_deadline_in_a_condition_does_not_date_the_warning(code):
    text = ("ASTANA, Sept 16 (Reuters) - Kazakhstan warned that it could halt grain exports to Kyrgyzstan if "
            "the border checks were not lifted by the end of the month.")
    warned = event_on(code(text, date="2026-09-16"), "warned")
    assert warned.date is None or warned.date.value is None


def test_status27_lead_day_on_an_ordered_infinitive_dates_the_act_joined_to_the_order(code):
    # "on Wednesday" hangs on "leave", the infinitive "ordered" names: the day of the order, and so of the
    # summons joined to it in the dated lead (2026-09-16 is a Wednesday)
    text = ("VILNIUS, Sept 16 (Reuters) - Lithuania ordered three Russian diplomats to leave the country within 72 "
            "hours on Wednesday and summoned Moscow's charge d'affaires, after prosecutors said the three had "
            "recruited informants.")
    summoned = event_on(code(text, date="2026-09-16"), "summoned")
    assert summoned.date is not None and summoned.date.value == "2026-09-16"
