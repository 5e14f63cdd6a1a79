""""The Syrian side" as the doer or addressee of an act is that state's government (``state_side_noun``,
``DocResolver._state_side``): "the", one side, a demonym or the state's name, no "of" phrase, and a subject, object or
"with"/"by" object. "Each side", "on the Ivorian side", "the Iraqi side of the border" and the object of a verb of
force ("shelled the Syrian side") stay places or sets (issue 11).

All sentences here are invented for the tests, in agency style; none comes from an evaluation set."""

import pytest
from tests.conftest import event_on


@pytest.mark.parametrize("text, trigger, side, expected", [
    ("BEIJING, May 5 (Reuters) - The Iranian side rejected the proposal on Monday, the foreign ministry said.",
     "rejected", "source", "IRNGOV"),
    ("MOSCOW, May 5 (Reuters) - Russia urged the Syrian side on Monday to release two detained Russian journalists.",
     "urged", "target", "SYRGOV"),
    ("ANKARA, May 5 (Reuters) - Moscow warned the Ukrainian side on Monday against any provocation at the plant.",
     "warned", "target", "UKRGOV"),
    ("BEIJING, May 5 (Xinhua) - China firmly demands that the Kyrgyz side punish those who attacked Chinese "
     "workers, a spokesman said.", "demands", "target", "KGZGOV"),
])
def test_demonym_side_is_the_government(code, text, trigger, side, expected):
    participants = getattr(event_on(code(text, date="2026-05-05"), trigger), side)
    assert [p.code for p in participants] == [expected], participants


@pytest.mark.parametrize("text, trigger, side", [
    ("ANKARA, May 5 (Reuters) - Turkish artillery shelled the Syrian side overnight, a monitoring group said.",
     "shelled", "target"),
    ("KABUL, May 5 (Reuters) - Pakistani troops fired mortar rounds at the Afghan side overnight, officials said.",
     "fired", "target"),
    ("BAGHDAD, May 5 (Reuters) - Turkish drones struck the Iraqi side of the border on Monday, officials said.",
     "struck", "target"),
])
def test_side_as_ground_or_set_is_no_government(code, text, trigger, side):
    participants = getattr(event_on(code(text, date="2026-05-05"), trigger), side)
    assert not [p for p in participants if p.sector == "GOV"], participants
