"""Where a visit took place when the text names the country it goes to by other words than a place's name ("a visit
to the Pacific island nation"): that country's ground (eval/wire/README.md, location: "a trip gives the place it goes
to"). Sentences written for the tests (synthetic, wire style)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def test_places_a_visit_to_a_country_named_by_description_is_on_its_ground(code):
    result = code("SUVA, March 12 (AAP) - New Zealand Prime Minister Christopher Luxon signed a fisheries deal with "
                  "Fiji on Thursday during his first visit to the Pacific island nation.", date="2026-03-12")
    visits = _on(result, "visit")
    assert visits and all(e.location is not None and e.location.country == "FJI" for e in visits)


def test_places_a_visit_to_the_travellers_own_country_gives_no_place(code):
    # a country the words resolve to that is the visitor's own is no trip abroad: no place from it
    result = code("Indian Prime Minister Narendra Modi paid a visit to the country of his birth on Thursday.",
                  date="2026-03-12")
    assert all(e.location is None or e.location.country != "IND" for e in result.events)


def test_places_a_visitor_who_landed_somewhere_acts_there(code):
    # "landed in" is an arrival like "arrived in" (words.tsv trip_verb)
    result = code("Kenyan President William Ruto, who landed in Kampala on Thursday morning, held talks with "
                  "Ugandan President Yoweri Museveni at State House.", date="2026-03-12")
    talks = _on(result, "talks")
    assert talks and all(e.location is not None and e.location.country == "UGA" for e in talks)


def test_places_force_used_on_a_thing_in_a_place_falls_there(code):
    # the place hangs on what is fired on, not on the verb: still where the force fell
    result = code("Togolese soldiers opened fire on a convoy of trucks on the Ghanaian side of the border on "
                  "Sunday, the army said.", date="2026-03-12")
    fire = _on(result, "opened")
    assert fire and all(e.location is not None and e.location.country == "GHA" for e in fire)
    # words said "on" a thing in a place are about it: no place
    result = code("Ghana's foreign ministry issued a statement on the shooting at a market in Lome.",
                  date="2026-03-12")
    assert all(e.location is None for e in _on(result, "statement"))


def test_places_border_towns_and_islands_added_to_the_gazetteer(code):
    # places.tsv: border towns and crossings, an outlying island and a city of a state news names
    result = code("TUNIS, March 12 (Reuters) - Gunmen from a Libyan armed group attacked a customs post at Dehiba "
                  "on Monday, the Tunisian defence ministry said.", date="2026-03-12")
    attacks = _on(result, "attacked")
    assert attacks and all(e.location is not None and e.location.country == "TUN" for e in attacks)
    result = code("Fiji's prime minister is due to meet U.S. officials in Honolulu next month, his office said.",
                  date="2026-03-12")
    meetings = _on(result, "meet")
    assert meetings and all(e.location is not None and e.location.country == "USA" for e in meetings)
