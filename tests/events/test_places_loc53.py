"""Places of session 53 (issue 11, h-loc53): talks or a meeting named by their noun after "after" or "following" on a
verb that signs a pact, with no place of their own, are where the pact was signed (``PlaceRules._signed_after``); talks
with a place of their own keep it. Word acts said "in a statement from X" (or from an office named by its city) were
said there (``PlaceRules._said_at``). A third rule of the branch, an agreement placed where its own clause says it was
made (during a trip, "here", the visited party's ground, the pact's signing place: ``PlaceRules._made_during``), was
dropped at the merge (it cost a right place on the aside set); its tests went with it. Control: an agreement whose
clause tells no occasion takes no place from the dateline alone.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set. The
model's parse is used: the rules read where the parser hangs "after" and "from"."""

import pytest
from tests.conftest import events_of


def _place(code, text, trigger, date="2026-03-04"):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


def test_places_loc53_no_occasion_no_place(code):
    text = "DAKAR, March 4 (AFP) - Senegal and Gambia agreed on Wednesday to build a second bridge, officials said."
    assert _place(code, text, "agreed") == {None}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("RIGA, March 4 (LETA) - Latvia and Estonia signed a power accord in Riga after talks between their prime "
     "ministers, officials said.", "talks", "LVA"),
    # the parser hangs the place on the pact
    ("SOFIA, March 4 (BTA) - The energy ministers of Bulgaria and Greece signed the pipeline deal in Sofia after a "
     "meeting of the two cabinets, officials said.", "meeting", "BGR"),
])
def test_places_loc53_talks_a_pact_was_signed_after_are_where_it_was_signed(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


def test_places_loc53_talks_with_a_place_of_their_own_keep_it(code):
    text = ("RIGA, March 4 (LETA) - Latvia and Estonia signed a power accord in Riga after talks in Tallinn, "
            "officials said.")
    assert _place(code, text, "talks") == {"EST"}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("NAIROBI, March 4 (Reuters) - Al-Shabaab, in a statement from Mogadishu, rejected the Kenyan offer on "
     "Tuesday.", "rejected", "SOM"),
    # the office the statement came from, named by its city
    ("TRIPOLI, March 4 (Reuters) - The African Union condemned the shelling in a statement from its Addis Ababa "
     "headquarters.", "condemned", "ETH"),
    # no place: a body it came from
    ("MANILA, March 4 (Reuters) - The Philippines condemned the collision in a statement from the foreign "
     "ministry.", "condemned", None),
])
def test_places_loc53_words_in_a_statement_from_a_place_were_said_there(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}
