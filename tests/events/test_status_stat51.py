"""Place rules of session 51 (h-stat51), on sentences written for the tests (synthetic, wire style, invented facts): an
act in a "when" clause on the date of a visit took place where the visit went (events/places.py
``PlaceRules._visit_of_when``), and a visit noun naming no place, after "during" on an act two parties did together, is
on the ground of the party that is not the visitor's (``PlaceRules._host_of_visit``), and talks named by their noun
whose own party a relative clause places are there (``PlaceRules.location`` through ``party_placed``), and talks told
after a trip noun an act was done during are where the trip went (``PlaceRules._visit_place``)."""

from tests.conftest import events_of


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


def test_an_act_in_a_when_clause_on_the_date_of_a_visit_is_where_the_visit_went(code):
    text = ("President Gustavo Petro had paid a state visit to Ecuador in May 2024, when the two governments signed "
            "a deal on border bridges.")
    signed = _on(code(text, date="2026-03-12"), "signed")
    assert signed and _countries(signed) == ["ECU"] * len(signed)


def test_a_when_clause_on_the_date_of_a_visited_place_the_verb_names(code):
    text = "The Jordanian king had visited Baghdad in March 2025, when the two sides signed a pipeline accord."
    signed = _on(code(text, date="2026-03-12"), "signed")
    assert signed and _countries(signed) == ["IRQ"] * len(signed)


def test_a_when_clause_on_the_date_of_no_visit_gives_no_place(code):
    text = "Ties between Peru and Ecuador had warmed in May 2024, when Lima and Quito signed a deal on border bridges."
    signed = _on(code(text, date="2026-03-12"), "signed")
    assert signed and _countries(signed) == [None] * len(signed)


def test_a_visit_by_one_party_during_an_act_of_two_is_on_the_other_partys_ground(code):
    text = ("SKOPJE, March 12 (MIA) - North Macedonia and Bulgaria signed a rail accord on Wednesday during a visit by "
            "Bulgaria's prime minister.")
    visits = [e for e in events_of(code(text, date="2026-03-12"), cameo="042")]
    assert visits and _countries(visits) == ["MKD"] * len(visits)


def test_a_visit_by_a_third_party_takes_no_host(code):
    text = ("SKOPJE, March 12 (MIA) - North Macedonia and Bulgaria signed a rail accord on Wednesday during a visit by "
            "Serbia's prime minister.")
    visits = [e for e in events_of(code(text, date="2026-03-12"), cameo="042")]
    assert visits and _countries(visits) == [None] * len(visits)


def test_talks_whose_party_arrived_here_are_at_the_dateline(code):
    text = ("NIAMEY, May 21 (AFP) - Niger and Chad signed a border accord on Wednesday after talks between the Chadian "
            "foreign minister, who arrived here on Tuesday, and Niger's prime minister.")
    talks = [e for e in events_of(code(text, date="2026-05-21"), cameo="04") if "talks" in e.trigger.text]
    assert talks and _countries(talks) == ["NER"] * len(talks)


def test_talks_told_after_a_state_visit_an_act_was_done_during_are_where_it_went(code):
    text = ("DUSHANBE, March 12 (AP) - Tajikistan will sell power to Kyrgyzstan under a deal the two presidents signed "
            "on Wednesday during Kyrgyz leader Sadyr Japarov's state visit to Dushanbe, officials said. Japarov and "
            "President Emomali Rahmon held talks at the presidential palace.")
    talks = [e for e in events_of(code(text, date="2026-03-12"), cameo="04") if "talks" in e.trigger.text]
    assert talks and _countries(talks) == ["TJK"] * len(talks)
