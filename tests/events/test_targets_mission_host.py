"""An act that goes to a body's presence in a country goes to that country (issue 11, session 22): "sent soldiers
to the UN peacekeeping mission in <country>" had the UN as its target; the mission is the framework, the country
is where the troops go (a deployment to another country's ground targets it, cameo_roots.tsv place_target).

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""


def test_targets_mission_host_deployment_goes_to_the_country(code):
    result = code("DUBLIN, March 4 (Reuters) - Ireland is deploying 150 soldiers to the UN peacekeeping mission in "
                  "Lebanon, the defence forces said.")
    deployed = [e for e in result.events if e.trigger.text.startswith("deploying")]
    assert deployed and {p.actor for e in deployed for p in e.target} == {"LBN"}


def test_targets_mission_host_body_stays_when_no_country_is_named(code):
    # with no country it is "in", the body's mission is the body's
    result = code("NAIROBI, March 4 (Reuters) - Kenya sent 500 troops to the African Union mission on Monday.")
    sent = [e for e in result.events if e.trigger.text.startswith("sent")]
    assert sent and {p.actor for e in sent for p in e.target} == {"african-union"}
