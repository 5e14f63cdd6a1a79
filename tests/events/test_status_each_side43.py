"""Speakers named as every side of an act between two countries (issue 11, session 43, h-vouch43): "officials on
both sides said", "the two armies said" are the participants vouching for the act, asserted with the attribution
kept (eval/wire/README.md; ``VouchRules._each_side``, the ``each_side`` cues of ``lexicon/cues.tsv``). Sentences
written for the tests (invented, wire style)."""

from tests.conftest import events_of

DAY = "2026-04-15"


def test_officials_on_both_sides_assert_the_talks(code):
    text = ("VIENNA, April 15 (Reuters) - Serbian and Kosovar negotiators held talks in Brussels on Tuesday on "
            "licence plates, officials on both sides said.")
    [talks] = events_of(code(text, date=DAY), "CONSULT")
    assert talks.modality == "asserted"


def test_sources_of_both_countries_assert_the_exchange_of_fire(code):
    text = ("TASHKENT, April 15 (AFP) - Uzbek and Kyrgyz border guards exchanged fire near a disputed spring on "
            "Monday, security sources from both countries said.")
    [fire] = events_of(code(text, date=DAY), "ASSAULT") or events_of(code(text, date=DAY), "FIGHT")
    assert fire.modality == "asserted"
    assert fire.attribution is not None and "both countries" in fire.attribution.text


def test_third_party_on_both_sides_keeps_the_deed_reported(code):
    # must not change: doctors on both sides of a border are no voice of either state
    text = ("KHARTOUM, April 15 (AFP) - Sudanese troops shelled a village in South Sudan on Monday, doctors on "
            "both sides of the border said.")
    [shelling] = events_of(code(text, date=DAY), "ASSAULT") or events_of(code(text, date=DAY), "FIGHT")
    assert shelling.modality == "reported"


def test_officials_without_a_side_named_keep_the_deed_reported(code):
    # must not change: a third country's officials named with no "both" or "the two"
    text = ("ANKARA, April 15 (Reuters) - Armenian and Azerbaijani troops exchanged fire near the border on "
            "Monday, Turkish officials said.")
    [fire] = events_of(code(text, date=DAY), "ASSAULT") or events_of(code(text, date=DAY), "FIGHT")
    assert fire.modality == "reported"
