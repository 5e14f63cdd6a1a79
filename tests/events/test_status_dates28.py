"""What dates an act (issue 11, session 28, h-date28): a "since" date on a state that runs into the news, and
the date of the clause an "after" clause hangs on. Sentences written for the tests (synthetic, wire style);
expected values worked out by hand from a calendar, following eval/wire/README.md."""

from tests.conftest import event_on


def _value(event):
    return event.date.value if event.date is not None else None


def test_status_dates28_since_date_is_no_date_of_a_running_activity(code):
    # "ongoing acts told in the present perfect with 'since' ... are neither historical nor dated"
    text = ("DHAKA, May 6 (Reuters) - Bangladesh has been negotiating a water-sharing deal with India since 2019, "
            "the foreign ministry said on Wednesday.")
    assert _value(event_on(code(text, date="2026-05-06"), "negotiating")) is None


def test_status_dates28_since_date_in_a_relative_clause_is_no_date(code):
    text = ("KINSHASA, May 6 (Reuters) - Fighting broke out on Tuesday near Goma between Congolese troops and M23 "
            "rebels, who have attacked army positions in North Kivu since 2021.")
    assert _value(event_on(code(text, date="2026-05-06"), "attacked")) is None


def test_status_dates28_since_date_still_makes_an_old_record_background(code):
    # the "since" date is read for the history before it is dropped: a record kept for years is background
    text = "China has sanctioned dozens of U.S. defence firms since 2019, the ministry said."
    sanctioned = event_on(code(text, date="2026-05-06"), "sanctioned")
    assert _value(sanctioned) is None
    assert sanctioned.historical


def test_status_dates28_when_clause_on_a_since_date_keeps_it(code):
    # control: the act of a "when" clause is the one the date names ("since June, when Israel struck ...")
    text = ("Inspectors have had no access to the Fordow site since June 2025, when Israel struck the site, "
            "the agency said.")
    assert _value(event_on(code(text, date="2026-05-06"), "struck")) == "2025-06"


def test_status_dates28_after_clause_is_not_on_the_date_of_its_verb(code):
    # README: a date is the act's own only when it is said of it; "after" heads the earlier act
    text = ("NAIROBI, May 6 (Reuters) - Kenya reopened two crossings on its border with Somalia on Wednesday.\n"
            "Kenya closed the border in October 2011 after Somali militants kidnapped two Spanish aid workers.")
    result = code(text, date="2026-05-06")
    kidnapped = event_on(result, "kidnapped")
    assert _value(kidnapped) is None
    assert kidnapped.historical  # still background: the history reads the date of the clause it comes after
    assert _value(event_on(result, "closed the border")) == "2011-10"


def test_status_dates28_after_clause_keeps_a_date_of_its_own(code):
    text = ("HELSINKI, May 6 (Reuters) - Finland said on Wednesday it would keep its border with Russia shut.\n"
            "After Russia invaded Ukraine in February 2022, Finland closed its eastern border in November 2023.")
    assert _value(event_on(code(text, date="2026-05-06"), "invaded")) == "2022-02"


def test_status_dates28_after_clause_measured_from_the_date_keeps_it(code):
    # "within a week after": the clause is dated from the verb it hangs on
    text = ("DUBAI, May 6 (Reuters) - Iran's navy held drills in the Gulf on Wednesday.\n"
            "In 2023 the Guards seized two tankers within a week after the United States had confiscated an "
            "Iranian oil cargo.")
    assert _value(event_on(code(text, date="2026-05-06"), "confiscated")) == "2023"


def test_status_dates28_date_told_on_from_the_act_before_dates_the_appeal(code):
    # "the following year" is told from 2022: it is the time of the asking, the next act, not of the leaving asked
    text = ("BAMAKO, May 6 (Reuters) - Mali's junta suspended a French radio station on Wednesday.\n"
            "Mali expelled French troops in 2022 and asked Danish special forces to leave the following year.")
    result = code(text, date="2026-05-06")
    assert _value(event_on(result, "asked")) == "2023"
    assert _value(event_on(result, "expelled")) == "2022"


def test_status_dates28_date_from_now_on_the_infinitive_stays_with_it(code):
    # control: "next year" is counted from now, and dates the act asked for (README: an appeal's date is not
    # that of the act it asks for)
    text = "BAMAKO, May 6 (Reuters) - Mali asked Danish special forces on Wednesday to leave next year."
    asked = event_on(code(text, date="2026-05-06"), "asked")
    assert _value(asked) in ("2026-05-06", None)
