"""Targets that are the wrong actor (session 29, h-pairs29; issue 11, false dyads).

- What an appeal or demand asks for is no side of it: the people a call for their release or extradition names
  ("demanded the release of X", "requested his extradition", ``handover_noun`` in words.tsv) are asked of whoever
  holds them, unless they are of another country than the asker's (then their own state holds them: "called for
  Machar's release" is aimed at South Sudan) (``ParticipantRules.given_up``).
- The people another act befell are that act's side, not the side of an act about it: "demanded an inquiry into
  the killing of X", "into the death of X" (an event noun or a ``fate_noun`` after "into", "over", "for",
  "about") (``ParticipantRules.befallen``).
- A body of states named on the noun of the phrase a complaint is brought in ("filed a complaint with the Mercosur
  dispute settlement system") is its forum, as the body named alone is (``ParticipantRules.at_court``).
- "The decision" a reaction points back to is no act told as still to come, and what a party praises is no act of
  its own alone (``article_sides.resolve_event_anaphora``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


def _event(result, trigger):
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return event


@pytest.mark.parametrize("text", [
    "LIMA, July 7 (Reuters) - Peru demanded on Tuesday the release of Jorge Quispe, a trucker held since May.",
    "QUITO, July 7 (EFE) - Ecuador's former vice president Jorge Glas fled to Peru in March. Ecuador formally "
    "requested his extradition on Tuesday.",
])
def test_people_asked_for_are_no_target(code, text):
    event = _event(code(text, date="2026-07-07"), "requested" if "requested" in text else "demanded")
    assert [p.actor for p in event.target if p.actor] == [], event.target


def test_people_of_another_country_asked_for_name_their_holder(code):
    event = _event(code("ADDIS ABABA, July 7 (Reuters) - The African Union called on Tuesday for Riek Machar's "
                        "release.", date="2026-07-07"), "called")
    assert [p.country for p in event.target if p.actor] == ["SSD"], event.target


@pytest.mark.parametrize("text, trigger", [
    ("TUNIS, July 7 (AFP) - Tunisia summoned Libya's ambassador on Tuesday and demanded an inquiry into the killing "
     "of Sami Trabelsi, a fisherman shot near Zarzis.", "demanded"),
    ("TUNIS, July 7 (AFP) - Tunisia summoned Libya's ambassador on Tuesday and demanded an investigation into the "
     "death of Sami Trabelsi.", "demanded"),
])
def test_people_another_act_befell_are_no_target(code, text, trigger):
    event = _event(code(text, date="2026-07-07"), trigger)
    assert [p.actor for p in event.target if p.actor] == ["LBYGOV"], event.target


def test_body_named_on_the_noun_of_a_complaint_forum_is_no_target(code):
    event = _event(code("ASUNCION, July 7 (EFE) - Paraguay filed a complaint with the Mercosur dispute settlement "
                        "system on Tuesday.", date="2026-07-07"), "filed")
    assert [p.actor for p in event.target if p.actor] == [], event.target


def test_the_decision_is_no_prospect_of_another_party(code):
    text = ("SUVA, July 7 (AAP) - Tonga expelled two Chinese police advisers on Monday. China's embassy "
            "said it regretted the move but that Beijing would keep funding a hospital in Nuku'alofa.\n\n"
            "Australia's foreign minister welcomed the decision.")
    event = _event(code(text, date="2026-07-07"), "welcomed")
    assert [p.country for p in event.target if p.actor] == ["TON"], event.target
