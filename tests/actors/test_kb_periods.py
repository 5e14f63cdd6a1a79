"""A person's role at a date known only to the month, week or year (actors/kb.py ``Period``, ``role_date``).

A period means: a role held at any time in it counts, the one held latest in the period first; the
period stops at the publication date when that falls in it. Articles are synthetic, written in agency
style for these tests."""

import datetime as dt

from detente.actors.kb import Entry, Period, Role, role_date

D = dt.date
OCTOBER = Period(D(2025, 10, 1), D(2025, 10, 31))


def _person(*roles: Role) -> Entry:
    return Entry(id="test-person", name="Test Person", kind="person", roles=roles)


def _role(title: str, code: str, start: dt.date | None, end: dt.date | None) -> Role:
    return Role(title=title, actor=code[:3], code=code, country=code[:3], sector=code[3:], start=start, end=end)


def test_kb_period_of_iso_values():
    assert Period.of("2025-10") == OCTOBER
    assert Period.of("2024-02") == Period(D(2024, 2, 1), D(2024, 2, 29))
    assert Period.of("2025-12") == Period(D(2025, 12, 1), D(2025, 12, 31))
    assert Period.of("2025") == Period(D(2025, 1, 1), D(2025, 12, 31))
    assert Period.of("2025-W41") == Period(D(2025, 10, 6), D(2025, 10, 12))
    assert Period.of("2025-10-05") is None
    assert Period.of("2025-13") is None
    assert Period.of(None) is None
    assert str(OCTOBER) == "2025-10-01/2025-10-31"


def test_kb_role_taken_up_late_in_the_month_is_held_in_that_month():
    person = _person(_role("Prime Minister", "JPNGOV", D(2025, 10, 21), None))
    assert person.role_on(D(2025, 10, 15)) is None  # the middle of the month: not yet in office
    assert person.role_on(OCTOBER).code == "JPNGOV"


def test_kb_role_left_early_in_the_month_is_still_held_in_that_month():
    person = _person(_role("Foreign Minister", "FRAGOV", D(2022, 5, 20), D(2025, 10, 5)))
    assert person.role_on(D(2025, 10, 31)) is None
    assert person.role_on(OCTOBER).code == "FRAGOV"
    assert person.role_on(Period(D(2025, 11, 1), D(2025, 11, 30))) is None


def test_kb_of_two_roles_in_the_period_the_one_held_at_its_end_wins():
    person = _person(_role("Defence Minister", "GBRGOV", D(2020, 1, 1), D(2025, 10, 12)),
                     _role("Opposition leader", "GBROPP", D(2025, 10, 12), None))
    assert person.role_on(OCTOBER).code == "GBROPP"
    assert person.role_on(Period(D(2025, 10, 1), D(2025, 10, 11))).code == "GBRGOV"
    # a later-starting role that ended inside the period loses to an older one still held at its end
    person = _person(_role("President", "PERGOV", D(2021, 7, 28), None),
                     _role("Acting Foreign Minister", "PERGOV", D(2025, 10, 2), D(2025, 10, 9)))
    assert person.role_on(OCTOBER).title == "President"


def test_kb_role_date_is_the_day_or_the_period_cut_at_publication():
    published = D(2025, 10, 20)
    assert role_date("2025-10-03", published) == D(2025, 10, 3)
    assert role_date("2025-10", published) == Period(D(2025, 10, 1), published)  # "in October", written on the 20th
    assert role_date("2025-10", D(2025, 11, 20)) == OCTOBER
    assert role_date("2025-10", D(2025, 10, 1)) == D(2025, 10, 1)
    assert role_date("2024", published) == Period(D(2024, 1, 1), D(2024, 12, 31))
    assert role_date(None, published) == published
    assert role_date("a while ago", published) == published


def test_kb_a_leader_who_took_office_late_in_the_month_is_coded_by_that_office(code):
    # synthetic: Takaichi became prime minister on Oct 21, 2025; the meeting is dated only "in October"
    result = code("TOKYO, Nov 20 (Reuters) - Japanese Prime Minister Sanae Takaichi met Chinese President "
                  "Xi Jinping in October on the sidelines of a regional summit in South Korea, officials "
                  "said.", date="2025-11-20")
    [meeting] = [e for e in result.events if e.trigger.text == "met"]
    assert meeting.date.value == "2025-10"
    [takaichi] = [p for p in meeting.source if p.actor == "sanae-takaichi"]
    assert takaichi.code == "JPNGOV"
