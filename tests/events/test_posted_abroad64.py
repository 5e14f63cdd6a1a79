"""Forces a state sends to, or stations in, another state named itself, told with no purpose clause (session 64,
h-mob64b, ``CodeSideRules.sent_to_help`` with ``posting_verb`` and ``posted_prep`` in words.tsv): aid to that state
(074), as the wire gold codes a deployment abroad, not a show of force; forces sent to one's own border, or
near another state's, stay a deployment. All sentences are invented, written in agency style for the tests."""

from tests.conftest import events_with_trigger


def _codes(result, trigger: str) -> list[str]:
    return [e.cameo for e in events_with_trigger(result, trigger)]


def test_soldiers_sent_to_another_state_are_military_aid_to_it(code):
    result = code("KUALA LUMPUR, May 2 (Bernama) - Malaysia sent 300 soldiers to Brunei on Monday, the armed "
                  "forces said.", date="2026-05-02")
    [event] = events_with_trigger(result, "sent")
    assert event.cameo == "074", event.cameo
    assert [p.country for p in event.target] == ["BRN"], [p.text for p in event.target]


def test_a_unit_stationed_in_another_state_is_military_aid_to_it(code):
    result = code("OSLO, May 2 (NTB) - Norway stationed an air defence unit in Estonia on Friday, the defence "
                  "ministry said.", date="2026-05-02")
    [event] = events_with_trigger(result, "stationed")
    assert event.cameo == "074", event.cameo
    assert [p.country for p in event.target] == ["EST"], [p.text for p in event.target]


def test_forces_posted_abroad_for_a_show_of_force_stay_a_deployment(code):
    # session 65 (h-mob65): a to-infinitive of purpose coded as force (quad class 3 or 4) tells what the forces are
    # for; posted to reinforce or to fight, they are no aid to the state they go to
    result = code("NAIROBI, May 2 (Reuters) - Kenya will deploy 800 more soldiers to Somalia to reinforce its "
                  "garrison at Kismayo, the defence ministry said.", date="2026-05-02")
    [event] = events_with_trigger(result, "deploy")
    assert event.cameo.startswith("15"), event.cameo


def test_soldiers_posted_abroad_with_no_forceful_purpose_are_aid(code):
    result = code("NAIROBI, May 2 (Reuters) - Kenya will deploy 800 more soldiers to Somalia next month, the "
                  "defence ministry said.", date="2026-05-02")
    [event] = events_with_trigger(result, "deploy")
    assert event.cameo in ("074", "0334"), event.cameo
    assert [p.country for p in event.target] == ["SOM"], [p.text for p in event.target]
