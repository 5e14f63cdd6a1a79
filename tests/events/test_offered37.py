"""Forces offered or pledged are what is offered, not whom the offer is made to (session 37, h-obj37): the object of
an ``offering_verb`` (offer, pledge, promise in words.tsv) that the resolver gave only forces, with no owner named on
it ("medical brigades", "police escorts", "two army battalions"), is no target of the act, whatever country the
resolver guessed for it from an earlier noun or the article; whom the forces go to is ("to Congo"), and so is a
receiver named as the verb's own object ("offered Haiti", "offered the Chadian army logistical support"). The
sentences are invented for these tests; the model's parse is coded (``code``), since the earlier sentence that
gives the resolver another country's forces is the point."""

import pytest


def _event(result, trigger: str):
    return next(e for e in result.events if e.trigger.text.startswith(trigger))


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# the text, a word the act's trigger starts with, its doers' countries and its targets' countries
@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    pytest.param("LIMA, June 4 (Reuters) - Peru's army said floods had killed 40 people, and Bolivia and Chile have "
                 "offered medical brigades.", "offered", ["BOL", "CHL"], [],
                 id="brigades_offered_are_not_the_stricken_countrys_army"),
    pytest.param("LILONGWE, June 4 (Reuters) - Mozambican police fired tear gas at protesters who blocked trucks near "
                 "Tete on Monday. Zambia has offered police escorts for the convoys, an official said.",
                 "offered", ["ZMB"], [], id="escorts_offered_are_not_the_police_named_before"),
    pytest.param("LILONGWE, June 4 (Reuters) - Mozambican police fired tear gas at protesters who blocked trucks near "
                 "Tete on Monday. A Malawian official said the Mozambican side had offered police escorts for the "
                 "convoys.", "offered", ["MOZ"], [], id="the_offerers_own_police_are_no_target_either"),
    pytest.param("NAIROBI, June 4 (Reuters) - Kenya offered Haiti 400 more police officers on Tuesday.", "offered",
                 ["KEN"], ["HTI"], id="the_receiver_stays_the_target"),
    pytest.param("ABUJA, June 4 (Reuters) - Nigeria offered the Chadian army logistical support on Tuesday.",
                 "offered", ["NGA"], ["TCD"], id="forces_offered_something_are_the_receiver"),
])
def test_offered37_forces_offered_are_no_target(code, text, trigger, source, target):
    event = _event(code(text, date="2026-06-04"), trigger)
    assert _countries(event.source) == source
    assert _countries(event.target) == target


def test_battalions_promised_leave_only_the_receiver(code):
    event = _event(code("KINSHASA, June 4 (Reuters) - Burundi promised two army battalions to Congo on Tuesday.",
                        date="2026-06-04"), "promised")
    assert _countries(event.source) == ["BDI"]
    assert [p.text for p in event.target if p.actor is not None] == ["Congo"]
