"""An object pronoun does not stand for an organ of its clause's doer's own state (session 32, issue 11, h-res):
"Police detained them" after "Czech prosecutors charged two men" is not the prosecutors. As a plain object
pronoun never stands for its clause's subject ("itself" would), a state's police, forces or government do not act
on their own state through "them"/"it"; lawmakers and courts do address their own government.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import event_on


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.actor}


def test_object_pronoun_state_police_do_not_detain_their_own_prosecutors(code):
    result = code("PRAGUE, March 3 (Reuters) - Czech prosecutors charged two Moldovan men on Tuesday with planning "
                  "arson attacks on a Prague bus depot. Police detained them in Brno last week.", date="2026-03-03")
    detained = event_on(result, "detained")
    assert "CZE" not in _countries(detained.target), detained


def test_object_pronoun_state_a_court_still_addresses_its_own_government(code):
    result = code("NAIROBI, March 3 (Reuters) - Kenya's government deported a Ugandan activist on Monday. The High "
                  "Court ordered it to bring him back.", date="2026-03-03")
    ordered = event_on(result, "ordered")
    assert {p.code for p in ordered.target if p.actor} == {"KENGOV"}, ordered


def test_object_pronoun_state_another_state_is_still_found(code):
    result = code("MOSCOW, March 3 (Reuters) - Russia's defence ministry said on Tuesday that Ukraine had fired "
                  "drones at it overnight.", date="2026-03-03")
    fired = event_on(result, "fired")
    assert _countries(fired.target) == {"RUS"}, fired
