"""Core acts the coder missed altogether or coded in another sense (issue 11, session 28, h-lex28): general lines of
``data/lexicon/verbs.tsv`` for concern and regret at another's act (disapproval), a strike begun by workers, instruments of ratification, a frozen ratification, a waived penalty, aid operations
suspended and people other than diplomats ordered out.

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from
a real article. Each test also checks the sense the line must leave alone."""

from __future__ import annotations


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_concern_at_another_act_is_disapproval(code):
    result = code("China's foreign ministry expressed deep concern on Monday at Vietnam's decision to expel "
                  "two Chinese engineers.", date="2025-03-04")
    assert "110" in _codes(result) and "012" not in _codes(result), _codes(result)
    voiced = code("Japan voiced concern over South Korea's plan to hold drills near the islands.", date="2025-03-04")
    assert "110" in _codes(voiced), _codes(voiced)
    doubt = code("Japan voiced doubt over South Korea's plan to hold drills near the islands.", date="2025-03-04")
    assert "110" not in _codes(doubt), _codes(doubt)


def test_regret_over_a_decision_is_disapproval_and_bare_regret_an_apology(code):
    over = code("Poland's foreign ministry expressed regret over Hungary's decision to block the package.",
                date="2025-03-04")
    assert "110" in _codes(over) and "055" not in _codes(over), _codes(over)
    voiced = code("Cuba's foreign minister voiced regret over Jamaica's decision on Tuesday.", date="2025-03-04")
    assert "110" in _codes(voiced), _codes(voiced)
    apology = code("Israel's army chief called his Egyptian counterpart on Wednesday to express regret.",
                   date="2025-03-04")
    assert "110" not in _codes(apology), _codes(apology)


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
