"""Orders of detention and joint bodies (session 24, h-orders24; issue 11, missed predicates).

A verb of ordering (``command_verb``) with a bare past participle for what is done to its object ("ordered two
men held in pretrial detention", "ordered him detained", "ordered the suspects jailed") is the orderer's own act,
done to that object: one event of the participle's code (173 for detention), not a demand (100), and the people
held do nothing (``FrameRules._ordered_done``). A to-infinitive ("ordered troops to hold their positions") stays
an order. A body two parties set up together ("set up a joint commission", "a joint ministerial committee") is
cooperation (060), not an inquiry (090): verbs.tsv lines on the object joined to its adjective; "agreed to set up"
is then an intent to cooperate (031). A commission of inquiry stays 090.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import event_on, events_with_trigger


@pytest.mark.parametrize("text, trigger, source, target", [
    ("ASTANA, May 12 (Reuters) - A court in Astana on Tuesday ordered three Kyrgyz citizens held in pretrial "
     "detention for two months on fraud charges.", "ordered", "KAZ", "KGZ"),  # acl on the object
    ("ANKARA, May 12 (AP) — An Ankara court ordered five Syrian nationals arrested on smuggling charges.",
     "ordered", "TUR", "SYR"),
    ("BELGRADE, May 12 (AFP) - A Belgrade court ordered a Croatian citizen remanded in custody for 30 days.",
     "ordered", "SRB", "HRV"),
])
def test_order_of_detention_is_the_orderers_detention(code, text, trigger, source, target):
    result = code(text, date="2026-05-12")
    event = event_on(result, trigger)
    assert event.cameo.startswith("173"), event.cameo
    assert [p.country for p in event.source if p.actor] == [source], event.source
    assert [p.country for p in event.target if p.actor] == [target], event.target
    # the people held are no doers of a second event
    assert not [e for e in result.events if e is not event and any(p.country == target for p in e.source)]


def test_order_with_a_misread_clause_of_detention(code):
    # the parser makes "the suspects jailed pending trial" a clause whose verb has an object ("trial")
    result = code("YEREVAN, May 12 (Reuters) - A Yerevan judge ordered the two Georgian suspects jailed pending "
                  "trial.", date="2026-05-12")
    event = event_on(result, "ordered")
    assert event.cameo == "173" and [p.country for p in event.source if p.actor] == ["ARM"]
    assert [p.text for p in event.target] == ["the two Georgian suspects"]
    assert len(result.events) == 1


def test_order_with_a_clause_of_detention(code):
    # a Belarusian court: an act with no known actor on either side is no event (acts.no_actor, session 61)
    result = code("MINSK, May 12 (Reuters) - A Belarusian court ordered him detained for two months, his lawyer said.",
                  date="2026-05-12")
    event = event_on(result, "ordered")
    assert event.cameo == "173" and event.plover == "COERCE"


def test_order_with_a_to_infinitive_stays_an_order(code):
    result = code("ASTANA, May 12 (Reuters) - President Kassym-Jomart Tokayev ordered troops to hold their "
                  "positions on the border.", date="2026-05-12")
    assert not [e for e in result.events if e.cameo.startswith("17")]


def test_order_of_release_is_a_release(code):
    result = code("BAKU, May 12 (AFP) - A Baku court ordered two Iranian truck drivers released on Friday.",
                  date="2026-05-12")
    event = event_on(result, "ordered")
    assert event.cameo == "0841", event.cameo


@pytest.mark.parametrize("text, trigger", [
    ("NIAMEY, May 12 (AFP) - Niger and Benin set up a joint commission on Monday to reopen their border.", "set up"),
    ("VIENTIANE, May 12 (Reuters) - Laos and Cambodia established a joint technical committee on the Mekong "
     "on Wednesday.", "established"),
    ("WINDHOEK, May 12 (Reuters) - Namibia and Angola formed a bilateral commission to manage the Kunene river "
     "on Friday.", "formed"),
])
def test_joint_body_set_up_is_cooperation(code, text, trigger):
    [event] = events_with_trigger(code(text, date="2026-05-12"), trigger)
    assert event.plover == "COOPERATE" and event.cameo.startswith("06"), event.cameo
    assert len({p.country for p in (*event.source, *event.target) if p.actor}) == 2


def test_agreed_to_set_up_a_joint_body_is_an_intent_to_cooperate(code):
    result = code("BISHKEK, May 12 (Reuters) - Kyrgyzstan and Uzbekistan agreed on Tuesday to set up a joint "
                  "commission on water sharing.", date="2026-05-12")
    event = event_on(result, "agreed")
    assert event.plover == "AGREE" and event.cameo.startswith("031"), event.cameo


def test_commission_of_inquiry_stays_an_inquiry(code):
    result = code("MASERU, May 12 (Reuters) - Lesotho's government set up a commission of inquiry on Monday into "
                  "the killing of two miners.", date="2026-05-12")
    event = event_on(result, "set up")
    assert event.cameo == "090", event.cameo
