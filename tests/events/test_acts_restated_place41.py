"""A lead act's place told in a later sentence that restates it by a definite event noun (``acts._restated_place``,
h-restate41). Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations

LEAD = "WINDHOEK, June 3 (Wire) - Namibia and Botswana signed a water-sharing agreement on Tuesday. "


def _signing(result):
    [signing] = [e for e in result.events if e.cameo == "057"]
    return signing


def test_restating_noun_places_the_lead_act(code):
    result = code(LEAD + "The agreement was signed at a ceremony in Gaborone attended by both presidents.",
                  date="2026-06-03")
    signing = _signing(result)
    assert signing.location is not None and signing.location.country == "BWA"


def test_restating_noun_in_a_clause_of_its_own_verb_places_the_lead_act(code):
    result = code("TASHKENT, June 3 (Wire) - Uzbekistan and Tajikistan held talks on border crossings on Tuesday. "
                  "The talks took place in Astana and lasted five hours.", date="2026-06-03")
    [talks] = [e for e in result.events if e.cameo == "046"]
    assert talks.location is not None and talks.location.country == "KAZ"


def test_place_of_the_acts_own_clause_is_kept(code):
    result = code("WINDHOEK, June 3 (Wire) - Namibia and Botswana signed a water-sharing agreement in Windhoek on "
                  "Tuesday. The agreement was celebrated at a concert in Gaborone the next day.", date="2026-06-03")
    assert _signing(result).location.country == "NAM"


def test_restating_clause_in_the_future_gives_no_place(code):
    # (the signing of the day keeps the dateline's ground, Namibia's: events/places_home.py hosted_home, session 42)
    result = code(LEAD + "The agreement will be ratified in Gaborone next month.", date="2026-06-03")
    location = _signing(result).location
    assert location is None or location.country != "BWA"


def test_an_indefinite_noun_is_another_act_and_gives_no_place(code):
    result = code(LEAD + "A separate agreement was signed in Lusaka last year with Zambia.", date="2026-06-03")
    signed = [e for e in result.events if e.cameo == "057" and e.sentence.index == 0]
    assert len(signed) == 1 and (signed[0].location is None or signed[0].location.country != "ZMB")


def test_a_participle_of_another_year_tells_an_earlier_act_and_gives_no_place(code):
    result = code("PARIS, June 3 (Wire) - France and Morocco on Tuesday exchanged the ratified instruments of "
                  "a fisheries treaty, officials in both countries said. Under the treaty, signed in Rabat in March "
                  "2024, France keeps its fishing rights off the coast for 20 years and will pay Morocco 40 million "
                  "euros a year.", date="2026-06-03")
    [exchange] = [e for e in result.events if e.trigger.text.startswith("exchanged")]
    assert exchange.location is None or exchange.location.country != "MAR"
