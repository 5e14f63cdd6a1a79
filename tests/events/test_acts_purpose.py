"""One event per act (issue 11, item 4), session 23 (h-repeat23): an act and what it was done for, in a "to" clause
of its verb ("telephoned ... to express his support"), are one act; a trip and an agreement signed on it, or an act
and a purpose addressed to others, stay apart. Every article here is synthetic, written for the test in wire
style."""

from __future__ import annotations


def _triggers(result):
    return [[m.trigger.text for m in e.mentions] for e in result.events]


def test_acts_purpose_of_a_call_is_the_call(code):
    result = code("ABUJA, Sept 8 (Wire) - Ghana's foreign minister telephoned his Nigerian counterpart on Monday to "
                  "express his support after floods in Maiduguri, the ministry said.", date="2025-09-08")
    [call] = [e for e in result.events if any(m.trigger.text.startswith("telephoned") for m in e.mentions)]
    assert call.cameo.startswith("04") and any(m.trigger.text.startswith("express") for m in call.mentions)
    assert not any(e is not call and e.trigger.text.startswith("express") for e in result.events)


def test_acts_purpose_of_a_blockade_is_the_blockade(code):
    result = code("ASUNCION, Sept 8 (Wire) - Paraguayan truckers blocked the Friendship Bridge to Brazil for two days "
                  "to protest against new Brazilian customs fees, police said.", date="2025-09-08")
    assert len([e for e in result.events if any(m.trigger.text.startswith(("blocked", "protest"))
                                                for m in e.mentions)]) == 1


def test_acts_agreement_signed_on_a_trip_stays_apart(code):
    result = code("KAMPALA, Sept 8 (Wire) - Rwanda's foreign minister travelled to Kampala on Monday to sign a "
                  "border trade agreement with Uganda, his ministry said.", date="2025-09-08")
    assert any(e.cameo == "057" for e in result.events)
    assert all(len(e.mentions) == 1 for e in result.events if e.cameo == "057")
