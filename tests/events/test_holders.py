"""Whom a call for someone's release is made of: whoever holds them (``events/holders.py``).

All sentences here are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, events_of


def _release_call(result):
    [event] = [e for e in events_of(result, "REQUEST") if "release" in e.trigger.text]
    return event


def test_holders_demand_for_release_after_a_detention_in_the_same_sentence(code):
    result = code("DAKAR, June 2 (Reuters) - Senegalese police detained a Gambian fishing boat off the coast on "
                  "Monday, prompting Banjul to demand the crew's release.", date="2026-06-02")
    event = _release_call(result)
    assert "GMB" in actors_of(event.source) and "SEN" in actors_of(event.target)


LATER = """ACCRA, June 2 (Reuters) - Togolese soldiers detained nine {people} traders at the border on Sunday.

The traders had crossed to sell maize at a weekly market, a local official said.

Togo said the men had no papers.

Markets in the area stayed closed on Monday.

Ghana's foreign ministry summoned Togo's ambassador on Tuesday, demanding the release of the detainees.
"""


def test_holders_demand_for_the_callers_own_people_held_earlier_in_the_article(code):
    event = _release_call(code(LATER.format(people="Ghanaian"), date="2026-06-02"))
    assert "GHA" in actors_of(event.source) and "TGO" in actors_of(event.target)


def test_holders_a_third_partys_people_held_far_back_name_no_holder(code):
    # Ghana asks for others' people: whom it asks is not told by the article
    event = _release_call(code(LATER.format(people="Beninese"), date="2026-06-02"))
    assert "TGO" not in actors_of(event.target)
