"""Targets of an act of aid whose purpose infinitive says whom it helps (issue 11, session 22; ``benefit_verb`` in
words.tsv): "sent aid to help X cope", "is considering sending aid to help X", "provided $20 million to support
X" go to X; never to the giver's own side.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_targets_aid_to_help_x_cope_goes_to_x(code):
    result = code("TOKYO, May 4 (Kyodo) - Japan sent emergency aid to help the Philippines cope with the typhoon "
                  "damage.")
    event = event_on(result, "sent")
    assert "PHL" in actors_of(event.target)


def test_targets_considered_aid_to_help_x_goes_to_x(code):
    result = code("SEOUL, May 4 (Yonhap) - South Korea is considering sending aid to help Laos cope with severe "
                  "flood damage.")
    event = event_on(result, "considering")
    assert "LAO" in actors_of(event.target)


def test_targets_funds_to_support_x_go_to_x(code):
    result = code("OTTAWA, May 4 (Reuters) - Canada provided 20 million dollars to support Jordan.")
    event = event_on(result, "provided")
    assert "JOR" in actors_of(event.target)


def test_targets_aid_to_help_its_own_people_names_no_target(code):
    result = code("NAIROBI, May 4 (AFP) - Kenya sent aid to help Kenyan flood victims.")
    event = event_on(result, "sent")
    assert "KEN" not in actors_of(event.target)
