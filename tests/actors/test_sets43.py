"""Sets of members and neighbours (session 43, h-sets43): "the two NATO members" and "both members" after a named
pair (``member_noun``, ``sets._members_of_body``); a set of three its own sentence names ("a railway through A and B
to C, a project the three neighbours agreed on": ``set_parties._named_in_sentence``); "its neighbour" and "the
neighbouring country" choose, among the countries they may point back to, one that borders the owner
(``data/actors/borders.tsv``, ``KnowledgeBase.bordering``, ``antecedents._bordering``).

All articles are invented, written in agency style for these tests."""

from __future__ import annotations

import pytest
from tests.conftest import actors_of


def _event(result, trigger: str):
    [event] = [e for e in result.events if e.trigger.text.split()[0] == trigger]
    return event


# -- the borders table ------------------------------------------------------------------------------------------

def test_borders_are_loaded_both_ways_and_only_between_neighbours():
    from detente.actors.kb import load_default

    kb = load_default()
    assert len(kb.borders) > 300
    for a, b in [("KEN", "SOM"), ("SOM", "KEN"), ("THA", "LAO"), ("ETH", "SOM"), ("ARM", "AZE"), ("NAM", "ZAF"),
                 ("UZB", "AFG"), ("CAN", "USA"), ("KGZ", "UZB"), ("BOL", "CHL"), ("GHA", "TGO"), ("ISR", "LBN")]:
        assert kb.bordering(a, b), (a, b)
    for a, b in [("JPN", "KOR"), ("IRN", "OMN"), ("USA", "CUB"), ("GBR", "FRA")]:  # by sea
        assert kb.bordering(a, b), (a, b)
    for a, b in [("SOM", "EGY"), ("THA", "VNM"), ("GHA", "NGA"), ("AZE", "IND"), ("UZB", "CHN"), ("BRA", "FRA"),
                 ("GBR", "ESP"), ("JPN", "USA"), ("KEN", "KEN"), ("KEN", None)]:
        assert not kb.bordering(a, b), (a, b)


def test_borders_file_rows_are_sorted_pairs_of_known_countries():
    import json
    from importlib import resources

    base = resources.files("detente") / "data" / "actors"
    countries = {json.loads(line)["id"] for line in (base / "countries.jsonl").read_text(encoding="utf-8").splitlines()}
    lines = [line for line in (base / "borders.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert lines[0] == "country\tneighbour\tkind"
    rows = [tuple(line.split("\t")) for line in lines[1:]]
    assert len({(a, b) for a, b, _ in rows}) == len(rows)
    for a, b, kind in rows:
        assert a < b and a in countries and b in countries and kind in ("land", "sea"), (a, b)


def test_a_border_naming_no_country_or_no_kind_is_an_error(tmp_path):
    from detente.actors.kb import KnowledgeBaseError, _borders, load_default

    path = tmp_path / "borders.tsv"
    path.write_text("# test\ncountry\tneighbour\tkind\nKEN\tXXX\tland\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        _borders(load_default().entries, path)
    path.write_text("# test\ncountry\tneighbour\tkind\nKEN\tSOM\tair\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        _borders(load_default().entries, path)


# -- its neighbour ------------------------------------------------------------------------------------------------

def test_its_neighbour_is_the_candidate_that_borders_the_owner_not_the_latest_subject(code):
    result = code("NAIROBI, Jan 5 (AFP) - Somalia accused Kenya on Sunday of meddling in Jubaland, and Egypt backed "
                  "the complaint. Kenya's foreign ministry rejected the charges and urged its neighbour to respect "
                  "the 2019 border accord.", date="2026-01-05")
    assert actors_of(_event(result, "urged").target) == {"SOM"}


def test_the_neighbouring_country_borders_the_doer(code):
    result = code("BANGKOK, Aug 2 (Reuters) - Vietnam signed a power deal with Laos on Monday. Thailand's energy "
                  "ministry asked the neighbouring country to guarantee supplies to its northern provinces.",
                  date="2026-08-02")
    assert actors_of(_event(result, "asked").target) == {"LAO"}


def test_its_neighbour_is_the_latest_bordering_candidate_not_an_earlier_one(code):
    # of the subjects Nigeria and Togo, Togo borders Ghana (Nigeria does not); Burkina Faso, named earlier, borders
    # Ghana too, but the latest bordering candidate comes first
    result = code("ACCRA, Oct 1 (Reuters) - Burkina Faso closed a market on Monday. Nigeria and Togo signed a "
                  "transit deal on Tuesday. Ghana's trade minister urged its neighbour to reopen the crossing.",
                  date="2026-10-01")
    assert actors_of(_event(result, "urged").target) == {"TGO"}


def test_its_neighbour_is_unchanged_when_no_candidate_borders_the_owner(code):
    # Brazil and Chile share no border with Mexico: the latest subject, as before the rule
    result = code("MEXICO CITY, May 2 (Reuters) - Brazil signed a gas deal with Chile on Monday. Mexico's trade "
                  "minister urged its neighbour to honour existing contracts.", date="2026-05-02")
    assert actors_of(_event(result, "urged").target) == {"BRA"}


# -- sets of members and sets named in their own sentence ---------------------------------------------------------

def test_the_two_members_of_a_body_are_the_pair_named_before_not_the_body(code):
    result = code("OSLO, March 4 (Reuters) - Norway and Sweden signed a pact on Tuesday to pool their Arctic radar "
                  "coverage. The Kremlin on Wednesday accused the two NATO members of militarising "
                  "the far north.",
                  date="2026-03-04")
    assert actors_of(_event(result, "accused").target) == {"NOR", "SWE"}


def test_both_members_are_the_pair_named_before(code):
    result = code("GABORONE, Feb 3 (Xinhua) - Botswana and Zimbabwe traded accusations on Monday over cattle raids. "
                  "The Southern African Development Community called on both members to end their quarrel.",
                  date="2026-02-03")
    assert actors_of(_event(result, "called").target) == {"BWA", "ZWE"}


def test_crew_members_are_no_set_of_states(code):
    result = code("MANILA, June 9 (Reuters) - China and Vietnam held talks on Monday. The Philippine coast guard "
                  "detained two crew members of a fishing boat.", date="2026-06-09")
    assert not actors_of(_event(result, "detained").target) & {"CHN", "VNM"}


def test_the_three_neighbours_are_the_three_named_in_their_sentence_not_its_speaker(code):
    result = code("DUSHANBE, June 2 (Reuters) - China said on Monday it would fund a railway through Kyrgyzstan and "
                  "Tajikistan to Uzbekistan, a project the three neighbours first agreed on in 2022.",
                  date="2026-06-02")
    agreed = _event(result, "agreed")
    assert actors_of([*agreed.source, *agreed.target]) == {"KGZ", "TJK", "UZB"}
