"""One event per act (issue 11, item 4), session 23 (h-repeat23): a word act restated with its root's general code
("said it would respond" 130 / "would take retaliatory measures" 132) is one act; acts done are still told apart by
their codes. Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations


def test_acts_threat_restated_by_the_general_code_is_one_act(code):
    result = code("BEIJING, Sept 8 (Wire) - China said on Monday it would respond to Lithuania's expulsion of a "
                  "Chinese diplomat.\n\nForeign ministry spokesman Lin Jian said Beijing would take countermeasures "
                  "against Lithuanian diplomats.", date="2025-09-08")
    threats = [e for e in result.events if e.cameo.startswith("13")]
    assert len(threats) == 1 and len(threats[0].mentions) == 2


def test_acts_boarding_and_escort_stay_apart(code):
    result = code("MUSCAT, Sept 8 (Wire) - Iranian naval forces boarded a Liberian-flagged tanker in the Gulf of "
                  "Oman and escorted it to the port of Jask, Iranian media reported.", date="2025-09-08")
    assert all(len(e.mentions) == 1 for e in result.events if e.cameo.startswith("17"))
