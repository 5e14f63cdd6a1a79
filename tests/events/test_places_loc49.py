"""Places of session 49 (issue 11, h-loc49): a withdrawal of forces (CAMEO 087, or promised, 0356) from a place named
after "from", "out of" or "back from" took place there, in the place's country, whichever side's it is
(``PlaceRules._withdrawn_from``), but not a withdrawal from a body, talks or an event, nor an envoy recalled (a
measure); an act joined with no subject of its own to the summons of a foreign envoy named with a place of the doer's
own country took place there (``PlaceRules._summons_joined``, eval/wire/README.md, audit of session 33), but not one
joined to the recall of the doer's own envoy posted abroad; people a state's organs release at a named place the
gazetteer does not know are released at home (``RELEASE_CODE``), but not a release that names no place.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set. The
model's parse is used: the rules read the constructions it gives ("from" or "out" + "of" on the verb, "in X" on the
envoy noun that is the joined verb's object)."""

import pytest
from tests.conftest import events_of


def _place(code, text, trigger, date="2026-03-04"):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("OSLO, March 4 (NTB) - Norway withdrew its last soldiers from Lithuania on Tuesday.", "withdrew", "LTU"),
    ("CANBERRA, March 4 (AAP) - Australia pulled its troops out of Timor-Leste in 2012.", "pulled", "TMP"),
    # a place of the doer's own country: the withdrawal is at home
    ("KYIV, March 4 (Reuters) - Ukraine withdrew its units from the town of Pokrovsk on Tuesday.", "withdrew",
     "UKR"),
    # a promised withdrawal keeps its place
    ("KIGALI, March 4 (Reuters) - Rwanda pledged on Tuesday to withdraw its soldiers from eastern Congo by June.",
     "pledged", "COD"),
])
def test_places_loc49_a_withdrawal_is_where_it_leaves(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


@pytest.mark.parametrize(("text", "trigger"), [
    # talks left are no place
    ("NEW DELHI, March 4 (PTI) - India withdrew from the talks on Tuesday, accusing Pakistan of bad faith.",
     "withdrew"),
    # an envoy recalled from a capital is a measure, not placed there
    ("LIMA, March 4 (Reuters) - Peru recalled its ambassador from Mexico City on Tuesday.", "recalled"),
])
def test_places_loc49_no_place_left(code, text, trigger):
    assert _place(code, text, trigger) == {None}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("ACCRA, March 4 (Reuters) - Ghana summoned Togo's ambassador in Accra on Tuesday and accused Lome of "
     "shielding cattle rustlers.", "accused", "GHA"),
    ("DODOMA, March 4 (Reuters) - Tanzania summoned Malawi's high commissioner in Dodoma on Monday and demanded "
     "that Lilongwe release four Tanzanian fishermen.", "demanded", "TZA"),
    # the doer's own envoy posted abroad: the joined act is not placed in the envoy's posting
    ("CARACAS, March 4 (AFP) - Venezuela recalled its ambassador in Bogota on Friday and accused Colombia of "
     "harbouring armed groups.", "accused", None),
])
def test_places_loc49_an_act_joined_to_a_summons_at_home(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("MANILA, March 4 (Reuters) - The Philippine navy released nine Vietnamese fishermen at the port of Taytay "
     "on Tuesday.", "released", "PHL"),
    ("DAKAR, March 4 (AFP) - Senegalese authorities freed 14 Gambian fishermen at the port of Kafountine on "
     "Tuesday.", "freed", "SEN"),
    # no place named: the release is not placed
    ("DAKAR, March 4 (AFP) - Senegal freed 14 Gambian fishermen on Tuesday.", "freed", None),
])
def test_places_loc49_a_release_at_an_unknown_place_is_at_home(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


def test_places_loc49_a_participle_on_an_act_joined_to_a_summons(code):
    text = ("DODOMA, March 4 (Reuters) - Tanzania summoned Malawi's high commissioner in Dodoma on Monday and handed "
            "him a protest note, demanding the release of four Tanzanian fishermen.")
    assert _place(code, text, "demanding") == {"TZA"}
