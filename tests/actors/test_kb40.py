"""Knowledge-base coverage of session 40 (issue 11, h-place40).

Places: towns, villages, islands, crossings and ports below the country that wire copy names as where acts happen
and the gazetteer lacked (a border town, a buffer-zone village, a port, an island, a lake island, a crossing) are
places of their one country. Actors: state bodies wire copy names without their country's name (a foreign ministry's
building used for the ministry, "Wisma Putra"), commands of a state's forces stationed abroad ("U.S. Forces Japan":
the sending state's military, not the host's), services and units named in the language of their country
("Bundespolizei", "Senafront") and a regional governor.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import events_of

from detente.actors.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize(("place", "country"), [
    ("Zégoua", "MLI"), ("Pyla", "CYP"), ("Paita", "PER"), ("Leticia", "COL"), ("Juradó", "COL"), ("Ruacana", "NAM"),
    ("Ukerewe", "TZA"), ("Ngaoui", "CMR"), ("Jan Mayen", "NOR"), ("Karameh", "JOR"), ("Koya", "IRQ"),
    ("al-Khubah", "SAU"), ("Alat", "AZE"), ("Qasr", "LBN"), ("Turkistan", "KAZ"), ("Qosh Tepa", "AFG"),
    ("Sapodilla Cayes", "BLZ"), ("Nansei Islands", "JPN"), ("Wisma Putra", "MYS"), ("Farnesina", "ITA"),
])
def test_kb40_a_place_is_a_place_of_its_one_country(kb, place, country):
    assert kb.places.get(place) == country


NEW_GROUPS = ("us-forces-japan", "us-forces-korea", "royal-australian-air-force", "royal-australian-navy",
              "royal-thai-army", "royal-thai-navy", "sri-lanka-navy", "royal-bahamas-defence-force",
              "belize-defence-force", "senafront", "bundespolizei", "norway-pst", "gipc", "bangladesh-erd",
              "cameroon-bir", "india-ndrf")


def test_kb40_new_names_collide_with_no_other_actor_place_or_common_word(kb):
    from tests.conftest import assert_new_names_clean

    assert_new_names_clean(kb, (*NEW_GROUPS, "denny-tamaki"))


def test_kb40_a_command_abroad_is_the_sending_states_military(kb):
    for ident in ("us-forces-japan", "us-forces-korea"):
        assert (kb.get(ident).code, kb.get(ident).country) == ("USAMIL", "USA")


def test_kb40_short_names_that_are_also_something_else_are_read_only_as_names(kb):
    # "PST" is a time zone, "BIR" and "ERD" other bodies' initials; "BDF" (Botswana's force too) is not listed
    assert "PST" in kb.get("norway-pst").ambiguous
    assert "BIR" in kb.get("cameroon-bir").ambiguous
    assert "BDF" not in kb.get("belize-defence-force").aliases


@pytest.mark.parametrize(("text", "trigger", "side", "code_"), [
    ("TOKYO, March 2 (Kyodo) - U.S. Forces Japan on Monday apologised to Okinawa for a helicopter's emergency "
     "landing on a school field.", "apologised", "source", "USAMIL"),
    ("SEOUL, March 2 (Yonhap) - USFK on Monday accused North Korea of flying balloons over its bases.", "accused",
     "source", "USAMIL"),
    ("KUALA LUMPUR, March 2 (Bernama) - Wisma Putra on Monday summoned China's ambassador over a coast guard "
     "incursion off Sarawak.", "summoned", "source", "MYSGOV"),
    ("BERLIN, March 2 (dpa) - The Bundespolizei on Monday arrested three Polish smugglers at the border.",
     "arrested", "source", "DEUCOP"),
    ("PANAMA CITY, March 2 (EFE) - Senafront on Monday arrested six members of a Colombian gang in Darien.",
     "arrested", "source", "PANCOP"),
    ("NAHA, March 2 (Kyodo) - Okinawa Governor Denny Tamaki on Monday demanded that Washington cut the number of "
     "Marines on the island.", "demanded", "source", "JPNGOV"),
])
def test_kb40_a_named_body_or_person_is_coded(code, text, trigger, side, code_):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith(trigger)]
    assert acts and all(code_ in {p.code for p in getattr(e, side)} for e in acts), acts
