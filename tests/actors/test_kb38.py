"""Knowledge-base coverage of session 38 (issue 11, h-kb38).

Places: an island named like a town of another country ("Delft island" off Jaffna, not the Dutch town of Delft;
"Tuzla island" in the Kerch Strait, not the Bosnian city) is a place of its own country, with the capital or the
small "island" that wire copy writes; islands wire copy names as where acts happen (Hormuz, Kharg and Kish in the
Gulf, Pemba off Tanzania, Katchatheevu in the Palk Strait) are places of their country.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import events_of

from detente.actors.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize(("place", "country"), [
    ("Delft Island", "LKA"), ("Delft island", "LKA"), ("Delft", "NLD"),
    ("Tuzla Island", "UKR"), ("Tuzla island", "UKR"), ("Tuzla", "BIH"),
    ("Hormuz Island", "IRN"), ("Hormuz island", "IRN"), ("Kharg island", "IRN"), ("Kharg Island", "IRN"),
    ("Pemba Island", "TZA"), ("Katchatheevu", "LKA"), ("Snake Island", "UKR"),
])
def test_kb38_an_island_is_a_place_of_its_country_whatever_town_shares_its_name(kb, place, country):
    assert kb.places.get(place) == country


def test_kb38_pemba_alone_is_no_place(kb):
    # the Tanzanian island and the Mozambican port share the name: only the island's full name is listed
    assert "Pemba" not in kb.places


@pytest.mark.parametrize(("text", "country"), [
    ("COLOMBO, March 2 (Reuters) - The Sri Lankan navy arrested 14 Indian fishermen off Delft island on Monday "
     "for poaching, a navy spokesman said.", "LKA"),
    ("CHENNAI, March 2 (PTI) - The Sri Lankan navy seized two Indian trawlers near Delft Island on Monday, "
     "fishermen's leaders said.", "LKA"),
    ("DUBAI, March 2 (Reuters) - Iran's Revolutionary Guards seized a foreign tanker near Hormuz island on Monday, "
     "state media said.", "IRN"),
    ("DAR ES SALAAM, March 2 (Reuters) - Tanzanian police arrested 30 Kenyan fishermen off Pemba island on Monday.",
     "TZA"),
])
def test_kb38_an_act_off_an_island_takes_the_islands_country(code, text, country):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.plover == "COERCE"]
    assert acts and all(e.location is not None and e.location.country == country for e in acts), acts


# -- actors (second batch) -------------------------------------------------------------------------------------------
# State bodies and companies, unions, a national Red Crescent society and people in office that wire copy names and
# the knowledge base lacked: unknown, such a name was coded as nobody or as an unknown person made up on the spot
# ("person:picardo"), and the side was lost.

NEW_GROUPS = ("lithuanian-railways", "timor-gap", "dirco", "border-management-authority-zaf",
              "chinese-catholic-patriotic-association", "bishops-conference-catholic-church-china",
              "railway-workers-union-of-zambia", "norebo", "murman-seafood")
NEW_ORGANISATIONS = ("moroccan-red-crescent",)
NEW_PEOPLE = ("naima-moutchou", "fabian-picardo", "gent-cakaj", "naomichi-suzuki", "mahathir-mohamad", "sar-sokha",
              "marc-ati", "om-prakash-aryal")


def test_kb38_new_names_collide_with_no_other_actor_place_or_common_word(kb):
    from tests.conftest import assert_new_names_clean

    assert_new_names_clean(kb, (*NEW_GROUPS, *NEW_ORGANISATIONS, *NEW_PEOPLE))


def test_kb38_a_state_company_acts_for_its_state_and_a_private_one_for_itself(kb):
    for ident, code_, kind in (("lithuanian-railways", "LTUGOVBUS", "government"),
                               ("timor-gap", "TMPGOVBUS", "government"), ("dirco", "ZAFGOV", "government"),
                               ("norebo", "RUSBUSNRB", "group"),
                               ("railway-workers-union-of-zambia", "ZMBLABRWZ", "group")):
        entry = kb.get(ident)
        assert (entry.code, entry.kind) == (code_, kind), ident


def test_kb38_a_short_name_that_is_also_something_else_is_read_only_as_a_name(kb):
    # "AFC" is also the Asian Football Confederation, "LTG" a lieutenant general, "CCPA" other bodies' initials
    assert "AFC" in kb.get("m23").ambiguous
    assert "LTG" in kb.get("lithuanian-railways").ambiguous
    assert "CCPA" in kb.get("chinese-catholic-patriotic-association").ambiguous


@pytest.mark.parametrize(("ident", "day", "code_"), [
    ("mahathir-mohamad", "2019-06-01", "MYSGOV"),  # his second term as prime minister
    ("mahathir-mohamad", "2026-03-02", None),  # out of office (coded MYSELI, his last country)
    ("gent-cakaj", "2020-06-01", "ALBGOV"),
    ("gent-cakaj", "2026-03-02", None),
    ("fabian-picardo", "2026-03-02", "GBRGOV"),  # Gibraltar's government is coded by the United Kingdom
    ("naomichi-suzuki", "2026-03-02", "JPNGOV"),
])
def test_kb38_a_person_takes_the_code_of_the_office_held_that_day(kb, ident, day, code_):
    import datetime as dt

    role = kb.get(ident).role_on(dt.date.fromisoformat(day))
    assert (role.code if role else None) == code_


@pytest.mark.parametrize(("text", "trigger", "side", "code_"), [
    ("DILI, March 2 (Reuters) - Timor GAP on Monday accused Woodside of delaying the Greater Sunrise gas project.",
     "accused", "source", "TMPGOVBUS"),
    ("PRETORIA, March 2 (Reuters) - DIRCO on Monday summoned Israel's ambassador over the killing of a South "
     "African aid worker.", "summoned", "source", "ZAFGOV"),
    ("PRETORIA, March 2 (Reuters) - The Border Management Authority on Monday closed the Lebombo crossing to "
     "Mozambique.", "closed", "source", "ZAFCOP"),
    ("GIBRALTAR, March 2 (Reuters) - Picardo on Monday accused Madrid of slowing checks at the border.",
     "accused", "source", "GBRGOV"),
    ("SAPPORO, March 2 (Kyodo) - Hokkaido Governor Naomichi Suzuki on Monday urged Russia to free the seized "
     "fishing boat.", "urged", "source", "JPNGOV"),
    ("PARIS, March 2 (Reuters) - Naïma Moutchou on Monday urged the FLNKS to return to talks.", "urged", "source",
     "FRAGOV"),
    ("KUALA LUMPUR, March 2 (Reuters) - Tun Dr Mahathir Mohamad on Monday accused Singapore of underpaying for "
     "Johor's water.", "accused", "source", "MYSELI"),
    ("PHNOM PENH, March 2 (Reuters) - Interior Minister Sar Sokha on Monday accused Thai soldiers of firing into "
     "Cambodian villages.", "accused", "source", "KHMGOV"),
    ("GOMA, March 2 (Reuters) - The AFC on Monday accused the Congolese army of bombing villages in South Kivu.",
     "accused", "source", "CODREBM23"),
    ("LUSAKA, March 2 (Reuters) - The Railway Workers Union of Zambia on Monday accused Tanzania of withholding "
     "wagons.", "accused", "source", "ZMBLABRWZ"),
    ("RABAT, March 2 (Reuters) - The Moroccan Red Crescent on Monday sent 40 trucks of aid to Gaza.", "sent",
     "source", "NGOMRC"),
    ("BEIJING, March 2 (Reuters) - The Chinese Catholic Patriotic Association on Monday rejected the Vatican's "
     "criticism of the ordination.", "rejected", "source", "CHNGOV"),
    ("OSLO, March 2 (Reuters) - Norway on Monday banned Norebo from fishing in its waters.", "banned", "target",
     "RUSBUSNRB"),
])
def test_kb38_a_named_body_or_person_is_coded(code, text, trigger, side, code_):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith(trigger)]
    assert acts and all(code_ in {p.code for p in getattr(e, side)} for e in acts), acts


# -- third batch: "Al-" at the head of a sentence, and officials wire copy names ------------------------------------
# Names are matched as written: a surname listed as "al-Burhan" was not found where a sentence opens with it
# ("Al-Burhan said ..."), so each such alias has its capitalised form.


def test_kb38_every_al_surname_has_its_sentence_initial_form(kb):
    for entry in kb.entries.values():
        if entry.kind == "person":
            for name in entry.names:
                if name.startswith("al-"):
                    assert "A" + name[1:] in entry.names, (entry.id, name)


@pytest.mark.parametrize(("text", "trigger", "side", "code_"), [
    ("KHARTOUM, March 2 (Reuters) - Al-Burhan on Monday accused the United Arab Emirates of arming the RSF.",
     "accused", "source", "SDNGOV"),
    ("BAGHDAD, March 2 (Reuters) - Al-Sudani on Monday urged Ankara to withdraw its troops from northern Iraq.",
     "urged", "source", "IRQGOV"),
    ("NUUK, March 2 (Reuters) - Jens-Frederik Nielsen on Monday rejected Washington's offer to buy Greenland.",
     "rejected", "source", "DNKGOV"),
    ("CEUTA, March 2 (EFE) - Juan Jesús Vivas on Monday urged Rabat to reopen the customs post.", "urged",
     "source", "ESPGOV"),
    ("DAKAR, March 2 (Reuters) - Finance Minister Cheikh Diba on Monday asked the IMF to resume lending.", "asked",
     "source", "SENGOV"),
    ("LIMA, March 2 (Reuters) - Hugo de Zela on Monday summoned Mexico's chargé d'affaires.", "summoned", "source",
     "PERGOV"),
])
def test_kb38_third_batch_names_are_coded(code, text, trigger, side, code_):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith(trigger)]
    assert acts and all(code_ in {p.code for p in getattr(e, side)} for e in acts), acts


def test_kb38_third_batch_names_are_clean(kb):
    from tests.conftest import assert_new_names_clean

    assert_new_names_clean(kb, ("cheikh-diba", "hugo-de-zela", "jens-frederik-nielsen", "juan-jesus-vivas",
                                "david-panuelo", "roman-vassilenko", "sun-weidong",
                                "melvin-bouva"))
