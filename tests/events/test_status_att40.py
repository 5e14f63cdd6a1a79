"""Whose word an act is when the speaker is the doer's own side (issue 11, status fields; h-att40): a word act or plan
relayed by a named speaker nothing places has no attribution; a
signing told first and then sourced to the signers' side kept it, as a deed does, until session 55 (now none),
and a closure of a border so sourced
has none (eval/wire/README.md, attribution and audit of session 27, rule (e)).
Sentences written for the tests (synthetic, wire style)."""

from tests.conftest import events_with_trigger

DAY = "2026-05-06"


def _one(result, trigger: str):
    [event] = events_with_trigger(result, trigger)
    return event


def test_att40_deed_sourced_to_an_unnamed_official_of_the_doers_state_keeps_it(code):
    # must not change: a deed told first and then sourced to the doer's side is attributed (asserted)
    text = ("NAIROBI, May 6 (Reuters) - Kenyan police arrested six Ethiopian nationals near Moyale on Monday, "
            "a Kenyan official said.")
    arrested = _one(code(text, date=DAY), "arrested")
    assert arrested.attribution is not None and arrested.attribution.anonymous and arrested.modality == "asserted"


def test_att40_word_act_of_a_third_party_source_keeps_it(code):
    # must not change: an unnamed source of no doer's state reports the act
    text = ("BELGRADE, May 6 (Reuters) - Hungary asked Serbia on Monday to tighten checks on its border, "
            "a Western diplomat said.")
    asked = _one(code(text, date=DAY), "asked")
    assert asked.attribution is not None and asked.attribution.anonymous and asked.modality == "reported"


def test_att40_plan_relayed_by_a_speaker_nothing_places_has_no_attribution(code):
    text = "NUKU'ALOFA, May 6 (AFP) - Tonga's king will pay a state visit to Japan in June, the palace said."
    visit = _one(code(text, date=DAY), "pay")
    assert visit.attribution is None


def test_att40_speaker_nothing_places_naming_another_country_keeps_it(code):
    # a speaker whose own words name another country than the doer's is a third party
    text = ("BANGKOK, May 6 (Reuters) - Thailand and the rebels agreed on Tuesday to extend the truce by a month, "
            "the Malaysian facilitator said.")
    agreed = _one(code(text, date=DAY), "agreed")
    assert agreed.attribution is not None


def test_att40_deed_sourced_to_a_speaker_nothing_places_keeps_it(code):
    text = ("BANGKOK, May 6 (Reuters) - Thai soldiers detained four Cambodian loggers near the border on Sunday, "
            "the regional command said.")
    detained = _one(code(text, date=DAY), "detained")
    assert detained.attribution is not None


def test_att40_signing_told_first_and_sourced_to_the_signers_side_has_none_since_session_55(code):
    # sessions 40-54 read it as a deed (attributed); the gold of the newer dev batches reads a signing relayed by a
    # participant's side as its word (eval/wire/README.md, the notes of batches 608 and 688-697: "signings, visits,
    # meetings, plans and decisions relayed by a participant's ministry, officials or state media have none")
    text = ("LUSAKA, May 6 (Xinhua) - Zambia and Malawi signed an agreement on Tuesday to build a joint power "
            "line, the Zambian energy ministry said.")
    signed = _one(code(text, date=DAY), "signed")
    assert signed.attribution is None and signed.modality == "asserted"


def test_att40_signing_claimed_in_the_doers_own_voice_has_none(code):
    text = "ACCRA, May 6 (AFP) - Ghana's foreign ministry said that it had signed a security pact with Burkina Faso."
    signed = _one(code(text, date=DAY), "signed")
    assert signed.attribution is None


def test_att40_signing_is_no_deed_since_session_55():
    # one property says both what PLOVER counts as done and what the status rules take as a deed told
    from detente.events.cameo import lookup

    assert not lookup("057").is_deed
    assert lookup("190").is_deed and not lookup("040").is_deed and not lookup("114").is_deed


def test_att40_closure_relayed_by_the_doers_ministry_has_none(code):
    # a border closure is a decision announced (cues.tsv ``announced``), not a deed told and then sourced
    text = "N'DJAMENA, May 6 (AFP) - Chad closed its border crossing at Adre on Tuesday, the interior ministry said."
    closed = _one(code(text, date=DAY), "closed")
    assert closed.attribution is None and closed.modality == "asserted"


def test_att40_blockade_relayed_by_the_doers_police_keeps_it(code):
    # must not change: a physical blockade is a deed
    text = ("BOGOTA, May 6 (EFE) - Colombian police blocked the road to the border with trucks on Monday, "
            "a police spokesman said.")
    blocked = _one(code(text, date=DAY), "blocked")
    assert blocked.attribution is not None
