"""Acts the coder missed on new wire copy (issue 11, session 43, h-missed43): an arrival that names no place, a
visitor received by a host, relief sent in a list of things, vehicles or migrants turned back or returned at a
border, a state's expectation of another's deed, a contact kept with others, and a closing "the Ministry ... (MEA)
said" the parser hung on the list or the place before it. All sentences are invented for the tests, in agency style;
none comes from an evaluation set or a real article."""

from tests.conftest import events_of


def _actors(participants) -> list[str | None]:
    return [p.actor for p in participants]


def test_arrival_naming_no_place_visits_the_dateline_country(code):
    result = code("VIENTIANE, April 8 (Reuters) - Cambodia's prime minister arrived on Tuesday for a three-day "
                  "official visit, officials said.", date="2026-04-08")
    [event] = events_of(result, cameo="042")
    assert [p.country for p in event.source] == ["KHM"]
    assert [p.country for p in event.target] == ["LAO"]


def test_arrival_here_for_talks_visits_the_dateline_country(code):
    result = code("ULAANBAATAR, May 12 (Montsame) - Kazakh President Kassym-Jomart Tokayev arrived here today for "
                  "talks on rail transit.", date="2026-05-12")
    [event] = events_of(result, cameo="042")
    assert [p.country for p in event.target] == ["MNG"]


def test_arrival_of_forces_or_things_is_no_visit(code):
    forces = code("NOUAKCHOTT, Feb 17 (AFP) - Mauritanian army reinforcements arrived on Monday after clashes near "
                  "the border, the army said.", date="2026-02-17")
    assert not events_of(forces, cameo="042"), [e.cameo for e in forces.events]
    ship = code("COLOMBO, May 2 (Reuters) - The research vessel Sea Lark is expected to arrive next week, the "
                "ministry said.", date="2026-05-02")
    assert not events_of(ship, plover="CONSULT") and not events_of(ship, plover="AGREE"), \
        [e.cameo for e in ship.events]


def test_arrival_at_home_is_no_visit(code):
    result = code("HANOI, April 8 (Reuters) - Vietnam's prime minister arrived on Tuesday for a three-day tour of "
                  "the northern provinces.", date="2026-04-08")
    assert not events_of(result, cameo="042"), [e.cameo for e in result.events]


def test_visitor_received_by_a_host_is_hosted_by_the_host(code):
    result = code("DOHA, April 8 (QNA) - Pakistan's foreign minister was received by the Emir of Qatar at the "
                  "palace on Tuesday.", date="2026-04-08")
    [event] = events_of(result, cameo="043")
    assert [p.country for p in event.source] == ["QAT"]
    assert [p.country for p in event.target] == ["PAK"]


def test_relief_sent_in_a_list_to_another_state_is_humanitarian_aid(code):
    result = code("KATHMANDU, Aug 20 (PTI) - Nepal on Thursday sent two army helicopters, 30 tonnes of relief "
                  "supplies and a rescue team to Bhutan, where landslides have killed at least 12 people.",
                  date="2026-08-20")
    [event] = events_of(result, cameo="073")
    assert _actors(event.source) == ["NPL"] and _actors(event.target) == ["BTN"]


def test_soldiers_sent_with_relief_to_another_state_are_aid_and_without_it_a_deployment(code):
    relief = code("SUVA, Oct 5 (AAP) - Fiji sent 60 soldiers and blankets to Tonga on Sunday.", date="2026-10-05")
    [event] = events_of(relief, plover="AID")
    assert event.cameo == "073" and _actors(event.target) == ["TON"]
    troops = code("BAMAKO, March 11 (AFP) - Burkina Faso sent 300 soldiers and six armoured vehicles to Mali on "
                  "Tuesday.", date="2026-03-11")
    assert not events_of(troops, plover="AID"), [e.cameo for e in troops.events]


def test_lorries_turned_back_at_a_border_restrict_movement(code):
    result = code("WINDHOEK, May 6 (Xinhua) - Namibian customs officers turned back 45 Angolan lorries at the "
                  "Oshikango border post on Tuesday.", date="2026-05-06")
    [event] = events_of(result, cameo="191")
    assert [p.country for p in event.source] == ["NAM"]


def test_asylum_seekers_returned_or_turned_back_are_expelled(code):
    returned = code("BERLIN, March 3 (dpa) - Polish police returned 20 asylum seekers across the border near Gubin "
                    "without informing German authorities.", date="2026-03-03")
    [event] = events_of(returned, cameo="174")
    assert [p.country for p in event.source] == ["POL"]
    turned = code("ATHENS, July 14 (Reuters) - Greek police turned back 60 migrants at the Evros border on Sunday.",
                  date="2026-07-14")
    assert events_of(turned, cameo="174"), [e.cameo for e in turned.events]


def test_a_state_expecting_another_to_act_demands_it(code):
    result = code("MADRID, March 3 (EFE) - Madrid expected Rabat to take the 40 migrants back, the foreign ministry "
                  "said.", date="2026-03-03")
    [event] = events_of(result, plover="REQUEST")
    assert event.cameo.startswith("10")
    assert _actors(event.source) == ["ESPGOV"] and _actors(event.target) == ["MARGOV"]


def test_expecting_another_to_use_force_is_no_demand(code):
    result = code("KYIV, March 3 (Reuters) - Ukraine expected Russia to launch a new offensive in the spring, the "
                  "defence ministry said.", date="2026-03-03")
    assert not events_of(result, plover="REQUEST"), [e.cameo for e in result.events]


def test_being_expected_to_meet_is_no_demand(code):
    result = code("SKOPJE, April 14 (MIA) - Officials of Albania and North Macedonia are expected to meet in Ohrid "
                  "next week.", date="2026-04-14")
    assert not events_of(result, plover="REQUEST"), [e.cameo for e in result.events]


def test_a_body_in_contact_with_two_capitals_consults_them(code):
    result = code("BRUSSELS, June 10 (Reuters) - The European Commission said on Wednesday it was in contact with "
                  "Warsaw and Vilnius over the border checks.", date="2026-06-10")
    [event] = events_of(result, cameo="040")
    assert event.source and event.source[0].actor is not None
    assert sorted(p.country for p in event.target) == ["LTU", "POL"]


def test_it_was_in_contact_is_the_speaker_and_it_was_clear_is_nobody(code):
    result = code("DOHA, Feb 3 (Reuters) - Qatar said it had been in touch with Djibouti and Eritrea to calm the "
                  "dispute.", date="2026-02-03")
    [event] = events_of(result, cameo="040")
    assert [p.country for p in event.source] == ["QAT"]


def test_closing_ministry_hung_on_the_place_before_it_is_the_source(code):
    result = code("Nairobi, Aug 20 (PTI) Kenya on Thursday sent two army battalions, 40 tonnes of ammunition and a "
                  "unit of the Rapid Deployment Force to Somalia, where militants have killed at least 9 soldiers and "
                  "cut off the town of Baidoa, the Ministry of Defence (MoD) said.", date="2026-08-20")
    [event] = [e for e in result.events if e.trigger.text.startswith("sent")]
    assert event.attribution is not None and "Ministry" in event.attribution.text, event.attribution

