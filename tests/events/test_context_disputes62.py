"""Session 62 (h-fd62): two narrowings of the other party of the dispute the lead sets up (``events/context.py``,
``disputes``). A lead act of cooperation other than an appeal or an offer sets up no dispute a later act answers
(``_no_grievance``), and a rejection of words said of the doer ("rejected the criticism") answers whoever said them,
not the story's other party (``_story_other``). Invented items about real states."""

from __future__ import annotations

from types import SimpleNamespace

from tests.conftest import events_with_trigger

from detente.events.context import _no_grievance

PATROL = ("PORT LOUIS, March 3 (Reuters) - Mauritius and India signed an agreement on Monday under which Indian coast "
          "guard ships will patrol Mauritian waters against illegal fishing.\n"
          "The ships will be based at Port Louis. India has built an airstrip on Agalega island. Mauritius has one "
          "of the largest maritime zones in the Indian Ocean. India will also train Mauritian officers.\n"
          "Opposition lawmakers criticised the government for signing the deal without a vote in parliament. "
          "The Mauritian foreign ministry rejected the criticism on Tuesday.")


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_cooperation_other_than_an_appeal_or_an_offer_is_no_grievance():
    # dev 624, 727, 858: a rejection or a deed told paragraphs after a lead on an agreement, a loan or a visit is no
    # answer to that cooperation
    assert _no_grievance(SimpleNamespace(cameo="057"))  # signed an agreement
    assert _no_grievance(SimpleNamespace(cameo="071"))  # economic aid
    assert _no_grievance(SimpleNamespace(cameo="042"))  # a visit
    assert not _no_grievance(SimpleNamespace(cameo="020"))  # an appeal is refused
    assert not _no_grievance(SimpleNamespace(cameo="036"))  # an offer to meet is turned down
    assert not _no_grievance(SimpleNamespace(cameo="112"))  # an accusation is answered
    assert not _no_grievance(SimpleNamespace(cameo="173"))  # an arrest is answered


def test_a_rejection_of_criticism_takes_no_story_party(code):
    # the critics are lawmakers the knowledge base does not know: the rejection answers them, not India (dev 823,
    # 863, 866: "rejected the criticism" after a lead telling a loan or a patrol agreement)
    result = code(PATROL, date="2026-03-03")
    assert events_with_trigger(result, "rejected")
    assert "IND" not in _targets(result, "rejected"), _targets(result, "rejected")
