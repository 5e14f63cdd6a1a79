"""A criticism said of an act ("said the drills were a flagrant violation") is aimed at the act's doers, as
"condemned the drills" is (events/article_sides.resolve_event_anaphora, events/referents.object_nouns:
``JUDGING_ROOTS``); a judgement of "the decision" is not (whose decision is too often the speaker's side's).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_judged_act_drills_said_to_be_a_violation(code):
    result = code("ABU DHABI, May 3 (Reuters) - The United Arab Emirates on Wednesday summoned Iran's envoy to "
                  "protest against naval drills that Iran's Revolutionary Guards held this week around the island "
                  "of Abu Musa. The Gulf Cooperation Council's secretary-general said the drills were a flagrant "
                  "violation of the UAE's sovereignty.", date="2026-05-03")
    said = [e for e in result.events if e.trigger.text == "said"]
    assert said and [p.actor for p in said[0].target] == ["irgc"]


def test_judged_act_same_trigger_word_earlier(code):
    result = code("ABU DHABI, May 3 (Reuters) - Iran's Revolutionary Guards held naval drills this week around "
                  "the island of Abu Musa. The Gulf Cooperation Council's secretary-general said the drills were "
                  "a flagrant violation of the UAE's sovereignty.", date="2026-05-03")
    assert [p.actor for p in event_on(result, "said").target] == ["irgc"]
