"""Whom a call for release is made of when the people asked for are told with whoever holds them (issue 11, session
36, h-tgt36; ``ParticipantRules.given_up``): "demanded the release of nine drivers detained by Taliban police" is made
of the Taliban, "called for the release of 12 fishermen held by the Chinese coast guard" of China; the holder named by
a participle's or relative clause's agent, or the subject of an active relative clause, is the target, not one of the
people asked for.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_release_of_people_detained_by_a_named_force_is_asked_of_it(code):
    result = code("TASHKENT, June 2 (Reuters) - Uzbekistan demanded the release of nine Uzbek drivers who were "
                  "detained by Taliban police in Hairatan.")
    assert "taliban" in actors_of(event_on(result, "demanded").target)


def test_targets_release_of_people_held_by_a_named_force_is_asked_of_it(code):
    result = code("MANILA, June 2 (Reuters) - The Philippines called for the release of 12 fishermen held by the "
                  "Chinese coast guard.")
    assert "CHN" in {p.country for p in event_on(result, "called").target if p.actor}


def test_targets_release_of_people_a_state_is_holding_is_asked_of_it(code):
    result = code("LONDON, June 2 (Reuters) - Britain demanded the release of two British sailors whom Iran is "
                  "holding.")
    event = event_on(result, "demanded")
    assert "IRN" in {p.country for p in event.target if p.actor} and "GBR" not in actors_of(event.target)


def test_targets_people_asked_for_stay_no_target_beside_their_holder(code):
    # the sailors are whom the demand asks for: Britain's own people, no side of it
    result = code("LONDON, June 2 (Reuters) - Britain demanded the immediate release of two British sailors seized "
                  "by Iran's Revolutionary Guards.")
    event = event_on(result, "demanded")
    assert "IRN" in {p.country for p in event.target if p.actor} and "GBR" not in actors_of(event.target)
