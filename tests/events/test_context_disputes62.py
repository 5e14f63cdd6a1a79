"""Session 62 (h-fd62): two narrowings of the other party of the dispute the lead sets up (``events/context.py``,
``disputes``). A deed told paragraphs after the lead whose clause names what it was done to as a direct object that
names no known actor is the story's background at home (``_deed_on_a_thing``), and a rejection of words said of the
doer ("rejected the criticism") answers whoever said them, not the story's other party (``_story_other``). Invented
items about real states."""

from __future__ import annotations

from tests.conftest import events_with_trigger

REEF = ("NUKU'ALOFA, March 3 (Reuters) - Tonga protested to Fiji on Monday after Fijian police detained two Tongan "
        "fishermen near the Minerva Reefs.\n"
        "The reefs lie between the two countries. Both claim them. Fiji says the fishermen had no licence. "
        "The men were taken to Suva.\n"
        "Tonga's police said last month they had seized 180 kilograms of cocaine from a yacht off Eua.")

PATROL = ("PORT LOUIS, March 3 (Reuters) - Mauritius and India signed an agreement on Monday under which Indian coast "
          "guard ships will patrol Mauritian waters against illegal fishing.\n"
          "The ships will be based at Port Louis. India has built an airstrip on Agalega island. Mauritius has one "
          "of the largest maritime zones in the Indian Ocean. India will also train Mauritian officers.\n"
          "Opposition lawmakers criticised the government for signing the deal without a vote in parliament. "
          "The Mauritian foreign ministry rejected the criticism on Tuesday.")


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_a_later_seizure_of_goods_takes_no_party_from_the_leads_dispute(code):
    # dev 727, 624: "had seized 180 kilograms of the drug", "a state of exception that X declared" paragraphs after a
    # lead on a dispute with a neighbour: a deed at home, not done to the neighbour
    result = code(REEF, date="2026-03-03")
    assert events_with_trigger(result, "seized")
    assert "FJI" not in _targets(result, "seized"), _targets(result, "seized")


def test_a_rejection_of_criticism_takes_no_story_party(code):
    # the critics are lawmakers the knowledge base does not know: the rejection answers them, not India (dev 823,
    # 863, 866: "rejected the criticism" after a lead telling a loan or a patrol agreement)
    result = code(PATROL, date="2026-03-03")
    assert events_with_trigger(result, "rejected")
    assert "IND" not in _targets(result, "rejected"), _targets(result, "rejected")
