"""The body met (session 53, h-tgt53; ``events/occasion_talks.py``, ``met_body``): talks told by a noun after an
occasion preposition ("will raise the matter at a meeting of EU foreign ministers") take the actors of the noun's "of"
phrase as their target when the act they were the occasion of has one party; a body of the doer's own state, or the
meeting of an act with two parties, gives none.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import datetime as dt

from tests.conftest import countries_of

from detente.model import Article


def _talks(result, word: str) -> list:
    return [e for e in result.events if e.trigger.text == word and (e.cameo.startswith("04") or e.cameo == "036")]


def test_met_body53_a_meeting_of_a_blocs_ministers_is_talks_with_the_bloc(code, explaining):
    text = ("RIGA, March 2 (Reuters) - Latvia said on Monday that Russian drones had crossed its airspace twice. The "
            "foreign minister will raise the matter at a meeting of EU foreign ministers in Brussels next week.")
    [meeting] = _talks(code(text, date="2026-03-02"), "meeting")
    assert countries_of(meeting.source) == ["LVA"] and [p.actor for p in meeting.target] == ["eu"]
    [explained] = _talks(explaining.code(Article(text=text, date=dt.date(2026, 3, 2))), "meeting")
    assert any("met_body" in side for side in explained.explanation.sides if side.startswith("target"))


def test_met_body53_a_summit_of_a_named_body(code):
    result = code("ABUJA, March 2 (Reuters) - Niger closed its border with Benin again on Monday. Benin will raise the "
                  "closure at a summit of the Economic Community of West African States next month.",
                  date="2026-03-02")
    [summit] = _talks(result, "summit")
    assert countries_of(summit.source) == ["BEN"] and [p.actor for p in summit.target] == ["ecowas"]


def test_met_body53_a_body_of_the_doers_own_state_is_no_target(code):
    result = code("TOKYO, March 2 (Kyodo) - North Korea fired a missile into the sea on Monday. Prime Minister Sanae "
                  "Takaichi will raise the launch at a meeting of the National Security Council, her office said.",
                  date="2026-03-02")
    assert all(not meeting.target for meeting in _talks(result, "meeting"))


def test_met_body53_an_act_of_two_parties_keeps_the_meeting_theirs(code):
    text = ("VIENNA, March 2 (Reuters) - Austria proposed tighter checks on its eastern border on Monday. Hungary said "
            "it would back the proposal at a meeting of EU interior ministers in Brussels on Friday.")
    result = code(text, date="2026-03-02")
    assert all(not any(p.actor == "eu" for p in meeting.target) for meeting in _talks(result, "meeting"))
