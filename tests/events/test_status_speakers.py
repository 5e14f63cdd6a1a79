"""Who says it and what that does to modality (issue 11, status fields): the doer speaking for itself,
unnamed spokespeople, reporting verbs set into the clause, time clauses. Sentences written for the tests
(synthetic, wire style)."""

from tests.conftest import events_of


def test_status_speakers_state_organ_speaks_for_its_state(code):
    # the army and the government are one state: Egypt says it itself
    [aid] = events_of(code("Egypt's military said Cairo had sent humanitarian aid to Sudan."), "AID")
    assert aid.attribution is None and aid.modality == "asserted"


def test_status_speakers_other_state_is_an_attribution(code):
    [aid] = events_of(code("Sudan's army said Egypt had sent weapons to the rebels."), "AID")
    assert aid.attribution is not None and aid.attribution.text == "Sudan's army"
    assert aid.modality == "reported"


def test_status_speakers_unnamed_spokesman_speaks_for_the_doer(code):
    [summons] = events_of(code("Pakistan's foreign ministry summoned the Afghan envoy, a spokesman said."), "ACCUSE")
    assert summons.attribution is None and summons.modality == "asserted"


def test_status_speakers_spokesman_of_another_body_is_an_attribution(code):
    result = code("Pakistan's foreign ministry summoned the Afghan envoy, a Taliban spokesman said.")
    [summons] = events_of(result, "ACCUSE")
    assert summons.attribution is not None and summons.modality == "reported"


def test_status_speakers_our_forces_in_own_quote_is_asserted(code):
    result = code("“Our forces struck rebel positions near the border,” Chad’s defence ministry said.")
    [strike] = events_of(result, "ASSAULT")
    assert strike.attribution is None and strike.modality == "asserted"


def test_status_speakers_inserted_said_attributes_the_clause(code):
    text = ("Israeli warplanes struck a village in southern Lebanon on Sunday, Lebanon's health ministry said, "
            "killing three people.")
    strike = next(e for e in events_of(code(text), "ASSAULT") if e.trigger.text == "struck")
    assert strike.attribution is not None and strike.attribution.text == "Lebanon's health ministry"
    assert strike.modality == "reported"


def test_status_speakers_one_side_of_a_clash_keeps_the_attribution(code):
    # one of the two doers says it: asserted, but it is that army's word, not the article's
    result = code("Indian and Pakistani troops exchanged fire in Kashmir on Monday, the Indian army said.")
    [clash] = events_of(result, "ASSAULT")
    assert clash.modality == "asserted"
    assert clash.attribution is not None and clash.attribution.text == "the Indian army"


def test_status_speakers_own_refusal_is_asserted(code):
    [refusal] = events_of(code("Venezuela said it would not recognise the court's ruling."), "REJECT")
    assert refusal.modality == "asserted" and refusal.attribution is None


def test_status_speakers_time_clause_keeps_its_own_modality(code):
    text = ("NATO allies agreed on Wednesday to send more jets to Poland after Polish warplanes "
            "shot down two Russian drones.")
    shooting = next(e for e in events_of(code(text), "ASSAULT") if e.trigger.text == "shot")
    assert shooting.modality == "asserted"
