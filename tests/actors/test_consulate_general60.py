"""A "consulate general" (or "consulate-general") is a state's mission abroad, its government (``sectors.tsv``),
like a bare "consulate": without the rows the head "general" read the phrase as the state's army ("the U.S.
consulate general": USAMIL) or named nobody ("the Portuguese consulate general": no target for a protest
held outside it). Session 60, h-tgt60b.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

import pytest
from tests.conftest import event_on


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("SAO PAULO, March 3 (Reuters) - About 200 Brazilians demonstrated outside the Portuguese consulate general "
     "in Sao Paulo on Tuesday.", "demonstrated", ("PRT", "GOV")),
    ("MOMBASA, March 3 (Reuters) - Hundreds of Kenyans protested outside the Ugandan consulate-general in "
     "Mombasa on Tuesday.", "protested", ("UGA", "GOV")),
    ("HAVANA, March 3 (Reuters) - Dozens of Cubans rallied outside the U.S. consulate general in Havana on "
     "Tuesday.", "rallied", ("USA", "GOV")),
])
def test_consulate_general_is_the_states_government(code, text, trigger, expected):
    event = event_on(code(text, date="2026-03-03"), trigger)
    assert {(p.country, p.sector) for p in event.target} == {expected}
