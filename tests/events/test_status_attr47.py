"""A word act or plan relayed by an unnamed official of one doer's own state is the doer's own word: no attribution
(``VouchRules.official_of_a_word_act``; eval/wire/README.md, attribution). Controls: a deed so relayed, a word act
relayed by a third party's unnamed source, by every side's officials or by an official named only by the doer's
body noun keep the attribution. A plan relayed by the doer's side is its own word, a deed planned included
(``VouchRules.plan_rule``); a deed done keeps its speaker. Sentences written for the tests (synthetic,
wire style)."""

from tests.conftest import events_of


def test_attr47_request_relayed_by_an_unnamed_official_of_the_doers_state_has_no_attribution(code):
    text = "A Bolivian official who declined to be identified said La Paz had asked Asuncion to extradite the pilot."
    [request] = [e for e in code(text, date="2026-04-08").events if e.trigger.text.startswith("asked")]
    assert request.attribution is None
    assert request.modality == "asserted"


def test_attr47_meeting_to_come_relayed_by_an_unnamed_official_of_one_side_has_no_attribution(code):
    text = ("Croatian and Slovenian interior ministers will meet in Zagreb next week to discuss the checks, "
            "a Slovenian government source said.")
    [meeting] = [e for e in code(text, date="2026-04-08").events if e.cameo.startswith("03")]
    assert meeting.attribution is None


def test_attr47_third_partys_unnamed_source_keeps_the_attribution(code):
    # must not change: a Western diplomat is no side of the request
    text = "A Western diplomat said La Paz had asked Asuncion to extradite the pilot."
    [request] = [e for e in code(text, date="2026-04-08").events if e.trigger.text.startswith("asked")]
    assert request.attribution is not None and request.attribution.anonymous
    assert request.modality == "reported"


def test_attr47_deed_relayed_by_an_unnamed_official_of_the_doers_state_keeps_the_attribution(code):
    # must not change: a deed the doer's side sources is still a report (asserted, attributed)
    text = "Bolivian police detained two Paraguayan smugglers near Villazon on Sunday, a Bolivian official said."
    [detention] = events_of(code(text, date="2026-04-08"), "COERCE")
    assert detention.attribution is not None and detention.attribution.anonymous


def test_attr47_planned_deed_relayed_by_the_text_of_the_pact_has_no_attribution(code):
    # a plan relayed by the doer's side is its own word, a deed planned included (VouchRules.plan_rule)
    text = ("Chile and Peru signed a fisheries pact on Monday. Lima will give the Chilean navy two radar stations "
            "next year, according to the text of the pact.")
    [gift] = [e for e in code(text, date="2026-04-08").events if e.trigger.text == "give"]
    assert gift.modality in ("future", "intended")
    assert gift.attribution is None


def test_attr47_deed_done_relayed_by_a_statement_keeps_the_attribution(code):
    # must not change: a deed done, not planned, keeps the speaker nothing places
    text = "Peruvian police detained two Chilean fishermen near Tacna on Sunday, the statement said."
    [detention] = events_of(code(text, date="2026-04-08"), "COERCE")
    assert detention.attribution is not None
