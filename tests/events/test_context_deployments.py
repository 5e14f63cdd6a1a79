"""A deployment to a place of another country targets that country (CAMEO root 15 is ``place_target`` in
data/cameo_roots.tsv: events/ground.py), but a drill held off a country's coast stays a show of force with
no target, and no act answers a deployment as if it were done to a party (events/context.py,
``_sent_to_ground``). Session 20, the context probe.

All texts here are synthetic, written in agency style for these tests; none comes from a development
set or from a real article."""

from tests.conftest import actors_of, events_of


def test_context_deployment_to_a_province_of_another_country_targets_it(code):
    result = code("KIGALI, May 4 (Reuters) - Burundi deployed 800 troops to the Congolese province of South Kivu on "
                  "Monday, its army said.\n\nThe army gave no further details.")
    [event] = [e for e in events_of(result, "MOBILIZE") if e.trigger.text.startswith("deployed")]
    assert actors_of(event.target) == {"COD"}


def test_context_deployment_to_a_place_inside_another_country_targets_it(code):
    result = code("NAIROBI, May 4 (AFP) - Kenya sent 300 soldiers to a border town inside Somalia on Tuesday, "
                  "the defence ministry said.\n\nThe ministry did not say how long they would stay.")
    [event] = [e for e in events_of(result, "MOBILIZE") if e.trigger.text.startswith("sent")]
    assert actors_of(event.target) == {"SOM"}


def test_context_deployment_to_its_own_border_has_no_target(code):
    result = code("SANTIAGO, May 4 (Reuters) - Chile deployed 500 soldiers to its northern border on Monday, the "
                  "defence ministry said.\n\nPeru declared an emergency on the same frontier last year.")
    [event] = [e for e in events_of(result, "MOBILIZE") if e.trigger.text.startswith("deployed")]
    assert not any(p.actor for p in event.target)


def test_context_drills_off_another_country_are_not_made_joint_by_the_ground(code):
    # a target would make the drills joint (military cooperation, 062): the ground is where they are held
    result = code("TOKYO, May 4 (Reuters) - Chinese warships held drills off the Japanese island of Yonaguni on "
                  "Monday, Japan's defence ministry said.\n\nThe ministry said it was monitoring the ships.")
    assert not [e for e in result.events if e.cameo == "062"]


def test_context_no_answer_to_a_deployment_on_anothers_ground(code):
    # Sudan's withdrawal answers nothing South Sudan did to it: the troops went to Sudanese ground with consent
    result = code("JUBA, May 4 (Reuters) - South Sudan deployed troops to an oilfield inside Sudan on Wednesday "
                  "under a deal with Khartoum, days after rebels seized the facility.\n\nThe Sudanese army withdrew "
                  "its remaining units to a nearby town, a military source said.")
    [event] = [e for e in events_of(result, "RETREAT")]
    assert "SSD" not in actors_of(event.target)


def test_context_a_place_across_a_border_is_not_the_ground_hit(code):
    # "the border with Peru": the act was on this side of it (ground._across_border)
    result = code("LA PAZ, May 4 (Reuters) - Bolivian soldiers burned two drug laboratories near the border with Peru "
                  "on Sunday, the army said.\n\nThe army said no one was hurt.")
    [event] = [e for e in result.events if e.trigger.text.startswith("burned")]
    assert "PER" not in actors_of(event.target)


def test_context_drills_east_of_another_country_are_aimed_at_it(code):
    # a show of force held near another country's ground (context_places.shows_of_force), and no joint drill
    result = code("TAIPEI, May 4 (Reuters) - China's navy held live-fire drills south of Taiwan on Monday, the "
                  "island's coast guard said.\n\nThe coast guard said it had monitored the ships.")
    [event] = [e for e in events_of(result, "MOBILIZE") if "drills" in e.trigger.text]
    assert actors_of(event.target) == {"TWN"}


def test_context_drills_near_a_border_are_aimed_at_no_one(code):
    result = code("CARACAS, May 4 (Reuters) - Venezuela's army held drills near the Colombian border on Monday, the "
                  "defence ministry said.\n\nThe ministry gave no further details.")
    [event] = [e for e in events_of(result, "MOBILIZE") if "drills" in e.trigger.text]
    assert "COL" not in actors_of(event.target)


def test_context_troops_a_leader_offers_to_send_are_his_states_not_the_hosts(code):
    # "offered to send troops": the sending is the offer's complement, and a head of government's forces are
    # his state's (doc_resolver._sender), so the troops are no target of the host's (session 22, h-wrong2)
    result = code("PARIS, May 4 (Reuters) - President Emmanuel Macron offered to send troops to Estonia on "
                  "Tuesday.\n\nThe offer was welcomed in Tallinn.")
    [event] = [e for e in events_of(result, "MOBILIZE") if "send" in e.trigger.text]
    assert actors_of(event.target) == {"EST"}
    assert not any(p.actor and p.text == "troops" for p in event.target)
