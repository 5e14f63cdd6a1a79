"""Places of session 55 (issue 11, h-loc55): a visit told after "during" or "on" on a verb joined to the act's verb
with no subject of its own, on the verb such an act is joined to, or on the infinitive the act takes (or a conjunct of
that infinitive), is the occasion of the act too: the act is where the visit went (``PlaceRules._trips_joined``; the
README of eval/wire, "Location": a trip gives the place it goes to, and a verb joined to another with no subject of its
own shares its place). Controls: a joined clause with a subject of its own, and a joined verb still to come after a
verb in the past, give the act no place.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set. The
model's parse is used: the rule reads where the parser hangs "during"."""

import pytest
from tests.conftest import events_of


def _place(code, text, trigger, date="2026-03-06"):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # the visit on a later verb joined to the act's, with no subject of its own
    ("BANGKOK, March 6 (Reuters) - Laos and Cambodia agreed on Friday to open a new border gate and signed a power "
     "deal during a visit by Cambodia's prime minister to Vientiane, officials said.", "agreed", "LAO"),
    # the visit on the second of two infinitives the agreement takes
    ("NIAMEY, March 6 (AFP) - Chad and Niger agreed on Friday to share fuel stocks and to reopen their border posts "
     "during a visit to N'Djamena by Niger's prime minister, the Nigerien government said.", "agreed", "TCD"),
])
def test_places_loc55_a_visit_on_a_joined_verb_places_the_act(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


@pytest.mark.parametrize("text", [
    # a joined clause with a subject of its own tells another occasion
    "BELGRADE, March 6 (Tanjug) - Serbia agreed on Friday to buy more Hungarian gas, and Hungary's energy minister "
    "will sign the contract during a visit to Belgrade next month, the Serbian government said.",
    # a joined verb still to come after a verb in the past
    "NAIROBI, March 6 (Reuters) - Kenya agreed on Friday to buy more Ugandan sugar and would sign the contract "
    "during a visit to Kampala next month, the Kenyan trade ministry said.",
])
def test_places_loc55_a_visit_of_another_clause_or_to_come_places_nothing(code, text):
    assert _place(code, text, "agreed") == {None}


@pytest.mark.parametrize(("text", "country"), [
    # a place noun the gazetteer does not know: the party visited, named by whom the visitor held talks with
    ("DHAKA, March 6 (AP) - Bangladesh and Bhutan signed a hydropower deal on Friday, officials said. The Bhutanese "
     "foreign minister, who arrived in the city on Thursday for a two-day visit, also called on Bangladeshi "
     "Foreign Minister Touhid Hossain.", "BGD"),
    # a visit to the doer's own people: no other party's ground
    ("ACCRA, March 6 (Reuters) - Ghana will send more doctors to the north, the government said. Ghanaian President "
     "John Mahama visited Ghanaian army medics at a field hospital on Friday.", None),
])
def test_places_loc55_a_visit_with_no_place_known_is_on_the_visited_partys_ground(code, text, country):
    assert _place(code, text, "called" if "called" in text else "visited") == {country}
