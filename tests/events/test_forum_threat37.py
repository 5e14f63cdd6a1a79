"""A body of states a threat names as the forum of a complaint is no target (session 37, h-sur37): "threatened to
take China to the WTO" threatens China, "warned it would take the matter to the Organization of American States"
threatens no body; the verb the body is named on is coded as a complaint brought before a body (verbs.tsv
``take to +wto|organization``): ``Participants.at_court``.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, event_on


def test_forum37_body_a_threatened_complaint_goes_to_is_no_target(code):
    result = code("GEORGETOWN, March 10 (Reuters) - Guyana warned on Tuesday that it would take the matter to the "
                  "Organization of American States if Venezuelan troops crossed the border again.", date="2026-03-10")
    assert "IGOAMROAS" not in {p.code for p in event_on(result, "warned").target}


def test_forum37_state_a_threatened_complaint_is_against_stays(code):
    result = code("CANBERRA, March 10 (Reuters) - Australia threatened to take China to the World Trade Organization "
                  "over its tariffs on barley.", date="2026-03-10")
    targets = event_on(result, "threatened").target
    assert "CHN" in actors_of(targets) and "IGOBUSWTO" not in {p.code for p in targets}
