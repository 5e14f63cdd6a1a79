"""Targets that are not actors (session 66): forces or hardware a ``dispatch_verb`` sends are the sender's, whatever
demonym they carry ("no Israeli personnel will be stationed in X", events/participants.py). Where such acts are sent,
when the text names it, stays their target.

Sentences are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, event_on


def test_participants_personnel_stationed_abroad_are_not_the_target_by_their_demonym(code):
    result = code("A Greek defence official said no Israeli personnel would be stationed in Greece.")
    assert all("ISR" not in actors_of(e.target) for e in result.events)


def test_participants_a_radar_deployed_is_not_the_target_by_its_demonym(code):
    result = code("The Swedish radar will be deployed near the border for three months, the Lithuanian defence "
                  "ministry said.")
    assert all("SWE" not in actors_of(e.target) for e in result.events)


def test_participants_the_place_jets_are_sent_to_is_still_the_target(code):
    result = code("Sweden will send two fighter jets to a Finnish air base next month, the defence minister said.")
    assert "FIN" in actors_of(event_on(result, "send").target)
