"""Giving acts: whom they go to and what type they are (session 39, h-hand39; issue 11, missing targets).

People or things handed "over to" or "back to" a named receiver go to that receiver, whoever's they are (the
parser often hangs "to" on the adverb "back"); equipment handed or turned over is military aid (072), not a return;
a gift or pledge whose purpose infinitive builds or improves a thing goes to the owner a possessive names on it.
The sentences are invented for these tests."""

from __future__ import annotations

import pytest
from tests.conftest import code_tree


def _event(result, trigger: str):
    return next(e for e in result.events if e.trigger.text.startswith(trigger))


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


def test_given39_to_on_the_adverb_back_names_the_receiver(blank_coder):
    # the parser's reading: "back" an adverb of the verb, "to Albania" on it
    result = code_tree(blank_coder, """
    Greece     Greece     PROPN NNP nsubj  1 B-GPE
    handed     hand       VERB  VBD ROOT   1 O
    two        two        NUM   CD  nummod 4 O
    Albanian   albanian   ADJ   JJ  amod   4 B-NORP
    fishermen  fisherman  NOUN  NNS dobj   1 O
    back       back       ADV   RB  advmod 1 O
    to         to         ADP   IN  prep   5 O
    Albania    Albania    PROPN NNP pobj   6 B-GPE
    .          .          PUNCT .   punct  1 O
    """)
    event = _event(result, "handed")
    assert _countries(event.source) == ["GRC"]
    assert _countries(event.target) == ["ALB"]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    pytest.param("ANKARA, May 6 (Reuters) - Turkey handed 14 suspected Islamic State militants over to Iraq on "
                 "Tuesday.", "handed", ["TUR"], ["IRQ"], id="people_over_to_a_state_go_to_it"),
    pytest.param("BOGOTA, May 6 (Reuters) - Colombia handed 12 jailed cartel bosses over to the United States on "
                 "Monday.", "handed", ["COL"], ["USA"], id="whose_the_people_are_is_no_side"),
    pytest.param("SEOUL, May 6 (Yonhap) - South Korea handed six North Korean fishermen back to Pyongyang on "
                 "Wednesday.", "handed", ["KOR"], ["PRK"], id="back_to_a_capital"),
    pytest.param("HANOI, May 6 (Yonhap) - Seoul also promised a 200 billion won credit to modernise Vietnam's power "
                 "grid.", "promised", ["KOR"], ["VNM"], id="purpose_owner_of_what_is_improved"),
    pytest.param("CHISINAU, May 6 (Reuters) - Berlin also pledged a loan of 80 million euros to upgrade Moldova's "
                 "rail network.", "pledged", ["DEU"], ["MDA"], id="purpose_owner_after_a_pledged_loan"),
    pytest.param("HANOI, May 6 (Yonhap) - Seoul pledged a loan of 100 billion won to modernise its own power grid.",
                 "pledged", ["KOR"], [], id="the_doers_own_thing_gives_no_target"),
])
def test_given39_receiver(code, text, trigger, source, target):
    event = _event(code(text, date="2026-05-06"), trigger)
    assert _countries(event.source) == source
    assert _countries(event.target) == target


@pytest.mark.parametrize("text", [
    "CHISINAU, May 6 (Reuters) - Germany handed over eight armoured vehicles to the Moldovan army on Thursday.",
    "DAKAR, May 6 (AFP) - Spain turned over four coastal patrol vessels to Senegal's navy on Friday.",
])
def test_given39_equipment_handed_over_is_military_aid(code, text):
    event = next(e for e in code(text, date="2026-05-06").events if e.plover in ("AID", "RETREAT"))
    assert (event.cameo, event.plover) == ("072", "AID")


def test_given39_a_national_guard_is_its_states_force(code):
    # "National Guard" after a demonym is a force of that state (sectors.tsv), the whole phrase the receiver, not the
    # bare demonym (which a place of the same country can take for the place)
    result = code("MADRID, May 6 (EFE) - Spain handed over three fast patrol boats to the Mauritanian National "
                  "Guard at the port of Nouadhibou on Tuesday.", date="2026-05-06")
    event = _event(result, "handed")
    assert [(p.text, p.country) for p in event.target if p.actor is not None] == [
        ("the Mauritanian National Guard", "MRT")]


def test_given39_a_later_gift_goes_where_the_doers_earlier_gift_went(code):
    result = code("NUKU'ALOFA, May 6 (AAP) - New Zealand gave 3 million dollars in cyclone relief to Tonga on "
                  "Monday.\n\nWellington has also promised fresh funding for clinics, its foreign minister said.",
                  date="2026-05-06")
    event = _event(result, "promised")
    assert _countries(event.target) == ["TON"]


def test_given39_no_receiver_from_gifts_to_two_parties(code):
    result = code("SUVA, May 6 (AAP) - Australia gave 2 million dollars in relief to Fiji and 1 million dollars in "
                  "relief to Samoa on Monday.\n\nCanberra has also promised fresh funding for clinics, its foreign "
                  "minister said.", date="2026-05-06")
    event = _event(result, "promised")
    assert _countries(event.target) == []
