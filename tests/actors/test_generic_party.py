"""A party's generic name ("the Democratic Party", "Labour", "the Conservatives", "the Liberal Democrats": names
made of `party_word` words alone, which many countries' parties bear) is the knowledge base's party only when
the dateline or the text names that party's country; else it is no known actor, never another country's party
(issue 11).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


@pytest.mark.parametrize("text", [
    "SKOPJE, May 5 (AP) - The opposition Democratic Party accused North Macedonia's government on Monday of "
    "rigging the local elections.",
    "Port Moresby, May 5 AAP - The Labour Party accused Australia on Monday of meddling in Papua New Guinea's "
    "election.",
    "KATHMANDU, May 5 (IANS) The Republican Party accused China on Monday of funding a rival's campaign.",
    "Bucharest (AFP) - The Liberal Democratic Party accused Hungary on Monday of stirring unrest in Transylvania.",
])
def test_generic_party_is_not_another_countrys_party(code, text):
    result = code(text, date="2026-05-05")
    ids = {a.id for a in result.actors}
    assert not ids & {"democratic-party-usa", "labour-party-uk", "republican-party-usa", "ldp-japan"}, ids
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert not {p.country for p in accusation.source} & {"USA", "GBR", "JPN"}, accusation.source


@pytest.mark.parametrize("text, source", [
    ("WASHINGTON, May 5 (Reuters) - The Democratic Party accused Mexico on Monday of failing to stop "
     "fentanyl shipments.", "USAPTYDEM"),
    ("Tirana (dpa) - Albania's parliament ratified the accord on Monday. The U.S. Republican Party accused "
     "Albania of ignoring the vote of its own diaspora.", "USAPTYREP"),
    ("BERLIN, May 5 (dpa) - Britain's Labour Party accused Germany on Monday of blocking a trade deal.",
     "GBRPTYLAB"),
    ("LONDON, May 5 (Reuters) - The Conservatives accused France on Monday of failing to stop small boats.",
     "GBRPTYCON"),
    ("LONDON, May 5 (Reuters) - Donald Trump's Republican Party accused Britain on Monday of censoring "
     "its technology firms.", "USAPTYREP"),
])
def test_generic_party_of_the_dateline_or_named_country_is_kept(code, text, source):
    result = code(text, date="2026-05-05")
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert [p.code for p in accusation.source] == [source], accusation.source


def test_distinct_party_name_is_kept_anywhere(code):
    # "Likud" names no other country's party: a Cairo story's Likud is Israel's
    result = code("CAIRO, May 5 (AP) - Likud accused Egypt on Monday of letting weapons reach Gaza.", date="2026-05-05")
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert [p.country for p in accusation.source] == ["ISR"], accusation.source


def test_generic_party_without_a_dateline_keeps_its_usual_party(code):
    # no dateline: the article's country is not known, so "Republicans" stay the U.S. party
    result = code("Republicans in the Senate accused Iran on Monday of funding attacks on shipping.", date="2026-05-05")
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert [p.code for p in accusation.source] == ["USAPTYREP"], accusation.source
