"""Places of session 63 (h-loc63b): a meeting, talks, a visit, a reception or a signing held "at the <seat>" (a
``seat_noun`` of words.tsv: the building of a head of state or government, "at the National Palace", "at the
presidential palace", "at State House") with no country named is on the host's ground, the dateline's country when it
is a party's (``HomeGround.seat_home``); eval/wire/README.md, "location". Controls: "at the ministry" places nothing,
nor a palace under a dateline of no party's country, nor a word act said at the palace.

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The model's
parse is used: the dateline is the point (a hand-built tree has none), and the rule reads the "at" wherever the
parser hangs it (on the verb, on the talks' noun, on a party)."""

import pytest
from tests.conftest import events_of

DATE = "2026-04-02"


def _place(code, text, trigger):
    acts = [e for e in events_of(code(text, date=DATE)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("LIMA, April 2 (Reuters) - Chilean Foreign Minister Alberto van Klaveren met President Dina Boluarte at the "
     "Government Palace on Thursday.", "met", "PER"),
    ("LUANDA, April 2 (Reuters) - Portugal and Angola signed five agreements after talks between Portuguese Prime "
     "Minister Luis Montenegro and President Joao Lourenco at the presidential palace, officials said.", "talks",
     "AGO"),
])
def test_places_loc63b_a_meeting_at_the_palace_is_on_the_dateline_host_s_ground(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


def test_places_loc63b_a_meeting_at_the_ministry_places_nothing(code):
    text = ("LIMA, April 2 (Reuters) - Chilean Foreign Minister Alberto van Klaveren met President Dina Boluarte at "
            "the ministry on Thursday.")
    assert _place(code, text, "met") == {None}


def test_places_loc63b_a_palace_under_a_dateline_of_no_party_places_nothing(code):
    text = ("GENEVA, April 2 (Reuters) - Chilean Foreign Minister Alberto van Klaveren met President Dina Boluarte at "
            "the presidential palace on Thursday, diplomats said.")
    assert _place(code, text, "met") == {None}
