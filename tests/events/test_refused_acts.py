"""A refusal to accept another party's act (issue 11, session 34, h-tell2): "said it would not accept Russia's
annexation of Crimea", "told France that it would not accept the deportations" is a refusal (CAMEO 12) by the
speaker aimed at the one whose act it is, not the speaker's own intent to do that act (an intent frame on the
noun with no target: 132, 138). ``acceptance_verb`` in words.tsv, ``FrameRules._combine_noun``. Accepting a
cooperative act keeps its intent ("would accept a ceasefire": 0356). All sentences are synthetic, written in
agency style for these tests; none comes from an evaluation set."""

import pytest
from tests.conftest import actors_of, events_of


def _sides(participants) -> set[str]:
    return actors_of(participants) | {p.code for p in participants if p.code}


@pytest.mark.parametrize(("text", "doer", "done_to"), [
    ("KYIV, March 3 (Reuters) - Ukraine said on Tuesday it would never accept Russia's annexation of Crimea.",
     "UKR", "RUS"),
    ("ALGIERS, March 3 (Reuters) - Algeria told France on Tuesday that it would not accept the expulsions.",
     "DZA", "FRA"),
    ("ATHENS, March 3 (Reuters) - Greece will not accept Turkey's occupation of the island, the prime minister said.",
     "GRC", "TUR"),
])
def test_refused_acts_not_accepting_anothers_act_is_a_refusal_aimed_at_it(code, text, doer, done_to):
    result = code(text, date="2026-03-03")
    refusals = events_of(result, cameo="12")
    assert refusals and doer in _sides(refusals[0].source) and done_to in _sides(refusals[0].target), \
        [(e.cameo, e.trigger.text) for e in result.events]
    assert not [e for e in result.events if e.cameo.startswith("13")], [e.cameo for e in result.events]


def test_refused_acts_accepting_a_ceasefire_stays_an_intent(code):
    result = code("KHARTOUM, March 3 (Reuters) - The army said it would accept a ceasefire in Darfur.",
                  date="2026-03-03")
    assert events_of(result, cameo="0356"), [e.cameo for e in result.events]
