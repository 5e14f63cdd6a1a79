"""Integrity of the word classes (data/lexicon/words.tsv) and the CAMEO root table (data/cameo_roots.tsv).

Standard library only for the file checks (a broken line is reported with its number); the last
tests check that the loaders agree with the files.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).parents[2] / "src/detente/data"
WORDS = DATA / "lexicon" / "words.tsv"
ROOTS_FILE = DATA / "cameo_roots.tsv"
WORD = re.compile(r"^[a-z][a-z']*$")
# kinds whose rows may be phrases of several words, matched against a compound and its head ("state house")
PHRASE_KINDS = ("seat_noun",)
PHRASE = re.compile(r"^[a-z][a-z']*( [a-z][a-z']*)*$")
LABEL = re.compile(r"^[A-Z_]+$")
FRAMES = {"appeal", "demand", "refuse", "threaten", "intend"}


def _data_lines(path: Path) -> list[tuple[int, list[str]]]:
    return [(n, line.split("\t")) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.startswith("#")]


def _documented_kinds() -> set[str]:
    kinds = set()
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^#\s{3}(\w+)\s", line)
        if match:
            kinds.add(match.group(1))
    return kinds


def test_words_rows_are_well_formed():
    lines = _data_lines(WORDS)
    assert lines[0][1] == ["kind", "word"]
    documented = _documented_kinds()
    seen: set[tuple[str, str]] = set()
    for number, fields in lines[1:]:
        assert len(fields) == 2, f"words.tsv line {number}: expected kind<TAB>word"
        kind, word = fields
        assert kind in documented, f"words.tsv line {number}: kind {kind!r} is not documented in the header"
        pattern = LABEL if kind in ("not_actor_entity", "name_entity") else PHRASE if kind in PHRASE_KINDS else WORD
        assert pattern.match(word), f"words.tsv line {number}: malformed word {word!r}"
        assert (kind, word) not in seen, f"words.tsv line {number}: {word!r} listed twice as {kind}"
        seen.add((kind, word))


def test_words_every_documented_kind_is_loaded_and_used():
    from detente.events.lexicon import WORD_KINDS

    documented = _documented_kinds()
    assert documented == set(WORD_KINDS)
    kinds = {fields[0] for _, fields in _data_lines(WORDS)[1:]}
    assert kinds == documented, f"kinds without words: {documented - kinds}"


def test_words_pair_noun_kinds_are_disjoint():
    by_kind: dict[str, set[str]] = defaultdict(set)
    for _, (kind, word) in _data_lines(WORDS)[1:]:
        by_kind[kind].add(word)
    pairs = [by_kind["pair_noun"], by_kind["pair_noun_person"], by_kind["pair_noun_any"]]
    assert not (pairs[0] & pairs[1] or pairs[0] & pairs[2] or pairs[1] & pairs[2])
    assert not by_kind["pronoun_masculine"] & by_kind["pronoun_feminine"]


def test_words_capital_place_prepositions_exclude_targets():
    from detente.events.lexicon import load_default

    words = load_default().words
    assert "in" in words.capital_place_prep and "through" in words.capital_place_prep
    assert "on" in words.place_prep and "on" not in words.capital_place_prep  # "sanctions on Moscow"


def _root_rows() -> list[dict[str, str]]:
    text = "\n".join(line for line in ROOTS_FILE.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#"))
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def test_cameo_roots_cover_the_twenty_roots_once():
    assert [row["root"] for row in _root_rows()] == [f"{n:02d}" for n in range(1, 21)]


def test_cameo_roots_columns_are_well_formed():
    with (DATA / "cameo.tsv").open(encoding="utf-8") as handle:
        contexts = {c for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
                    for c in (row["context"] or "").split(";") if c}
    for row in _root_rows():
        where = f"cameo_roots.tsv root {row['root']}"
        assert row["quad_class"] in "1234" and row["plover_quad"] in "1234", where
        assert row["frame"] in FRAMES | {""}, where
        for column in ("speech", "reported_content", "unresolved_target", "intendable", "place_target",
                       "answers", "directed", "home_critic"):
            assert row[column] in ("yes", "no"), f"{where}: {column} must be yes or no"
        value, _, excepted = row["refusable"].partition(" except ")
        assert value in ("yes", "refused", "no"), f"{where}: refusable must be yes, refused or no"
        assert not excepted or value == "refused" and set(excepted.split(",")) <= contexts, \
            f"{where}: only 'refused' takes an 'except' list, of PLOVER contexts cameo.tsv uses"
        assert row["counterpart"] in ("yes", "named", "no"), f"{where}: counterpart must be yes, named or no"
        assert float(row["goldstein_min"]) <= float(row["goldstein_max"]), where


def test_cameo_roots_quad_classes_follow_the_cameo_bands():
    # GDELT's quad classes: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict,
    # 14-20 material conflict; PLOVER moves only SANCTION (16) to verbal conflict
    expected = {**{r: 1 for r in range(1, 6)}, **{r: 2 for r in range(6, 9)}, **{r: 3 for r in range(9, 14)},
                **{r: 4 for r in range(14, 21)}}
    for row in _root_rows():
        assert int(row["quad_class"]) == expected[int(row["root"])], row["root"]
        plover = 3 if row["root"] == "16" else expected[int(row["root"])]
        assert int(row["plover_quad"]) == plover, row["root"]


def test_cameo_roots_agree_with_the_code_table():
    codes = list(csv.DictReader((DATA / "cameo.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    roots = {row["root"]: row for row in _root_rows()}
    for code in codes:
        root = roots[code["cameo"][:2]]
        assert float(root["goldstein_min"]) <= float(code["goldstein"]) <= float(root["goldstein_max"]), code["cameo"]
        if code["plover"]:
            assert code["plover"] in root["plover"].split(";"), code["cameo"]


def test_cameo_code_predicates_read_the_root_table():
    from detente.events.cameo import lookup, quad_class

    assert lookup("0233").is_speech and lookup("0233").frame == "appeal"
    assert lookup("043").is_cooperative and lookup("043").is_cooperative_act and lookup("043").may_be_refused
    assert lookup("036").may_be_refused and not lookup("036").is_cooperative_act
    assert lookup("112").reports_content and lookup("112").keeps_unresolved_target
    assert lookup("190").is_material_conflict and not lookup("190").is_cooperative
    assert lookup("072").quad_class == 2 and quad_class("163") == 4
    assert lookup("190").targets_places and lookup("1711").targets_places and not lookup("043").targets_places
    assert lookup("111").needs_counterpart and lookup("190").needs_counterpart and not lookup("043").needs_counterpart
    assert lookup("020").needs_named_counterpart and lookup("1056").needs_named_counterpart
    assert not lookup("020").needs_counterpart and not lookup("111").needs_named_counterpart
    assert lookup("115").is_directed and lookup("120").is_directed and not lookup("190").is_directed
    assert lookup("020").is_home_critic_act and lookup("1056").is_home_critic_act and lookup("111").is_home_critic_act
    assert lookup("141").is_home_critic_act and not lookup("120").is_home_critic_act
    assert not lookup("043").is_home_critic_act
    assert lookup("114").answers_an_act and lookup("0256").answers_an_act and lookup("085").answers_an_act
    assert not lookup("051").answers_an_act and not lookup("072").answers_an_act and not lookup("010").answers_an_act


def test_cameo_code_carries_the_row_of_its_root():
    from detente.events.cameo import CameoCode, lookup, roots, table

    # the row looked up once by the table is the root's row; a code made by hand looks it up when asked
    assert all(code.row is roots()[key[:2]] for key, code in table().items())
    assert lookup("04") is lookup("040") and lookup("0233").info is roots()["02"]
    made = CameoCode(code="190", label="", goldstein=-10.0, plover=None, mode=None, context=())
    assert made.row is None and made.info is roots()["19"] and made.quad_class == 4
    assert dataclasses.replace(lookup("190"), row=None) == lookup("190")  # the row is no part of the code's value


def test_words_loader_names_the_line_of_an_unknown_kind(tmp_path):
    import pytest

    from detente.events.lexicon import LexiconError, load_words

    path = tmp_path / "words.tsv"
    path.write_text("# a comment\nkind\tword\ntarget_prep\twith\ntarget_preps\tto\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"words.tsv line 4: unknown kind 'target_preps'"):
        load_words(path)


def test_words_date_classes_load():
    # the words events/dating.py reads: a bound of a span, a deadline and the part of a period after it
    from detente.events.lexicon import load_default

    words = load_default().words
    assert words.bound_prep == {"since", "until", "till"}
    assert words.deadline_prep == {"by"}
    assert {"end", "start", "beginning", "middle"} <= words.period_part_noun
