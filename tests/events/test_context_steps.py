"""The doer's side's own next step in a dispute: a word (an appeal, a demand, a threat) goes on to the party
its earlier act was aimed at, a deed does not (events/context.py, ``answered``; session 20: on the team's
held-out articles, by their totals, such deeds took the earlier party wrongly five times and
rightly none).

All texts here are synthetic, written in agency style for these tests; none comes from a development
set or from a real article."""

from tests.conftest import actors_of, events_of

LEAD = ("NEW DELHI, May 4 (Reuters) - India expelled two Pakistani diplomats on Monday, accusing them of spying, "
        "the foreign ministry said. ")


def test_context_a_threat_after_the_sides_own_step_goes_on_to_the_same_party(code):
    result = code(LEAD + "India warned that it would take further measures, the ministry said.")
    [event] = [e for e in events_of(result, "THREATEN") if e.trigger.text.startswith("warned")]
    assert "PAK" in actors_of(event.target)


def test_context_a_deed_after_the_sides_own_step_is_not_given_the_same_party(code):
    result = code(LEAD + "Indian forces raided several homes in Srinagar on Tuesday, police said.")
    [event] = [e for e in result.events if e.trigger.text.startswith("raided")]
    assert "PAK" not in actors_of(event.target)


def test_context_an_answer_to_a_clash_takes_the_other_side_of_it(code):
    # the clash has two doers and no target: the answer goes to the side that is not the doer's
    result = code("DUSHANBE, May 4 (Reuters) - Kyrgyz and Tajik border guards exchanged fire near a disputed "
                  "water facility on Monday, officials on both sides said. Tajikistan pulled its guards back from "
                  "two posts on Tuesday, its border service said.")
    [event] = [e for e in result.events if e.trigger.text.startswith("pulled")]
    assert "KGZ" in actors_of(event.target)
