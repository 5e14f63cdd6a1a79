"""A set noun's pair when the lead tells an act done after another pair acted together (session 48, issue 11,
h-sets48): "X recalled its ambassador from Y a day after Y and Z signed a pact ... urged both governments" means X
and Y, the lead's doer and target, not the pair of the time clause (``actors/set_parties._lead_pair``, ``prior_mark`` of
words.tsv). A pair that acted together in the lead's main clause is still the story's pair.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_with_trigger


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.actor is not None}


def test_sets48_prior_marks_are_read():
    from detente.events.lexicon import load_default

    assert {"after", "before", "since"} <= load_default().words.prior_mark


def test_sets48_a_pair_of_a_time_clause_is_not_the_story_pair(code):
    result = code("ATHENS, June 10 (Reuters) - Turkey recalled its ambassador from Athens on Monday and suspended "
                  "ferry links with Greece, a day after Greece and Cyprus signed a gas exploration accord, the foreign "
                  "ministry said.\n\nGreek officials said they regretted the step.\n\nThe two ports lost most of "
                  "their traffic.\n\nA shipping association in Piraeus urged both governments to restore the ferries.",
                  date="2026-06-10")
    [urged] = events_with_trigger(result, "urged")
    assert _countries(urged.target) == {"TUR", "GRC"}


def test_sets48_a_pair_of_the_main_clause_stays_the_story_pair(code):
    result = code("DHAKA, June 10 (AFP) - India and Bangladesh signed a water-sharing deal on Monday, officials "
                  "said.\n\nPakistan criticised the deal as one-sided.\n\nNepal urged the two countries to share "
                  "river data with it.", date="2026-06-10")
    [urged] = events_with_trigger(result, "urged")
    assert _countries(urged.target) == {"IND", "BGD"}


def test_sets48_a_trio_of_the_past_sentence_before_is_the_three(code):
    # the trio hangs on a place ("near Dapaong and X, Y and Z") in a sentence about 2025; the next sentence goes on
    result = code("LOME, June 10 (Reuters) - Togo expelled 300 migrants to its northern border on Tuesday, police "
                  "said.\n\nTogo's ties with its neighbours have been strained since May 2025, when Togolese troops "
                  "closed a crossing near Dapaong and Ghana, Benin and Burkina Faso each recalled "
                  "their ambassadors from Lome in protest. Togo answered by recalling its own envoys from "
                  "all three capitals.",
                  date="2026-06-10")
    [recalling] = events_with_trigger(result, "recalling")
    assert _countries(recalling.target) == {"GHA", "BEN", "BFA"}
