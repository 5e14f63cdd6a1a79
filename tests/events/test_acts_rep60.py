"""One event per act (issue 11, item 4), session 60 (h-rep60): one place said two ways keeps no restatement apart.

Wire copy names the place of a visit or a signing one way in its lead and another way lower down: the country
("during a state visit to Ruritania") and then a place in it ("X, who arrived in the Ruritanian capital on Monday"),
or a capital by description ("signed ... in the Ruritanian capital") and then by its name ("The memorandum was
signed in Strelsau by ..."). ``same_act.same_status`` compares the places of two mentions: for two meetings or visits
(CAMEO 04) a country's own name that the article places an act at (``acts._countrywide``) says where in the world,
not which place in it; and ``same_act._place`` reads a capital told by description as the capital by its name
(``acts._described_capitals``, from the knowledge base's ``capital`` of the country). Places that differ stay apart.
The texts are synthetic, written for the test in wire style; the rule tests build the mentions by hand."""

from __future__ import annotations

from types import SimpleNamespace

from detente.events.same_act import _place, same_status
from detente.model import Location


def _mention(cameo: str, place: str | None, country: str | None = "MOZ", sentence: str = "It met in Maputo."):
    location = Location(text=place, country=country) if place is not None else None
    status = SimpleNamespace(cameo=cameo, negated=False, historical=False, modality="asserted", date=None,
                             date_guessed=False, location=location, location_inferred=False)
    head = SimpleNamespace(sent=SimpleNamespace(text=sentence))
    return SimpleNamespace(status=status, candidate=SimpleNamespace(head=head))


def test_same_act_rep60_a_visit_to_a_country_and_to_a_place_in_it_may_be_one():
    visit, arrival = _mention("042", "Mozambique"), _mention("042", "Maputo")
    assert same_status(visit, arrival, frozenset(), frozenset({"mozambique"}))
    assert same_status(_mention("046", "Maputo"), _mention("040", "Mozambique"), frozenset(), frozenset({"mozambique"}))


def test_same_act_rep60_the_country_name_tells_acts_apart_unless_both_meet():
    # not meetings: a country's name and a place in it stay two places, as before ("stationed troops in Japan" /
    # "stationed a unit on Yonaguni")
    assert not same_status(_mention("057", "Mozambique"), _mention("057", "Maputo"), frozenset(),
                           frozenset({"mozambique"}))
    # meetings in two named cities of one country stay apart
    assert not same_status(_mention("042", "Beira"), _mention("042", "Maputo"), frozenset(), frozenset({"mozambique"}))
    # and a country's name no act of the article is placed at is a place like another
    assert not same_status(_mention("042", "Mozambique"), _mention("042", "Maputo"), frozenset(), frozenset())


def test_same_act_rep60_a_capital_told_by_description_is_the_capital_by_name():
    capitals = {"chilean capital": "santiago"}
    described = _mention("057", "Chilean capital", "CHL").status
    assert _place(described, frozenset(), capitals) == "santiago"
    assert _place(described, frozenset()) == "chilean capital"  # without the article's table: its own words
    assert same_status(_mention("057", "Chilean capital", "CHL"), _mention("057", "Santiago", "CHL"), frozenset(),
                       capitals=capitals)
    assert not same_status(_mention("057", "Chilean capital", "CHL"), _mention("057", "Valparaiso", "CHL"),
                           frozenset(), capitals=capitals)


def test_acts_rep60_a_signing_in_the_capital_told_again_by_its_name(code):
    result = code("SANTIAGO, June 10 (Wire) - Japan and Chile signed a memorandum on lithium in the Chilean capital "
                  "on Tuesday, Japan's foreign ministry said. The memorandum was signed in Santiago by Japan's "
                  "foreign minister and Chile's foreign minister after talks.", date="2026-06-10")
    signings = [e for e in result.events if e.cameo.startswith("057")]
    assert len(signings) == 1
