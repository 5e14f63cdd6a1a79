"""Places of session 64 (h-loc64): a signing told again in a later sentence ("The agreement was signed by ...", "The
notes were signed by ...") that names no place of its own takes the place the lead names on the making ("under an
agreement signed in X", "notes exchanged in X", "signed ... here": the dateline's place), one act told twice
(``PlaceRules.retold_making_place``); eval/wire/README.md, "location". Controls: a lead naming no place places
nothing, nor does a signing told in the past perfect (an older paper).

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The model's
parse is used: the point is a second sentence told after a lead under a dateline, which a hand-built tree has not."""

import pytest
from tests.conftest import events_of

DATE = "2026-03-04"


def _place(code, text, trigger):
    acts = [e for e in events_of(code(text, date=DATE), "SUPPORT") if e.trigger.text.startswith(trigger)
            and e.sentence.index > 0]
    assert acts, text
    return {e.location.country if e.location else None for e in acts}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("SUVA, March 4 (Kyodo) -- Japan will give Fiji a patrol boat under notes exchanged in Suva on Tuesday, the "
     "Japanese Embassy said. The notes were signed by Japan's ambassador and a Fijian deputy foreign minister, the "
     "embassy said in a statement.", "signed", "FJI"),
    ("NAIROBI, March 4 (Reuters) - Kenya will supply power to Uganda under an agreement signed in Kampala on Tuesday, "
     "the ministry said. The document was signed by the two energy ministers.", "document", "UGA"),
])
def test_places_loc64_a_signing_told_again_takes_the_lead_s_place(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


def test_places_loc64_a_lead_naming_no_place_places_nothing(code):
    text = ("NAIROBI, March 4 (Reuters) - Kenya will supply power to Uganda under an agreement signed on Tuesday, "
            "the ministry said. The document was signed by the two energy ministers.")
    assert _place(code, text, "document") == {None}


def test_places_loc64_an_older_signing_told_in_the_past_perfect_is_not_placed(code):
    text = ("NAIROBI, March 4 (Reuters) - Kenya will supply power to Uganda under an agreement signed in Kampala on "
            "Tuesday, the ministry said. The document had been signed by the two energy ministers in 2019.")
    assert _place(code, text, "document") == {None}
