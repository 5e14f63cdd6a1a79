"""Forces, police or means a state sends to another state to help it (session 42, h-aid42,
``CodeSideRules.sent_to_help``): aid to the helped state, not a show of force aimed at it; a deployment to one's
own ground or to a sea stays a deployment. All sentences are invented, written in agency style for the tests."""

from tests.conftest import events_with_trigger


def _codes(result, trigger: str) -> list[str]:
    return [e.cameo for e in events_with_trigger(result, trigger)]


def test_soldiers_and_food_sent_to_help_a_neighbour_recover_are_humanitarian_aid(code):
    result = code("HANOI, May 2 (Reuters) - Vietnam sent 300 soldiers and 800 tonnes of rice to Cambodia on Monday "
                  "to help its neighbour recover from the floods.", date="2026-05-02")
    [event] = events_with_trigger(result, "sent")
    assert event.cameo == "073", event.cameo
    assert [p.country for p in event.target] == ["KHM"], [p.text for p in event.target]


def test_troops_sent_to_help_a_named_state_fight_are_military_aid_to_it(code):
    result = code("ABUJA, May 2 (AFP) - Nigeria has sent 600 troops to help Niger fight armed groups near the "
                  "border, the army said.", date="2026-05-02")
    [event] = events_with_trigger(result, "sent")
    assert event.cameo == "074", event.cameo
    assert [p.country for p in event.target] == ["NER"], [p.text for p in event.target]


def test_police_sent_to_help_with_an_investigation_is_judicial_cooperation(code):
    result = code("BEIJING, May 2 (Xinhua) - China sent 12 police officers to Laos on Tuesday to help with the "
                  "investigation into the kidnapping of three engineers.", date="2026-05-02")
    [event] = events_with_trigger(result, "sent")
    assert event.cameo == "063", event.cameo
    assert [p.country for p in event.target] == ["LAO"], [p.text for p in event.target]


def test_troops_sent_to_ones_own_border_to_help_police_stay_a_deployment(code):
    result = code("ADDIS ABABA, May 2 (Reuters) - Ethiopia sent 1,000 soldiers to its border with Sudan on Sunday "
                  "to help local police stop raids.", date="2026-05-02")
    assert [c[:2] for c in _codes(result, "sent")] == ["15"], _codes(result, "sent")


def test_a_warship_sent_to_a_sea_to_help_protect_shipping_stays_a_deployment(code):
    result = code("PARIS, May 2 (AFP) - France will send a frigate to the Red Sea to help protect cargo ships, "
                  "the armed forces ministry said.", date="2026-05-02")
    assert [c[:2] for c in _codes(result, "send")] == ["15"], _codes(result, "send")


def test_troops_sent_at_the_request_of_another_state_are_military_aid(code):
    result = code("CANBERRA, May 2 (AAP) - Australia sent 200 soldiers to Tonga in March at the request of its "
                  "government after riots in the capital.", date="2026-05-02")
    [event] = events_with_trigger(result, "sent")
    assert event.cameo == "074", event.cameo
    assert [p.country for p in event.target] == ["TON"], [p.text for p in event.target]


def test_troops_deployed_inside_another_state_under_an_agreement_are_aid_to_it(code):
    result = code("NAIROBI, May 2 (Reuters) - Kenya deployed troops to a dam inside Somalia on Friday under an "
                  "agreement with Mogadishu, officials said.", date="2026-05-02")
    [event] = events_with_trigger(result, "deployed")
    assert event.cameo == "074", event.cameo
    assert [p.country for p in event.target] == ["SOM"], [p.text for p in event.target]


def test_money_provided_with_no_receiver_goes_where_the_same_doer_sent_help(code):
    """``article_sides.aid_receivers``: forces sent to help a state tell whom the same doer's later gift goes to."""
    result = code("CANBERRA, May 2 (AAP) - Australia will send 40 police officers to Samoa to help the island "
                  "nation fight drug trafficking, the minister said. Canberra will also provide 5 million dollars "
                  "over two years for scanners.", date="2026-05-02")
    given = [p.country for e in events_with_trigger(result, "provide") for p in e.target]
    assert given == ["WSM"], given


def test_troops_sent_into_a_state_to_support_its_rebels_stay_a_deployment(code):
    result = code("KINSHASA, May 2 (Reuters) - Congo said Rwanda had sent 500 troops into North Kivu province to "
                  "support M23 rebels.", date="2026-05-02")
    assert not [e for e in events_with_trigger(result, "sent") if e.cameo.startswith("07")], _codes(result, "sent")
