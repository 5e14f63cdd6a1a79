"""An act's definite object names an act told 9 to 12 sentences before when no other doer did one of its
kind ("welcomed the truce" at the end of a wire story whose lead told the truce: events/article_sides.py,
``resolve_event_anaphora``, ``FAR_WINDOW``; session 20).

All texts here are synthetic, written in agency style for these tests; none comes from a development
set or from a real article."""

from tests.conftest import actors_of, events_of

FILLER = ("The town lies on a river that marks part of the frontier. Traders cross it each morning. "
          "Schools in the area closed last week. Aid groups said food prices had doubled. "
          "The rainy season begins next month. Roads to the north are often cut by floods. "
          "Farmers said they had missed the planting season. Many families have moved to the capital. "
          "Mobile networks were down for most of the week. ")


def _welcomed(result):
    [event] = [e for e in events_of(result, "SUPPORT") if e.trigger.text.startswith("welcomed")]
    return event


def test_context_a_truce_welcomed_ten_sentences_later_is_the_truces(code):
    result = code("DOHA, May 4 (Reuters) - Congo and Rwanda signed a truce in Doha on Monday, officials said. "
                  + FILLER + "Kenya welcomed the truce on Tuesday, its foreign ministry said.")
    assert actors_of(_welcomed(result).target) & {"COD", "RWA"}


def test_context_no_far_truce_when_two_pairs_signed_one(code):
    result = code("DOHA, May 4 (Reuters) - Congo and Rwanda signed a truce in Doha on Monday, officials said. "
                  "Sudan and Chad signed a truce in Doha on Monday too. "
                  + FILLER + "Kenya welcomed the truce on Tuesday, its foreign ministry said.")
    assert not actors_of(_welcomed(result).target) & {"COD", "RWA", "SDN", "TCD"}
