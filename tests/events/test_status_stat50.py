"""Status rules of session 50 (h-stat50), on sentences written for the tests (synthetic, wire style, invented facts):
an act a signed agreement sets out with "will" in a relative clause on the agreement noun keeps no day of the
signing (events/date_anchors.py ``DateAnchors._terms_to_come``; dropped in session 57, h-scope57: such an act with no
date words of its own now takes the signing's day, as the newer dev gold dates it), and the place the parser hangs
on the parties of a meeting noun ("talks between the two foreign ministers in X") is the meeting's (events/places.py
``PlaceRules._met_parties``), and a bare month joined to a month of a named year shares its year
(events/dates.py ``_month_pairs``)."""

import datetime as dt

from tests.conftest import events_of

from detente.events.dates import find_dates


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _dates(events):
    return [e.date.value if e.date is not None else None for e in events]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


TERMS = ("BISHKEK, May 14 (AKIpress) - Kyrgyzstan and Kazakhstan signed a grain agreement on Wednesday under which "
         "Astana will supply 200,000 tonnes of wheat to Kyrgyz mills.")


def test_an_act_a_signed_agreement_sets_out_for_later_takes_the_day_of_the_signing(code):
    # session 57 (h-scope57): the dev gold of articles 632-777 dates such terms by the signing (22 of 22), reversing
    # session 50's reading (no day of the signing), which the older batches follow
    result = code(TERMS, date="2026-05-14")
    supplied = _on(result, "supply")
    assert supplied and _dates(supplied) == ["2026-05-13"] * len(supplied)


def test_the_signing_keeps_its_own_day(code):
    signed = _on(code(TERMS, date="2026-05-14"), "signed")
    assert signed and _dates(signed) == ["2026-05-13"] * len(signed)


def test_an_act_set_out_for_later_keeps_a_date_of_its_own(code):
    text = ("BISHKEK, May 14 (AKIpress) - Kyrgyzstan and Kazakhstan signed a grain agreement on Wednesday under which "
            "Astana will supply 200,000 tonnes of wheat to Kyrgyz mills in June.")
    supplied = _on(code(text, date="2026-05-14"), "supply")
    assert supplied and _dates(supplied) == ["2026-06"] * len(supplied)


def test_an_agreement_reached_after_talks_between_parties_in_a_place_is_there(code):
    text = ("RIGA, May 14 (LETA) - Latvia and Estonia agreed on Wednesday to link their power grids after talks "
            "between their energy ministers in Tallinn.")
    agreed = _on(code(text, date="2026-05-14"), "agreed")
    assert agreed and _countries(agreed) == ["EST"] * len(agreed)


def test_talks_between_parties_in_a_place_are_there(code):
    text = ("Latvia and Estonia agreed to link their power grids at talks between the energy ministers of the two "
            "countries in Tallinn.")
    talks = [e for e in events_of(code(text, date="2026-05-14"), cameo="04") if "talks" in e.trigger.text]
    assert talks and _countries(talks) == ["EST"] * len(talks)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for _, _, d in find_dates(text, dt.date(2026, 10, 2))]


def test_two_months_joined_by_and_are_the_year_they_share():
    assert _found("Its warships sailed past the islands in January and April 2025.") == [
        ("January and April 2025", "2025")]


def test_a_run_of_months_is_the_month_it_starts_in():
    assert _found("The crossing stayed shut from May to August 2024.") == [("May to August 2024", "2024-05")]


def test_a_bare_month_alone_keeps_the_last_such_month():
    assert _found("The crossing was shut in May, officials said.") == [("May", "2026-05")]
