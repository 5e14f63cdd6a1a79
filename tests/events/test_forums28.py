"""A body of states a complaint or lawsuit is brought to is its forum, not its target (session 28, h-forum28; issue 11).

"Took China to the WTO" is a trade complaint (CAMEO 115, ``take to +wto|organization`` in verbs.tsv), not a seizure
(192), and aimed at China; the WTO, the Inter-American Commission on Human Rights or a union's commission named after
a ``venue_prep`` on the act's verb with an object ("took China to", "take the case to") or on its noun ("filed a
complaint with") of an act whose own code is a complaint or lawsuit is where it is brought, as a court is
(``ParticipantRules.at_court``). A body addressed by another act ("urged the WTO to rule"), or complained to with
no one named ("complained to the commission"), stays the target.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


def _event(result, trigger):
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return event


def test_took_a_state_to_the_wto_is_a_complaint_against_it(code):
    event = _event(code("MEXICO CITY, May 12 (Reuters) - Mexico took the United States to the World Trade "
                        "Organization on Monday over tomato duties.", date="2026-05-12"), "took")
    assert (event.plover, event.cameo) == ("ACCUSE", "115")
    assert [p.actor for p in event.target] == ["USA"], event.target


@pytest.mark.parametrize("text, trigger, targets", [
    ("LA PAZ, May 12 (EFE) - Bolivia's opposition said on Tuesday it would take the case to the Inter-American "
     "Commission on Human Rights.", "take", []),
    ("YEREVAN, May 12 (Reuters) - Armenia filed a complaint with the Eurasian Economic Commission on Thursday.",
     "filed", []),
    ("BUENOS AIRES, May 12 (AFP) - Argentina filed a complaint with the World Trade Organization against Indonesia "
     "on Wednesday.", "filed", ["IDN"]),
])
def test_body_a_complaint_is_brought_to_is_its_forum(code, text, trigger, targets):
    event = _event(code(text, date="2026-05-12"), trigger)
    assert [p.actor for p in event.target if p.actor] == targets, event.target


@pytest.mark.parametrize("text, trigger, actor", [
    ("SANTIAGO, May 12 (Reuters) - Chile urged the World Trade Organization on Friday to rule quickly on its "
     "dispute.", "urged", "wto"),
    ("BELGRADE, May 12 (AP) - Serbia criticised the European Commission on Friday over its report.",
     "criticised", "european-commission"),
    # a complaint made to a body about no one named stays aimed at the body (test_targets_named_elsewhere)
    ("YEREVAN, May 12 (Reuters) - Armenia complained to the Eurasian Economic Commission on Thursday.",
     "complained", "eurasian-economic-commission"),
])
def test_body_addressed_by_another_act_stays_the_target(code, text, trigger, actor):
    event = _event(code(text, date="2026-05-12"), trigger)
    assert actor in [p.actor for p in event.target], event.target
