"""Session 46 (h-loc46): an arrest, a detention or a seizure of the day told in the lead sentence by organs of the
dateline's own state, with no place named, is placed in the dateline's country (``HomeGround.lead_held_home``,
inferred); not one at sea, not one by another state's organs, not a deportation, not one told after the lead.
Sentences written for the tests (synthetic, wire style); the parses come from the model (the dateline is the point)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


def test_places_a_lead_seizure_by_the_datelines_navy_at_home(code):
    result = code("CONAKRY, June 3 (Reuters) - Guinea's navy seized a Sierra Leonean cargo boat on Tuesday.",
                  date="2026-06-03")
    seized = _on(result, "seized")
    assert seized and _countries(seized) == ["GIN"] * len(seized)
    assert all(e.location.country == "GIN" for e in seized)


def test_places_a_lead_seizure_at_sea_has_no_place(code):
    result = code("CONAKRY, June 3 (Reuters) - Guinea's navy seized a Sierra Leonean cargo boat in the Atlantic Ocean "
                  "on Tuesday.", date="2026-06-03")
    seized = _on(result, "seized")
    assert seized and "GIN" not in _countries(seized)


def test_places_a_lead_detention_by_another_states_soldiers_has_no_dateline_place(code):
    result = code("CONAKRY, June 3 (Reuters) - Malian soldiers detained seven Guinean traders on Tuesday.",
                  date="2026-06-03")
    detained = _on(result, "detained")
    assert detained and "GIN" not in _countries(detained)


def test_places_a_lead_deportation_is_not_placed_at_the_dateline(code):
    result = code("CONAKRY, June 3 (Reuters) - Guinea deported sixty Liberian workers on Tuesday.", date="2026-06-03")
    deported = _on(result, "deported")
    assert deported and _countries(deported) == [None] * len(deported)


def test_places_a_seizure_told_after_the_lead_is_not_placed_at_the_dateline(code):
    result = code("CONAKRY, June 3 (Reuters) - Guinea and Sierra Leone agreed on Tuesday to hold fisheries talks. "
                  "Guinea's navy seized a Sierra Leonean cargo boat last month.", date="2026-06-03")
    seized = _on(result, "seized")
    assert seized and _countries(seized) == [None] * len(seized)
