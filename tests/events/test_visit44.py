"""Visits the coder missed on new wire copy (issue 11, session 44, h-visit44): a party "due in" or "expected in" a
place of another state (a visit to come, to that state: ``be in ~due`` and ``expect in`` in verbs.tsv, the
preposition found on the adjective complement, lexicon.py; ``status._scheduled_presence``; the subject of "is
expected in" its doer, ``doers.expected_at``), none at home or by no known party (``code_sides.bare_arrival``); a
city a bare "visit" has for its object, its country's; a trip noun "to" somewhere after "during" or "on" with no
owner of its own, the subject of its clause's or the noun's it is apposed to (``extract._noun``); a demonym on a
group noun sent for a state ("a consular team", sectors.tsv). The hand-built trees make the construction
the point, not the model's reading (tests.conftest.code_tree); the other sentences go through the model. All
sentences are invented for the tests, in agency style; none comes from an evaluation set or a real article."""

from tests.conftest import code_tree, events_of

# synthetic: "Fiji's foreign minister is due in {place} on Monday."
DUE = """
        Fiji         Fiji         PROPN NNP poss     3 B-GPE
        's           's           PART  POS case     0 O
        foreign      foreign      ADJ   JJ  amod     3 O
        minister     minister     NOUN  NN  nsubj    4 O
        is           be           AUX   VBZ ROOT     4 O
        due          due          ADJ   JJ  acomp    4 O
        in           in           ADP   IN  prep     5 O
        {place}      {place}      PROPN NNP pobj     6 B-GPE
        on           on           ADP   IN  prep     4 O
        Monday       Monday       PROPN NNP pobj     8 B-DATE
        .            .            PUNCT .   punct    4 O
"""


def _visits(result) -> list:
    return [e for e in result.events if e.plover in ("CONSULT", "AGREE")]


def test_visit44_due_in_a_foreign_place_is_a_visit_to_come_to_its_state(blank_coder):
    result = code_tree(blank_coder, DUE.format(place="Apia"), date="2026-03-10")
    [event] = _visits(result)
    assert [p.country for p in event.source] == ["FJI"]
    assert [p.country for p in event.target] == ["WSM"]
    assert event.modality == "future"
    assert event.date is not None and event.date.value == "2026-03-16"  # the Monday to come


def test_visit44_due_in_a_place_of_ones_own_state_is_no_visit(blank_coder):
    result = code_tree(blank_coder, DUE.format(place="Suva"), date="2026-03-10")
    assert not _visits(result), [(e.cameo, e.trigger.text) for e in result.events]


def test_visit44_expected_in_a_place_makes_the_subject_the_visitor(code):
    result = code("DOHA, Sept 14 (AFP) - Oman's foreign minister is expected in Doha on Thursday for talks on a "
                  "gas pipeline, officials said.", date="2026-09-14")
    [event] = _visits(result)
    assert [p.country for p in event.source] == ["OMN"]
    assert [p.country for p in event.target] == ["QAT"]
    assert event.modality == "future"


def test_visit44_a_thing_or_weather_expected_somewhere_is_no_visit(code):
    result = code("NAIROBI, Oct 6 (Reuters) - Heavy rain is expected in Nairobi on Friday. A ruling on the port "
                  "lease is expected in March.", date="2026-10-06")
    assert not _visits(result), [(e.cameo, e.trigger.text) for e in result.events]


def test_visit44_trip_during_an_act_is_the_clause_subjects_visit(code):
    result = code("VILNIUS, March 18 (Reuters) - Latvia's defence minister signed a radar accord on his first visit "
                  "to Vilnius, officials said.", date="2026-03-18")
    [event] = events_of(result, cameo="042")
    assert [p.country for p in event.source] == ["LVA"]
    assert [p.country for p in event.target] == ["LTU"]


def test_visit44_trip_after_an_appeal_is_the_appealing_partys(code):
    result = code("BAKU, July 7 (Reuters) - Uzbekistan's prime minister urged Azerbaijan to finish a rail link "
                  "during a visit to Baku on Monday.", date="2026-07-07")
    [event] = events_of(result, cameo="042")
    assert [p.country for p in event.source] == ["UZB"]
    assert [p.country for p in event.target] == ["AZE"]


def test_visit44_demonym_consular_team_is_its_government(code):
    result = code("MANILA, Jan 22 (Reuters) - An Indonesian consular team will fly to Manila on Thursday, the "
                  "ministry said.", date="2026-01-22")
    [event] = _visits(result)
    assert [(p.country, p.sector) for p in event.source] == [("IDN", "GOV")]
    assert [p.country for p in event.target] == ["PHL"]


def test_visit44_trip_apposed_to_its_visitor_is_the_visitors(code):
    result = code("RIGA, May 5 (Reuters) - Estonia's interior minister, on his first visit to Riga, and his Latvian "
                  "counterpart opened a joint customs post.", date="2026-05-05")
    [event] = events_of(result, cameo="042")
    assert [p.country for p in event.source] == ["EST"]
    assert [p.country for p in event.target] == ["LVA"]


def test_visit44_expected_in_a_capital_with_a_purpose_is_still_the_visit(code):
    result = code("QUITO, June 9 (AFP) - Ecuador suspended the oil contract. A Chinese delegation is expected in "
                  "Quito next week to seek a compromise, the ministry said.", date="2026-06-09")
    [event] = [e for e in _visits(result) if "expected" in e.trigger.text]
    assert [p.country for p in event.source] == ["CHN"]
    assert [p.country for p in event.target] == ["ECU"]
    assert event.modality == "future"


def test_visit44_a_city_visited_is_a_visit_to_its_state(code):
    result = code("TBILISI, May 5 (Reuters) - Azerbaijan's president is due to visit Kutaisi in September for a "
                  "trade fair, his office said.", date="2026-05-05")
    [event] = _visits(result)
    assert [p.country for p in event.source] == ["AZE"]
    assert [p.country for p in event.target if p.actor is not None] == ["GEO"]
