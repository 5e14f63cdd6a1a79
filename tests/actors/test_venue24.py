"""Organisations named by a description and state bodies placed by a town (session 24, h-venue24; issue 11).

"The U.N. civil aviation agency" is ICAO and "the bloc's executive" the European Commission (a definite noun on an
organisation that names one of its bodies by the body's nominal, ``DocResolver._body_of``); "the U.N.'s top court"
is the ICJ however the abbreviation is written (``kb.spelling_variants``); "a court in Almaty", "a Mombasa court",
"police in Almaty", "a Kremlin spokesman" are the town's or seat's country, not the dateline's
(``DocResolver._placed_body``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest

from detente.actors.kb import spelling_variants


def test_spelling_variants_write_an_abbreviation_with_and_without_points():
    assert spelling_variants("UN top court") == ["U.N. top court"]
    assert spelling_variants("UN's top court") == ["U.N.'s top court"]
    assert spelling_variants("U.S. State Department") == ["US State Department"]
    assert spelling_variants("UN") == []  # a one-word abbreviation is listed as it is written
    assert spelling_variants("ECOWAS Court") == []  # no abbreviation of two or three capitals


def _targets(result, trigger):
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return [p.actor for p in event.target]


@pytest.mark.parametrize("text, body", [
    ("WARSAW, May 12 (Reuters) - Poland asked the U.N. civil aviation agency on Tuesday to investigate "
     "satellite-signal jamming over the Baltic.", "icao"),
    ("TEHRAN, May 12 (AP) — Iran accused the U.N. watchdog on Sunday of leaking inspection reports.", "iaea"),
    ("TEHRAN, May 12 (AP) — Iran accused the U.N. atomic watchdog on Sunday of leaking inspection reports.", "iaea"),
    ("PRAGUE, May 12 (Reuters) - The Czech government urged the EU’s executive on Wednesday to delay the "
     "emissions rules.", "european-commission"),
    ("ADDIS ABABA, May 12 (AP) — Ethiopia accused the U.N. human rights office on Friday of bias.", "ohchr"),
    ("DHAKA, May 12 (AFP) - Bangladesh praised the U.N.’s top court on Thursday.", "icj"),
])
def test_description_names_one_body_of_an_organisation(code, text, body):
    result = code(text, date="2026-05-12")
    assert _targets(result, ("asked", "accused", "urged", "praised")) == [body]


def test_the_blocs_executive_is_the_commission_of_the_bloc_named(code):
    result = code("BUDAPEST, May 12 (Reuters) - Hungary criticised the European Union on Monday. Budapest accused "
                  "the bloc's executive of blackmail.", date="2026-05-12")
    assert _targets(result, "accused") == ["european-commission"]


@pytest.mark.parametrize("text", [
    "GENEVA, May 12 (Reuters) - Mali accused a U.N. agency on Monday of bias.",  # indefinite: which one is not said
    "GENEVA, May 12 (Reuters) - Lebanon accused the U.N. peacekeeping force on Monday of bias.",  # not Cyprus's
])
def test_description_that_names_no_one_body_stays_the_organisation(code, text):
    result = code(text, date="2026-05-12")
    assert _targets(result, "accused") == ["un"]


def test_appositive_name_wins_over_a_description(code):
    result = code("KINSHASA, May 12 (Reuters) - The U.N. peacekeeping mission, MONUSCO, urged Rwanda on Monday to "
                  "withdraw its troops.", date="2026-05-12")
    [event] = [e for e in result.events if e.trigger.text.startswith("urged")]
    assert [p.actor for p in event.source] == ["monusco"]


@pytest.mark.parametrize("text, country, sector", [
    ("GENEVA, May 12 (Reuters) - A court in Almaty on Monday jailed two Russian citizens for recruiting "
     "fighters.", "KAZ", "JUD"),
    ("NAIROBI, May 12 (Reuters) - A Mombasa court on Tuesday sentenced six Somali pirates to 20 years.", "KEN", "JUD"),
    ("GENEVA, May 12 (Reuters) - Police in Almaty detained two Kyrgyz journalists on Wednesday.", "KAZ", "COP"),
    ("WASHINGTON, May 12 (AP) — A Moscow court on Friday sentenced an American journalist to 12 years.", "RUS", "JUD"),
    ("HELSINKI, May 12 (Reuters) - A Kremlin spokesman criticised Finland on Tuesday for closing the border.",
     "RUS", "GOV"),
])
def test_state_body_placed_by_a_town_is_that_towns_country(code, text, country, sector):
    result = code(text, date="2026-05-12")
    [event] = [e for e in result.events if e.trigger.text.startswith(("jailed", "sentenced", "detained", "criticised"))]
    assert [(p.country, p.sector) for p in event.source] == [(country, sector)]


def test_a_town_places_no_thing_a_body_word_is_compounded_on(code):
    result = code("LONDON, Oct 16 (Reuters) - Britain sanctioned three Georgian officials over a violent police "
                  "crackdown on protesters in Tbilisi.", date="2026-10-16")
    [sanction] = [e for e in result.events if e.trigger.text.startswith("sanctioned")]
    assert sanction.location is None  # "a police crackdown in Tbilisi": the crackdown's place, no Georgian body
