"""Sides the coder should not give (session 52, h-fd52): the body a founding act makes is no target of it ("formed
the Pacific Alliance": ``events/participants.py``, ``founded``; ``creation_verb`` in words.tsv), and the place a
bare participle's noun is handed over at is no ground of the seizure or detention the participle tells ("handed over
nine men detained in a raid ... to X's police at the port of Y": ``events/code_sides.py``, ``_handed_over_at``).

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations


def _events(result, trigger: str):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def test_the_body_its_members_form_is_no_target(code):
    result = code("CARACAS, Feb 10 (AFP) - Venezuela and Cuba formed the Bolivarian Alliance for the Peoples of Our "
                  "America in 2004, the host recalled.", date="2026-02-10")
    [formed] = _events(result, "formed")
    assert {p.code for p in formed.source} >= {"VEN", "CUB"}, formed.source
    assert [p for p in formed.target if p.actor is not None] == [], formed.target


def test_a_partner_after_with_on_the_body_formed_stays_the_target(code):
    result = code("NAIROBI, April 14 (Reuters) - Kenya formed a security alliance with the African Union on Monday to "
                  "fight cattle raiders.", date="2026-04-14")
    [formed] = _events(result, "formed")
    assert [p.actor for p in formed.target if p.actor is not None] == ["african-union"], formed.target


def test_a_seizure_gets_no_doer_from_the_port_its_goods_are_handed_over_at(code):
    result = code("PANAMA CITY, May 6 (AP) -- The U.S. Navy handed over nine Colombian suspects and two tons of "
                  "cocaine seized from a speedboat in the Caribbean to Panamanian authorities at the port of Colon on "
                  "Tuesday, Panama's security ministry said.", date="2026-05-06")
    assert all(p.country != "PAN" for e in _events(result, "seized") for p in e.source), result.events


def test_an_arrest_at_a_place_before_the_handover_keeps_its_ground_doer(code):
    result = code("TASHKENT, Sept 9 (AFP) - Uzbekistan handed over eight Tajik citizens arrested in Samarkand for "
                  "smuggling to Tajik border guards at the Oybek crossing on Monday, the Uzbek interior ministry said.",
                  date="2026-09-09")
    [arrested] = _events(result, "arrested")
    assert [p.country for p in arrested.source] == ["UZB"], arrested.source
