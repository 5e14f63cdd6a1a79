"""Wrong doers of session 47 (h-fd47): a court deep in a clause a foreign town opens is that town's country's
(``actors.antecedents.court_seat``); a numbered set takes the group its own sentence names even in a sentence
about the past (``actors.set_parties._of_the_past``); a visitor noun is the state it came from, not the reporting host
(``actors.nominals.NominalRules._visitor``); bare "rights groups" take no country from the story's focus
(``actors.antecedents.NO_FOCUS_SECTORS``).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def _countries(side):
    return sorted({p.country for p in side if p.actor})


def test_doers47_court_under_a_foreign_opening_place(code):
    result = code("LIMA, March 10 (Reuters) - Peru asked Portugal on Monday to extradite a former mayor. In Lisbon, "
                  "the Portuguese justice ministry said the request was before the appeals court, where a judge "
                  "freed the former mayor on bail on Friday.", date="2026-03-10")
    assert _countries(event_on(result, "freed").source) == ["PRT"]


def test_doers47_court_abroad_is_not_the_story_courts_named_before(code):
    result = code("LIMA, March 10 (Reuters) - Peru asked Portugal on Monday to extradite a former mayor whom "
                  "prosecutors charged with fraud in 2024. In Lisbon, the Portuguese justice ministry said the request "
                  "was before the appeals court, where a judge freed the former mayor on bail on Friday.",
                  date="2026-03-10")
    assert _countries(event_on(result, "freed").source) == ["PRT"]


def test_doers47_court_takes_the_nearest_place_above_it(code):
    # the court's own town, nearer the judge than the clause's opening place, wins
    result = code("LIMA, March 10 (Reuters) - Peru asked Portugal on Monday to extradite a former mayor. In Lisbon, "
                  "the Peruvian embassy said the case was before a court in Lima, where a judge freed the former "
                  "mayor on bail on Friday.", date="2026-03-10")
    assert _countries(event_on(result, "freed").source) == ["PER"]


def test_doers47_police_under_a_foreign_opening_place(code):
    result = code("LIMA, March 10 (Reuters) - Peru asked Portugal on Monday to extradite a former mayor. In Lisbon, "
                  "the Portuguese justice ministry said the case was before the appeals court, where officials "
                  "confirmed that police had arrested the former mayor on Friday.", date="2026-03-10")
    assert _countries(event_on(result, "arrested").source) == ["PRT"]


def test_doers47_set_named_in_its_own_sentence_of_the_past(code):
    result = code("ACCRA, May 19 (Reuters) - Ghana, Togo and Benin agreed on Monday to share intelligence. "
                  "The trade pact, which lost Chad, Sudan and Libya when the three governments quit the pact in "
                  "2023, said it would send envoys to Khartoum.", date="2026-05-19")
    assert _countries(event_on(result, "quit").source) == ["LBY", "SDN", "TCD"]


def test_doers47_delegation_named_before_is_the_visitors(code):
    result = code("DHAKA, July 8 (BSS) - Bangladesh offered on Wednesday to sell power to Nepal after a day of "
                  "meetings with a Nepalese delegation headed by the energy minister, the foreign office said. The "
                  "delegation then met officials of the port authority, the office said in a statement.",
                  date="2026-07-08")
    assert _countries(event_on(result, "met").source) == ["NPL"]


def test_doers47_visiting_leader_is_not_the_host(code):
    result = code("COLOMBO, Nov 5 (Reuters) - Maldives President Mohamed Muizzu arrived in Colombo on Wednesday "
                  "for two days of meetings. A Sri Lankan official said the visiting leader assured Dissanayake that "
                  "fishing rows would be settled by talks.", date="2026-11-05")
    assert _countries(event_on(result, "assured").source) == ["MDV"]


def test_doers47_host_delegation_without_a_visitor_mention_stays_home(code):
    # no delegation named before with another state: the rule gives nothing, the old reading stands
    result = code("NEW DELHI, July 8 (PTI) - India's external affairs office announced on Wednesday that the "
                  "delegation would meet Afghan officials next week.", date="2026-07-08")
    event = event_on(result, "meet")
    assert "AFG" not in _countries(event.source)


def test_doers47_bare_rights_groups_get_no_country(code):
    result = code("ROME, April 2 (Reuters) - Italy and Libya signed a migration accord on Wednesday. Rights groups "
                  "have accused the Libyan coast guard of beating migrants.", date="2026-04-02")
    assert _countries(event_on(result, "accused").source) == []


def test_doers47_rights_groups_with_a_demonym_keep_it(code):
    result = code("HARARE, May 6 (Reuters) - Police detained 40 vendors on Tuesday. Zimbabwean rights groups "
                  "condemned the arrests.", date="2026-05-06")
    assert _countries(event_on(result, "condemned").source) == ["ZWE"]
