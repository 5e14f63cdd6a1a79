"""The people an act of force killed are its victims, not a target from the article's focus
(events/article_sides.py; issue 11, false dyads). All sentences are synthetic, written in agency style."""

from tests.conftest import actors_of


def test_victims_killed_in_a_strike_on_named_positions_are_not_the_doers_own(code):
    result = code("BAMAKO, Aug 29 (Reuters) - Mali's army said on Thursday it had carried out drone strikes on "
                  "rebel positions near the border, killing at least 21 people.", date="2024-08-29")
    [strike] = [e for e in result.events if e.plover == "ASSAULT"]
    assert actors_of(strike.source) & {"MLI"}
    assert not [p for p in strike.target if p.code == "MLICVL"]


def test_victims_a_count_the_text_gives_a_country_stays_the_target(code):
    result = code("BAMAKO, Aug 29 (Reuters) - Rebels said on Thursday they had attacked an army post near the "
                  "border, killing five Malian soldiers.", date="2024-08-29")
    [killing] = [e for e in result.events if e.plover == "ASSAULT"]
    assert {p.code for p in killing.target} == {"MLIMIL"}


def test_victims_named_again_by_a_noun_that_points_back_are_still_victims(code):
    # synthetic: "21 civilians" points back to "at least 21 people", whose country came from the dateline
    result = code("BAMAKO, Aug 29 (Reuters) - Mali's army said on Thursday it had carried out drone strikes on "
                  "rebel positions near the border, killing at least 21 people. The drones had struck a fuel "
                  "market on Sunday, killing 21 civilians.", date="2024-08-29")
    assert [e for e in result.events if e.plover == "ASSAULT"]
    assert not [p for e in result.events for p in e.target if p.code == "MLICVL"]
