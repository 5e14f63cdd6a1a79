"""People the knowledge base lacked (session 32, issue 11, h-res): foreign and interior ministers, vice presidents,
EU commissioners, a Turkish Cypriot leader, an army chief and former prime ministers, with dated offices. Without an
entry a bare surname ("Piantedosi said ...") is no actor, and "he" after it points back to someone else.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import datetime as dt

import pytest
from tests.conftest import events_of

from detente.actors.kb import load_default

D = dt.date



@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize(("person", "day", "code_"), [
    ("margus-tsahkna", D(2026, 3, 3), "ESTGOV"),  # Foreign Minister of Estonia from April 2023
    ("margus-tsahkna", D(2022, 6, 1), None),
    ("matteo-piantedosi", D(2026, 3, 3), "ITAGOV"),  # Interior Minister of Italy from October 2022
    ("ruben-ramirez-lezcano", D(2026, 3, 3), "PRYGOV"),  # Foreign Minister of Paraguay from August 2023
    ("gordan-grlic-radman", D(2026, 3, 3), "HRVGOV"),
    ("lejeune-mbella-mbella", D(2026, 3, 3), "CMRGOV"),
    ("geraldo-alckmin", D(2026, 3, 3), "BRAGOV"),  # Vice President of Brazil from 2023
    ("geraldo-alckmin", D(2020, 6, 1), None),
    ("teodoro-nguema-obiang-mangue", D(2026, 3, 3), "GNQGOV"),
    ("muhoozi-kainerugaba", D(2026, 3, 3), "UGAMIL"),  # Uganda's Chief of Defence Forces from March 2024
    ("tufan-erhurman", D(2026, 3, 3), "CYPGOVTCY"),  # the Turkish Cypriot leader from October 2025
    ("tufan-erhurman", D(2024, 6, 1), None),
    ("dubravka-suica", D(2026, 3, 3), "IGOEUREEC"),  # a European commissioner: the EU, as for Kaja Kallas
    ("marta-kos", D(2026, 3, 3), "IGOEUREEC"),
    ("macky-sall", D(2020, 6, 1), "SENGOV"),  # President of Senegal 2012-2024
    ("macky-sall", D(2026, 3, 3), None),
    ("alexis-tsipras", D(2018, 6, 17), "GRCGOV"),  # Prime Minister of Greece 2015-2019
    ("zoran-zaev", D(2018, 6, 17), "MKDGOV"),  # Prime Minister of North Macedonia 2017-2020, 2020-2022
    ("zoran-zaev", D(2020, 5, 1), None),
    ("alexandre-de-moraes", D(2026, 3, 3), "BRAJUD"),
])
def test_kb32_periods_of_office(kb, person, day, code_):
    role = kb.get(person).role_on(day)
    assert (role.code if role else None) == code_


def test_kb32_a_bare_surname_is_the_minister(code):
    text = ("ROME, March 3 (Reuters) - Italy's interior minister said on Tuesday that Rome would send more coast "
            "guard vessels to Lampedusa. Piantedosi accused Tunisia of failing to stop the departures.")
    accusations = [e for e in events_of(code(text, date="2026-03-03")) if e.trigger.text.startswith("accused")]
    assert accusations and all({p.actor for p in e.source} == {"matteo-piantedosi"}
                                and {p.code for p in e.source} == {"ITAGOV"} for e in accusations), accusations
    assert all({p.actor for p in e.target} == {"TUN"} for e in accusations), accusations


def test_kb32_a_turkish_cypriot_leader_speaks_for_the_north(code):
    text = ("NICOSIA, March 3 (Reuters) - Erhürman on Tuesday accused Greece of arming the Greek Cypriot "
            "National Guard.")
    accusations = [e for e in events_of(code(text, date="2026-03-03")) if e.trigger.text.startswith("accused")]
    assert accusations and all({p.code for p in e.source} == {"CYPGOVTCY"} for e in accusations), accusations


def test_kb32_siam_is_no_alias_of_thailand(code):
    # an archaic name: in wire copy a surname or a company's name ("Siam Cement"), never the Thai state
    text = ("DHAKA, March 3 (Reuters) - Pakistan's foreign minister held talks with Foreign Secretary Rahim Uddin "
            "Siam in Dhaka on Tuesday.")
    talks = [e for e in events_of(code(text, date="2026-03-03")) if "talks" in e.trigger.text]
    assert all("THA" not in {p.country for p in (*e.source, *e.target)} for e in talks), talks
