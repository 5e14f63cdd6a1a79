"""Targets of an act on an invitation, offer, proposal or request whose content is a to-infinitive on the noun
(issue 11, session 22): "accepted an invitation to meet with X", "accepted an invitation to visit X",
"declined an invitation to attend talks with X" are done with or to X; never the doer's own side.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_accepted_invitation_to_meet_with_x(code):
    result = code("SEOUL, May 4 (Yonhap) - South Korea's president has accepted a formal invitation to meet "
                  "with Japan's prime minister in Osaka next month.")
    event = event_on(result, "accepted")
    assert "JPN" in actors_of(event.target)


def test_targets_accepted_invitation_to_visit_x(code):
    result = code("BRASILIA, May 4 (Reuters) - Brazil's president accepted an invitation to visit China next month.")
    event = event_on(result, "accepted")
    assert "CHN" in actors_of(event.target)


def test_targets_declined_invitation_to_talks_with_x(code):
    result = code("NAIROBI, May 4 (AFP) - Kenya declined an invitation to attend talks with Somalia.")
    event = event_on(result, "declined")
    assert "SOM" in actors_of(event.target)


def test_targets_invitation_to_visit_its_own_country_names_no_target(code):
    result = code("ACCRA, May 4 (AFP) - Ghana's president accepted an invitation to visit Ghanaian troops in the "
                  "north.")
    event = event_on(result, "accepted")
    assert "GHA" not in actors_of(event.target)
