"""Importing PETRARCH/Phoenix actor dictionaries (files written here; no dictionary is copied)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from detente.actors.kb import KnowledgeBase, KnowledgeBaseError, load_default
from detente.actors.phoenix import is_phoenix_file, read_phoenix, to_jsonl_records

SAMPLE = """\
# A made-up dictionary in the PETRARCH/Phoenix layout.

AFGHANISTAN_  [AFG]
+AFGHAN_
+ISLAMIC_REPUBLIC_OF_AFGHANISTAN_
HAMID_KARZAI_                   # a person: no code on the name line
+KARZAI_
 [AFGGOV 011222-140929]
\t[AFGELI >140929]
VLADIMIR_PUTIN_  [RUSGOV >20000507]
ABDULLAH_ABDULLAH_ [AFGGOV 140929-200517]  [AFGOPP <140928]
{UNITED_NATIONS_ | U.N._}  [IGOUNO]
AMNESTY_INTERNATIONAL_ [NGOAMN]
ZORBLAT_LIBERATION_FRONT_ [MLIREBZLF~]
+ZLF_
XINHUA_ [CHNGOVMED=]
ISLAMIC_STATE_ [IMGREBISI]
NOBODY_IN_PARTICULAR_ [---]
"""


def _write(tmp_path: Path, text: str, name: str = "Test.actors.txt", newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def _by_name(entries):
    return {e.name: e for e in entries}


@pytest.fixture
def sample(tmp_path: Path):
    return _by_name(read_phoenix(_write(tmp_path, SAMPLE)))


def test_phoenix_primary_and_synonyms(sample):
    afg = sample["Afghanistan"]
    assert afg.kind == "country" and afg.id == "AFG" and afg.code == "AFG" and afg.country == "AFG"
    assert afg.aliases == ("Afghan", "Islamic Republic of Afghanistan")
    assert sample["Hamid Karzai"].aliases == ("Karzai",)
    assert sample["Zorblat Liberation Front"].aliases == ("ZLF",)
    assert "Nobody in Particular" not in sample  # [---]: no code, nothing to import


def test_phoenix_person_with_dated_roles_and_open_ends(sample):
    karzai = sample["Hamid Karzai"]
    assert karzai.kind == "person" and karzai.id == "phoenix:hamid-karzai"
    gov, eli = karzai.roles
    assert (gov.code, gov.country, gov.sector, gov.actor, gov.title) == ("AFGGOV", "AFG", "GOV", "AFG", "")
    assert (gov.start, gov.end) == (dt.date(2001, 12, 22), dt.date(2014, 9, 29))  # 2-digit years
    assert (eli.code, eli.start, eli.end) == ("AFGELI", dt.date(2014, 9, 29), None)  # '>' = from then on
    [putin] = sample["Vladimir Putin"].roles
    assert (putin.code, putin.start, putin.end) == ("RUSGOV", dt.date(2000, 5, 7), None)  # 4-digit year
    gov, opp = sample["Abdullah Abdullah"].roles
    assert (gov.start, gov.end) == (dt.date(2014, 9, 29), dt.date(2020, 5, 17))
    assert (opp.code, opp.start, opp.end) == ("AFGOPP", None, dt.date(2014, 9, 28))  # '<' = until then


def test_phoenix_two_digit_year_pivot(tmp_path):
    path = _write(tmp_path, "OLD_HAND_\n [USAGOV 690120-490101]\n")
    [role] = read_phoenix(path)[0].roles
    assert (role.start, role.end) == (dt.date(1969, 1, 20), dt.date(2049, 1, 1))


def test_phoenix_role_on_date_picks_the_right_code(sample):
    karzai, abdullah = sample["Hamid Karzai"], sample["Abdullah Abdullah"]
    assert karzai.role_on(dt.date(2005, 6, 1)).code == "AFGGOV"
    assert karzai.role_on(dt.date(2018, 6, 1)).code == "AFGELI"
    assert karzai.role_on(dt.date(2000, 1, 1)) is None
    assert abdullah.role_on(dt.date(2010, 1, 1)).code == "AFGOPP"
    assert abdullah.role_on(dt.date(2016, 1, 1)).code == "AFGGOV"
    assert abdullah.role_on(dt.date(2021, 1, 1)) is None


def test_phoenix_country_organisation_group_classification(sample):
    un = sample["United Nations"]
    assert (un.kind, un.id, un.code, un.country, un.sector) == (
        "organisation", "phoenix:united-nations", "IGOUNO", None, "IGO")
    assert sample["Amnesty International"].kind == "organisation"
    zlf = sample["Zorblat Liberation Front"]  # the ~ flag is dropped
    assert (zlf.kind, zlf.id, zlf.code, zlf.country, zlf.sector) == (
        "group", "phoenix:zorblat-liberation-front", "MLIREBZLF", "MLI", "REB")
    xinhua = sample["Xinhua"]  # the = flag is dropped; two role codes make a compound sector
    assert (xinhua.kind, xinhua.code, xinhua.country, xinhua.sector) == ("group", "CHNGOVMED", "CHN", "GOVMED")
    isis = sample["Islamic State"]
    assert (isis.kind, isis.country, isis.sector) == ("group", None, "REB")


def test_phoenix_brace_and_bar_alternatives(sample, tmp_path):
    assert sample["United Nations"].aliases == ("U.N.",)
    text = "{NORTH_ | SOUTH_}_ZORBLAT_ [ZZZ]\nWEST_ZORBLAT_ | WEST_ZORB_ [YYYREB]\n+{OCCIDENTAL_ZORB_|ZORBWEST_}\n"
    west, north = sorted(read_phoenix(_write(tmp_path, text)), key=lambda e: e.name, reverse=True)
    assert (north.name, north.aliases) == ("North Zorblat", ("South Zorblat",))
    assert (west.name, west.aliases) == ("West Zorblat", ("West Zorb", "Occidental Zorb", "Zorbwest"))


def test_phoenix_tolerates_windows_endings_lowercase_and_tabs(tmp_path):
    path = _write(tmp_path, "\ufeffnew_zorbland_\t[ZRB]\n+zorblish_\t# demonym\n", newline="\r\n")
    [entry] = read_phoenix(path)
    assert (entry.id, entry.name, entry.aliases) == ("ZRB", "New Zorbland", ("Zorblish",))


def test_phoenix_merges_repeated_country_codes_and_suffixes_other_clashes(tmp_path):
    text = "ZORBLAND_ [ZRB]\nZORBLANDIA_ [ZRB]\nJOHN_SMITH_ [ZRBGOV 100101-]\nJOHN_SMITH_ [USABUS]\n"
    entries = read_phoenix(_write(tmp_path, text))
    assert [e.id for e in entries] == ["ZRB", "phoenix:john-smith", "phoenix:john-smith-2"]
    assert entries[0].aliases == ("Zorblandia",)


@pytest.mark.parametrize("line, problem", [
    ("BROKEN_ [AFGGOV", "expected [CODE]"),
    ("BAD_DATE_ [AFGGOV 011350-]", "not a date"),
    ("BACKWARDS_ [AFGGOV 140101-130101]", "ends before it starts"),
    ("ODD_ [AFGGOV ~140101]", "malformed code"),
    ("{OPEN_ | SHUT_ [AFG]", "unbalanced"),
    ('"QUOTED" [AFG]', "not an actor name"),
])
def test_phoenix_malformed_line_names_file_and_line(tmp_path, line, problem):
    path = _write(tmp_path, f"# header\nZORBLAND_ [ZRB]\n{line}\n", name="Broken.actors.txt")
    with pytest.raises(KnowledgeBaseError, match=rf"Broken\.actors\.txt line 3: .*{re.escape(problem)}"):
        read_phoenix(path)


@pytest.mark.parametrize("first", [" [AFGGOV 010101-]", "+ORPHAN_"])
def test_phoenix_code_or_synonym_before_any_actor_is_an_error(tmp_path, first):
    with pytest.raises(KnowledgeBaseError, match="line 2: .*before any actor"):
        read_phoenix(_write(tmp_path, f"# nothing yet\n{first}\n"))


def test_phoenix_is_phoenix_file(tmp_path):
    assert is_phoenix_file(_write(tmp_path, SAMPLE))
    assert is_phoenix_file(_write(tmp_path, "# c\n+SYNONYM_FIRST_\n", name="b.txt"))
    assert is_phoenix_file(_write(tmp_path, "HAMID_KARZAI_\n [AFGGOV]\n", name="c.txt"))
    assert is_phoenix_file(_write(tmp_path, "{A_ | B_} [AFG]\n", name="d.txt"))
    jsonl = '# mine\n{"type": "group", "id": "x", "name": "X", "code": "AFGREB"}\n'
    assert not is_phoenix_file(_write(tmp_path, jsonl, name="mine.jsonl"))
    assert not is_phoenix_file(_write(tmp_path, '{"type": "group", "id"\n', name="broken.jsonl"))
    assert not is_phoenix_file(_write(tmp_path, "# only comments\n\n", name="empty.txt"))
    assert not is_phoenix_file(tmp_path / "missing.txt")


def test_phoenix_with_overrides_adds_the_entries(tmp_path):
    base = load_default()
    kb = base.with_overrides(_write(tmp_path, SAMPLE))
    assert kb.get("phoenix:hamid-karzai").role_on(dt.date(2005, 1, 1)).code == "AFGGOV"
    assert kb.get("phoenix:zorblat-liberation-front").code == "MLIREBZLF"
    assert kb.get("AFG").aliases == ("Afghan", "Islamic Republic of Afghanistan")  # replaces shipped AFG
    assert len(kb.entries) == len(base.entries) + 8  # 9 imported, AFG already shipped
    assert "Kabul" not in kb.get("AFG").seats  # documented: a Phoenix country replaces the rich entry


def test_phoenix_round_trip_through_jsonl(tmp_path):
    entries = read_phoenix(_write(tmp_path, SAMPLE))
    records = to_jsonl_records(entries)
    karzai = next(r for r in records if r["id"] == "phoenix:hamid-karzai")
    assert karzai["type"] == "person" and karzai["roles"][1] == {
        "title": "", "actor": "AFG", "code": "AFGELI", "country": "AFG", "sector": "ELI",
        "start": "2014-09-29", "end": None}
    path = tmp_path / "converted.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert not is_phoenix_file(path)
    kb = KnowledgeBase(entries={}, sectors={}).with_overrides(path)
    for entry in entries:
        loaded = kb.get(entry.id)
        assert (loaded.name, loaded.aliases, loaded.kind) == (entry.name, entry.aliases, entry.kind)
        assert (loaded.code, loaded.country, loaded.sector, loaded.roles) == (
            entry.code, entry.country, entry.sector, entry.roles)
