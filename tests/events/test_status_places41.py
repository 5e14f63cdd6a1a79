"""Places of session 41 (h-place41): the words a state's speaker reports of its own state from a place set before the
sentence ("In <capital>, ...": events/places.py ``_opening_place``), and a state organ's arrest or seizure at a named
place the gazetteer does not know (events/places_home.py ``_unknown_place_at_home``), and "reserve" as a place noun.
Sentences written for the tests (synthetic, wire style; the place names "Puerto Lirio", "Port Sadio", "Vivara Cays",
"Tanjung Lelo" are invented)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


def test_places_opening_place_gives_its_country_to_an_earlier_act_of_its_own_state(code):
    # "In Hanoi, ... Vietnam had requested ...": the state's words reported from its own capital were said there
    result = code("KUALA LUMPUR, May 6 (Reuters) - Malaysia seized two Vietnamese fishing boats on Tuesday. In Hanoi, "
                  "the deputy minister told state television that Vietnam had asked Kuala Lumpur for the crews' "
                  "return.",
                  date="2026-05-06")
    asked = _on(result, "asked")
    assert asked and _countries(asked) == ["VNM"] * len(asked)


def test_places_opening_place_not_for_an_earlier_act_of_another_state(code):
    # "In Warsaw, ... said Belarus had summoned ...": the act told is Minsk's, not said in Warsaw
    result = code("VILNIUS, May 6 (Reuters) - Lithuania shut a crossing on Tuesday. In Warsaw, the Polish foreign "
                  "ministry said Belarus had summoned the Lithuanian envoy over the closure.", date="2026-05-06")
    summoned = _on(result, "summoned")
    assert summoned and _countries(summoned) == [None] * len(summoned)


def test_places_seizure_at_a_named_port_the_gazetteer_lacks_is_at_home(code):
    # a navy seizing at "the river port of X" (a river port is a port, not water), and the arrest joined to it
    result = code("MONTEVIDEO, May 6 (EFE) - Uruguay's navy seized an Argentine barge carrying contraband at the river "
                  "port of Puerto Lirio on Tuesday and arrested its crew.", date="2026-05-06")
    seized, arrested = _on(result, "seized"), _on(result, "arrested")
    assert seized and _countries(seized) == ["URY"] * len(seized)
    assert arrested and _countries(arrested) == ["URY"] * len(arrested)
    result = code("DAKAR, May 6 (AFP) - Senegal's navy detained nine Gambian fishermen at the fishing port of Port "
                  "Sadio on Tuesday.", date="2026-05-06")
    detained = _on(result, "detained")
    assert detained and _countries(detained) == ["SEN"] * len(detained)


def test_places_seizure_near_or_off_a_named_place_is_not_placed(code):
    # near or off a place the gazetteer lacks: at sea or across a line, no place
    for prep in ("off", "near"):
        result = code(f"TEGUCIGALPA, May 6 (EFE) - The Honduran navy detained 12 Nicaraguan fishermen {prep} the "
                      "Vivara Cays on Monday.", date="2026-05-06")
        detained = _on(result, "detained")
        assert detained and _countries(detained) == [None] * len(detained), prep


def test_places_seizure_at_a_port_another_states_word_names_is_there(code):
    # a country word on the port gives it to that state, not to the seizing one
    result = code("JAKARTA, May 6 (Reuters) - Malaysian maritime police seized an Indonesian fishing boat at the "
                  "Indonesian port of Tanjung Lelo on Tuesday.", date="2026-05-06")
    seized = _on(result, "seized")
    assert seized and _countries(seized) == ["IDN"] * len(seized)


def test_places_a_named_reserve_is_a_place(code):
    # "the Galápagos Marine Reserve": the place the gazetteer knows, named on the reserve
    result = code("LIMA, May 6 (EFE) - Ecuador's navy seized a Peruvian trawler inside the Galápagos Marine Reserve "
                  "on Tuesday.", date="2026-05-06")
    seized = _on(result, "seized")
    assert seized and _countries(seized) == ["ECU"] * len(seized)



def test_places_here_on_the_saying_places_the_words_of_the_sentence(code):
    # "..., the ministry said here": the words of the sentence were said at the dateline's place
    result = code("COLOMBO, May 6 (PTI) Sri Lanka on Tuesday urged India to stop its trawlers from crossing the "
                  "maritime boundary, the fisheries ministry said here.", date="2026-05-06")
    urged = _on(result, "urged")
    assert urged and _countries(urged) == ["LKA"] * len(urged)
    # and on the speaker: "the embassy here said"
    result = code("DHAKA, May 6 (Xinhua) -- Japan welcomed the new repatriation plan, the Japanese embassy here said "
                  "on Wednesday.", date="2026-05-06")
    welcomed = _on(result, "welcomed")
    assert welcomed and _countries(welcomed) == ["BGD"] * len(welcomed)


def test_places_here_not_for_another_states_earlier_act(code):
    # "told reporters here that Nepal had assured ...": Kathmandu's earlier act, not said at the dateline
    result = code("NEW DELHI, May 6 (PTI) A ministry spokesman told reporters here that Nepal had assured New Delhi of "
                  "its support for the corridor.", date="2026-05-06")
    assured = _on(result, "assured")
    assert assured and _countries(assured) == [None] * len(assured)
