"""Core acts the coder missed altogether or coded in another sense (issue 11, session 28, h-lex28): general lines of
``data/lexicon/verbs.tsv`` for a strike begun by workers, instruments of ratification, a frozen ratification, a
waived penalty, aid operations suspended and people other than diplomats ordered out. (Lines for concern and regret
at another's act as disapproval, 110, were left out: see the lexicon README.)

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from
a real article. Each test also checks the sense the line must leave alone."""

from __future__ import annotations


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_a_strike_begun_by_workers_is_a_labour_strike(code):
    unions = code("Nigerian doctors' unions began a 48-hour strike on Wednesday over unpaid salaries.",
                  date="2025-03-04")
    assert "143" in _codes(unions) and "190" not in _codes(unions), _codes(unions)
    army = code("Russian forces launched a drone strike on an energy depot near Odesa on Tuesday.", date="2025-03-04")
    assert "143" not in _codes(army), _codes(army)


def test_exchanging_instruments_of_ratification_is_signing(code):
    result = code("Kazakhstan and Uzbekistan exchanged the instruments of ratification of their border treaty "
                  "in Astana on Wednesday.", date="2025-03-04")
    assert "057" in _codes(result), _codes(result)


def test_freezing_a_ratification_reduces_relations(code):
    result = code("Greece froze the ratification of three agreements with Turkey on Wednesday.", date="2025-03-04")
    assert "160" in _codes(result), _codes(result)


def test_waiving_a_penalty_eases_a_sanction(code):
    result = code("The International Monetary Fund waived the penalty due from Senegal for misreporting its debt.",
                  date="2025-03-04")
    assert "081" in _codes(result), _codes(result)


def test_suspended_aid_operations_are_aid_stopped(code):
    result = code("The United Nations suspended its aid operations in the Yemeni port of Hodeidah on Wednesday.",
                  date="2025-03-04")
    assert "1623" in _codes(result) and not [c for c in _codes(result) if c.startswith("087")], _codes(result)
    army = code("Israel suspended its military operations in Gaza on Wednesday.", date="2025-03-04")
    assert "1623" not in _codes(army), _codes(army)


def test_foreign_managers_ordered_to_leave_are_expelled(code):
    result = code("Niger ordered three Chinese managers of the refinery to leave the country within 48 hours.",
                  date="2025-03-04")
    assert "174" in _codes(result), _codes(result)
    diplomats = code("Niger ordered three Chinese diplomats to leave the country within 48 hours.", date="2025-03-04")
    assert "161" in _codes(diplomats) and "174" not in _codes(diplomats), _codes(diplomats)
