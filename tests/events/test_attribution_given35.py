"""Attribution of acts named in what a protest, summons or demand is about (given, not claimed), and of a clause
with its own subject joined to a saying (the article's own). Sentences written for the tests (synthetic, wire style;
eval/wire/README.md "How they were annotated" and the audit of session 27, rule (a))."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def test_attribution_an_act_a_protest_is_about_is_given(code):
    result = code("BAKU, March 12 (AFP) - Azerbaijan lodged a protest with Iran on Thursday over the detention of two "
                  "Azerbaijani truck drivers by Iranian border guards, the foreign ministry said.", date="2026-03-12")
    arrests = _on(result, "detention")
    assert arrests and all(e.attribution is None and e.modality == "asserted" for e in arrests)


def test_attribution_an_act_on_the_object_of_a_demand_is_given(code):
    result = code("NAIROBI, March 12 (Reuters) - Kenya demanded the release of five Kenyan fishermen who were "
                  "detained by Ugandan police last week, the foreign ministry said on Thursday.", date="2026-03-12")
    detentions = _on(result, "detained")
    assert detentions and all(e.attribution is None and e.modality == "asserted" for e in detentions)


def test_attribution_an_act_inside_the_reporting_verb_keeps_its_speaker(code):
    # must not change: what the ministry says was done, even in a sentence with a demand, is its word
    result = code("ACCRA, March 12 (Reuters) - Ghana's foreign ministry said on Thursday that Togolese soldiers had "
                  "shot dead three Ghanaian traders, and demanded an explanation.", date="2026-03-12")
    shootings = _on(result, "shot")
    assert shootings and all(e.attribution is not None for e in shootings)


def test_attribution_a_clause_joined_to_the_saying_with_its_own_subject_is_the_articles(code):
    result = code("NAIROBI, March 12 (Reuters) - Diplomats said Ethiopia had offered to host talks between Kenya and "
                  "Somalia, and the African Union urged both governments to exercise restraint.", date="2026-03-12")
    appeals = _on(result, "urged")
    assert appeals and all(e.attribution is None and e.modality == "asserted" for e in appeals)
    result = code("GENEVA, March 12 (Reuters) - Swiss officials said the talks would resume next month, and Russia "
                  "accused Ukraine of stalling.", date="2026-03-12")
    charges = _on(result, "accused")
    assert charges and all(e.attribution is None for e in charges)


def test_attribution_a_joined_clause_in_reported_speech_is_still_said(code):
    # must not change: a second clause in the past perfect goes on with what the source said
    result = code("TEGUCIGALPA, March 12 (EFE) - A Honduran diplomat, who asked not to be named, said Honduras had "
                  "offered to set up a joint commission, but Belize had rejected the offer.", date="2026-03-12")
    rejections = _on(result, "rejected")
    assert rejections and all(e.attribution is not None and e.attribution.anonymous for e in rejections)
