"""Places of session 54, second wave (issue 11, h-loc2): aid sent or delivered to a country and told as done now goes
there, as a trip does, also where the parser hangs "to <country>" on the goods and not on the verb ("sent three tankers
loaded with diesel to X": ``PlaceRules.location``, ``shipped`` and ``goods``; eval/wire/README.md, aid takes the place
it goes to). Controls: the same shipment told as background (dated in an earlier year) and a sale keep no place.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set. The
model's parse is used: the rule reads where the parser hangs the destination."""

import pytest
from tests.conftest import events_of


def _place(code, text, trigger, date="2026-09-15"):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


@pytest.mark.parametrize(("text", "country"), [
    # the destination on the participle the goods carry
    ("CARACAS, Sept 15 (Reuters) - Venezuela sent three tankers loaded with diesel and rice to Cuba on Tuesday after "
     "a hurricane knocked out power across the island.", "CUB"),
    # (the destination on the verb, as before the rule)
    ("BANGKOK, Sept 15 (Xinhua) - Thailand delivered 40 trucks of rice to Laos on Tuesday.", "LAO"),
])
def test_places_loc2_aid_sent_to_a_country_goes_there(code, text, country):
    assert _place(code, text, "sent" if "sent" in text else "delivered") == {country}


@pytest.mark.parametrize("text", [
    # background: an earlier year's shipment
    "CARACAS, Sept 15 (Reuters) - Venezuela had sent tankers loaded with diesel and rice to Cuba in 2019, officials "
    "said.",
])
def test_places_loc2_aid_told_as_background_takes_no_place(code, text):
    assert _place(code, text, "sent") == {None}


def test_places_loc2_a_sale_takes_no_place(code):
    text = "CARACAS, Sept 15 (Reuters) - Venezuela sold tankers loaded with diesel and rice to Cuba on Tuesday."
    assert _place(code, text, "sold") == {None}
