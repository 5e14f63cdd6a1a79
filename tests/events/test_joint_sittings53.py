"""Sittings of a body two states run together told with no doer (session 53, h-miss53; ``events/joint_bodies.py``,
joint_sitting): "The next joint session will be held in X", "the commission's next session will be held", "the first
meeting of the mixed committee took place".

A ``sitting_noun`` that is the passive subject of its verb, or the event noun itself, with no actor on it, is the
story's two main parties' own when it carries a ``joint_body_mark`` or belongs to a joint body; a sitting of another
body, or one whose sentence names a third party, stays uncoded.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import datetime as dt

from tests.conftest import countries_of

from detente.model import Article

STORY = "NAIROBI, March 4 (Reuters) - Kenya and Tanzania signed a border trade accord on Wednesday in Arusha. "
DAY = "2026-03-04"


def _sittings(result, word: str) -> list:
    return [e for e in result.events if (e.cameo.startswith("04") or e.cameo == "036")
            and (word in e.trigger.text or any(word in m.trigger.text for m in e.mentions))]


def test_joint_sittings53_a_marked_session_held_is_the_two_parties(code, explaining):
    text = STORY + "The next joint session will be held in Mombasa in June."
    [held] = _sittings(code(text, date=DAY), "held")
    assert countries_of(held.source) == ["KEN", "TZA"] and not held.target
    [explained] = [e for e in explaining.code(Article(text=text, date=dt.date(2026, 3, 4))).events
                   if "held" in e.trigger.text]
    assert all("joint_sitting" in side for side in explained.explanation.sides if side.startswith("source"))


def test_joint_sittings53_a_joint_body_owns_the_sitting(code):
    result = code(STORY + "The two countries set up a joint commission on trade in 2022. The commission's next "
                  "session will be held in Dodoma in May.", date=DAY)
    [held] = _sittings(result, "held")
    assert countries_of(held.source) == ["KEN", "TZA"]
    result = code(STORY + "The first meeting of the mixed committee on the border took place in Namanga in 2024.",
                  date=DAY)
    [meeting] = _sittings(result, "meeting")
    assert countries_of(meeting.source) == ["KEN", "TZA"]


def test_joint_sittings53_another_body_or_a_third_party_stays_uncoded(code):
    result = code(STORY + "The next session of parliament will be held in Dodoma in May.", date=DAY)
    assert not any(countries_of(e.source) for e in _sittings(result, "session"))
    assert _sittings(code(STORY + "The next technical session will be held in Dodoma in May.", date=DAY),
                     "held") == []
    assert _sittings(code(STORY + "The next joint session will be held in Kampala in May, Uganda said.", date=DAY),
                     "held") == []
