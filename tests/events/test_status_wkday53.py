"""A bare weekday or month said of a word in the past (issue 11, session 53, h-wkday53): the day or month a sentence
says of a past verb or participle ("under a deal signed on Monday") is the last such one, even when the act the
sentence codes is still to come; a day said of a participle still to come ("a pact to be signed on Monday") stays the
next one. Sentences written for the tests (synthetic, wire style); expected values worked out by hand from a calendar
(publication Wednesday 2026-10-07), following eval/wire/README.md ("A bare weekday on an act still to come ... is the
next such day after publication"; "a dated agreement framing the act dates it")."""

from tests.conftest import event_on

_DAY = "2026-10-07"  # a Wednesday


def _value(event):
    return event.date.value if event.date is not None else None


def test_status_wkday53_weekday_on_a_bare_past_participle_is_the_last_one(code):
    text = ("ABUJA, Oct 7 (Reuters) - Nigeria will train Chadian troops under a pact signed on Monday, "
            "the defence ministry said.")
    train = event_on(code(text, date=_DAY), "train")
    assert _value(train) == "2026-10-05"
    assert train.modality in ("future", "intended")  # the act is still to come; only the framing pact's day dates it


def test_status_wkday53_weekday_on_a_participle_deeper_in_the_frame_is_the_last_one(code):
    text = ("ACCRA, Oct 7 (Reuters) - Ghana will supply electricity to Togo under the terms of an accord initialled "
            "on Sunday.")
    assert _value(event_on(code(text, date=_DAY), "supply")) == "2026-10-04"


def test_status_wkday53_past_participle_tells_a_thing_done(nlp):
    # the participle's own test, on the model's parses: bare on a noun or a past passive, not one still to come
    from detente.events.dating import DateRules
    from detente.parse_view import ParseView

    def told_done(sentence: str, word: str) -> bool:
        doc = nlp.language(sentence)
        view = ParseView.of(doc)
        [i] = [t.i for t in doc if t.lower_ == word]
        return DateRules._past_participle(view, i)

    assert told_done("The pact was signed on Monday in Lome.", "signed")
    assert told_done("Kenya will act under a deal signed on Monday.", "signed")
    assert not told_done("The pact will be signed on Monday in Lome.", "signed")
    assert not told_done("The pact has to be signed on Monday.", "signed")


def test_status_wkday53_month_on_a_bare_past_participle_is_the_last_one(code):
    text = ("CAIRO, Oct 7 (Reuters) - Egypt will ship wheat to Sudan under an arrangement reached in August, "
            "officials said.")
    assert _value(event_on(code(text, date=_DAY), "ship")) == "2026-08"


def test_status_wkday53_weekday_on_a_participle_still_to_come_is_the_next_one(code):
    # control: the pact is still to be signed, so its Monday is the coming one
    text = "ABUJA, Oct 7 (Reuters) - Nigeria will train Chadian troops under a pact expected to be signed on Monday."
    assert _value(event_on(code(text, date=_DAY), "train")) == "2026-10-12"


def test_status_wkday53_weekday_on_the_act_to_come_is_the_next_one(code):
    # control: the day is said of the act itself
    text = "NAIROBI, Oct 7 (Reuters) - Kenya will start joint border patrols with Somalia on Saturday, officials said."
    assert _value(event_on(code(text, date=_DAY), "start")) == "2026-10-10"
