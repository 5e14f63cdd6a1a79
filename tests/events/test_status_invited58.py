"""Modality of accepted invitations, session 58 (h-mod58). All sentences are synthetic, written for these tests; the
parses are built by hand (``tests.conftest.tree``): the rule reads the accepting verb, its invitation noun and the
trip the noun's "to"-infinitive names, not how the model parses the sentence.

An invitation accepted to a trip with time words of its own tells a visit to come: ``future`` (``StatusJudge.modality``;
"later this year" holds the publication day, so no date after it made the act to come before; the dev gold codes 11
acts of the shape `future`, 5 `intended`, 1 `asserted`). An undated one is left as it was: the
gold is split on it, and probe_loc47 codes it `asserted`.
"""

from __future__ import annotations

from tests.conftest import code_tree

DATE = "2026-03-10"

# Lula accepted an invitation to visit Bolivia later this year.
ACCEPTED = """
    Lula       Lula       PROPN NNP nsubj    1  B-PERSON
    accepted   accept     VERB  VBD ROOT     1  O
    an         an         DET   DT  det      3  O
    invitation invitation NOUN  NN  dobj     1  O
    to         to         PART  TO  aux      5  O
    visit      visit      VERB  VB  acl      3  O
    Bolivia    Bolivia    PROPN NNP dobj     5  B-GPE
    later      later      ADV   RB  advmod   9  B-DATE
    this       this       DET   DT  det      9  I-DATE
    year       year       NOUN  NN  npadvmod 5  I-DATE
    .          .          PUNCT .   punct    1  O
"""


def _accepted(result):
    return [e for e in result.events if e.trigger.text.startswith("accepted")]


def test_status_an_invitation_accepted_to_a_dated_trip_is_a_visit_to_come(coder):
    result = code_tree(coder, ACCEPTED, date=DATE)
    accepted = _accepted(result)
    assert accepted and all(e.modality == "future" for e in accepted), \
        [(e.trigger.text, e.cameo, e.modality) for e in result.events]

