"""One event per act (issue 11, item 4), session 56 (h-rep56): an arrest restated with a ground no text names.

Police and a state's other organs hold people at home (``places_home._police_ground``): an arrest or detention with no
place of its own is placed on its doer's ground, by the country's name when the article names the country
(``places_home._ground``). Comparing two mentions, ``same_act._place`` set aside a ground given by the country's code
but not by its name, so a restatement of an arrest ("The three men were held overnight") placed at home was kept
apart from the lead's arrest at a named town of that country. ``same_act._unnamed_ground``: the place of an act of
force or coercion that is a country's name its own sentence does not name tells no act apart. A country the
sentence names is a place of its own; other days and other people still keep acts apart. Every article here is
synthetic, written for the test in wire style."""

from __future__ import annotations

from types import SimpleNamespace

from detente.events.same_act import _unnamed_ground
from detente.model import Location


def _item(nlp, sentence: str, place: Location, cameo: str = "173"):
    doc = nlp.parse(sentence)
    return SimpleNamespace(status=SimpleNamespace(location=place, cameo=cameo),
                           candidate=SimpleNamespace(head=doc[0]))


def test_same_act_rep56_home_ground_not_named_in_its_sentence(nlp):
    item = _item(nlp, "The three men were held overnight after a quarrel.", Location("Thailand", "THA"))
    assert _unnamed_ground(item, frozenset({"thailand"}))


def test_same_act_rep56_country_named_by_its_sentence_is_a_place(nlp):
    item = _item(nlp, "Police in Thailand held the three men overnight.", Location("Thailand", "THA"))
    assert not _unnamed_ground(item, frozenset({"thailand"}))


def test_same_act_rep56_a_demonym_does_not_name_the_country(nlp):
    item = _item(nlp, "Hundreds of Armenians waited outside the station where the two were held.",
                 Location("Armenia", "ARM"))
    assert _unnamed_ground(item, frozenset({"armenia"}))


def test_same_act_rep56_only_acts_of_force_and_coercion(nlp):
    item = _item(nlp, "The minister arrived on Monday evening.", Location("Thailand", "THA"), cameo="042")
    assert not _unnamed_ground(item, frozenset({"thailand"}))  # a visit's place is where the visitor went


def test_same_act_rep56_a_town_is_no_country_ground(nlp):
    item = _item(nlp, "The three men were held overnight.", Location("Chiang Mai", "THA"))
    assert not _unnamed_ground(item, frozenset({"thailand"}))


def test_acts_rep56_arrest_restated_with_a_home_ground_is_one_act(code):
    result = code("BANGKOK, May 6 (Wire) - Laos protested to Thailand on Wednesday after Thai police arrested three "
                  "Lao men at a night market in Chiang Mai on Tuesday, the Lao foreign ministry said. The three men "
                  "were detained on Tuesday evening after a quarrel with a vendor.", date="2026-05-06")
    held = [e for e in result.events if e.cameo.startswith("17")]
    assert len(held) == 1
    assert sorted(m.trigger.text for m in held[0].mentions) == ["arrested", "detained"]


def test_acts_rep56_another_arrest_on_another_day_stays_apart(code):
    result = code("NAIROBI, Feb 12 (Wire) - Tanzania protested to Kenya on Thursday after Kenyan police arrested four "
                  "Tanzanian traders at a bus station in Nakuru on Wednesday. Police had arrested two other "
                  "Tanzanians on Friday.", date="2026-02-12")
    held = [e for e in result.events if e.cameo.startswith("17")]
    assert len(held) == 2
