"""Session 52 (h-tgt52): whom a warning's that-clause marks as a target or names as the other party of the dealings the
warner's step is taken in (``events/frames.py``, ``FrameRules._marked_subjects`` and ``_dealings_with``), and whom a
request an act was done at was made to (``events/requested.py``) (invented items)."""

from __future__ import annotations

from tests.conftest import event_on, events_with_trigger

from detente.model import Article

MARKED = ("TEHRAN, April 8 (Reuters) - Iran's navy commander warned on Wednesday that Saudi oil tankers in the Gulf "
          "were legitimate targets. Riyadh did not comment.")
FORECAST = ("TOKYO, April 8 (Reuters) - Japan warned on Wednesday that Chinese survey ships could return to the area "
            "next month. Beijing did not comment.")
DEALINGS = ("ANKARA, May 5 (Reuters) - Turkey's energy minister warned on Tuesday that Ankara would take the matter "
            "into account in gas talks with Tehran. Iran said the row was a technical one.")
EXPORTS = ("TASHKENT, May 5 (Reuters) - Uzbekistan warned on Tuesday that it would switch its fruit exports to China. "
           "Officials gave no date.")
GRANTED = ("LYON, Feb 2 (Reuters) - Interpol issued arrest notices for four former ministers in 2021 at Ecuador's "
           "request, court papers show.")
LISTED = ("PARIS, Feb 2 (Reuters) - UNESCO added the old city of Djenne to its danger list at Mali's request in 2016. "
          "The site has been under threat since 2012.")
PASSIVE = ("ADDIS ABABA, Feb 2 (Reuters) - The final statement was softened at Egypt's request, two diplomats said. "
           "It was adopted on Sunday.")


def _keys(event) -> list[str | None]:
    return [p.country for p in event.target if p.actor is not None]


def test_a_demonym_on_the_subject_of_a_marked_clause_is_whom_the_warning_is_aimed_at(explaining):
    event = event_on(explaining.code(Article(text=MARKED, date="2026-04-08")), "warned")
    assert _keys(event) == ["SAU"], event.target
    assert any("_marked_subjects" in line for line in event.explanation.sides), event.explanation.sides


def test_a_forecast_of_another_partys_deed_gives_no_target(code):
    events = events_with_trigger(code(FORECAST, date="2026-04-08"), "warned")
    assert all("CHN" not in _keys(e) for e in events), [e.target for e in events]


def test_the_other_party_of_talks_the_warners_step_is_taken_in(explaining):
    event = event_on(explaining.code(Article(text=DEALINGS, date="2026-05-05")), "warned")
    assert _keys(event) == ["IRN"], event.target
    assert any("_dealings_with" in line for line in event.explanation.sides), event.explanation.sides


def test_where_the_warners_step_sends_exports_is_no_target(code):
    event = event_on(code(EXPORTS, date="2026-05-05"), "warned")
    assert _keys(event) == [], event.target


def test_a_request_an_act_was_done_at_was_made_to_its_doer(explaining):
    event = event_on(explaining.code(Article(text=GRANTED, date="2026-02-02")), "request")
    assert [p.country for p in event.source] == ["ECU"] and [p.actor for p in event.target] != [None], event.target
    assert any("asked_by_request" in line for line in event.explanation.sides), event.explanation.sides


def test_a_request_phrase_the_parser_hangs_on_a_noun_of_the_verbs_phrase(code):
    event = event_on(code(LISTED, date="2026-02-02"), "request")
    assert [p.text for p in event.target] == ["UNESCO"], event.target


def test_a_request_an_agentless_passive_was_done_at_names_no_one_asked(code):
    for event in events_with_trigger(code(PASSIVE, date="2026-02-02"), "request"):
        assert _keys(event) == [], event.target
