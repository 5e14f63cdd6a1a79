"""A blow "over the weekend" is no labour strike, and hardware whose user the text names ("drones launched
by the RSF") is not the forces of the state that reports it.

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of

TEXT = ("KHARTOUM, Oct 8 (Reuters) - Sudan's foreign ministry said drones launched by the RSF had struck fuel "
        "depots in Port Sudan over the weekend.")


def test_strikes_a_blow_over_the_weekend_is_no_labour_strike(code):
    result = code(TEXT, date="2026-10-08")
    assert not [e for e in result.events if e.cameo.startswith("143")]  # was 143 ("strike over")


def test_strikes_hardware_launched_by_a_group_is_not_the_reporting_states(code):
    result = code(TEXT, date="2026-10-08")
    assert all("SDNMIL" not in actors_of(e.source) | actors_of(e.target) for e in result.events)


def test_strikes_workers_striking_over_pay_still_strike(code):
    # must not change: a labour object keeps the labour sense
    result = code("LAGOS (Reuters) — Nigerian oil workers struck over pay on Monday, the union said.",
                  date="2026-10-08")
    assert [e for e in result.events if e.cameo.startswith("143")]
