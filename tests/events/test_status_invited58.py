"""Modality of accepted invitations, session 58 (h-mod58). All sentences are synthetic, written for these tests; the
parses are built by hand (``tests.conftest.tree``): the rule reads the accepting verb, its invitation noun and the
trip the noun's "to"-infinitive names, not how the model parses the sentence.

An invitation to a trip accepted tells a visit to come: ``future``, dated or not (``StatusJudge.modality``; the dev
gold codes 11 such acts `future`, 5 `intended`, 1 `asserted`).
"""

from __future__ import annotations

from tests.conftest import code_tree

DATE = "2026-03-10"

# Lula accepted an invitation to visit Bolivia.
ACCEPTED = """
    Lula       Lula       PROPN NNP nsubj    1  B-PERSON
    accepted   accept     VERB  VBD ROOT     1  O
    an         an         DET   DT  det      3  O
    invitation invitation NOUN  NN  dobj     1  O
    to         to         PART  TO  aux      5  O
    visit      visit      VERB  VB  acl      3  O
    Bolivia    Bolivia    PROPN NNP dobj     5  B-GPE
    .          .          PUNCT .   punct    1  O
"""


def _accepted(result):
    return [e for e in result.events if e.trigger.text.startswith("accepted")]


def test_status_an_invitation_to_a_trip_accepted_is_a_visit_to_come(coder):
    result = code_tree(coder, ACCEPTED, date=DATE)
    accepted = _accepted(result)
    assert accepted and all(e.modality == "future" for e in accepted), \
        [(e.trigger.text, e.cameo, e.modality) for e in result.events]

