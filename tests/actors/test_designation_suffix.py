"""A name joined by a hyphen to a word that makes it a kind, a likeness or a time of a thing
(``designation_suffix`` in words.tsv: "series", "style", "era", ...) or to a numeral is no actor there (issue 11,
session 36): "a Fatah-II rocket" is a missile's name, not the Palestinian party; "a Hezbollah-style camp" is like
Hezbollah's, not Hezbollah's. A name joined to a word of ownership or backing ("Iran-backed", "Houthi-run") still
names the actor (eval/wire's gold codes "a Greek-owned tanker" as Greece's).

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from __future__ import annotations

from tests.conftest import actors_of


def _sides(result, role):
    return {a for e in result.events for a in actors_of(getattr(e, role))}


def test_designation_suffix_numbered_missile_is_not_the_party(code):
    result = code("ISLAMABAD, May 6 (Reuters) - Pakistan's army said on Wednesday it had successfully launched a "
                  "Fatah-II rocket during a training exercise.", date="2026-05-06")
    assert "fatah" not in _sides(result, "target")


def test_designation_suffix_likeness_is_not_the_group(code):
    result = code("BEIRUT, May 6 (Reuters) - Israel struck a Hezbollah-style training camp run by Hamas in southern "
                  "Lebanon on Tuesday.", date="2026-05-06")
    targets = _sides(result, "target")
    assert "hezbollah" not in targets and "hamas" in targets


def test_designation_suffix_era_is_not_the_person(code):
    result = code("DAMASCUS, May 6 (Reuters) - Syria's interior ministry arrested three Assad-era officers on "
                  "Tuesday.", date="2026-05-06")
    assert "bashar-al-assad" not in _sides(result, "target")


def test_designation_suffix_leaves_a_backer_and_a_ruler(code):
    result = code("SANAA, May 6 (Reuters) - The Houthi-run Saba news agency said Saudi jets had bombed a market in "
                  "Saada on Tuesday.", date="2026-05-06")
    result2 = code("SANAA, May 6 (Reuters) - The Iran-backed Houthis attacked a Greek-owned tanker in the Red Sea on "
                   "Tuesday.", date="2026-05-06")
    assert "houthis" in _sides(result2, "source") and "GRC" in _sides(result2, "target")
    assert "SAU" in _sides(result, "source")
