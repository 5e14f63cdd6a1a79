"""An act told with "will" is no background, whatever old date its sentence gives the deal that frames it (issue 11,
session 54, h-wkday54): "will ship wheat under an arrangement reached in August", published in October, is dated by
the arrangement's August (session 53's DateRules._past_participle) but stays news (eval/wire/README.md: "historical"
is for acts that happened before the news). A "will" on a verb the act is only joined to by "and" does not count ("will
deploy two cutters, and Japan trained their crews in 2024": the training is background). "held since May" is a
state going on, not a past point: it does not date an act to come by May. Sentences written for the tests (synthetic,
wire style); expected values worked out by hand (publication Wednesday 2026-10-07)."""

from tests.conftest import event_on

_DAY = "2026-10-07"


def test_history_will54_act_to_come_under_an_old_arrangement_is_news(code):
    text = ("CAIRO, Oct 7 (Reuters) - Egypt will ship wheat to Sudan under an arrangement reached in July, "
            "officials said.")
    ship = event_on(code(text, date=_DAY), "ship")
    assert ship.date is not None and ship.date.value == "2026-07"
    assert ship.historical is False


def test_history_will54_will_on_the_verb_it_completes_counts(code):
    text = ("MANILA, Oct 7 (Reuters) - Japan will help train Philippine coast guard crews under a pact signed in "
            "June, officials said.")
    assert event_on(code(text, date=_DAY), "train").historical is False


def test_history_will54_will_on_a_conjunct_does_not_count(code):
    text = ("HANOI, Oct 7 (Reuters) - Vietnam will deploy two new cutters in the Gulf of Tonkin, and Japan trained "
            "their crews in 2024.")
    assert event_on(code(text, date=_DAY), "trained").historical is True


def test_history_will54_wont_counts_like_will_not(code):
    # session 55: the modal is read from cues.tsv `future` (will, shall, 'll, wo), not a literal that left out the
    # "wo" of "won't"; an act to come that is denied is still no background
    text = ("SEOUL, Oct 7 (Yonhap) - South Korea won't resume rice aid to North Korea under an arrangement reached "
            "in July, officials said.")
    resume = event_on(code(text, date=_DAY), "resume")
    assert resume.historical is False
