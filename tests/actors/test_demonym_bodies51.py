"""State missions and citizens' groups named by a demonym (``sectors.tsv``, session 51, h-src51): a technical mission
or team is a state's, as its consular team is; environmental and civic groups are the demonym's country's citizens
(CVL), and, plural with no demonym or possessive, nobody known: the article's country or the quarrel's other state
is no doer for them. With no row the demonym on these nouns named nobody and the act lost its doer. "Sofia" is
Bulgaria's capital wherever it is written (it was listed ambiguous, and as a subject named nobody).

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

import pytest
from tests.conftest import event_on


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("DHAKA, June 9 (Reuters) - An Indian technical mission will visit Bangladesh next month to inspect the dam.",
     "visit", ("IND", "GOV")),
    ("BUCHAREST, June 9 (Reuters) - Hungarian environmental groups criticised the Romanian mining plan on Monday.",
     "criticised", ("HUN", "CVL")),
    ("SEOUL, June 9 (Yonhap) - South Korean civic groups rallied outside the Japanese embassy on Sunday.",
     "rallied", ("KOR", "CVL")),
    ("SKOPJE, June 9 (Reuters) - Sofia accused North Macedonia on Tuesday of stalling on the minority clause.",
     "accused", ("BGR", "GOV")),
])
def test_demonym_bodies_a_demonym_names_the_state(code, text, trigger, expected):
    event = event_on(code(text, date="2026-06-09"), trigger)
    assert {(p.country, p.sector) for p in event.source} == {expected}


def test_demonym_bodies_bare_environmental_groups_name_no_country(code):
    result = code("QUITO, June 9 (Reuters) - Ecuador protested to Peru over oil spilled into a border river. "
                  "Environmental groups accused Peru on Tuesday of hiding the size of the spill.", date="2026-06-09")
    assert all(p.country is None for p in event_on(result, "accused").source)
