"""Where an act took place, session 30 (issue 11, status: location; h-status30): an act done during a trip takes
the place the trip goes to, or, when it names none, the ground of the party that a visitor of the other party went
to; a town added to places.tsv (Lodwar) is where acts named there happen.
Sentences written for the tests (synthetic, wire style)."""

from tests.conftest import events_of


def _only(events, word):
    found = [e for e in events if word in e.trigger.text]
    assert found, [e.trigger.text for e in events]
    return found


def test_status_places30_a_signing_during_a_visit_is_where_the_visit_went(code):
    text = ("TBILISI, April 8 (Reuters) - Georgia and Armenia signed a transit agreement on Wednesday during a "
            "state visit to Yerevan by Georgia's president.")
    signings = _only(events_of(code(text, date="2026-04-08"), "SUPPORT"), "signed")
    assert all(e.location is not None and e.location.country == "ARM" for e in signings)


def test_status_places30_words_said_during_a_visit_are_where_the_visit_went(code):
    text = ("BISHKEK, April 8 (Reuters) - Russia's foreign minister urged Kyrgyzstan to curb fuel re-exports "
            "during a visit to Bishkek on Tuesday.")
    [appeal] = _only(events_of(code(text, date="2026-04-08"), "REQUEST"), "urged")
    assert appeal.location is not None and appeal.location.country == "KGZ"


def test_status_places30_a_background_signing_during_a_visit(code):
    text = ("HANOI, April 8 (Reuters) - Vietnam and Laos signed a border protocol in 2019 during a visit to "
            "Vientiane by Vietnam's president.")
    signings = _only(events_of(code(text, date="2026-04-08"), "SUPPORT"), "signed")
    assert all(e.location is not None and e.location.country == "LAO" for e in signings)


def test_status_places30_a_visit_in_another_clause_places_no_act(code):
    # the visit is the occasion of the remarks, not of the protest about them
    text = ("CAIRO, April 8 (AFP) - Egypt protested on Wednesday over remarks a Sudanese general made during a "
            "visit to Juba.")
    protests = _only(events_of(code(text, date="2026-04-08"), "ACCUSE"), "protested")
    assert all(e.location is None for e in protests)


def test_status_places30_a_march_through_lodwar_is_in_kenya(code):
    text = ("NAIROBI, April 8 (Reuters) - Several hundred herders marched through Lodwar on Tuesday, demanding "
            "that the government protect their cattle.")
    [march] = _only(events_of(code(text, date="2026-04-08"), "PROTEST"), "marched")
    assert march.location is not None and march.location.country == "KEN"


def test_status_places30_a_visit_by_one_party_goes_to_the_other(code):
    text = ("MALE, April 8 (PTI) The Maldives and India signed four agreements on fisheries on Wednesday during a "
            "two-day visit by India's foreign minister.")
    signings = _only(events_of(code(text, date="2026-04-08"), "SUPPORT"), "signed")
    assert all(e.location is not None and e.location.country == "MDV" for e in signings)


def test_status_places30_a_visit_by_a_third_country_places_nothing(code):
    text = ("MALE, April 8 (PTI) The Maldives and India signed four agreements on fisheries on Wednesday during a "
            "visit by Japan's foreign minister.")
    signings = _only(events_of(code(text, date="2026-04-08"), "SUPPORT"), "signed")
    assert all(e.location is None for e in signings)


def test_status_places30_a_visit_hung_deeper_in_the_clause(code):
    # the parser hangs "during" on the infinitive that says what the agreements are for, or on the topic's verb
    text = ("NAIROBI, April 8 (Reuters) - Kenya and Tanzania signed agreements on Wednesday to remove trade barriers "
            "during a visit by Tanzania's prime minister.")
    signings = _only(events_of(code(text, date="2026-04-08"), "SUPPORT"), "signed")
    assert all(e.location is not None and e.location.country == "KEN" for e in signings)
    text = ("YEREVAN, April 8 (Reuters) - Armenia and Georgia signed a protocol on opening a new border crossing on "
            "Monday during a visit to Tbilisi by Armenia's prime minister, who told his host the crossing would "
            "help trade.")
    signings = _only(events_of(code(text, date="2026-04-08"), "SUPPORT"), "signed")
    assert all(e.location is not None and e.location.country == "GEO" for e in signings)
