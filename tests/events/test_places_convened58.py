"""An agreement to convene a body is placed where the body is to meet (``PlaceRules.location``, h-loc58). Every
article here is synthetic, written for the test in wire style."""

from __future__ import annotations


def test_agreement_to_convene_a_body_takes_the_place_it_meets_in(code):
    result = code("NAIROBI, March 4 (Wire) - Kenya and Tanzania agreed on Tuesday to set up a border commission. "
                  "The two sides agreed to convene the joint trade committee in Dodoma in the first half of next year, "
                  "the statement said.", date="2026-03-04")
    [convened] = [e for e in result.events if e.sentence.index == 1 and e.cameo.startswith("03")]
    assert convened.location is not None and convened.location.country == "TZA"
