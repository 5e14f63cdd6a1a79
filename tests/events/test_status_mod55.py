"""Modality and attribution of agreements and plans (issue 11, status fields; h-mod55, session 55): a signing relayed
by one signer's own side is that side's word (no attribution); the act an agreement made provides for, named by a
"to"-infinitive on the agreement noun ("signed an accord to build a port"), is `intended`, not a possibility; a deed
done keeps its attribution (a third rule, a plan relayed by a named speaker of the side it is made with, was left out
at the merge: it cost the aside articles an attribution) (eval/wire/README.md, attribution, and the notes of the newer
batches). Sentences written for the tests (synthetic, wire style, invented facts)."""

from tests.conftest import events_with_trigger

DAY = "2026-05-06"


def _one(result, trigger: str):
    [event] = events_with_trigger(result, trigger)
    return event


def test_mod55_signing_relayed_by_one_signers_ministry_has_no_attribution(code):
    text = ("BISHKEK, May 6 (TASS) - Kyrgyzstan and Tajikistan signed a protocol on water sharing on Monday, the "
            "Kyrgyz foreign ministry said.")
    signed = _one(code(text, date=DAY), "signed")
    assert signed.attribution is None and signed.modality == "asserted"


def test_mod55_signing_relayed_by_a_third_party_keeps_it(code):
    text = ("BISHKEK, May 6 (TASS) - Kyrgyzstan and Tajikistan signed a protocol on water sharing on Monday, the "
            "Russian foreign ministry said.")
    signed = _one(code(text, date=DAY), "signed")
    assert signed.attribution is not None


def test_mod55_content_of_an_accord_made_is_intended(code):
    text = ("LOME, May 6 (AFP) - Benin and Togo signed an accord on Tuesday to build a dry port near the border, "
            "the Togolese foreign minister said.")
    [built] = [e for e in code(text, date=DAY).events if e.cameo.startswith("06")]
    assert built.modality == "intended" and built.attribution is None


def test_mod55_infinitive_on_a_noun_that_is_no_accord_stays_a_possibility(code):
    # must not change: "a way to ..." is no agreement made
    text = ("LOME, May 6 (AFP) - Benin and Togo discussed a way to build a dry port near the border on Tuesday, "
            "the Togolese foreign minister said.")
    built = [e for e in code(text, date=DAY).events if e.cameo.startswith("06")]
    assert all(e.modality != "intended" for e in built)


def test_mod55_deed_relayed_by_the_side_acted_on_keeps_it(code):
    # must not change: a deed done, told and then sourced to the side acted on, is attributed (asserted)
    text = ("PHNOM PENH, May 6 (AFP) - Thai soldiers detained six Cambodian loggers near the border on Sunday, "
            "Cambodia's foreign ministry said.")
    detained = _one(code(text, date=DAY), "detained")
    assert detained.attribution is not None and detained.modality == "asserted"
