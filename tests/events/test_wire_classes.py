"""Failure classes of real wire copy (issue 11, item 3), on sentences written for these tests.

All sentences here are synthetic, written in agency style for the tests; none comes from a
development set or from a real article."""

import pytest
from tests.conftest import actors_of, events_of

from detente.nlp import parse_copy


# -- copy conventions: datelines, agency tags, typographic apostrophes ---------------------------
@pytest.mark.parametrize("text, kept", [
    ("KYIV, May 4 (Reuters) - Ukraine said", "Ukraine said"),
    ("BRUSSELS (AP) — The European Union said", "The European Union said"),
    ("GEORGETOWN, Guyana, March 3 (Reuters) - Guyana accused", "Guyana accused"),
    ("SEOUL, April 14 (Yonhap) -- North Korea fired", "North Korea fired"),
    ("NAIROBI, Kenya (AFP) — Kenyan police fired", "Kenyan police fired"),
    ("LIMA, Nov 4 - Peru broke", "Peru broke"),
    ("NEW DELHI/ISLAMABAD, May 11 (Reuters) - Indian troops fired", "Indian troops fired"),
    ("SEOUL/TOKYO (AFP) — North Korea fired", "North Korea fired"),
    # PTI and IANS style: a date and a tag, no dash (synthetic)
    ("NEW DELHI, Dec 1 (PTI) The government said", "The government said"),
    ("MUMBAI, Jan 22 (IANS) “We will respond,” the minister said", "“We will respond,” the minister said"),
    # an agency tag in lower case (dpa), a city with accented capitals (synthetic)
    ("BERLIN, Oct 2 (dpa) - Germany expelled", "Germany expelled"),
    ("BOGOTÁ, June 3 (EFE) - Colombia recalled", "Colombia recalled"),
    ("SÃO PAULO (AFP) — Brazil said", "Brazil said"),
])
def test_parse_copy_blanks_dateline_and_agency_tag(text, kept):
    copy = parse_copy(text)
    assert len(copy) == len(text)
    assert copy.strip() == kept
    assert copy.endswith(kept)


@pytest.mark.parametrize("text", ["NATO - the alliance met", "US/EU - talks resumed on Monday",
                                  "US President Joe Smith - said", "The EU (AP) - no",
                                  "NEW DELHI (PTI) The government said", "LIMA, Nov 4 Peru broke",
                                  "The EU (dpa) - no", "BERLIN (dpa) The government said"])
def test_parse_copy_keeps_text_that_is_no_dateline(text):
    assert parse_copy(text) == text


def test_parse_copy_plain_apostrophes_same_offsets():
    text = "Freedonia´s navy and Ruritania’s army met ″rebels″ in `Sylvania`."
    copy = parse_copy(text)
    assert len(copy) == len(text)
    assert "Freedonia's navy" in copy and "Ruritania's army" in copy and '"rebels"' in copy


@pytest.mark.parametrize("text, kept", [
    ("HARARE, May 4 (Reuters) -\r\nZimbabwe said", "Zimbabwe said"),  # Windows line ends
    ("HARARE, May 4 (Reuters) -\rZimbabwe said", "Zimbabwe said"),  # old Mac line ends
    ("HARARE (AP) —\nZimbabwe said", "Zimbabwe said"),  # the dateline on a line of its own
])
def test_parse_copy_dateline_before_a_line_break_and_carriage_returns(text, kept):
    copy = parse_copy(text)
    assert len(copy) == len(text) and "\r" not in copy
    assert copy.strip() == kept


def test_parse_copy_reads_carriage_returns_as_line_breaks():
    text = "Zimbabwe said.\r\nZambia agreed.\rMalawi left."
    assert parse_copy(text) == "Zimbabwe said. \nZambia agreed.\nMalawi left."


def test_wire_invisible_characters_do_not_hide_words(code):
    # scraped copy: a byte order mark before the dateline, a soft hyphen and zero-width spaces
    # inside words; the article's text loses them (offsets point into the text as output)
    result = code("\ufeffHARARE, May 4 (Reuters) - Zimbabwe accused Zam\u200bbia on Monday of shel\u00adling "
                  "border villa\u200cges.", date="2025-05-06")
    assert result.text.startswith("HARARE, May 4 (Reuters) - Zimbabwe accused Zambia on Monday of shelling")
    [accuse] = [e for e in result.events if e.plover == "ACCUSE"]
    assert actors_of(accuse.source) == {"ZWE"} and actors_of(accuse.target) == {"ZMB"}
    assert any(e.plover == "ASSAULT" and e.trigger.text == "shelling" for e in result.events)
    assert all(result.text[e.trigger.start:e.trigger.end] == e.trigger.text for e in result.events)


def test_wire_dateline_is_not_the_doer(code):
    result = code("QUITO, June 3 (Reuters) - Ecuador expelled Colombia's ambassador on Monday over the "
                  "border dispute, the foreign ministry said.", date="2025-06-03")
    [event] = [e for e in result.events if e.plover == "SANCTION" or e.cameo.startswith("16")]
    assert actors_of(event.source) & {"ECU"}
    assert not any(p.text.strip() != p.text or "QUITO" in p.text for p in event.source)
    # the dateline's date is the copy's, the act's own date is "on Monday"
    assert event.date is not None and event.date.value == "2025-06-02"


def test_wire_agency_tag_dateline_without_date(code):
    result = code("ANKARA (AP) — Turkey condemned Greece on Tuesday for holding naval drills near its coast.",
                  date="2025-06-04")
    [event] = events_of(result, "ACCUSE")
    assert actors_of(event.source) & {"TUR"} and actors_of(event.target) & {"GRC"}


def test_wire_acute_accent_reads_as_possessive(code):
    result = code("Ghana´s foreign minister condemned Togo on Friday.", date="2025-06-07")
    [event] = events_of(result, "ACCUSE")
    assert actors_of(event.source) & {"GHA"} and actors_of(event.target) & {"TGO"}
    assert event.source[0].text == "Ghana´s foreign minister"  # the text as written, not the parse copy


# -- doers given as modifiers ---------------------------------------------------------------------
def test_wire_doer_as_adjective_of_event_noun_in_passive(code):
    result = code("At least five people were killed in a Syrian air strike on a market on Monday, rescuers said.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) & {"SYR"}
    assert not actors_of(event.target) & {"SYR"}


def test_wire_doer_as_adjective_of_fire_after_by(code):
    result = code("Two farmers were killed by Israeli fire near the border on Sunday, the army said.")
    [event] = events_of(result, "ASSAULT")
    assert actors_of(event.source) & {"ISR"}


def test_wire_target_of_event_noun_is_not_its_doer(code):
    result = code("Dozens of people were killed in a strike on Syrian positions, the monitor said.")
    assert not any(actors_of(e.source) & {"SYR"} for e in events_of(result, "ASSAULT"))


# -- sense and polarity in context ----------------------------------------------------------------
def test_wire_government_that_protested_complains_officially(code):
    result = code("Kenya protested to Uganda on Tuesday over the arrest of two opposition politicians.")
    [event] = [e for e in result.events if e.cameo.startswith("11")]
    assert event.cameo == "114" and event.plover == "ACCUSE"
    assert actors_of(event.source) & {"KEN"} and actors_of(event.target) & {"UGA"}
    assert not events_of(result, "PROTEST")


def test_wire_retaliated_is_no_armed_force_unless_said_how(code):
    assert not events_of(code("Brazil retaliated against the new tariffs on Friday."), "ASSAULT")
    assert not events_of(code("Canada hit back at Washington on Monday."), "ASSAULT")
    [event] = events_of(code("Iran hit back with missile strikes on Israel on Sunday."), "ASSAULT")
    assert actors_of(event.source) & {"IRN"}


def test_wire_clashed_is_armed_only_between_armed_men(code):
    assert not events_of(code("Brazil and Argentina clashed over beef quotas at the summit."), "ASSAULT")
    [event] = events_of(code("Sudanese soldiers clashed with RSF fighters near Khartoum on Monday."), "ASSAULT")
    assert actors_of(event.source) & {"SDN"}


# -- not events: formulas of the copy -------------------------------------------------------------
def test_wire_source_on_condition_of_anonymity_is_no_event(code):
    result = code("A senior Egyptian official, who spoke on condition of anonymity to discuss the talks, "
                  "said Cairo would host Hamas leaders next week.")
    assert [e.trigger.text for e in result.events if e.plover] == ["host"]


def test_wire_source_who_requested_anonymity_is_no_event(code):
    result = code("A diplomat who requested anonymity said Kenya had criticised Uganda.")
    assert not events_of(result, "REQUEST")
    assert events_of(result, "ACCUSE")


def test_wire_without_providing_evidence_gives_nothing(code):
    result = code("Venezuela accused Guyana of provocation on Monday without providing evidence.")
    assert not events_of(result, "AID")
    assert events_of(result, "ACCUSE")


def test_wire_ahead_of_an_expected_offensive_is_not_yet_an_act(code):
    result = code("Residents said M23 rebels were massing fighters near Goma ahead of an expected offensive "
                  "on the city.")
    assert not events_of(result, "ASSAULT")


# -- status scope: reported "would", scheduled weekdays ---------------------------------------------
def test_wire_said_it_would_is_an_intention_not_a_possibility(code):
    result = code("Canada said on Tuesday it would coordinate its response with Mexico.", date="2025-07-02")
    [event] = [e for e in result.events if e.trigger.text.startswith("coordinate")]
    assert event.modality == "intended"


def test_wire_would_with_a_condition_stays_hypothetical(code):
    result = code("A senior official said Kyiv would accept a 30-day truce if Moscow did the same.",
                  date="2025-03-12")
    [event] = [e for e in result.events if "truce" in e.trigger.text]
    assert event.modality == "hypothetical"


def test_wire_would_start_on_saturday_is_the_coming_saturday(code):
    # 2025-11-04 is a Tuesday: "on Saturday" for talks still to come is 2025-11-08, not 2025-11-01
    result = code("Qatar said talks between Congo and the M23 would start on Saturday.", date="2025-11-04")
    [event] = [e for e in result.events if e.trigger.text == "talks"]
    assert event.modality == "future"
    assert event.date is not None and event.date.value == "2025-11-08"


def test_wire_due_to_travel_on_friday_is_the_coming_friday(code):
    # 2025-11-20 is a Thursday: a trip that "is due to" happen on Friday is on 2025-11-21
    result = code("Australia's foreign minister is due to travel to Fiji on Friday.", date="2025-11-20")
    [trip] = [e for e in result.events if e.trigger.text == "travel"]
    assert trip.date is not None and trip.date.value == "2025-11-21"


def test_wire_purpose_of_a_trip_on_monday_takes_the_coming_monday(code):
    # 2026-07-02 is a Thursday: the meeting the Monday trip is for is on 2026-07-06, not 2026-06-29
    result = code("She said Mexico's economy minister would travel to Washington on Monday to meet U.S. Trade "
                  "Representative Jamieson Greer.", date="2026-07-02")
    [meeting] = [e for e in result.events if e.trigger.text == "meet"]
    assert meeting.date is not None and meeting.date.value == "2026-07-06"


def test_wire_weekday_before_the_planned_act_dates_the_saying(code):
    # "said on Monday it would ...": the weekday is the saying's, so it is not moved to the coming Monday
    result = code("Mexico's foreign minister said on Monday she would meet U.S. Secretary of State Marco Rubio.",
                  date="2026-07-02")
    [meeting] = [e for e in result.events if e.trigger.text == "meet"]
    assert meeting.date is None or meeting.date.value != "2026-07-06"


def test_wire_past_weekday_stays_in_the_past(code):
    result = code("Egypt hosted talks between Hamas and Fatah on Saturday.", date="2025-11-04")
    [event] = events_of(result, "CONSULT")
    assert event.date is not None and event.date.value == "2025-11-01"


# -- missed predicates: leaving or decertifying an accord ------------------------------------------
@pytest.mark.parametrize("text", [
    "Mexico exited the trade agreement with Canada on Monday.",
    "The United States withdrew from the Paris climate accord on Monday.",
])
def test_wire_leaving_an_accord_reduces_relations(code, text):
    [event] = [e for e in code(text).events if e.plover]
    assert event.cameo == "160" and event.plover == "SANCTION"


def test_wire_decertify_rejects_an_agreement(code):
    result = code("The United States decertified Mexico's compliance with the drug agreement on Friday.")
    [event] = events_of(result, cameo="127")
    assert actors_of(event.source) & {"USA"}
