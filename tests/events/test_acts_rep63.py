"""One event per act, session 63 (h-rep63): who signed a text is told by the parties pooled (``same_act.same_sides``),
and a signer named with an office but no country the knowledge base knows ("Trade Minister <name>", resolved to a
person with no code) tells no party: it no longer keeps a restatement of the signing ("The agreement was signed by
Trade Minister X and Chile's mining minister") apart from the signing the lead told ("South Korea and Chile signed an
agreement on Wednesday"), when the other signers tell their parties.

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set (the minister
is invented). The parses are built by hand: the rule compares the sides, not how the model parses the sentences."""

from tests.conftest import code_tree

DATE = "2026-01-15"

SIGNED_AND_RESTATED = """
    South     South     PROPN NNP compound  1  B-GPE
    Korea     Korea     PROPN NNP nsubj     4  I-GPE
    and       and       CCONJ CC  cc        1  O
    Chile     Chile     PROPN NNP conj      1  B-GPE
    signed    sign      VERB  VBD ROOT      4  O
    an        an        DET   DT  det       6  O
    agreement agreement NOUN  NN  dobj      4  O
    on        on        ADP   IN  prep      4  O
    Wednesday Wednesday PROPN NNP pobj      7  B-DATE
    .         .         PUNCT .   punct     4  O
    The       the       DET   DT  det       11 O
    agreement agreement NOUN  NN  nsubjpass 13 O
    was       be        AUX   VBD auxpass   13 O
    signed    sign      VERB  VBN ROOT      13 O
    by        by        ADP   IN  agent     13 O
    Trade     Trade     PROPN NNP compound  18 O
    Minister  Minister  PROPN NNP compound  18 O
    Arlo      Arlo      PROPN NNP compound  18 B-PERSON
    Venn      Venn      PROPN NNP pobj      14 I-PERSON
    and       and       CCONJ CC  cc        18 O
    Chile     Chile     PROPN NNP poss      23 B-GPE
    's        's        PART  POS case      20 O
    mining    mining    NOUN  NN  compound  23 O
    minister  minister  NOUN  NN  conj      18 O
    .         .         PUNCT .   punct     13 O
"""


def test_acts_rep63_a_signing_restated_by_a_signer_of_no_known_country_is_one_act(blank_coder):
    result = code_tree(blank_coder, SIGNED_AND_RESTATED, date=DATE)
    signings = [e for e in result.events if e.cameo == "057"]
    assert len(signings) == 1, [(e.trigger.text, [p.text for p in e.source]) for e in signings]
    assert [m.trigger.text for m in signings[0].mentions][:2] == ["signed an agreement", "agreement was signed"]
