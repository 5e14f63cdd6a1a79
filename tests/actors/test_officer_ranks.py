"""Officers named by a demonym ("a Chinese officer", "an Iranian army officer", "Eritrean officers") are that
state's armed forces (``sectors.tsv``), as "a Chinese diplomat" is its government and "an Iranian general" its
forces: with no row the demonym on the noun named nobody and the act lost its doer (issue 11, session 34,
h-tell2). Police, intelligence, customs and consular officers keep their own sectors. Ranks written as titles
before a name ("Lieutenant Colonel X", "Admiral X") have no row: a "colonel" row broke the army spokesman
"Lieutenant Colonel X" as the one "he" points back to (probe_actors28, ak-18).

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

import pytest
from tests.conftest import event_on


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("MANILA, March 3 (Reuters) - A Chinese officer warned the Philippine navy by radio on Tuesday.",
     "warned", ("CHN", "MIL")),
    ("TOKYO, March 3 (Reuters) - A Chinese military officer criticised Japan on Tuesday.",
     "criticised", ("CHN", "MIL")),
    ("DUBAI, March 3 (Reuters) - An Iranian army officer threatened the United States on Tuesday.",
     "threatened", ("IRN", "MIL")),
    ("KYIV, March 3 (Reuters) - A senior Russian officer accused Ukraine on Tuesday of shelling the plant.",
     "accused", ("RUS", "MIL")),
    ("DJIBOUTI, March 3 (Reuters) - Eritrean officers threatened a Djiboutian patrol on Tuesday.",
     "threatened", ("ERI", "MIL")),
    # police, intelligence, customs and consular officers keep their own sectors
    ("ABUJA, March 3 (Reuters) - Nigerian customs officers seized 40 trucks from Benin on Tuesday.",
     "seized", ("NGA", "GOV")),
    ("MANILA, March 3 (Reuters) - Philippine consular officers visited the detained sailors in Malaysia on Tuesday.",
     "visited", ("PHL", "GOV")),
    ("BELGRADE, March 3 (Reuters) - A Russian intelligence officer met the Serbian interior minister on Tuesday.",
     "met", ("RUS", "SPY")),
])
def test_officer_ranks_a_demonym_officer_is_that_states_in_its_sector(code, text, trigger, expected):
    event = event_on(code(text, date="2026-03-03"), trigger)
    assert {(p.country, p.sector) for p in event.source} == {expected}


def test_officer_ranks_bare_officers_name_no_country(code):
    # a bare "two officers" is police or army of either side: not the article's country (kind "rank")
    result = code("LJUBLJANA, March 3 (Reuters) - Slovenia protested to Croatia on Tuesday over the seizure of a "
                  "fishing boat in the bay. Two officers boarded the trawler and seized its catch, the skipper said.",
                  date="2026-03-03")
    assert all(p.country is None for p in event_on(result, "seized").source)


def test_officer_ranks_the_officer_is_the_officer_named_before(code):
    result = code("ZAGREB, March 3 (Reuters) - A Serbian diplomat met a Croatian army officer in Zagreb last year. "
                  "The officer accused Serbia on Tuesday of espionage.", date="2026-03-03")
    assert {(p.country, p.sector) for p in event_on(result, "accused").source} == {("HRV", "MIL")}
