"""The ground an act of force hit is read in the act's own clause, not in a clause conjoined to it with a subject of
its own (events/ground.py ``own_clause``, session 55 h-np2); and the sides explanation says "named inside this
phrase" only when a word of the phrase names the actor (events/explain.py ``_via``). Sentences written for the
test about real states with invented facts."""

import datetime as dt

from tests.conftest import actors_of, events_of

from detente.model import Article


def test_ground_place_in_a_conjoined_clause_with_its_own_subject_is_not_the_acts(code):
    # where the officials saw smoke is another act's place: the garage hit has no country here
    result = code("Israeli aircraft bombed a garage overnight, and Jordanian officials reported smoke near "
                  "the town of Irbid.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "bombed"]
    assert actors_of(event.source) & {"ISR"} and not actors_of(event.target) & {"JOR"}


def test_ground_place_in_the_acts_own_clause_still_gives_its_country(code):
    result = code("Russian drones struck a fuel depot near Odesa on Tuesday, and Moldovan officials said "
                  "debris fell near the town of Ocnita.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "struck"]
    assert actors_of(event.target) == {"UKR"}


def test_ground_conjoined_verb_without_a_subject_is_the_same_doers_clause(code):
    # "and hit homes in Kharkiv": the doer's own next blow, whose place is where the act was
    result = code("Russian drones struck a fuel depot overnight and hit homes in Kharkiv, officials said.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "struck"]
    assert actors_of(event.target) == {"UKR"}


def _sides(explaining, text: str, trigger: str) -> list[str]:
    result = explaining.code(Article(text=text, date=dt.date(2026, 5, 4)))
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return event.explanation.sides


def test_explain_a_set_phrase_is_no_name_inside(explaining):
    sides = _sides(explaining, "Kenya and Tanzania settled a dispute over fishing rights. The two countries "
                               "signed a trade accord on Monday.", "signed")
    members = [s for s in sides if s.startswith("source 'The two countries'")]
    # the first member is the phrase's own mention ("nominal"); the other is the set's, no name inside it
    assert any("a member of the set this phrase names" in s for s in members), sides
    assert not any("named inside" in s for s in members), sides


def test_explain_a_demonym_inside_the_phrase_is_named_inside(explaining):
    sides = _sides(explaining, "Russian missiles struck Ukrainian power stations on Monday.", "struck")
    [target] = [s for s in sides if s.startswith("target")]
    assert "-> UKR: named inside this phrase" in target, sides


def test_explain_a_country_from_the_acts_clause_is_named_outside(explaining):
    # Ukraine is named in the sentence, but not in "sleeping families": the ground of the act's clause gave it
    sides = _sides(explaining, "Ukraine said Russian drones struck sleeping families during a wave of attacks on "
                               "Kharkiv overnight.", "struck")
    [target] = [s for s in sides if s.startswith("target")]
    assert "-> UKR: named outside this phrase" in target, sides
