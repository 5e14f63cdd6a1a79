"""``events/joined_targets.py``, session 64 (h-tgt64): a demand joined to a summons whose only target is a pronoun
for the doer's own people ("demanded consular access to them": its detained nationals) is still made of the party
summoned; a pronoun of the doers' own party is one of their own things, like a noun a pronoun owns ("its troops").

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rule reads how the demand is joined to the summons, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-05-12"

# Kenya summoned Uganda's envoy over the detention of 20 Kenyan students and demanded consular access to them.
SUMMONED_AND_DEMANDED = """
    Kenya      Kenya      PROPN NNP nsubj    1  B-GPE
    summoned   summon     VERB  VBD ROOT     1  O
    Uganda     Uganda     PROPN NNP poss     4  B-GPE
    's         's         PART  POS case     2  O
    envoy      envoy      NOUN  NN  dobj     1  O
    over       over       ADP   IN  prep     1  O
    the        the        DET   DT  det      7  O
    detention  detention  NOUN  NN  pobj     5  O
    of         of         ADP   IN  prep     7  O
    20         20         NUM   CD  nummod   11 B-CARDINAL
    Kenyan     Kenyan     ADJ   JJ  amod     11 B-NORP
    students   student    NOUN  NNS pobj     8  O
    and        and        CCONJ CC  cc       1  O
    demanded   demand     VERB  VBD conj     1  O
    consular   consular   ADJ   JJ  amod     15 O
    access     access     NOUN  NN  dobj     13 O
    to         to         ADP   IN  prep     15 O
    them       they       PRON  PRP pobj     16 O
    .          .          PUNCT .   punct    1  O
"""


def test_joined_targets64_a_demand_for_access_to_its_own_people_is_made_of_the_party_summoned(blank_coder):
    result = code_tree(blank_coder, SUMMONED_AND_DEMANDED, date=DATE)
    demands = [sorted(p.country for p in e.target if p.actor is not None) for e in result.events
               if e.cameo.startswith("10")]
    assert demands == [["UGA"]]
