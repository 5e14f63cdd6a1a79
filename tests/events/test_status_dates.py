"""Which date is an act's (issue 11, status fields: date). Sentences written for the tests
(synthetic, wire style); expected values worked out by hand from a calendar."""

from tests.conftest import events_of


def test_status_dates_that_month_takes_the_month_of_the_sentence_before(code):
    text = ("TAIPEI, May 12 (Reuters) - Tensions rose in February 2024, when two fishermen drowned near "
            "Kinmen. Beijing blamed Taipei for the deaths and began coast guard patrols in the area that month.")
    result = code(text, date="2026-05-12")
    [blame] = events_of(result, "ACCUSE")
    assert blame.date is not None and blame.date.value == "2024-02"


def test_status_dates_that_december_takes_the_year_of_the_date_before(code):
    text = ("Relations warmed after an earthquake in February 2023, and the two countries signed a "
            "declaration on friendly relations in Athens that December.")
    events = [e for e in code(text, date="2026-03-05").events if e.trigger.text.startswith("signed")]
    assert events and events[0].date is not None and events[0].date.value == "2023-12"


def test_status_dates_that_month_after_a_new_paragraph_stays_unresolved(code):
    # a new paragraph starts another story: "that month" finds no date to refer to
    text = ("Tensions rose in February 2024, when two fishermen drowned near Kinmen.\n\n"
            "Beijing blamed Taipei for the deaths and began coast guard patrols in the area that month.")
    [blame] = events_of(code(text, date="2026-05-12"), "ACCUSE")
    assert blame.date is None or blame.date.value is None
