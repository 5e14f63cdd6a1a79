"""Traded goods named by their country after "of" (issue 11, session 22; ``goods_noun`` in words.tsv): a measure
on "imports of British beef" or "exports of Chinese apps" is aimed at that country, also when the measure is only
agreed ("has agreed to lift its ban on imports of X beef"), and over the measure's own possessive ("its ban").

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_agreed_to_lift_a_years_old_ban_on_imports_of_a_countrys_goods(code):
    result = code("BEIJING, May 4 (Reuters) - China has agreed to lift a three-year ban on imports of Irish beef.")
    event = event_on(result, "agreed")
    assert "IRL" in actors_of(event.target)


def test_targets_agreed_to_lift_its_own_ban_is_aimed_at_the_goods_country(code):
    result = code("TOKYO, May 4 (Kyodo) - Japan has agreed to lift its ban on imports of Australian beef.")
    event = event_on(result, "agreed")
    assert "AUS" in actors_of(event.target) and "JPN" not in actors_of(event.target)
