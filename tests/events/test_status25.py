"""The day of the lead and the place of a visit (issue 11, "Status scope"; session 25, h-status25).
Articles written for the tests (synthetic, wire style); dates worked out from a calendar."""

from tests.conftest import events_of


def _event(result, start: str):
    [event] = [e for e in result.events if e.trigger.text.startswith(start)]
    return event


def test_dating_clause_of_the_dated_lead_with_a_doer_of_its_own_takes_its_day(code):
    # the lead dates its clauses; the year names the offensive, not the release
    text = ("YEREVAN, March 12 (Reuters) - Armenia and Azerbaijan agreed on Thursday to open a second "
            "border crossing, and Baku freed three Armenian soldiers it had held since the 2023 offensive.")
    freed = _event(code(text, date="2026-03-12"), "freed")
    assert freed.date is not None and freed.date.value == "2026-03-12"


def test_dating_lead_day_hung_on_a_noun_of_the_acts_phrase(code):
    # "on Thursday" hangs on "consultations"; "two days after" heads the strike, not the recall
    text = ("QUITO, Nov 5 (Reuters) - Ecuador recalled its ambassador to Peru for consultations on Thursday, "
            "two days after Peruvian troops fired on an Ecuadorian border post.")
    recall = _event(code(text, date="2026-11-05"), "recalled")
    assert recall.date is not None and recall.date.value == "2026-11-05"


def test_dating_lead_day_not_taken_by_an_act_joined_with_later(code):
    text = ("QUITO, Nov 5 (Reuters) - Ecuador recalled its ambassador to Peru for consultations on Thursday, "
            "two days after a border clash, and Lima later expelled an Ecuadorian diplomat.")
    expel = _event(code(text, date="2026-11-05"), "expelled")
    assert expel.date is None or expel.date.value is None


def test_dating_day_on_the_complement_a_verb_pattern_names_is_the_acts(code):
    # "order +diplomat ~leave": the leaving is part of the expulsion, and so is its day (outside the lead too)
    text = ("BUDAPEST, Feb 19 (Reuters) - Hungary has accused Ukraine of spying on its army.\n\n"
            "Hungary ordered two Ukrainian diplomats to leave the country within 48 hours on Monday.")
    [expel] = events_of(code(text, date="2026-02-19"), "SANCTION")
    assert expel.date is not None and expel.date.value == "2026-02-16"


def test_places_here_is_the_datelines_place(code):
    text = ("WINDHOEK, Feb 19 (Xinhua) -- Namibia and Angola signed two agreements on water and rail "
            "transport here on Wednesday.")
    sign = _event(code(text, date="2026-02-19"), "signed")
    assert sign.location is not None and sign.location.country == "NAM"


def test_places_here_on_the_occasion_of_the_act(code):
    text = ("WINDHOEK, Feb 19 (Xinhua) -- Angolan President Joao Lourenco held talks with Namibia's president "
            "at a regional summit here on Wednesday.")
    talks = _event(code(text, date="2026-02-19"), "held talks")
    assert talks.location is not None and talks.location.country == "NAM"


def test_places_here_without_a_dateline_is_no_place(code):
    text = "Namibia and Angola signed two agreements on water and rail transport here on Wednesday."
    sign = _event(code(text, date="2026-02-19"), "signed")
    assert sign.location is None


def test_places_signing_during_a_visit_the_article_tells_is_where_it_went(code):
    text = ("YEREVAN, March 12 (Reuters) - Georgian Prime Minister Irakli Kobakhidze arrived in Yerevan on "
            "Wednesday for a two-day official visit.\nKobakhidze and Armenian Prime Minister Nikol Pashinyan "
            "signed a declaration on strategic partnership on Thursday.")
    sign = _event(code(text, date="2026-03-12"), "signed")
    assert sign.location is not None and sign.location.country == "ARM"


def test_places_visit_of_another_time_or_a_phone_call_gives_no_place(code):
    # (told from a third country: a signing of the day under a party's dateline is on its ground, session 42)
    text = ("MOSCOW, March 12 (Reuters) - Armenia and Georgia signed a declaration on strategic partnership "
            "on Thursday. Georgian Prime Minister Irakli Kobakhidze visited Yerevan in 2024.\n"
            "Kobakhidze spoke by phone with Armenian Prime Minister Nikol Pashinyan on Thursday.")
    result = code(text, date="2026-03-12")
    assert _event(result, "signed").location is None
    assert _event(result, "spoke").location is None
