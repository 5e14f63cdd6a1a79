"""Attempts told as done (session 39, h-try39c): "tried to seize", "had attempted to board" code the act tried with its
own code, asserted (the attempt is the news), not an intention or a threat; "is trying to", "will try to" and "has
tried to" (an effort kept up) are not such attempts. All sentences are synthetic."""

from __future__ import annotations


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def test_attempt_in_the_simple_past_is_the_act_tried_asserted(code):
    # synthetic: the seizure was attempted on a day of its own; no threat (13x), no intention
    result = code("Sudanese paramilitaries tried to seize a Chadian border post on Monday.", date="2026-06-10")
    [seizure] = _on(result, "seize")
    assert seizure.modality == "asserted"
    assert not seizure.cameo.startswith(("03", "13"))
    assert seizure.date is not None and seizure.date.value == "2026-06-08"


def test_attempt_in_the_past_perfect_is_asserted(code):
    # synthetic
    result = code("Georgian police had tried to arrest two Russian soldiers near Khurvaleti.", date="2026-06-10")
    [arrest] = _on(result, "arrest")
    assert arrest.modality == "asserted"
    assert arrest.cameo == "173"


def test_attempted_protest_keeps_its_type_and_is_asserted(code):
    # synthetic: a march tried is the march (141), done
    result = code("Several thousand Serbian nationalists tried to march on the Croatian consulate in Novi Sad.",
                  date="2026-06-10")
    [march] = _on(result, "march")
    assert march.cameo.startswith("14")
    assert march.modality == "asserted"


def test_trying_now_stays_intended(code):
    # must not change: an effort going on is no attempt told as done
    result = code("Iran is trying to convene talks with Saudi Arabia in Baghdad.", date="2026-06-10")
    assert [e.modality for e in _on(result, "convene")] == ["intended"]


def test_will_try_stays_future(code):
    # must not change
    result = code("Serbia will try to block Kosovo's membership of the Council of Europe.", date="2026-06-10")
    assert [e.modality for e in _on(result, "block")] == ["future"]


def test_effort_kept_up_in_the_present_perfect_is_no_attempt_done(code):
    # must not change: "has tried to" tells a policy kept up, not an attempt on a day
    result = code("Moldova has tried to expel Russian diplomats for years.", date="2026-06-10")
    assert "asserted" not in [e.modality for e in _on(result, "expel")]
