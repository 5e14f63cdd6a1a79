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


def test_status_dates_deadline_of_a_demand_dates_the_act_demanded(code):
    # synthetic: the deadline is the disarming's, the pressing is undated
    text = "The United States has pressed Lebanon to disarm Hezbollah by the end of the year."
    [request] = events_of(code(text, date="2026-02-17"), "REQUEST")
    assert request.date is None


def test_status_dates_end_of_the_year_dates_a_pledged_act(code):
    text = "Taiwan said it would donate a second patrol boat to Palau before the end of the year."
    [aid] = events_of(code(text, date="2026-09-09"), "AID")
    assert aid.date is not None and aid.date.value == "2026"


def test_status_dates_day_on_the_demand_itself_stays(code):
    # the date is on the demanding verb, not on the act demanded
    text = "The United States on Monday pressed Lebanon to disarm Hezbollah."
    [request] = events_of(code(text, date="2026-02-17"), "REQUEST")
    assert request.date is not None and request.date.value == "2026-02-16"
