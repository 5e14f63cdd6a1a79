"""A bare state body as the speaker (issue 11, status scope): "the foreign ministry" speaking of its
state's own word or plan is the doer saying it itself. Sentences written for the tests (synthetic, wire
style)."""

from tests.conftest import events_of

DAY = "2026-08-19"


def test_status_bodies_bare_ministry_speaks_for_its_states_protest(code):
    text = ("VILNIUS, Aug 19 (Reuters) - Lithuania lodged a protest with Belarus on Thursday over balloons "
            "that crossed the border, the foreign ministry said.")
    [protest] = events_of(code(text, date=DAY), "ACCUSE")
    assert protest.attribution is None and protest.modality == "asserted"


def test_status_bodies_bare_ministry_without_a_dateline_is_the_doers(code):
    # with no dateline the resolver places the bare ministry in the last country named before it (Belarus); its
    # words name no country, so it is still the one state of the doers' body (h-att40, VouchRules._body_of_the_doer)
    text = ("Lithuania lodged a protest with Belarus on Thursday over balloons that crossed the border, "
            "the foreign ministry said.")
    [protest] = events_of(code(text, date=DAY), "ACCUSE")
    assert protest.attribution is None


def test_status_bodies_bare_ministry_speaks_for_its_states_plan(code):
    text = "Denmark will hold a naval exercise with France in the Baltic next month, the defence ministry said."
    [exercise] = [e for e in code(text, date=DAY).events if e.trigger.text.startswith("hold")]
    assert exercise.attribution is None


def test_status_bodies_named_ministry_and_deeds_keep_the_attribution(code):
    # must not change: another state's ministry is an attribution; the doer's body sourcing a deed the
    # article tells first keeps it too (eval/wire/README.md)
    text = "Lithuania lodged a protest with Belarus on Thursday, Poland's foreign ministry said."
    [protest] = events_of(code(text, date=DAY), "ACCUSE")
    assert protest.attribution is not None and protest.attribution.text == "Poland's foreign ministry"
    text = "Lithuanian border guards detained two Belarusian smugglers on Thursday, the interior ministry said."
    [detention] = [e for e in code(text, date=DAY).events if e.trigger.text.startswith("detained")]
    assert detention.attribution is not None and detention.modality == "asserted"


def test_status_leading_copy_is_the_copy_up_to_its_first_word(nlp):
    # the dateline reader gets the parse copy up to and with its first word (made from the words, not doc.text)
    from detente.actors.antecedents import leading_copy

    doc = nlp.language("   \n\nNAIROBI (AP) — Kenya summoned the envoy.")
    assert leading_copy(doc) == doc.text[:doc.text.index("NAIROBI") + len("NAIROBI ")]
    assert leading_copy(nlp.language("Kenya summoned the envoy.")) == "Kenya "
