"""Places of the word acts of a sentence opened by a place ("In <city>,") or by a participle clause naming where
its speaker spoke ("Speaking at a news conference in <city>, ..."): eval/wire/README.md, audit of session 27, rule
(c); and the date of an act told with its dated occasion (audit of session 33, rule (1)). Sentences written for the
tests (synthetic, wire style)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def test_places_opening_place_whose_comma_the_parser_hangs_on_it(code):
    # the parser hangs the comma after "In Canberra" on the phrase: still a place set before the sentence
    result = code("JAKARTA, March 12 (Reuters) - In Canberra, Home Affairs Minister Tony Burke said the officers had "
                  "acted lawfully and rejected Jakarta's criticism, saying the boats had been unseaworthy.",
                  date="2026-03-12")
    rejections = _on(result, "rejected")
    assert rejections and all(e.location is not None and e.location.country == "AUS" for e in rejections)


def test_places_opening_participle_at_an_occasion_in_a_named_place(code):
    result = code("WASHINGTON, March 12 (Reuters) - Speaking at a news conference in Mexico City, President Claudia "
                  "Sheinbaum said the deportation was unfair and repeated her call for Washington to review the case.",
                  date="2026-03-12")
    calls = _on(result, "call")
    assert calls and all(e.location is not None and e.location.country == "MEX" for e in calls)
    # not an opening clause with its own subject, nor one that names no occasion
    result = code("WASHINGTON, March 12 (Reuters) - Speaking to reporters, President Claudia Sheinbaum said the "
                  "deportation was unfair and repeated her call for Washington to review the case.",
                  date="2026-03-12")
    calls = _on(result, "call")
    assert calls and all(e.location is None for e in calls)


def test_dates_an_occasion_the_parser_hangs_on_the_acts_object_dates_the_act(code):
    # "in a telephone call on Wednesday" hung on "access", the object's noun: still the asking's occasion
    # (eval/wire/README.md, audit of session 33, rule (1))
    result = code("NEW DELHI, March 12 (Reuters) - Foreign Minister S. Jaishankar said he had asked his Canadian "
                  "counterpart for consular access in a telephone call on Wednesday.", date="2026-03-12")
    asks = _on(result, "asked")
    assert asks and all(e.date is not None and e.date.value == "2026-03-11" for e in asks)


def test_places_a_side_of_the_border_named_by_its_state_is_its_ground(code):
    result = code("JUBA (AA) - Sudanese soldiers killed two South Sudanese herders on the South Sudanese side of the "
                  "border on Thursday.", date="2026-03-12")
    killings = _on(result, "killed")
    assert killings and all(e.location is not None and e.location.country == "SSD" for e in killings)
