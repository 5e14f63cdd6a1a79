"""A plan relayed by the named side of one of its doers is that side's word: no attribution
(``VouchRules.speaker_of_one_doer``, asked by ``VouchRules.plan_rule``; eval/wire/README.md, attribution);
a doer's office named by its possessive ("his office") is the doer's own even when the resolver gave the office an
actor (``VouchRules._office_of_the_doer``). Controls: a third party's named official relaying a plan keeps the
attribution, and so does one doer's side relaying a deed done by both. Sentences written for the tests (synthetic,
wire style)."""

from tests.conftest import events_of


def test_attr48_joint_plan_of_two_doers_relayed_by_one_doers_minister_has_no_attribution(code):
    text = ("Bolivian and Paraguayan soldiers will patrol the Pilcomayo river together from May, "
            "Paraguay's defence minister said.")
    [patrol] = [e for e in code(text, date="2026-04-08").events if e.trigger.text.startswith("patrol")]
    assert patrol.modality in ("future", "intended")
    assert patrol.attribution is None


def test_attr48_plan_relayed_by_a_third_partys_named_official_keeps_the_attribution(code):
    # must not change: a mediator is no side of the plan
    text = "Brazil's foreign minister said Bolivia and Paraguay had agreed to meet again in Brasilia next month."
    acts = [e for e in code(text, date="2026-04-08").events if e.trigger.text.startswith("agreed")]
    assert acts
    assert all(e.attribution is not None and not e.attribution.anonymous for e in acts)


def test_attr48_deed_done_relayed_by_one_doers_police_keeps_the_attribution(code):
    # must not change: a deed done needs every doer's voice to be its own word
    text = "Bolivian and Paraguayan police arrested nine smugglers on the river on Sunday, Paraguay's police said."
    [arrest] = events_of(code(text, date="2026-04-08"), "COERCE")
    assert arrest.attribution is not None


def test_attr48_visit_relayed_by_the_travellers_office_has_no_attribution(code):
    text = ("Bolivian President Rodrigo Paz is due to travel to Asuncion on Friday for talks with his counterpart "
            "Santiago Pena, his office said.")
    [trip] = [e for e in code(text, date="2026-04-08").events if e.trigger.text == "travel"]
    assert trip.modality == "future"
    assert trip.attribution is None


def test_attr48_act_answered_in_response_to_is_given(code):
    # an act named after "in response to" is given, not claimed (cues.tsv answer; StatusJudge.answer_phrase)
    text = ("Chile expelled a Bolivian consul on Monday in response to La Paz's expulsion of two Chilean diplomats "
            "last week, Chile's foreign ministry said.")
    [expulsion] = [e for e in code(text, date="2026-04-08").events if e.trigger.text == "expulsion"]
    assert expulsion.attribution is None
    assert expulsion.modality == "asserted"


def test_attr48_act_answered_in_the_speakers_own_quote_keeps_its_speaker(code):
    # must not change: in a speaker's quoted words the act answered is its claim
    text = ("“We expelled the consul in response to La Paz's expulsion of our diplomats,” "
            "Chilean Foreign Minister Alberto van Klaveren told reporters.")
    [expulsion] = [e for e in code(text, date="2026-04-08").events if e.trigger.text == "expulsion"]
    assert expulsion.attribution is not None


def test_attr48_unnamed_source_placed_through_its_body_noun_relays_its_sides_meeting(code):
    # "a Paraguayan security source": the country word hangs on "security", the body noun before "source"
    text = ("Bolivian and Paraguayan border officials are expected to meet in Pozo Hondo next week, "
            "a Paraguayan security source said.")
    [meeting] = [e for e in code(text, date="2026-04-08").events if e.cameo.startswith("03")]
    assert meeting.attribution is None


def test_attr48_third_partys_unnamed_security_source_keeps_the_attribution(code):
    # must not change: a Western source is no side of the meeting
    text = ("Bolivian and Paraguayan border officials are expected to meet in Pozo Hondo next week, "
            "a Western security source said.")
    [meeting] = [e for e in code(text, date="2026-04-08").events if e.cameo.startswith("03")]
    assert meeting.attribution is not None and meeting.attribution.anonymous
