"""Places of session 56 (issue 11, h-loc56): an act a host did at a reception it gave (CAMEO 043, "received the
visiting minister") is on the host's ground, whether its verb is joined to the reception with no subject of its own
("received X at the palace and thanked Y") or its subject is a host a relative clause says received the visitor ("the
president, who received X earlier in the day, praised Y"): ``PlaceRules.received_home``, inferred as the reception's
own place is (the README of eval/wire, "Location": a verb joined to another with no subject of its own shares its
place, and a doer who had arrived somewhere acts there). Controls: a reception told in the past perfect, a host that
keeps hosting (a state in the simple present), a visitor who was received (passive) and a host's act in the next
sentence give no place by this rule.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set. The
model's parse is used: the rule reads where the parser hangs the joined verb and the relative clause."""

import datetime as dt

import pytest
from tests.conftest import events_of


def _events(code, text, trigger, date="2026-03-06"):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts, text
    return acts


def _place(code, text, trigger):
    return {e.location.country if e.location else None for e in _events(code, text, trigger)}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # the act joined to the reception with no subject of its own
    ("LIMA, March 6 (EFE).- Peruvian President José Jerí received Ecuador's foreign minister at the Government "
     "Palace on Friday and thanked Quito for returning 30 Peruvian fishermen.", "thanked", "PER"),
    # the host told by a relative clause on the act's subject
    ("HANOI, March 6 (AP) - Vietnamese Prime Minister Pham Minh Chinh, who received Laos' foreign minister at the "
     "government office, praised Vientiane for cracking down on border smuggling.", "praised", "VNM"),
])
def test_places_loc56_an_act_of_a_host_at_its_reception_is_on_its_ground(code, text, trigger, country):
    assert _place(code, text, trigger) == {country}


@pytest.mark.parametrize(("text", "trigger"), [
    # a reception of the background, in the past perfect
    ("MANILA, March 6 (Reuters) - Philippine President Ferdinand Marcos Jr, who had received Vietnam's president "
     "in January, criticised Hanoi on Friday for new reclamation in the Spratlys.", "criticised"),
    # a host that keeps hosting, a state and no reception (the simple present)
    ("DOHA, March 6 (Reuters) - Qatar, which hosts the largest U.S. air base in the region, urged Tehran on Friday "
     "to release a Qatari-flagged tanker.", "urged"),
    # the host's act in the next sentence
    ("SEOUL, March 6 (Yonhap) -- South Korean President Lee Jae-myung received Mongolia's foreign minister on "
     "Friday. He later criticised Tokyo over a new school textbook.", "criticised"),
])
def test_places_loc56_a_reception_of_the_past_or_of_another_sentence_places_nothing(code, text, trigger):
    assert _place(code, text, trigger) == {None}


def test_places_loc56_a_visitor_received_is_not_placed_at_its_own_home(code):
    # the visitor acts on the host's ground, which this rule does not give: never the visitor's own country
    text = ("BANGKOK, March 6 (AP) - Cambodian Foreign Minister Prak Sokhonn, who was received by Thai Prime "
            "Minister Anutin Charnvirakul on Friday, thanked Bangkok for reopening two border checkpoints.")
    assert "KHM" not in _place(code, text, "thanked")


def test_places_loc56_the_rule_is_named_in_the_explanation(explaining):
    from detente.model import Article

    text = ("LIMA, March 6 (EFE).- Peruvian President José Jerí received Ecuador's foreign minister at the Government "
            "Palace on Friday and thanked Quito for returning 30 Peruvian fishermen.")
    result = explaining.code(Article(text=text, date=dt.date(2026, 3, 6)))
    [event] = [e for e in events_of(result) if e.trigger.text.startswith("thanked")]
    assert "done by the host at a reception it gave" in event.explanation.status["location"]
