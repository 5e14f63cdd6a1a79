"""Talks agreed on are intended, a time to come or not (session 66, h-mod66).

"Ghana and Togo agreed on Monday to open negotiations ..." codes the act agreed on, the negotiations, as an intent to
meet or negotiate (CAMEO 036, ``combinations.tsv`` intend + 04); it is a meeting still to be held, so it is `intended`
like any act agreed on (eval/wire/README.md), not the agreement made (`asserted`), which stays for an agreement on
conduct ("committed to consult each other"). Sentences written for the tests, the way wires write.
"""

from __future__ import annotations

from tests.conftest import events_of


def test_status_talks_agreed_on_without_a_date_are_intended(code):
    # synthetic: talks agreed on today, no time given for them
    result = code("Ghana and Togo agreed on Monday to open negotiations on their maritime boundary, Ghana's foreign "
                  "minister said.", date="2026-03-10")
    talks = events_of(result, cameo="036")
    assert talks and all(e.modality == "intended" for e in talks)


def test_status_next_round_agreed_on_is_intended(code):
    # synthetic: the next round agreed on, with a vague time that is no date
    result = code("The two ministers agreed to hold the next round of border talks in Lome, the ministry said.",
                  date="2026-03-10")
    talks = events_of(result, cameo="036")
    assert talks and all(e.modality == "intended" for e in talks)


def test_status_commitment_to_consult_stays_the_agreement_made(code):
    # control: an agreement on conduct is the agreeing itself, asserted
    result = code("Under a 2001 declaration, Ghana and Togo committed to consult each other on matters of defence.",
                  date="2026-03-10")
    [commitment] = events_of(result, "AGREE")
    assert commitment.modality == "asserted"
