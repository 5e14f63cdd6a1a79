"""Integrity checks for the shipped actor knowledge base (src/detente/data/actors).

Standard library only: the files are read as plain JSON lines / TSV, independent of the loader.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).parents[2] / "src/detente/data/actors"
FILES = {
    "country": "countries.jsonl",
    "organisation": "organisations.jsonl",
    "group": "groups.jsonl",
    "person": "people.jsonl",
}
# CAMEO sector codes accepted in sectors.tsv, groups, organisations and roles.
SECTORS = {
    "GOV", "MIL", "COP", "REB", "OPP", "PTY", "LEG", "JUD", "BUS", "CVL", "MED", "EDU", "LAB", "REF", "SPY", "ELI",
    "CRM", "UAF", "REL", "HLH", "HRI", "NGO", "IGO", "AGR", "DEV", "ENV",
    "GOVMED", "GOVMIL", "GOVBUS", "GOVHLH", "GOVEDU", "GOVJUD", "GOVLAB", "GOVREL", "GOVPTY", "OPPPTY", "MILSPY",
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WIKIDATA = re.compile(r"^Q[0-9]+$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _load(kind: str) -> list[dict]:
    path = DATA / FILES[kind]
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name} line {number}: blank line"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
            pytest.fail(f"{path.name} line {number}: not JSON ({exc.msg})")
        assert isinstance(data, dict), f"{path.name} line {number}: not a JSON object"
        rows.append(data)
    return rows


@pytest.fixture(scope="module")
def kb() -> dict[str, list[dict]]:
    return {kind: _load(kind) for kind in FILES}


def _has_upper_or_digit(text: str) -> bool:
    return any(ch.isdigit() or (ch.isalpha() and ch == ch.upper() and ch != ch.lower()) for ch in text)


def _surface_names(entry: dict) -> list[str]:
    return [entry["name"], *entry.get("aliases", []), *entry.get("demonyms", [])]


def _places(entry: dict) -> list[str]:
    capital = [entry["capital"]] if entry.get("capital") else []
    return [*capital, *entry.get("seats", []), *entry.get("cities", []), *entry.get("regions", [])]


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() == v and v for v in value)


def _date(value, where: str) -> dt.date | None:
    if value is None:
        return None
    assert isinstance(value, str) and ISO_DATE.match(value), f"{where}: date {value!r} is not YYYY-MM-DD"
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pytest.fail(f"{where}: date {value!r} is not a valid calendar date")


# ----------------------------------------------------------------------------------------------------------------
def test_actor_data_files_parse_and_are_sorted(kb):
    for kind, rows in kb.items():
        assert rows, f"{FILES[kind]} is empty"
        ids = [row.get("id") for row in rows]
        assert ids == sorted(ids), f"{FILES[kind]} is not sorted by id"


def test_actor_data_ids_unique_within_and_across_files(kb):
    owner: dict[str, str] = {}
    problems = []
    for kind, rows in kb.items():
        for row in rows:
            actor_id = row.get("id")
            assert isinstance(actor_id, str) and actor_id, f"{FILES[kind]}: entry without id: {row}"
            if actor_id in owner:
                problems.append(f"{actor_id!r} in {owner[actor_id]} and {FILES[kind]}")
            owner[actor_id] = FILES[kind]
    assert not problems, "duplicate ids: " + "; ".join(problems)


def test_actor_data_countries_have_required_fields(kb):
    countries = kb["country"]
    assert len(countries) >= 190, f"only {len(countries)} countries"
    for c in countries:
        where = f"country {c.get('id')}"
        assert re.fullmatch(r"[A-Z]{3}", c["id"]), f"{where}: id must be 3 uppercase letters"
        assert isinstance(c["name"], str) and c["name"]
        for key in ("aliases", "demonyms", "seats", "cities"):
            assert _is_str_list(c.get(key)), f"{where}: {key} must be a list of non-empty strings"
        assert _is_str_list(c.get("regions", [])), f"{where}: regions must be a list of strings"
        assert isinstance(c["capital"], str) and c["capital"], f"{where}: capital missing"
        assert c["capital"] in c["seats"], f"{where}: the capital must also be listed in seats"
        assert c["cities"], f"{where}: no cities"
        if "iso3" in c:
            assert re.fullmatch(r"[A-Z]{3}", c["iso3"]) and c["iso3"] != c["id"], f"{where}: bad iso3"
    ids = {c["id"] for c in countries}
    for expected in ("USA", "RUS", "CHN", "GBR", "FRA", "SYR", "PSE", "ISR", "UKR", "KSV", "TWN", "VAT", "HKG", "ESH"):
        assert expected in ids, f"country {expected} missing"


def test_actor_data_organisations_and_groups_have_required_fields(kb):
    countries = {c["id"] for c in kb["country"]}
    org_codes: dict[str, str] = {}
    for o in kb["organisation"]:
        where = f"organisation {o.get('id')}"
        assert SLUG.match(o["id"]), f"{where}: id must be a lowercase slug"
        assert isinstance(o["name"], str) and o["name"]
        assert _is_str_list(o["aliases"]) and _is_str_list(o["nominals"]), where
        assert o["kind"] == "organisation", where
        assert o["sector"] in ("IGO", "NGO"), where
        assert isinstance(o["code"], str) and o["code"].startswith(o["sector"]) and o["code"].isalnum(), where
        assert o["code"] not in org_codes, f"{where}: code {o['code']} also used by {org_codes.get(o['code'])}"
        org_codes[o["code"]] = o["id"]
        assert o["country"] is None or o["country"] in countries, where
    by_id = {g["id"]: g for g in kb["group"]}
    group_ids = set(by_id)
    group_codes: dict[str, str] = {}
    for g in kb["group"]:
        where = f"group {g.get('id')}"
        assert SLUG.match(g["id"]), f"{where}: id must be a lowercase slug"
        assert isinstance(g["name"], str) and g["name"]
        assert _is_str_list(g["aliases"]) and _is_str_list(g["nominals"]), where
        assert g["kind"] in ("group", "party", "government"), where
        assert g["sector"] in SECTORS, f"{where}: unknown sector {g['sector']}"
        assert g["country"] is None or g["country"] in countries, f"{where}: unknown country {g['country']}"
        prefix = (g["country"] or "IMG") + g["sector"]
        if g["kind"] == "government":
            assert g["country"] and g["code"] == prefix, f"{where}: government body code must be country+sector"
        else:
            assert re.fullmatch(re.escape(prefix) + r"[A-Z0-9]{3}", g["code"]), \
                f"{where}: code {g['code']} must be {prefix} + a 3-character group code"
            parent = by_id.get(g.get("parent"))
            if parent is not None and parent["code"] == g["code"]:
                continue  # a wing that acts under its parent's code (Qassam Brigades -> Hamas)
            assert g["code"] not in group_codes, f"{where}: code {g['code']} also used by {group_codes.get(g['code'])}"
            group_codes[g["code"]] = g["id"]
        if "parent" in g:
            assert g["parent"] in group_ids, f"{where}: unknown parent {g['parent']}"
        for period in g.get("periods", []):
            start = _date(period.get("start"), where)
            end = _date(period.get("end"), where)
            assert start is None or end is None or start <= end, f"{where}: period ends before it starts"
            assert period["sector"] in SECTORS and period["code"].startswith(g["country"] or "IMG"), where
        if "dissolved" in g:
            _date(g["dissolved"], where)
    for o in kb["organisation"]:
        if "parent" in o:
            assert o["parent"] in {x["id"] for x in kb["organisation"]}, f"organisation {o['id']}: bad parent"


def test_actor_data_people_roles_are_dated_and_point_to_actors(kb):
    countries = {c["id"] for c in kb["country"]}
    targets = {x["id"]: x for x in kb["organisation"] + kb["group"]}
    for p in kb["person"]:
        where = f"person {p.get('id')}"
        assert SLUG.match(p["id"]), f"{where}: id must be a lowercase slug"
        assert isinstance(p["name"], str) and p["name"] and _is_str_list(p["aliases"]), where
        assert p["gender"] in ("m", "f"), f"{where}: gender must be m or f"
        assert isinstance(p["roles"], list) and p["roles"], f"{where}: no roles"
        for role in p["roles"]:
            here = f"{where} role {role.get('title')!r}"
            assert isinstance(role.get("title"), str) and role["title"], here
            start = _date(role.get("start"), here)
            end = _date(role.get("end"), here)
            assert start is None or end is None or start <= end, f"{here}: ends before it starts"
            assert start is None or start <= dt.date(2026, 11, 26), f"{here}: starts in the future"
            actor = role.get("actor")
            assert actor in countries or actor in targets, f"{here}: unknown actor {actor!r}"
            assert role["sector"] in SECTORS, f"{here}: unknown sector {role['sector']}"
            if actor in countries:
                assert role["country"] == actor, f"{here}: country must equal the actor"
                assert role["code"] == actor + role["sector"], f"{here}: code must be country + sector"
            else:
                target = targets[actor]
                assert role["code"] == target["code"], f"{here}: code must be {target['code']}"
                assert role["country"] == target["country"], f"{here}: country must be {target['country']}"
                assert role["sector"] == target["sector"], f"{here}: sector must be {target['sector']}"


def test_actor_data_no_alias_shared_by_two_actors(kb):
    owners: dict[str, set[str]] = defaultdict(set)
    for rows in kb.values():
        for row in rows:
            for name in _surface_names(row):
                owners[name].add(row["id"])
    shared = {name: sorted(ids) for name, ids in owners.items() if len(ids) > 1}
    assert not shared, "names/aliases/demonyms listed for several actors: " + "; ".join(
        f"{name!r} -> {ids}" for name, ids in sorted(shared.items()))


def test_actor_data_aliases_are_not_lowercase_words(kb):
    bad = []
    for rows in kb.values():
        for row in rows:
            for text in [*_surface_names(row), *_places(row)]:
                if not _has_upper_or_digit(text):
                    bad.append(f"{row['id']}: {text!r}")
    assert not bad, "names without an uppercase letter or digit: " + "; ".join(bad)


def test_actor_data_ambiguous_lists_name_existing_aliases(kb):
    for rows in kb.values():
        for row in rows:
            names = set(_surface_names(row)) | set(_places(row))
            for name in row.get("ambiguous", []):
                assert name in names, f"{row['id']}: ambiguous {name!r} is not one of its names or places"


def test_actor_data_nominals_are_lowercase(kb):
    for kind in ("organisation", "group"):
        for row in kb[kind]:
            for nominal in row["nominals"]:
                assert nominal == nominal.strip() and nominal, f"{row['id']}: bad nominal {nominal!r}"
                assert nominal.split()[-1] == nominal.split()[-1].lower(), f"{row['id']}: nominal {nominal!r}"


def test_actor_data_wikidata_ids_are_well_formed_and_unique(kb):
    seen: dict[str, str] = {}
    for rows in kb.values():
        for row in rows:
            if "wikidata" not in row:
                continue
            qid = row["wikidata"]
            assert isinstance(qid, str) and WIKIDATA.match(qid), f"{row['id']}: bad wikidata id {qid!r}"
            assert qid not in seen, f"wikidata {qid} used by {seen[qid]} and {row['id']}"
            seen[qid] = row["id"]


def test_actor_data_places_do_not_collide_with_other_countries(kb):
    countries = kb["country"]
    names_of = {c["id"]: set(_surface_names(c)) for c in countries}
    place_owner: dict[str, str] = {}
    problems = []
    for c in countries:
        for place in set(_places(c)):
            for other, names in names_of.items():
                if other != c["id"] and place in names:
                    problems.append(f"{c['id']} place {place!r} is a name of {other}")
            if place in place_owner and place_owner[place] != c["id"]:
                problems.append(f"place {place!r} listed under {place_owner[place]} and {c['id']}")
            place_owner[place] = c["id"]
    # a place may also name a body only where both list it as ambiguous ("Brussels": Belgium's capital, the EU)
    ambiguous = {c["id"]: set(c.get("ambiguous") or ()) for c in countries}
    other_names = {n for kind in ("organisation", "group", "person") for row in kb[kind] for n in _surface_names(row)
                   if n not in (row.get("ambiguous") or ())}
    both = {n for kind in ("organisation", "group", "person") for row in kb[kind] for n in (row.get("ambiguous") or ())
            if n in _surface_names(row)}
    problems += [f"place {p!r} ({o}) is also an actor name" for p, o in place_owner.items()
                 if p in other_names or (p in both and p not in ambiguous[o])]
    assert not problems, "; ".join(sorted(problems))


def test_actor_data_sectors_tsv_is_valid():
    path = DATA / "sectors.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "word\tsector\tkind\tnote", "sectors.tsv header must be: word<TAB>sector<TAB>kind<TAB>note"
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 90, f"only {len(rows)} sector words"
    seen = set()
    for number, row in enumerate(rows, 2):
        where = f"sectors.tsv line {number}"
        assert None not in row and all(v is not None for v in row.values()), f"{where}: wrong number of columns"
        word = row["word"]
        assert word and word == word.lower() and word == word.strip(), f"{where}: word must be lowercase: {word!r}"
        assert word not in seen, f"{where}: duplicate word {word!r}"
        seen.add(word)
        assert row["sector"] in SECTORS, f"{where}: unknown sector {row['sector']!r}"
        assert row["kind"] in ("role", "asset", "craft", "rank"), f"{where}: unknown kind {row['kind']!r}"


def test_actor_data_outlets_are_not_actors():
    outlets = [line.strip() for line in (DATA / "outlets.txt").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert len(outlets) == len(set(outlets)), "duplicate outlet"
    names = set()
    for filename in ("countries.jsonl", "organisations.jsonl", "groups.jsonl", "people.jsonl"):
        for line in (DATA / filename).read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            names.update([entry["name"], *entry.get("aliases", [])])
    assert not names & set(outlets), f"outlets that are also actors: {sorted(names & set(outlets))}"


# Countries whose head of state or government is not in people.jsonl: San Marino (its Captains Regent change every six
# months), Samoa, and Western Sahara (its leader acts for the Polisario Front). Shrink it
# as people are added; the test fails when a listed country gains a leader, so the list stays true.
LEADERLESS = {"ESH", "SMR", "WSM"}
HEAD_TITLE = re.compile(
    r"\b(President|Prime Minister|King|Emir|Sultan|Prince|Chancellor|Premier|Taoiseach|Chief Executive|Chief Adviser"
    r"|Pope|Leader of|head of the military government|Chairman of the (Sovereignty|Presidential Leadership) Council"
    r"|Co-President|Emperor|Head of Government|member of the Presidency|Chair of the Council of Ministers)\b")
NOT_HEAD_TITLE = re.compile(r"\b(Vice|Deputy|Crown|Acting)\b|Parliament|Senate|Assembly|Commission")


def test_actor_data_countries_have_a_leader_in_office(kb):
    """Every country but the listed ones has a head of state or government in office in late 2025 (the horizon)."""
    day = dt.date(2025, 11, 1)
    led = set()
    for p in kb["person"]:
        for role in p["roles"]:
            start, end = _date(role["start"], p["id"]), _date(role["end"], p["id"])
            if (role["sector"] == "GOV" and role["country"] and (start is None or start <= day)
                    and (end is None or day <= end) and HEAD_TITLE.search(role["title"])
                    and not NOT_HEAD_TITLE.search(role["title"])):
                led.add(role["country"])
    countries = {c["id"] for c in kb["country"]}
    missing = sorted(countries - led - LEADERLESS)
    assert not missing, f"no head of state or government in office: {missing}"
    assert not LEADERLESS & led, f"LEADERLESS lists countries that have a leader now: {sorted(LEADERLESS & led)}"


def _states(*rows: str) -> frozenset[str]:
    return frozenset(code for row in rows for code in row.split())


# States that international news names most (the G20, the Middle East, Africa's large states and its conflict zones,
# South and Central Asia, the Caucasus, ASEAN, Europe and Latin America): a story naming their foreign or defence
# minister must find the person, not leave the doer to the title and its context.
FOREIGN_MINISTER_STATES = _states(
    "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF",
    "ARE BHR EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SYR YEM",
    "AGO BFA CMR COD DZA ERI ETH KEN MAR MLI NER NGA RWA SEN TUN TZA UGA",
    "AFG ARM AZE BGD GEO KAZ KGZ LKA PAK TJK TKM UZB KHM MMR MYS PHL PRK SGP THA TWN VNM",
    "AUT BEL BGR BIH BLR CHE CZE DNK ESP EST FIN GRC HRV HUN IRL KSV LTU LUX LVA MDA MKD MNE NLD NOR POL PRT",
    "ROU SRB SVK SVN SWE UKR CHL COL CUB ECU GTM JAM PAN PRY URY VEN",
)
# Korea is left out: between December 2024 and July 2025 its defence ministry had only acting heads.
DEFENCE_MINISTER_STATES = _states(
    "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN MEX RUS SAU TUR USA ZAF",
    "ARE EGY IRN IRQ ISR JOR LBN SYR YEM BFA CMR KEN MLI NER NGA RWA",
    "ARM AZE GEO KAZ PAK UZB KHM MYS PHL SGP TWN VNM",
    "AUT BEL BGR BIH BLR CHE CZE DNK ESP EST FIN GRC HRV HUN IRL LUX LVA MKD MNE NLD NOR POL PRT ROU SRB",
    "SVK SWE UKR CUB VEN",
)
FOREIGN_TITLE = re.compile(r"Foreign (Minister|Secretary\b|Adviser)|^Secretary of State$|External Affairs Minister"
                           r"|Minister (of|for) (Foreign Affairs|External Relations)")
DEFENCE_TITLE = re.compile(r"Defen[cs]e (Minister|Secretary)|Secretary of (National )?Defense"
                           r"|Minister (of|for) (the )?(Armed Forces|Defen[cs]e)")


@pytest.mark.parametrize("day", [dt.date(2025, 6, 1), dt.date(2025, 11, 1)])
def test_actor_data_newsworthy_states_have_foreign_and_defence_ministers(kb, day):
    """The states news names most have a foreign minister and, most of them, a defence minister in office."""
    held: dict[str, set[str]] = defaultdict(set)
    for p in kb["person"]:
        for role in p["roles"]:
            start, end = _date(role["start"], p["id"]), _date(role["end"], p["id"])
            if role["sector"] != "GOV" or not role["country"] or (start and day < start) or (end and end < day):
                continue
            if FOREIGN_TITLE.search(role["title"]) and "Deputy" not in role["title"]:
                held["foreign"].add(role["country"])
            if DEFENCE_TITLE.search(role["title"]) and "Deputy" not in role["title"]:
                held["defence"].add(role["country"])
    assert not FOREIGN_MINISTER_STATES - held["foreign"], sorted(FOREIGN_MINISTER_STATES - held["foreign"])
    assert not DEFENCE_MINISTER_STATES - held["defence"], sorted(DEFENCE_MINISTER_STATES - held["defence"])


def test_actor_data_ship_prefixes_tsv_is_valid():
    """ship_prefixes.tsv (session 42): a header, unique case-sensitive prefixes of one word, each a country's, a
    known sector, and no merchant prefix (MV, MT, SS name no state)."""
    lines = [line for line in (DATA / "ship_prefixes.tsv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    assert lines[0] == "prefix\tcountry\tsector\tservice", "ship_prefixes.tsv header: prefix, country, sector, service"
    countries = {row["id"] for row in _load("country")}
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 30
    seen = set()
    for number, row in enumerate(rows, 2):
        where = f"ship_prefixes.tsv row {number}"
        prefix = row["prefix"]
        assert prefix and prefix[0].isupper() and prefix.isalpha() and prefix not in seen, f"{where}: {prefix!r}"
        seen.add(prefix)
        assert row["country"] in countries, f"{where}: unknown country {row['country']!r}"
        assert row["sector"] in SECTORS and row["service"], f"{where}: sector and service"
    assert not seen & {"MV", "MT", "SS", "FV"}, "a merchant prefix names no state"


def test_actor_data_offices_tsv_is_valid():
    """offices.tsv (session 56): a header, each row an office that is a lowercase government role word of
    sectors.tsv (the nouns ``NominalRules._office_named_before`` reads), an organisation id of organisations.jsonl and
    a note saying whose office it is, no row twice."""
    lines = [line for line in (DATA / "offices.tsv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    assert lines[0] == "office\torganisation\tnote", "offices.tsv header: office, organisation, note"
    organisations = {row["id"] for row in _load("organisation")}
    with (DATA / "sectors.tsv").open(encoding="utf-8") as handle:
        roles = {row["word"]: row["sector"] for row in csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)}
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows
    seen = set()
    for number, row in enumerate(rows, 2):
        where = f"offices.tsv row {number}"
        office, organisation = row["office"], row["organisation"]
        assert office == office.lower() and roles.get(office) == "GOV", f"{where}: {office!r} is no GOV role word"
        assert organisation in organisations, f"{where}: unknown organisation {organisation!r}"
        assert row["note"] and (office, organisation) not in seen, f"{where}: a note, and no row twice"
        seen.add((office, organisation))
