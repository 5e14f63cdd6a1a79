"""A denial whose only known targets are told in the clause it denies answers its accuser (session 46, h-deny46):
``context._unclaused`` sets those targets aside, the accuser rules (``context.denials``, ``replies.authors``) look for
the latest accusation made to the denier's side, and the denial keeps them when none is found. Parses built by hand
(the parser's reading of a that-clause as the object, "denied that X armed Y rebels" with "rebels" its object, is
the point); sentences written for the tests."""

from __future__ import annotations

from tests.conftest import code_tree, countries_of

ACCUSATION = """
{accuser} {accuser} PROPN NNP nsubj 1 B-GPE
accused accuse VERB VBD ROOT 1 O
{accused} {accused} PROPN NNP dobj 1 B-GPE
of of ADP IN prep 1 O
shelling shell VERB VBG pcomp 3 O
border border NOUN NN compound 6 O
towns town NOUN NNS dobj 4 O
. . PUNCT . punct 1 O
"""

# the that-clause read as the object: "that", the clause's subject and verb hang on its last noun
DENIAL = """
Somalia Somalia PROPN NNP nsubj {denied} B-GPE
denied deny VERB VBD ROOT {denied} O
that that SCONJ IN advmod {rebels} O
Mogadishu Mogadishu PROPN NNP compound {rebels} B-GPE
armed arm VERB VBN amod {rebels} O
Ethiopian Ethiopian ADJ JJ amod {rebels} B-NORP
rebels rebel NOUN NNS dobj {denied} O
. . PUNCT . punct {denied} O
"""


def _denial(coder, accuser: str | None, accused: str = "Somalia"):
    table = ACCUSATION.format(accuser=accuser, accused=accused) if accuser else ""
    start = 8 if accuser else 0
    table += DENIAL.format(denied=start + 1, rebels=start + 6)
    result = code_tree(coder, table)
    denials = [e for e in result.events if e.plover == "REJECT" and e.trigger.text == "denied"]
    assert denials, [(e.cameo, e.trigger.text) for e in result.events]
    assert countries_of(denials[0].source) == ["SOM"]
    return denials[0]


def test_a_denial_whose_target_is_in_its_clause_answers_the_accuser(blank_coder):
    assert countries_of(_denial(blank_coder, "Kenya").target) == ["KEN"]


def test_a_denial_with_no_accusation_told_keeps_its_target(blank_coder):
    # must not change: no accuser to answer; the clause's party stays (nothing better is known)
    assert countries_of(_denial(blank_coder, None).target) == ["ETH"]


def test_an_accusation_made_to_another_party_is_not_answered(blank_coder):
    # Kenya accuses Uganda: no charge made to Somalia, so Kenya is not whom Somalia answers
    assert "KEN" not in countries_of(_denial(blank_coder, "Kenya", accused="Uganda").target)
