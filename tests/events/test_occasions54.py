"""The place of the day's occasion (session 54, issue 11, h-loc54; ``events/occasions.py``): talks, a reception or a
signing told in a sentence of its own that names no place are where the occasion the article placed was; words said
there, another day's talks, a third state's talks and a meeting to come are not placed so, and with no place named
anywhere (the dateline alone) nothing is.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set. The
model's parse is used: the rule reads the places the status step gave the acts."""

import pytest
from tests.conftest import events_of

from detente.events.occasions import OCCASION_CODES, place_occasions


def _place(code, text, trigger, date="2026-03-04"):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


def test_occasions54_an_agreement_is_not_placed_so(code):
    text = ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord in Lilongwe on Wednesday, Zambia's "
            "foreign ministry said. Malawi assured Zambia it would pay its share of the line.")
    assert _place(code, text, "assured") == {None}


def test_occasions54_no_acts_no_change():
    assert place_occasions(()) == ()
    assert "041" not in OCCASION_CODES and "045" not in OCCASION_CODES  # a call, a mediation: no occasion


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord in Lilongwe on Wednesday, "
     "Zambia's foreign ministry said. The two presidents held talks on fertiliser prices.", "held talks", "MWI"),
    ("ACCRA, March 4 (AFP) - Ghana's president hosted Ivorian President Alassane Ouattara in Accra on Wednesday. "
     "The two leaders signed a memorandum on cocoa prices.", "signed", "GHA"),
])
def test_occasions54_an_occasion_act_takes_the_occasion_place(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


def test_occasions54_words_said_at_the_occasion_take_no_place(code):
    text = ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord on Wednesday at a ceremony in "
            "Lilongwe, Zambia's foreign ministry said. The Zambian president thanked Malawi for its help.")
    assert _place(code, text, "thanked") == {None}


def test_occasions54_the_dateline_alone_places_nothing(code):
    text = ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord on Wednesday, Zambia's foreign "
            "ministry said. The two presidents held talks on fertiliser prices.")
    assert _place(code, text, "held talks") == {None}


def test_occasions54_talks_of_another_day_are_not_placed(code):
    text = ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord on Wednesday at a ceremony in "
            "Lilongwe, Zambia's foreign ministry said. The two presidents held talks on Tuesday on fertiliser "
            "prices.")
    assert _place(code, text, "held talks") == {None}


def test_occasions54_a_third_state_is_no_party_of_the_occasion(code):
    text = ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord on Wednesday at a ceremony in "
            "Lilongwe, Zambia's foreign ministry said. Separately, Tanzania and Malawi held talks on lake shipping.")
    assert _place(code, text, "held talks") == {None}


@pytest.mark.parametrize(("text", "trigger"), [
    # an earlier act, in the past perfect (as a trip told so is no occasion of the news)
    ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord in Lilongwe on Wednesday, Zambia's foreign "
     "ministry said. The two presidents had held talks on fertiliser prices, officials said.", "held talks"),
    # a negotiation still going on
    ("LUSAKA, March 4 (Reuters) - Zambia and Malawi signed a rail accord in Lilongwe on Wednesday, Zambia's foreign "
     "ministry said. Malawi is negotiating a loan for the line with Zambia.", "negotiating"),
])
def test_occasions54_acts_not_told_as_the_day_news_are_not_placed(code, text, trigger):
    assert _place(code, text, trigger) == {None}
