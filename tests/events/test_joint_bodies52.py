"""Meetings of a body two states run together (session 52, h-miss52; ``events/joint_bodies.py``) and the round's
lexicon lines for acts the coder did not code (a trading facility granted, a foreign firm's licence extended, a joint
command post or military hotline set up).

A meeting whose subject is a ``joint_body_noun`` with a ``joint_body_mark`` (on it or on an earlier mention of it) and
names no actor is the story's two main parties' own, done together; one with no mark, or whose sentence names a third
party, stays uncoded.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import datetime as dt

from tests.conftest import countries_of

from detente.model import Article

STORY = "ACCRA, March 4 (Reuters) - Ghana and Togo signed a customs accord on Wednesday after talks in Lome. "


def _meetings(result) -> list:
    return [e for e in result.events if e.cameo.startswith("04") or e.cameo == "036"]


def test_joint_bodies52_a_joint_commission_meets_for_the_two_parties(code, explaining):
    text = STORY + "A joint ministerial commission will meet in Accra in June to review the accord."
    [meeting] = [e for e in _meetings(code(text, date="2026-03-04")) if e.trigger.text == "meet"]
    assert countries_of(meeting.source) == ["GHA", "TGO"] and not meeting.target
    [explained] = [e for e in explaining.code(Article(text=text, date=dt.date(2026, 3, 4))).events
                   if e.trigger.text == "meet"]
    assert all("events/joint_bodies.py" in side for side in explained.explanation.sides if side.startswith("source"))


def test_joint_bodies52_a_mark_on_a_modifier_or_an_earlier_mention_counts(code):
    result = code(STORY + "The joint boundary committee is due to meet in Lome next week.", date="2026-03-04")
    [meeting] = [e for e in _meetings(result) if e.trigger.text == "meet"]
    assert countries_of(meeting.source) == ["GHA", "TGO"]
    result = code(STORY + "The two countries set up a joint commission on trade in 2022. The commission met in Lome "
                  "on Tuesday.", date="2026-03-04")
    [meeting] = [e for e in _meetings(result) if e.trigger.text == "met"]
    assert countries_of(meeting.source) == ["GHA", "TGO"]


def test_joint_bodies52_a_body_with_no_mark_or_a_third_party_stays_uncoded(code):
    assert [e for e in _meetings(code(STORY + "A technical commission will meet in Accra in June.",
                                      date="2026-03-04")) if e.trigger.text == "meet"] == []
    assert [e for e in _meetings(code(STORY + "A joint commission will meet in Accra in June, Nigeria said.",
                                      date="2026-03-04")) if e.trigger.text == "meet"] == []


def test_joint_bodies52_a_port_granted_and_a_licence_extended_are_economic_cooperation(code):
    result = code(STORY + "Togo will grant Ghana a dry port at Lome.", date="2026-03-04")
    [grant] = [e for e in result.events if e.trigger.text.startswith("grant")]
    assert grant.cameo.endswith("1") and countries_of(grant.source) == ["TGO"] and countries_of(grant.target) == ["GHA"]
    result = code("HANOI, Oct 6 (Reuters) - Vietnam extended the exploration licence of India's ONGC Videsh by five "
                  "years on Tuesday.", date="2026-10-06")
    [extended] = [e for e in result.events if e.trigger.text.startswith("extended")]
    assert extended.cameo == "061"


def test_joint_bodies52_a_joint_command_post_set_up_is_military_cooperation(code):
    result = code("TALLINN, June 3 (Reuters) - Estonia and Latvia agreed on Wednesday to set up a joint command post "
                  "at Valga.", date="2026-06-03")
    [post] = [e for e in result.events if e.cameo in ("062", "0312")]  # agreed to: an intent of military cooperation
    assert "set up" in post.trigger.text and countries_of(post.source) == ["EST", "LVA"]


def test_occasion_talks52_talks_an_agreement_came_out_of_are_its_parties_consultation(code, explaining):
    text = ("KIGALI, May 4 (Reuters) - Rwanda and Burundi agreed on Monday to reopen their border within a month, "
            "following two days of talks in Nairobi, the Rwandan foreign ministry said.")
    [talks] = [e for e in code(text, date="2026-05-04").events
               if "talks" in e.trigger.text and e.cameo.startswith("04")]
    assert talks.cameo.startswith("04") and countries_of(talks.source) == ["BDI", "RWA"] and not talks.target
    [explained] = [e for e in explaining.code(Article(text=text, date=dt.date(2026, 5, 4))).events
                   if "talks" in e.trigger.text and e.cameo.startswith("04")]
    assert all("events/occasion_talks.py" in side for side in explained.explanation.sides if side.startswith("source"))


def test_occasion_talks52_a_signing_with_a_counterpart_lends_both_parties(code):
    result = code("HANOI, March 20 (Reuters) - Vietnam signed a rice trade accord with the Philippines after talks on "
                  "food security in Hanoi on Friday.", date="2026-03-20")
    [talks] = [e for e in result.events if "talks" in e.trigger.text and e.cameo.startswith("04")]
    assert countries_of([*talks.source, *talks.target]) == ["PHL", "VNM"]


def test_occasion_talks52_talks_on_a_verb_with_no_coded_act_stay_uncoded(code):
    result = code("KIGALI, May 4 (Reuters) - The weather improved on Monday after talks in Nairobi.", date="2026-05-04")
    assert [e for e in result.events if "talks" in e.trigger.text and e.cameo.startswith("04")] == []
