"""The act noun a light verb carries is the act, not whom it is done to (issue 11, session 22): "carried out air
strikes against X", "launched air strikes against X". "Air strikes" is also hardware that acts for its forces
(sectors.tsv), and a place after it ("in <country>") gave the strikes that country's forces, which came out as
the target; the target is whom the act noun is aimed at.

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from tests.conftest import events_of


def _targets(result):
    [strikes] = events_of(result, "ASSAULT")
    return {p.actor for p in strikes.target}


def test_targets_own_act_noun_carried_out_is_aimed_at_its_object(code):
    result = code("ABUJA, March 4 (Reuters) - Nigerian warplanes have carried out several air strikes against "
                  "Boko Haram in Cameroon since January.")
    assert _targets(result) == {"boko-haram"}


def test_targets_own_act_noun_launched_is_no_forces_of_the_place(code):
    result = code("NAIROBI, March 4 (Reuters) - Kenyan jets launched air strikes against al Shabaab in southern "
                  "Somalia on Friday.")
    assert _targets(result) == {"al-shabaab"}
