"""A lead agreement (CAMEO 03, "agreed to ...") placed by a later sentence that restates it as "the agreement"
(``acts._agreement_made`` with ``acts._restated_place``, h-loc58). Every article here is synthetic, written for the
test in wire style."""

from __future__ import annotations

LEAD = ("BANGKOK, Jan. 15 (Wire) -- Thailand and Laos agreed on Thursday to set up a joint task force against "
        "labour brokers, the foreign ministry said. ")


def _agreement(result):
    [agreement] = [e for e in result.events if e.cameo.startswith("03") and e.sentence.index == 0]
    return agreement


def test_agreement_noun_places_the_agreement_reached_at_talks(code):
    result = code(LEAD + "The agreement was reached in Vientiane at talks between the two deputy foreign ministers.",
                  date="2026-01-15")
    location = _agreement(result).location
    assert location is not None and location.country == "LAO"


def test_agreement_noun_places_the_agreement_reached_during_talks(code):
    result = code(LEAD + "The agreement was reached during talks in Vientiane between the two deputy foreign "
                         "ministers.", date="2026-01-15")
    location = _agreement(result).location
    assert location is not None and location.country == "LAO"

