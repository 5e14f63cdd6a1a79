"""What dates an act (issue 11, session 29, h-date29): another doer's answer told in a relative clause on a noun of
a dated clause, a clause joined with a doer of its own and the sentence's lone date, a "since" bound as the lone
date, a bare day or month on the infinitive an agreement names, a month on the occasion of a past plan, and an event
noun dated by its own relative clause. Sentences written for the tests (synthetic, wire style); expected values
worked out by hand from a calendar, following eval/wire/README.md ("A date is the act's own only when it is said of
the act"; "An act without date words of its own is undated"; "A bare weekday on an act still to come ... is the
next such day after publication")."""

from tests.conftest import event_on


def _value(event):
    return event.date.value if event.date is not None else None


def test_status_dates29_answer_in_a_relative_clause_is_not_on_the_things_date(code):
    text = ("HANOI, Oct 7 (Reuters) - Vietnam protested to China on Wednesday over a new fishing ban.\n"
            "China moved an oil rig into waters off the Paracel Islands in May 2014, a step Hanoi condemned as "
            "a violation of its sovereignty.")
    condemned = event_on(code(text, date="2026-10-07"), "condemned")
    assert _value(condemned) is None
    assert condemned.historical  # still background: the history reads the date of the clause it answers


def test_status_dates29_answer_in_a_which_clause_is_undated(code):
    text = ("ADDIS ABABA, Oct 7 (Reuters) - Ethiopia filled the last stage of its Nile dam in 2025, which Egypt "
            "rejected as a threat to its water supply.")
    assert _value(event_on(code(text, date="2026-10-07"), "rejected")) is None


def test_status_dates29_answer_with_a_date_of_its_own_keeps_it(code):
    # control: a date inside the relative clause is the answer's own
    text = ("SEOUL, Oct 7 (Yonhap) - North Korea fired two ballistic missiles on Sunday, a launch Japan "
            "condemned on Monday as a grave threat.")
    assert _value(event_on(code(text, date="2026-10-07"), "condemned")) == "2026-10-05"


def test_status_dates29_when_clause_keeps_the_date_it_hangs_on(code):
    # control: a "when" clause is the time of the noun it hangs on, not an answer to it
    text = ("MANAGUA, Oct 7 (Reuters) - Relations have been tense since the crisis of April 2018, when Nicaraguan "
            "police arrested dozens of Costa Rican students.")
    assert _value(event_on(code(text, date="2026-10-07"), "arrested")) == "2018-04"


def test_status_dates29_joined_clause_with_a_doer_of_its_own_takes_no_lone_date(code):
    text = ("ACCRA, Oct 7 (Reuters) - Ghana recalled its ambassador to Togo on Wednesday.\n"
            "The African Union appealed on Tuesday for restraint, and Nigeria urged both governments to settle "
            "the dispute through talks.")
    assert _value(event_on(code(text, date="2026-10-07"), "urged")) is None


def test_status_dates29_date_opening_the_sentence_dates_both_clauses(code):
    # control: a date before the first clause's doer is said of the whole sentence
    text = ("BRUSSELS, Oct 7 (Reuters) - The European Union summoned Belarus's envoy on Wednesday.\n"
            "On Monday the European Union renewed its sanctions on Minsk, and Britain urged its allies to do "
            "the same.")
    assert _value(event_on(code(text, date="2026-10-07"), "urged")) == "2026-10-05"


def test_status_dates29_since_bound_is_no_lone_date(code):
    # a "since" date bounds a state: it dates no other verb of its sentence
    text = ("MOSCOW, Oct 7 (Reuters) - Russia expelled an Estonian diplomat on Wednesday.\n"
            "Russia's foreign ministry accused Tallinn of harassing Russian-speaking journalists since 2023.")
    assert _value(event_on(code(text, date="2026-10-07"), "accused")) is None


def test_status_dates29_day_on_the_infinitive_an_agreement_names_is_the_coming_one(code):
    # "agreed to meet on January 12", written in November: next January
    text = ("KHARTOUM, Nov 12 (Reuters) - Sudan and South Sudan agreed to meet again in Juba on January 12 to "
            "discuss oil transit fees.")
    assert _value(event_on(code(text, date="2026-11-12"), "agreed")) == "2027-01-12"


def test_status_dates29_month_of_a_past_plans_occasion_is_the_last_one(code):
    # "had planned ... at a meeting ... in March", written in July: this March, not the next one
    text = "BANGKOK, July 8 (Reuters) - Thai police had planned the raid with Cambodian police at a meeting in " \
        "Bangkok in March."
    assert _value(event_on(code(text, date="2026-07-08"), "planned")) == "2026-03"


def test_status_dates29_event_noun_is_dated_by_its_own_relative_clause(code):
    text = ("BAGHDAD, Oct 7 (AP) - Iraq summoned the Turkish ambassador on Wednesday over a Turkish drone strike "
            "that killed three farmers near Sinjar on Monday.")
    result = code(text, date="2026-10-07")
    assert _value(event_on(result, "strike")) == "2026-10-05"
    assert _value(event_on(result, "summoned")) == "2026-10-07"
