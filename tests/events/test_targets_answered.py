"""Targets of an act that answers another's words (issue 11, session 22): rejecting, denying, accepting or
conceding to a statement, appeal, offer, demand or accusation is aimed at its author, named as the noun's
modifier or after its "by"/"from" ("rejected accusations by X", "denied charges by X", "rejected X's calls",
"conceded to demands from X"); never at the doer's own side.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_rejected_accusations_by_another_are_aimed_at_the_accuser(code):
    result = code("HANOI, May 4 (Reuters) - Vietnam rejected accusations by China that its boats had entered the "
                  "disputed waters.")
    event = event_on(result, "rejected")
    assert "VNM" in actors_of(event.source) and "CHN" in actors_of(event.target)


def test_targets_denied_charges_by_another_with_by_on_the_verb(code):
    # the parser hangs "by Kenya" on the verb: still the charges' author
    result = code("KAMPALA, May 4 (AFP) - Uganda's army denied charges by Kenya that its troops had crossed the "
                  "border.")
    event = event_on(result, "denied")
    assert "KEN" in actors_of(event.target)


def test_targets_rejected_accusations_against_its_own_navy_still_aimed_at_the_accuser(code):
    result = code("SANTIAGO, May 4 (Reuters) - Chile's government rejected accusations by Peru against the "
                  "Chilean navy.")
    event = event_on(result, "rejected")
    assert "PER" in actors_of(event.target)


def test_targets_rejected_anothers_calls_in_a_combined_code(code):
    result = code("ADDIS ABABA, May 4 (AFP) - Ethiopia's prime minister rejected U.S. calls for a ceasefire in "
                  "the north.")
    event = event_on(result, "rejected")
    assert "USA" in actors_of(event.target)


def test_targets_own_sides_words_name_no_target(code):
    result = code("NAIROBI, May 4 (Reuters) - Kenya's president rejected accusations by Kenyan lawmakers that he "
                  "had misled parliament.")
    event = event_on(result, "rejected")
    assert "KEN" not in actors_of(event.target)


def test_targets_refusal_despite_anothers_request_is_aimed_at_it(code):
    result = code("LIMA, May 4 (Reuters) - Peru's president refused to resign despite Chile's request.")
    event = event_on(result, "refused")
    assert "CHL" in actors_of(event.target)


def test_targets_refusal_despite_demands_by_another_is_aimed_at_it(code):
    result = code("BELGRADE, May 4 (AFP) - Serbia refused to withdraw its troops despite demands by Croatia.")
    event = event_on(result, "refused")
    assert "HRV" in actors_of(event.target)
