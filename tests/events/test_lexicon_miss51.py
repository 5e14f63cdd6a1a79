"""Acts no line coded (issue 11, session 51, h-miss51): general lines of ``data/lexicon/verbs.tsv`` and
``nouns.tsv``.

A telephone or phone call is a consultation by phone (041; a bare "call" stays an appeal, 020); a delegation led to
a place a visit (042); a treaty initialled signed (057); recognition switched to a state granted (054); money
deposited in another state's bank economic aid (071); border guards sent or police flown to a place a deployment of
police (153, aid where they go to help another); participation frozen a cut in relations (160); a sum cut "in
funding" a cut in economic aid (1621); people turned back at a border expelled (174); forces that cross into
another state occupy its land (192; traders crossing code nothing); border checks reintroduced restrict movement (191).

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from
a real article. Each test also checks the sense the line must leave alone."""

from __future__ import annotations

from tests.conftest import events_with_trigger


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_a_telephone_call_is_a_consultation_by_phone_and_a_bare_call_an_appeal(code):
    phone = code("Chile's president had a phone call with Peru's president on Monday.", date="2026-03-04")
    assert "041" in _codes(phone) and "020" not in _codes(phone), _codes(phone)
    between = code("The telephone call between Chile's president and Peru's president on Monday lasted an hour.",
                   date="2026-03-04")
    assert "041" in _codes(between), _codes(between)
    appeal = code("Chile rejected Peru's call for new talks on the fishing dispute.", date="2026-03-04")
    assert "041" not in _codes(appeal), _codes(appeal)


def test_a_delegation_led_to_a_place_is_a_visit(code):
    led = code("Lithuania's deputy speaker led a delegation of 20 lawmakers to Taipei on Monday.", date="2026-03-04")
    assert "042" in _codes(led), _codes(led)
    home = code("Lithuania's deputy speaker led a delegation of 20 lawmakers in the debate on Monday.",
                date="2026-03-04")
    assert "042" not in _codes(home), _codes(home)


def test_a_treaty_initialled_is_signed(code):
    result = code("Georgia and Armenia initialled the text of a border treaty in Tbilisi on Monday.",
                  date="2026-03-04")
    assert "057" in _codes(result), _codes(result)


def test_recognition_switched_to_a_state_is_granted(code):
    result = code("Nauru switched recognition from Taipei to Beijing in 2024, officials recalled.", date="2026-03-04")
    assert "054" in _codes(result), _codes(result)


def test_money_deposited_in_another_states_bank_is_economic_aid(code):
    aid = code("Qatar deposited $500 million in the Central Bank of Jordan on Monday.", date="2026-03-04")
    assert "071" in _codes(aid), _codes(aid)
    ratified = code("Jordan deposited its instrument of ratification with the United Nations on Monday.",
                    date="2026-03-04")
    assert "071" not in _codes(ratified), _codes(ratified)


def test_border_guards_sent_and_police_flown_are_a_deployment(code):
    sent = code("Finland sent 40 border guards to Estonia on Monday to help patrol the frontier.", date="2026-03-04")
    assert {"153", "074"} & set(_codes(sent)), _codes(sent)
    flown = code("Australia has flown 40 police officers to Vanuatu after two nights of rioting.", date="2026-03-04")
    assert {"153", "074"} & set(_codes(flown)), _codes(flown)
    evacuees = code("Australia flew 40 evacuees to Brisbane on Monday.", date="2026-03-04")
    assert not {"153", "074"} & set(_codes(evacuees)), _codes(evacuees)


def test_participation_frozen_reduces_relations(code):
    result = code("Niger froze its participation in the regional defence pact on Monday.", date="2026-03-04")
    assert "160" in _codes(result), _codes(result)


def test_a_sum_cut_in_funding_is_a_cut_in_economic_aid(code):
    result = code("Sweden cut 30 million euros in funding for Zambian schools last year.", date="2026-03-04")
    assert "1621" in _codes(result), _codes(result)


def test_people_turned_back_at_a_border_are_expelled_and_trucks_stopped(code):
    people = code("Greek police turned back 600 people at the Turkish border last month.", date="2026-03-04")
    assert "174" in _codes(people), _codes(people)
    trucks = code("Greek police turned back 60 trucks at the Turkish border last month.", date="2026-03-04")
    assert "174" not in _codes(trucks), _codes(trucks)


def test_forces_that_cross_into_another_state_occupy_and_traders_do_not(code):
    troops = code("Sudanese troops crossed into Chad on Tuesday while pursuing rebels, Chadian officials said.",
                  date="2026-03-04")
    assert "192" in _codes(troops), _codes(troops)
    traders = code("Sudanese traders crossed into Chad on Tuesday to sell fuel, Chadian officials said.",
                   date="2026-03-04")
    assert "192" not in _codes(traders), _codes(traders)


def test_border_checks_reintroduced_restrict_movement(code):
    result = code("Hungary reintroduced checks on its border with Slovakia in October.", date="2026-03-04")
    assert "191" in _codes(result), _codes(result)


def test_coast_guard_ships_sent_are_no_deployment_of_guards(code):
    # "guard" names the ships here, not the people sent: the harassment they were sent for stays the act
    sent = code("MANILA, Oct 2 (Reuters) - China sent three coast guard ships near the shoal on Wednesday to "
                "harass Philippine fishing boats.", date="2026-10-02")
    assert not events_with_trigger(sent, "sent")
    assert [e.cameo for e in events_with_trigger(sent, "harass")] == ["170"]
