"""Who did what to whom: clause frames on sentences written for these tests."""

from tests.conftest import actors_of, events_of


def test_extract_subject_object_meeting(code):
    result = code("Chinese Foreign Minister Wang Yi met Indian officials in Beijing on Tuesday.")
    [event] = events_of(result, "CONSULT")
    assert "CHN" in actors_of(event.source)
    assert "IND" in actors_of(event.target)
    assert event.location is not None and event.location.country == "CHN"


def test_extract_passive_voice_swaps_roles(code):
    result = code("A Turkish army convoy was attacked by Syrian government forces near Idlib.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) & {"SYR"}
    assert actors_of(event.target) & {"TUR"}


def test_extract_compound_actors_make_one_event(code):
    result = code("Jordan and Britain signed a defence cooperation agreement on Sunday.")
    events = [e for e in result.events if not e.negated]
    assert len(events) == 1
    assert {"JOR", "GBR"} <= actors_of(events[0].source)


def test_extract_light_verb_takes_meaning_of_noun(code):
    result = code("Egypt held talks with Hamas leaders in Cairo.")
    [event] = events_of(result, "CONSULT")
    assert "EGY" in actors_of(event.source) and "hamas" in actors_of(event.target)
    assert "talks" in event.trigger.text


def test_extract_sanctions_imposed(code):
    result = code("The European Union imposed new sanctions on Belarus over the crackdown.")
    [event] = events_of(result, cameo="163")
    assert "eu" in actors_of(event.source) and "BLR" in actors_of(event.target)


def test_extract_nominal_event_with_possessor(code):
    result = code("Kenya condemned Somalia's attack on the border town.")
    assert events_of(result, "ACCUSE")
    attacks = events_of(result, "ASSAULT")
    assert attacks and "SOM" in actors_of(attacks[0].source)


def test_extract_capital_stands_for_government(code):
    result = code("Ankara accused Athens of provocations in the Aegean.")
    [event] = events_of(result, "ACCUSE")
    assert event.source[0].code == "TURGOV"
    assert event.target[0].code == "GRCGOV"


def test_extract_urged_to_combines_into_one_appeal(code):
    result = code("The United Nations urged Sudan and Chad to hold talks.")
    assert len(result.events) == 1
    [event] = result.events
    assert event.cameo == "026" and event.plover == "REQUEST"
    assert "un" in actors_of(event.source)
    assert {"SDN", "TCD"} <= actors_of(event.target)


def test_extract_vowed_to_is_intent(code):
    result = code("Iran vowed to provide humanitarian aid to Lebanon.")
    [event] = result.events
    assert event.plover == "AGREE" and event.cameo.startswith("033")
    assert event.modality == "intended"
    assert "LBN" in actors_of(event.target)


def test_extract_reporting_verb_is_a_frame_not_an_event(code):
    result = code("Seoul said Tokyo had violated the accord.")
    assert all(e.cameo[:2] != "01" for e in result.events)
    assert not any("KOR" in actors_of(e.source) for e in result.events if e.plover is None)


def test_extract_outlet_is_never_an_actor(code):
    result = code("Sudan's army chief told Reuters that talks with the rebels would resume.", source="Reuters")
    assert all("Reuters" not in a.name for a in result.actors)
    for event in result.events:
        assert all(p.text != "Reuters" for p in event.target + event.source)


def test_extract_passive_conjunct_shares_its_subject_as_the_one_acted_on(code):
    # synthetic: "... and was arrested": Castillo underwent the arrest, he did not make it
    result = code("LIMA, Dec 8 (Reuters) - Peru's President Pedro Castillo tried to dissolve Congress on "
                  "Wednesday and was arrested on his way to the Mexican embassy.", date="2022-12-08")
    [arrest] = [e for e in result.events if e.trigger.text.startswith("arrested")]
    assert not actors_of(arrest.source)
    assert "PER" in actors_of(arrest.target)


def test_extract_passive_conjunct_with_an_agent_keeps_the_agent_as_doer(code):
    # synthetic
    result = code("Two Turkish soldiers crossed the border on Monday and were attacked by Syrian government "
                  "forces near Idlib.", date="2021-05-04")
    [attack] = [e for e in result.events if e.trigger.text.startswith("attacked")]
    assert {p.country for p in attack.source} == {"SYR"}
    assert "TUR" in actors_of(attack.target)


def test_extract_participles_after_an_issued_statement_are_done_by_its_issuer(code):
    # synthetic: "urging" hangs on the statement, which the embassies issued; "calling on", which the
    # parser joins to the infinitive "to protest", is the embassies' appeal, not one by the authorities
    result = code("NAIROBI, June 25 (AFP) - The embassies of Britain and Germany issued a joint statement on "
                  "Tuesday urging the authorities to respect the right to protest and calling on demonstrators "
                  "to remain peaceful.", date="2025-06-25")
    [urging] = [e for e in result.events if e.trigger.text.startswith("urging")]
    [call] = [e for e in result.events if e.trigger.text.startswith("calling")]
    assert {p.country for p in urging.source} == {p.country for p in call.source} == {"GBR", "DEU"}



def test_extract_x_was_to_blame_is_the_speakers_accusation_of_x(code):
    # synthetic: Azerbaijan is blamed; Armenia's foreign ministry blames it
    result = code("Armenia's foreign ministry rejected the charges on Monday and said Azerbaijan was to blame for "
                  "the clashes on the border.", date="2025-06-02")
    [blame] = [e for e in result.events if e.trigger.text.startswith("blame")]
    assert blame.plover == "ACCUSE"
    assert {p.code for p in blame.source} == {"ARMGOV"}
    assert actors_of(blame.target) >= {"AZE"}


def test_extract_with_after_an_actor_object_is_what_was_given_not_a_target(code):
    # synthetic: the troops are what Belarus supplied, not whom it supplied
    result = code("Belarus supplied Moscow with Chinese troops, officials said.", date="2025-11-04")
    [supply] = [e for e in result.events if e.trigger.text.startswith("supplied")]
    assert {p.code for p in supply.target} == {"RUSGOV"}
    talks = code("Belarus held talks with Chinese officials on Monday.", date="2025-11-04")
    assert {p.country for e in talks.events for p in e.target} == {"CHN"}  # no actor as object: "with" is whom


def test_extract_a_relation_nouns_possessor_is_not_what_it_stands_for(code):
    # synthetic: "Kyiv's partners" are not Kyiv; "his Chinese counterpart" is Chinese
    result = code("Ukrainian President Volodymyr Zelenskiy called on Kyiv's Western partners on Wednesday to speed "
                  "up deliveries of air defence systems.", date="2025-03-12")
    [call] = [e for e in result.events if e.trigger.text.startswith("called")]
    assert "UKR" not in actors_of(call.target)
    meeting = code("Russian Foreign Minister Sergei Lavrov met his Chinese counterpart in Beijing on Monday.",
                   date="2025-03-12")
    [met] = [e for e in meeting.events if e.trigger.text == "met"]
    # the counterpart is China's government (PersonRules._counterpart_side, session 63), no Russian side
    assert {p.country for p in met.target} == {"CHN"}
