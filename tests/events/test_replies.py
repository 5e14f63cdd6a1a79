"""Whom a call for someone's release is made of: whoever holds them (``events/replies.py``).

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
    # Ghana asks for others' people: whom it asks is not told by the article (no one else is named with
    # the demand: "summoned Togo's ambassador, demanding ..." would name whom, for the attacher)
    text = LATER.format(people="Beninese").replace("summoned Togo's ambassador on Tuesday, demanding",
                                                   "on Tuesday demanded")
    event = _release_call(code(text, date="2026-06-02"))
    assert "TGO" not in actors_of(event.target)


# -- an agreement answers whoever asked for it -------------------------------------------------------------
def _agreement(result):
    return [e for e in events_of(result, "AGREE") if e.trigger.text.startswith("agreed")]


def test_replies_agreement_grants_the_request_told_before_it(code):
    result = code("Malawi asked the World Bank to fund a new dam on the Shire river, and the bank agreed.")
    [event] = _agreement(result)
    assert actors_of(event.source) == {"world-bank"} and actors_of(event.target) == {"MWI"}


def test_replies_agreement_grants_a_request_of_the_sentence_before(code):
    result = code("Kenya asked Ethiopia to reopen the border crossing at Moyale. Ethiopia agreed on Friday, "
                  "officials said.")
    [event] = _agreement(result)
    assert "KEN" in actors_of(event.target)


def test_replies_request_made_of_another_party_is_not_granted(code):
    result = code("Kenya asked Ethiopia to reopen the border crossing at Moyale. Somalia agreed on Friday, "
                  "officials said.")
    assert not any("KEN" in actors_of(e.target) for e in _agreement(result))
