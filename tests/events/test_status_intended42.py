"""An agreement of the day to an act with no code of its own stands for the act agreed on (session 42, h-intended42).
All sentences are synthetic.

An agreement coded on its own verb as CAMEO 030 (no kind of its own), with an open "to"-infinitive naming the act
agreed on, is ``intended`` when it is the day's news (``StatusJudge.agreed_to_an_act``): the gold codes the act agreed
on as its own type, intended, with AGREE accepted (eval/wire/README.md, agreements). An agreement of the background
stays the agreeing, asserted, and so does one with no infinitive ("agreed on the line").
"""

from __future__ import annotations


def _agreed(result):
    return [e for e in result.events if e.trigger.text.startswith("agreed")]


def test_todays_agreement_to_a_joint_deed_is_the_deed_agreed_on_intended(code):
    result = code("Bolivia and Paraguay agreed on Monday to set up joint patrols against cattle smuggling on their "
                  "border.", date="2026-03-10")
    [agreement] = _agreed(result)
    assert agreement.cameo == "030" and agreement.modality == "intended"


def test_agreement_of_the_background_stays_the_agreeing_asserted(code):
    # must not change: an agreement of long ago is told as the agreeing
    result = code("Kenya and Uganda agreed in 2019 to set up joint patrols across the lake, but none has been held "
                  "since.", date="2026-03-10")
    agreements = _agreed(result)
    assert agreements and all(e.modality == "asserted" for e in agreements)


def test_agreement_with_no_infinitive_stays_asserted(code):
    # must not change: an agreement on a thing, not on an act to do
    result = code("Serbia and Montenegro agreed on Thursday on the line of a short stretch of their border.",
                  date="2026-09-10")
    agreements = _agreed(result)
    assert agreements and all(e.modality == "asserted" for e in agreements)
