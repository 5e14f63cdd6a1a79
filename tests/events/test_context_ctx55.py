"""Session 55 (h-ctx55), targets from context narrowed: an investigation (CAMEO 09) told further on takes no other
party from the lead's dispute (``events/context.py``, ``disputes``, ``inquiry``); a verbal defence (052) of a thing
its clause names takes no story party (``events/coop_targets.py``, ``defends_a_thing``). Invented items about real
states; a demand told in the same place still takes the other party, and so does a defence of a named actor."""

from __future__ import annotations

from tests.conftest import events_with_trigger

STORY = ("RIGA, May 6 (Reuters) - Latvia summoned Russia's charge d'affaires on Tuesday after a Russian military "
         "helicopter flew into Latvian airspace near Zilupe. ")
FISH = ("REYKJAVIK, May 13 (Reuters) - Iceland's coast guard seized a British trawler on Tuesday for fishing "
        "inside its waters without a licence. Britain demanded the release of the crew. ")


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_an_inquiry_told_just_after_the_act_it_answers_still_takes_its_other_party(code):
    # an investigation told in the next sentence is into that act: ``answers`` gives it the act's other party
    result = code(STORY + "Latvian prosecutors opened a criminal inquiry into the incident, the border guard said.",
                  date="2026-05-06")
    assert _targets(result, "opened") == ["RUS"], _targets(result, "opened")


def test_an_inquiry_told_after_the_lead_paragraph_takes_no_target(code):
    result = code("OSLO, Oct 1 (Reuters) - Norway protested to Russia on Wednesday after a Russian trawler cut a fibre "
                  "cable off Svalbard. The trawler left before coast guard ships arrived.\nThe cable carries data "
                  "from a satellite station. Repairs could take a month. A second line was damaged in 2022.\n"
                  "Norwegian police opened an investigation into the damage on Thursday.", date="2026-10-01")
    assert events_with_trigger(result, "opened") and _targets(result, "opened") == [], _targets(result, "opened")


def test_a_demand_in_the_same_place_still_takes_the_other_party(code):
    result = code(STORY + "Latvia demanded an apology, the border guard said.", date="2026-05-06")
    assert _targets(result, "demanded") == ["RUS"], _targets(result, "demanded")


def test_a_defence_of_the_doers_own_waters_takes_no_story_party(code):
    result = code(FISH + "Prime Minister Kristrun Frostadottir told lawmakers that Iceland would defend every mile of "
                  "its waters.", date="2026-05-13")
    assert events_with_trigger(result, "defend") and _targets(result, "defend") == [], _targets(result, "defend")


def test_a_defence_of_a_named_actor_keeps_it(code):
    result = code("BUDAPEST, March 18 (AP) - Poland criticised Slovakia on Monday for halting arms deliveries to "
                  "Ukraine. Warsaw said Bratislava had broken its word. Hungarian Foreign Minister Peter Szijjarto "
                  "defended Slovakia on Tuesday.", date="2026-03-18")
    assert _targets(result, "defended") == ["SVK"], _targets(result, "defended")
