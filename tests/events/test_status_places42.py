"""Places of session 42 (h-place42): the inferred ground of a reception (the host's) and of a signing of the day (the
dateline's country, when one party is its: events/places_home.py ``HomeGround.hosted_home``), which a later sentence
restating the act with a place overrides (events/acts.py ``_restated_place``); and a state organ's arrest or seizure
near, off or at a compass point of a place of its own or one the gazetteer does not know (``_unknown_place_at_home``).
Sentences written for the tests (synthetic, wire style; "the Opal Palace", "Port Tamsin" and "the island of Kelos" are
invented)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


def test_places_a_signing_of_the_day_by_a_party_of_the_datelines_country_is_on_its_ground(code):
    result = code("LUSAKA, May 6 (Xinhua) -- Zambia and Malawi on Tuesday signed an agreement to build a railway "
                  "between their capitals.", date="2026-05-06")
    signed = _on(result, "signed")
    assert signed and _countries(signed) == ["ZMB"] * len(signed)


def test_places_a_signing_no_ground_when_background_or_no_party_is_the_datelines(code):
    # background: signed years ago, wherever
    result = code("LUSAKA, May 6 (Xinhua) -- Zambia urged Malawi on Tuesday to reopen the border. The two countries "
                  "signed a transit treaty in 2015.", date="2026-05-06")
    signed = _on(result, "signed")
    assert signed and _countries(signed) == [None] * len(signed)
    # told from a third country, or with no dateline: the story does not say where
    for dateline in ("NAIROBI, May 6 (Xinhua) -- ", ""):
        result = code(f"{dateline}Zambia and Malawi on Tuesday signed an agreement to build a railway between their "
                      "capitals.", date="2026-05-06")
        signed = _on(result, "signed")
        assert signed and _countries(signed) == [None] * len(signed), dateline


def test_places_a_later_sentence_placing_the_signing_beats_the_dateline(code):
    result = code("LUSAKA, May 6 (Xinhua) -- Zambia and Malawi on Tuesday signed an agreement to build a railway "
                  "between their capitals. The agreement was signed in Lilongwe by the two transport ministers.",
                  date="2026-05-06")
    signed = _on(result, "signed")
    assert signed and _countries(signed) == ["MWI"] * len(signed)


def test_places_a_reception_is_on_the_hosts_ground(code):
    # at a palace the gazetteer does not know, under the visitor's dateline
    result = code("HARARE, May 6 (Reuters) - South African President Cyril Ramaphosa received Zimbabwe's foreign "
                  "minister at the Opal Palace on Tuesday.", date="2026-05-06")
    received = _on(result, "received")
    assert received and _countries(received) == ["ZAF"] * len(received)


def test_places_an_offer_to_host_has_no_ground(code):
    result = code("HARARE, May 6 (Reuters) - Botswana offered on Tuesday to host a round of talks for Zimbabwe and "
                  "Zambia.", date="2026-05-06")
    hosted = [e for e in result.events if e.cameo.startswith("03") or e.cameo == "043"]
    assert hosted and _countries(hosted) == [None] * len(hosted)


def test_places_a_seizure_off_or_south_of_a_place_of_ones_own_is_at_home(code):
    # a compass point "of" an island the gazetteer does not know, and the arrest joined to it
    result = code("ATHENS, May 6 (AP) - The Greek coast guard intercepted a boat carrying 90 migrants south of the "
                  "island of Kelos on Tuesday and arrested two men suspected of steering it.", date="2026-05-06")
    intercepted, arrested = _on(result, "intercepted"), _on(result, "arrested")
    assert intercepted and _countries(intercepted) == ["GRC"] * len(intercepted)
    assert arrested and _countries(arrested) == ["GRC"] * len(arrested)


def test_places_a_seizure_near_a_place_of_another_state_is_not_at_home(code):
    # near a place the gazetteer gives another state: the navy may have been there
    result = code("ATHENS, May 6 (AP) - The Greek navy seized a boat near the Turkish port of Port Tamsin on "
                  "Tuesday.", date="2026-05-06")
    seized = _on(result, "seized")
    assert seized and "GRC" not in _countries(seized)


def test_places_there_is_the_place_named_before_it(code):
    # the place is the object of a preposition before "there" in the sentence
    result = code("MASERU, May 6 (Xinhua) -- Lesotho said South African soldiers had crossed into Lesotho and detained "
                  "two herders there on Tuesday.", date="2026-05-06")
    detained = _on(result, "detained")
    assert detained and _countries(detained) == ["LSO"] * len(detained)


def test_places_there_not_a_doer_nor_water(code):
    # "Iran has seized tankers there": the doer named before is no place, and the strait is water
    result = code("DUBAI, May 6 (Reuters) - Tankers cross the Strait of Hormuz daily; in recent times Iran has "
                  "seized a number of foreign tankers there.", date="2026-05-06")
    seized = _on(result, "seized")
    assert seized and _countries(seized) == [None] * len(seized)


def test_places_talks_met_at_on_a_placed_verb_are_there(code):
    result = code("RIGA, May 6 (Reuters) - Latvia and China agreed on Tuesday to restore ambassadors. The agreement "
                  "was struck in Beijing at talks between deputy foreign ministers of both countries.",
                  date="2026-05-06")
    talks = _on(result, "talks")
    assert talks and _countries(talks) == ["CHN"] * len(talks)
