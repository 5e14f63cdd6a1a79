"""Where an act took place, session 30 (issue 11, status: location; h-status30): an act done during a trip takes
the place the trip goes to, or, when it names none, the ground of the party that a visitor of the other party went
to; a town added to places.tsv (Lodwar) is where acts named there happen.
Sentences written for the tests (synthetic, wire style)."""

import pytest
from tests.conftest import events_of


# the text, the PLOVER type and a word of the acts' triggers, the country where they took place (None: no place), and
# whether the text tells only one such act
@pytest.mark.parametrize(("text", "plover", "word", "country", "one"), [
    pytest.param("TBILISI, April 8 (Reuters) - Georgia and Armenia signed a transit agreement on Wednesday during a "
                 "state visit to Yerevan by Georgia's president.", "SUPPORT", "signed", "ARM", False,
                 id="a_signing_during_a_visit_is_where_the_visit_went"),
    pytest.param("BISHKEK, April 8 (Reuters) - Russia's foreign minister urged Kyrgyzstan to curb fuel re-exports "
                 "during a visit to Bishkek on Tuesday.", "REQUEST", "urged", "KGZ", True,
                 id="words_said_during_a_visit_are_where_the_visit_went"),
    pytest.param("HANOI, April 8 (Reuters) - Vietnam and Laos signed a border protocol in 2019 during a visit to "
                 "Vientiane by Vietnam's president.", "SUPPORT", "signed", "LAO", False,
                 id="a_background_signing_during_a_visit"),
    # the visit is the occasion of the remarks, not of the protest about them
    pytest.param("CAIRO, April 8 (AFP) - Egypt protested on Wednesday over remarks a Sudanese general made during a "
                 "visit to Juba.", "ACCUSE", "protested", None, False,
                 id="a_visit_in_another_clause_places_no_act"),
    pytest.param("NAIROBI, April 8 (Reuters) - Several hundred herders marched through Lodwar on Tuesday, demanding "
                 "that the government protect their cattle.", "PROTEST", "marched", "KEN", True,
                 id="a_march_through_lodwar_is_in_kenya"),
    pytest.param("MALE, April 8 (PTI) The Maldives and India signed four agreements on fisheries on Wednesday during "
                 "a two-day visit by India's foreign minister.", "SUPPORT", "signed", "MDV", False,
                 id="a_visit_by_one_party_goes_to_the_other"),
    pytest.param("MALE, April 8 (PTI) The Maldives and India signed four agreements on fisheries on Wednesday during "
                 "a visit by Japan's foreign minister.", "SUPPORT", "signed", "MDV", False,
                 id="a_visit_by_a_third_country_places_nothing"),  # the dateline does (session 42, hosted_home)
    # the parser hangs "during" on the infinitive that says what the agreements are for, or on the topic's verb
    pytest.param("NAIROBI, April 8 (Reuters) - Kenya and Tanzania signed agreements on Wednesday to remove trade "
                 "barriers during a visit by Tanzania's prime minister.", "SUPPORT", "signed", "KEN", False,
                 id="a_visit_hung_deeper_in_the_clause"),
    pytest.param("YEREVAN, April 8 (Reuters) - Armenia and Georgia signed a protocol on opening a new border crossing "
                 "on Monday during a visit to Tbilisi by Armenia's prime minister, who told his host the crossing "
                 "would help trade.", "SUPPORT", "signed", "GEO", False,
                 id="a_visit_hung_deeper_in_the_clause_under_a_topic"),
])
def test_status_places30_act_takes_the_place_of_its_visit(code, text, plover, word, country, one):
    events = events_of(code(text, date="2026-04-08"), plover)
    found = [e for e in events if word in e.trigger.text]
    assert found, [e.trigger.text for e in events]
    assert len(found) == 1 or not one, found
    if country is None:
        assert all(e.location is None for e in found)
    else:
        assert all(e.location is not None and e.location.country == country for e in found)
