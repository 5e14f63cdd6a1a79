"""One event per act (issue 11, item 4): more ways one act is stated twice, and the distinct acts that
must stay apart. Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations

from tests.conftest import events_of


# -- a participle that details an act of force -------------------------------------------------
def test_acts_participle_of_force_is_a_detail_of_the_act(code):
    result = code("GOMA, June 4 (Wire) - M23 rebels stormed the town of Masisi on Tuesday, torching the police "
                  "station and the district office, local officials said.", date="2025-06-04")
    [act] = [e for e in result.events if e.quad_class == 4]
    assert [(m.sentence.index, m.trigger.text) for m in act.mentions] == [(0, "stormed"), (0, "torching")]
    assert act.trigger.text == "stormed" and act.cameo == "190"  # the act keeps the code of the verb detailed


def test_acts_participle_forcing_a_ship_back_is_the_shadowing(code):
    result = code("ATHENS, June 4 (Wire) - Turkish warships shadowed a Greek survey vessel off Kasos on Tuesday, "
                  "forcing it back to port, the Greek coast guard said.", date="2025-06-04")
    [act] = [e for e in result.events if e.quad_class == 4]
    assert [m.trigger.text for m in act.mentions] == ["shadowed", "forcing"] and act.trigger.text == "shadowed"


def test_acts_participle_of_another_day_stays_apart(code):
    result = code("KYIV, June 4 (Wire) - Russian forces shelled Kherson on Monday, capturing the village of Krynky "
                  "on Wednesday, Ukraine's military said.", date="2025-06-04")
    acts = [e for e in result.events if e.quad_class == 4]
    assert [[m.trigger.text for m in e.mentions] for e in acts] == [["shelled"], ["capturing"]]


def test_acts_participle_of_a_verbal_act_stays_apart(code):
    result = code("ATHENS, June 4 (Wire) - Turkish warships shadowed a Greek survey vessel off Kasos on Tuesday, "
                  "accusing Athens of violating Turkish waters.", date="2025-06-04")
    [shadow] = events_of(result, cameo="15")
    [accusation] = events_of(result, plover="ACCUSE")
    assert [m.trigger.text for m in shadow.mentions] == ["shadowed"]
    assert [m.trigger.text for m in accusation.mentions] == ["accusing"]
