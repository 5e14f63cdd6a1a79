"""What dates an act (issue 11, session 35, h-date35): an act addressed to the party met at the news's summons or
meeting ("told the envoy", "handed the envoy a note and asked ...", "said after meeting the envoy, adding that ...")
takes that occasion's day: the day told before it in its paragraph, or, opening a paragraph, the lead's one day; a
word act told as what such a saying says is tied with it, a deed the saying relays is not.
Sentences written for the tests (synthetic, wire style); expected values worked out by hand from a calendar,
following eval/wire/README.md (audit of session 33: an act "addressed to the other party met there" is tied)."""

from tests.conftest import event_on


def _value(event):
    return event.date.value if event.date is not None else None


# Thursday 12 March 2026
SUMMONS = ("ACCRA, March 12 (Reuters) - Ghana summoned Togo's ambassador on Thursday over the arrest of three Ghanaian "
           "traders at the Aflao border post, the foreign ministry said.\n\n")


def test_status_dates35_word_act_told_to_the_envoy_takes_the_summons_day(code):
    text = SUMMONS + ("A ministry spokesman said the foreign minister had told the envoy that Accra rejected Lome's "
                      "account of the arrests.")
    coded = code(text, date="2026-03-12")
    assert _value(event_on(coded, "rejected")) == "2026-03-12"


def test_status_dates35_act_joined_to_handing_the_envoy_a_note_takes_its_day(code):
    text = SUMMONS + ("Foreign Minister Samuel Okudzeto Ablakwa handed the envoy a protest note and asked Lome to "
                      "release the traders.")
    coded = code(text, date="2026-03-12")
    assert _value(event_on(coded, "asked")) == "2026-03-12"


def test_status_dates35_word_act_added_after_meeting_the_envoy_takes_its_day(code):
    text = SUMMONS + ("“Our traders are not criminals,” Ablakwa said after meeting the envoy, adding that Accra "
                      "demanded an apology from the Togolese authorities.")
    coded = code(text, date="2026-03-12")
    assert _value(event_on(coded, "demanded")) == "2026-03-12"


def test_status_dates35_deed_relayed_to_the_envoy_and_untied_acts_stay_undated(code):
    # controls: a deed in the past perfect told to the envoy is no act of the summons, and a reaction with no phrase
    # tying it to the summons keeps no date
    text = SUMMONS + ("The minister told the envoy that Togolese gendarmes had beaten the traders.\n\nAccra "
                      "accused Lome of failing to protect foreign traders.")
    coded = code(text, date="2026-03-12")
    assert _value(event_on(coded, "beaten")) is None
    assert _value(event_on(coded, "accused")) is None


# Thursday 12 March 2026
LEAD = ("NIAMEY, March 12 (Reuters) - Niger closed its border with Benin on Thursday after gunmen attacked a customs "
        "post near Gaya, the interior ministry said.\n\n")


def test_status_dates35_statement_its_speaker_goes_on_with_as_a_pronoun_takes_its_day(code):
    text = LEAD + ("In a statement broadcast on state radio on Wednesday, the defence ministry said its soldiers had "
                   "repelled an attack near Ayorou. It accused Benin of sheltering the attackers.")
    coded = code(text, date="2026-03-12")
    assert _value(event_on(coded, "accused")) == "2026-03-11"


def test_status_dates35_saying_to_an_audience_on_a_day_is_continued_by_he(code):
    text = LEAD + ("“We will defend every village,” Prime Minister Ali Lamine Zeine told lawmakers on Wednesday. He "
                   "urged the African Union to condemn the attack.")
    coded = code(text, date="2026-03-12")
    assert _value(event_on(coded, "urged")) == "2026-03-11"


def test_status_dates35_also_or_a_day_of_a_said_deed_does_not_continue_a_statement(code):
    # controls: "also" names the doer's act anew (README: "It also asked ..." does not tie), and a day on the deed
    # the statement tells is not the statement's
    also = LEAD + ("Zeine told lawmakers on Wednesday that the border would stay shut. He also accused Benin of "
                   "sheltering the attackers.")
    assert _value(event_on(code(also, date="2026-03-12"), "accused")) is None
    deed = LEAD + ("The ministry said Beninese troops had crossed the border on Monday. It accused Cotonou of "
                   "sheltering the attackers.")
    assert _value(event_on(code(deed, date="2026-03-12"), "accused")) is None
