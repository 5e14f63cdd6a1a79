"""Abuse told of people held, and acts of custody whose people or things the text leaves unresolved, told in an
agentless passive after the article told the taking with its doer (``events/restated.py``: ``ABUSE``,
``_custody_story``). Issue 11, session 44 (h-pass44).

All sentences here are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, events_with_trigger


def _sources(result, trigger: str) -> set[str]:
    return {a[:3] for e in events_with_trigger(result, trigger) for a in actors_of(e.source)}


def _targets(result, trigger: str) -> set[str]:
    return {a[:3] for e in events_with_trigger(result, trigger) for a in actors_of(e.target)}


def test_abuse_of_people_held_is_the_holders_act(code):
    result = code("KATHMANDU, May 4 (Reuters) - Chinese border police detained five Nepali yak herders near the "
                  "Rasuwa pass on Friday, Nepal said.\n\nFamilies said the herders had been beaten in custody.",
                  date="2026-05-04")
    assert "CHN" in _sources(result, "beaten")


def test_abuse_denied_of_people_held_is_the_holders_act(code):
    result = code("TUNIS, May 4 (AFP) - Libyan coast guards detained 16 Tunisian fishermen off Zarzis on Sunday, "
                  "Tunisia said.\n\nA Libyan official denied that the fishermen had been mistreated.",
                  date="2026-05-04")
    assert "LBY" in _sources(result, "mistreated")


def test_abuse_of_another_party_takes_no_holder(code):
    result = code("TUNIS, May 4 (AFP) - Libyan coast guards detained 16 Tunisian fishermen off Zarzis on Sunday, "
                  "Tunisia said.\n\nIn a separate case, two Egyptian workers were beaten in Tripoli.",
                  date="2026-05-04")
    assert "LBY" not in _sources(result, "beaten")


def test_an_unresolved_thing_confiscated_follows_the_story_of_taking(code):
    result = code("MANILA, May 4 (Reuters) - Philippine coast guards seized a Chinese fishing boat off Palawan on "
                  "Monday, officials said.\n\nThe haul of giant clams was confiscated on Tuesday.",
                  date="2026-05-04")
    assert "PHL" in _sources(result, "confiscated") and "CHN" in _targets(result, "confiscated")


def test_two_stories_of_taking_give_no_doer(code):
    result = code("ATHENS, May 4 (AP) - Turkish police detained three Greek divers off Kos on Sunday, and Greek "
                  "coast guards arrested four Turkish smugglers near Samos.\n\nThe haul of antiquities was "
                  "confiscated on Monday.", date="2026-05-04")
    assert not _sources(result, "confiscated") & {"TUR", "GRC"}


def test_a_release_not_told_takes_no_story(code):
    result = code("LUSAKA, May 4 (Reuters) - Zambian police arrested four Chinese miners near Kabwe on Saturday, "
                  "officials said.\n\nA judge sent the four men, whose identities were not released, to a prison "
                  "in Kabwe.", date="2026-05-04")
    assert "ZMB" not in _sources(result, "released")


def test_a_thing_whose_owner_is_named_takes_no_story(code):
    result = code("TBILISI, May 4 (Reuters) - Russian border guards detained two Georgian shepherds near the "
                  "boundary line on Sunday.\n\nAn Armenian lorry was impounded on Monday over unpaid fines.",
                  date="2026-05-04")
    assert "RUS" not in _sources(result, "impounded")


def test_a_named_person_the_text_does_not_resolve_takes_no_story(code):
    result = code("LIMA, May 4 (EFE) - Peruvian police arrested 12 Bolivian traders near Desaguadero on Friday, "
                  "officials said.\n\nQuispe was sentenced last year to six years in prison.", date="2026-05-04")
    assert "BOL" not in _targets(result, "sentenced")


def test_a_bare_number_freed_follows_the_story_of_taking(code):
    result = code("MALABO, May 4 (AFP) - Cameroonian soldiers detained seven Equatorial Guinean traders near Kye-"
                  "Ossi last week, officials said.\n\nAll seven had been freed on Monday, a minister said.",
                  date="2026-05-04")
    assert "CMR" in _sources(result, "freed") and "GNQ" in _targets(result, "freed")


def test_a_bare_number_freed_with_no_story_is_no_event(code):
    result = code("MALABO, May 4 (AFP) - Equatorial Guinea protested to Cameroon over a border incident on "
                  "Friday.\n\nAll seven had been freed on Monday, a minister said.", date="2026-05-04")
    assert not events_with_trigger(result, "freed")


def test_unresolved_people_beaten_follow_the_story_of_taking(code):
    result = code("BISHKEK, May 4 (Reuters) - Uzbek border guards detained five Kyrgyz farmers near the Sokh "
                  "enclave on Friday, Kyrgyzstan said.\n\nThe crew had been beaten in custody, relatives said.",
                  date="2026-05-04")
    assert "UZB" in _sources(result, "beaten")
