"""The doer of a state's act told in the passive with no agent (``code_sides.state_doers``, session 37):
sentences written for these tests."""

from tests.conftest import actors_of, events_with_trigger


def test_state_doers_ground_the_clause_places_the_arrest_on(code):
    result = code("Two Latvian lorry drivers were arrested in Pskov on Sunday, Latvia's foreign ministry said.")
    [event] = events_with_trigger(result, "arrested")
    assert "RUS" in actors_of(event.source)
    assert "LVA" in actors_of(event.target)


def test_state_doers_country_owning_the_province(code):
    result = code("Five Thai fishermen were arrested in Cambodia's Koh Kong province on Sunday.")
    [event] = events_with_trigger(result, "arrested")
    assert "KHM" in actors_of(event.source)


def test_state_doers_summons_body_is_the_doer_not_a_target(code):
    result = code("The German ambassador was summoned to the foreign ministry in Moscow on Tuesday.")
    [event] = [e for e in result.events if "summoned" in e.trigger.text]
    assert "RUS" in actors_of(event.source)
    assert actors_of(event.target) & {"DEU"} and "RUS" not in actors_of(event.target)


def test_state_doers_summons_by_the_speakers_state(code):
    result = code("Greece's foreign ministry said Turkey's ambassador had been summoned over the flights.")
    [event] = [e for e in result.events if "summoned" in e.trigger.text]
    assert "GRC" in actors_of(event.source)
    assert "TUR" in actors_of(event.target) and "TUR" not in actors_of(event.source)


def test_state_doers_known_person_at_home(code):
    result = code("Former Prime Minister Imran Khan was sentenced to 14 years in prison on Friday.", date="2025-01-20")
    [event] = events_with_trigger(result, "sentenced")
    assert "PAK" in actors_of(event.source)


def test_state_doers_agent_kept_and_no_guess_between_two_countries(code):
    result = code("Two Kenyan traders were arrested by Ugandan police in Kampala on Monday.")
    [event] = events_with_trigger(result, "arrested")
    assert actors_of(event.source) & {"UGA"} and "KEN" not in actors_of(event.source)
    result = code("The men were arrested near the border between Niger and Nigeria on Friday.")
    assert not [p for e in events_with_trigger(result, "arrested") for p in e.source if p.actor]


def test_state_doers_described_person_gets_no_home_state(code):
    result = code("Argentine journalist Marcos Ruiz was arrested on Tuesday as he crossed into the country.")
    assert not [p for e in events_with_trigger(result, "arrested") for p in e.source if p.actor]


def test_state_doers_state_keeps_its_own_people_as_targets(code):
    # the doer is the state's government, not its country: a country doer drops its own people from the targets
    result = code("CAIRO, May 3 (Reuters) - Egyptian opposition politician Alaa Hamed was detained in Alexandria "
                  "on Sunday.")
    [event] = events_with_trigger(result, "detained")
    assert "EGY" in actors_of(event.source)
    assert "EGY" in actors_of(event.target)


def test_state_doers_a_name_on_a_person_is_no_ground(code):
    # "at the request of U.S. envoy X": the United States asked; it pardoned no one
    result = code("MINSK, May 3 (Reuters) - The Lithuanian activist was pardoned on Sunday at the request of "
                  "U.S. envoy John Carter.")
    assert not [p for e in events_with_trigger(result, "pardoned") for p in e.source if p.country == "USA"]
    # nor is a demonym on the ground: "on Zambian soil" may be a foreign state's act there
    result = code("LUSAKA, May 3 (Reuters) - Ten fishermen were seized on Zambian soil on Sunday, the minister said.")
    assert not [p for e in events_with_trigger(result, "seized") for p in e.source if p.country == "ZMB"]
