"""``events/coop_targets.py``: a cooperative act with no target takes the story's other party when the text leaves
no other (invented items).

These tests code with the rules alone (``attach=False``): they test the rule, not the attacher (the learned step
that may choose a target among the actors of the act's sentence, ``events/attach.py``, refitted on each new dev set).
The attacher refitted at the start of session 48 gives "trained" in the last test Togo, which the rule does not."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import events_with_trigger

from detente.model import Article

STORY = ("ACCRA, March 4 (Reuters) - Ghana accused Togo on Tuesday of moving border posts into Ghanaian farmland. "
         "Togo rejected the charge and said its surveyors had followed an old map. ")


@pytest.fixture(scope="module")
def code(nlp):
    from detente.pipeline import Coder

    coder = Coder(nlp=nlp, attach=False)
    return lambda text, date: coder.code(Article(text=text, date=dt.date.fromisoformat(date)))


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_an_offer_naming_no_receiver_goes_to_the_storys_other_party(code):
    result = code(STORY + "Ghana later offered to fund a joint survey of the line.", date="2026-03-04")
    assert _targets(result, "offered") == ["TGO"], _targets(result, "offered")


def test_crossings_reopened_go_to_the_party_they_were_shut_to(code):
    result = code("PHNOM PENH, Aug 5 (AFP) - Cambodia shut two border crossings to Thai trucks in July after a row "
                  "over a temple. Thailand called the closure illegal. Cambodia reopened the crossings on Wednesday.",
                  date="2026-08-05")
    assert _targets(result, "reopened") == ["THA"], _targets(result, "reopened")


def test_an_offer_in_a_sentence_naming_a_third_party_gets_no_story_party(code):
    result = code(STORY + "Ghana later offered to fund a joint survey of the line, Nigeria said.", date="2026-03-04")
    assert "TGO" not in _targets(result, "offered"), _targets(result, "offered")


def test_denied_aid_gets_no_receiver(code):
    result = code("KABUL, March 9 (AFP) - Pakistan accused Afghanistan on Monday of sheltering militants. Afghanistan "
                  "rejected the accusation as baseless. Its spokesman denied that Kabul had trained anyone.",
                  date="2026-03-09")
    assert _targets(result, "trained") == [], _targets(result, "trained")


def test_aid_in_a_sentence_naming_the_other_party_elsewhere_gets_no_receiver(code):
    result = code(STORY + "Ghana has trained farmers' militias that fought Togo's gendarmes last year.",
                  date="2026-03-04")
    assert "TGO" not in _targets(result, "trained"), _targets(result, "trained")
