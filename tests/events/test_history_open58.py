"""A request or offer told in the present perfect after the lead is still open, the day's news (session 58, h-pp58;
``HistoryRules._background_perfect``, the ``open`` and ``repeated`` cues of cues.tsv).

A past act the body tells in the present perfect is background (eval/wire/README.md, audit of session 27, rule (d)),
but an ask, request, offer or invitation so told stands open: "has asked for consular access", "has offered to host
talks" are news, as the development gold reads them. Said "repeatedly" it is a record of past requests, background
as before. The articles are synthetic, written for the test in wire style.
"""

from __future__ import annotations

from tests.conftest import events_of

LEAD = ("VILNIUS, May 6 (Wire) - Lithuania summoned Belarus's charge d'affaires on Wednesday after balloons from "
        "Belarus forced the closure of Vilnius airport for a third night, the foreign ministry said.\n\n"
        "The ministry said the balloons carried contraband cigarettes.\n\n")


def test_history_open58_a_request_in_the_present_perfect_is_news(code):
    result = code(LEAD + "Lithuania has asked Minsk to stop the flights.", date="2026-05-06")
    [request] = [e for e in events_of(result, "REQUEST") if e.trigger.text.startswith("asked")]
    assert not request.historical


def test_history_open58_a_repeated_request_is_background(code):
    result = code(LEAD + "Lithuania has repeatedly asked Minsk to stop the flights.", date="2026-05-06")
    [request] = [e for e in events_of(result, "REQUEST") if e.trigger.text.startswith("asked")]
    assert request.historical


def test_history_open58_another_act_in_the_present_perfect_stays_background(code):
    result = code(LEAD + "Lithuania has accused Minsk of similar provocations.", date="2026-05-06")
    [accusation] = [e for e in events_of(result, "ACCUSE") if e.cameo.startswith("112")]
    assert accusation.historical
