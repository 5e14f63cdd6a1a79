"""Date and place rules added with the date and place probe (session 20, tests/data/probe_dates.jsonl).
Articles written for the tests (synthetic, wire style); dates worked out from a calendar."""

from tests.conftest import events_of


def test_status_when_where_participle_of_a_dated_recall_shares_its_day(code):
    # "recall" is also a reporting verb ("he recalled that ..."); with an envoy as its object it is an act,
    # and a bare participle after it tells more of that act, on its day
    text = ("DHAKA, Feb 12 (Reuters) - Bangladesh recalled its high commissioner from Myanmar on Monday, "
            "accusing Naypyitaw of shelling villages near the border.")
    [accuse] = events_of(code(text, date="2026-02-12"), "ACCUSE")
    assert accuse.date is not None and accuse.date.value == "2026-02-09"


def test_status_when_where_month_of_an_act_that_may_come_is_the_next_one(code):
    text = ("LUSAKA, Oct 8 (Reuters) - Southern African leaders could hold an extraordinary summit on "
            "Mozambique in Harare in March, a diplomat said.")
    [meeting] = [e for e in code(text, date="2026-10-08").events if e.trigger.text.startswith("hold")
                 or "summit" in e.trigger.text]
    assert meeting.date is not None and meeting.date.value == "2027-03" and not meeting.historical


def test_status_when_where_month_of_an_act_that_may_have_happened_stays_past(code):
    text = ("LUSAKA, Oct 8 (Reuters) - Zimbabwean troops may have shelled Mozambican villages in March, "
            "a diplomat said.")
    [shelling] = events_of(code(text, date="2026-10-08"), "ASSAULT")
    assert shelling.modality == "hypothetical" and shelling.date is not None and shelling.date.value == "2026-03"


def test_status_when_where_purpose_of_a_scheduled_trip_takes_the_coming_weekday(code):
    # the weekday is on the trip ("is due to fly to Hanoi on Monday"); the signing it is for comes with it
    text = ("CANBERRA, May 14 (AAP) - Australia's trade minister is due to fly to Hanoi on Monday to sign "
            "an agreement with Vietnam on critical minerals.")
    [sign] = [e for e in code(text, date="2026-05-14").events if e.trigger.text.startswith("sign")]
    assert sign.date is not None and sign.date.value == "2026-05-18"


def test_status_when_where_clause_with_a_doer_of_its_own_takes_no_day_through_the_chain(code):
    # the day is said of the expulsion; the summons joined to it has its own doer and no date words
    text = ("NIAMEY, May 7 (AFP) - Niger's junta has tightened its grip on the media.\n\n"
            "Niger expelled a French diplomat on Monday over remarks about the July 2023 coup, and France "
            "summoned Niger's envoy.")
    events = code(text, date="2026-05-07").events
    [expel] = [e for e in events if e.trigger.text.startswith("expelled")]
    [summons] = [e for e in events if e.trigger.text.startswith("summoned")]
    assert expel.date is not None and expel.date.value == "2026-05-04"
    assert summons.date is None or summons.date.value is None


def test_status_when_where_date_after_a_naming_clause_dates_the_act(code):
    # "what Kigali described as ..." names the target; the day after it is the shelling's
    text = ("KIGALI, Aug 20 (Reuters) - Congolese artillery shelled what Kigali described as Rwandan "
            "border villages in Rubavu district on Tuesday, Rwanda's army said.")
    [shelling] = [e for e in code(text, date="2026-08-20").events if e.trigger.text.startswith("shelled")]
    assert shelling.date is not None and shelling.date.value == "2026-08-18"


def test_status_when_where_place_of_what_a_sanction_is_over_is_not_its_place(code):
    text = ("OTTAWA, March 3 (Reuters) - Canada imposed sanctions on five Nicaraguan officials on Monday over "
            "a crackdown on Catholic priests in Managua.")
    [sanction] = [e for e in code(text, date="2026-03-03").events if e.plover in ("SANCTION", "COERCE")
                  and e.trigger.text.startswith("imposed")]
    assert sanction.location is None


def test_status_when_where_doer_that_visited_a_city_acts_there(code):
    text = ("NAIROBI, June 9 (Reuters) - An Ethiopian delegation that visited Nairobi on Monday signed "
            "an agreement with Kenya on a new highway link.")
    [sign] = [e for e in code(text, date="2026-06-09").events if e.trigger.text.startswith("signed")]
    assert sign.location is not None and sign.location.country == "KEN"


def test_status_when_where_deed_of_a_doer_named_with_its_city_is_there(code):
    text = ("LONDON, Aug 4 (Reuters) - Police in Dhaka fired rubber bullets at students blocking a highway "
            "on Sunday.")
    [fire] = [e for e in code(text, date="2026-08-04").events if e.trigger.text.startswith("fired")]
    assert fire.location is not None and fire.location.country == "BGD"


def test_status_when_where_words_of_a_doer_named_with_its_city_have_no_place(code):
    text = "LONDON, Aug 4 (Reuters) - Diplomats in Brussels urged Serbia on Sunday to recognise Kosovo's documents."
    [appeal] = [e for e in code(text, date="2026-08-04").events if e.trigger.text.startswith("urged")]
    assert appeal.location is None


def test_status_when_where_sea_named_after_a_country_is_no_place_of_it(code):
    text = ("MANAMA, Jan 9 (Reuters) - Iranian speedboats harassed a U.S. destroyer over the Gulf of Oman on "
            "Thursday, the U.S. Navy said.")
    events = [e for e in code(text, date="2026-01-09").events if e.trigger.text.startswith("harassed")]
    assert events and all(e.location is None for e in events)


def test_status_when_where_the_capital_is_the_datelines_when_its_country_is_named(code):
    text = ("LUSAKA, April 2 (Reuters) - A Chinese trade delegation held talks with Zambian ministers in the "
            "capital on Wednesday.")
    [talks] = [e for e in code(text, date="2026-04-02").events if e.plover == "CONSULT"]
    assert talks.location is not None and talks.location.country == "ZMB"


def test_status_when_where_the_capital_of_another_story_country_is_not_the_datelines(code):
    # datelined in Nairobi, about Somalia: "the capital" is Mogadishu, not Kenya's
    text = ("NAIROBI, April 2 (Reuters) - Al Shabaab fighters attacked a hotel in the capital on Wednesday, "
            "Somali police said.")
    [attack] = [e for e in code(text, date="2026-04-02").events if e.trigger.text.startswith("attacked")]
    assert attack.location is None or attack.location.country != "KEN"


def test_status_when_where_place_in_the_act_an_appeal_asks_for_is_not_the_appeals(code):
    text = ("PRETORIA, Nov 3 (Reuters) - South Africa urged Rwanda's president on Monday to accept a ceasefire "
            "in North Kivu.")
    [appeal] = [e for e in code(text, date="2026-11-03").events if e.trigger.text.startswith("urged")]
    assert appeal.location is None


def test_status_when_where_trip_inside_a_frame_goes_to_its_place(code):
    text = ("BAKU, Sept 1 (Reuters) - Armenia's foreign minister is expected to travel to Baku on Sept 15 for "
            "talks on the peace treaty, officials said.")
    events = [e for e in code(text, date="2026-09-01").events if "travel" in e.trigger.text]
    assert events and all(e.location is not None and e.location.country == "AZE" for e in events)


def test_status_when_where_country_a_measure_is_imposed_on_is_no_place(code):
    text = ("BRUSSELS, June 2 (Reuters) - The European Union imposed new sanctions on Belarus on Monday over "
            "its support for Russia's war.")
    [sanction] = [e for e in code(text, date="2026-06-02").events if e.trigger.text.startswith("imposed")]
    assert sanction.location is None


def test_status_when_where_place_named_two_of_phrases_deep(code):
    text = ("TBILISI, July 7 (AP) — Russian border guards detained three Georgian shepherds near the edge of "
            "the breakaway region of Abkhazia on Monday, Georgia's security service said.")
    [detain] = [e for e in code(text, date="2026-07-07").events if e.trigger.text.startswith("detained")]
    assert detain.location is not None and detain.location.country == "GEO"


def test_status_a_visit_takes_place_where_it_goes_whatever_its_verb(code):
    # before (with the delegation read as Egypt's own): "sent a delegation to Doha" had Doha as its target and so,
    # as whom a word act is said to, no place; a visit (042) goes where it is made
    result = code("DOHA, Sept 30 (Reuters) - Qatar hosted a new round of talks between Israel and Hamas on Monday.\n\n"
                  "Egypt also sent a delegation to Doha.", date="2025-09-30")
    [visit] = [e for e in result.events if e.cameo == "042"]
    assert visit.location is not None and visit.location.country == "QAT", visit.location
