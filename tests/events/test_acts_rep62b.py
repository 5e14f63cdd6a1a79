"""One event per act, session 62 (h-rep62b). A demand (CAMEO 10) in a "to" clause of purpose hung on a word act or a
meeting ("summoned the ambassador on Monday to demand an explanation", "telephoned his counterpart to demand that
...") is an act of its own, however the parser hangs the clause (adverbial or open complement): the development gold
counts two acts in each such sentence (all 5 in dev: four summonses, one call). What a demonstration demands stays the
demonstration ("marched to demand ..."), and an appeal stays the meeting's ("met ... to press the case": one act in
the gold).

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rule reads how the "to" clause hangs on the verb, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-05-12"

# Niger summoned Libya's envoy on Tuesday to demand an apology (the clause hung as an adverbial clause).
SUMMONED_TO_DEMAND = """
    Niger      Niger      PROPN NNP nsubj    1  B-GPE
    summoned   summon     VERB  VBD ROOT     1  O
    Libya      Libya      PROPN NNP poss     4  B-GPE
    's         's         PART  POS case     2  O
    envoy      envoy      NOUN  NN  dobj     1  O
    on         on         ADP   IN  prep     1  O
    Tuesday    Tuesday    PROPN NNP pobj     5  B-DATE
    to         to         PART  TO  aux      8  O
    demand     demand     VERB  VB  advcl    1  O
    an         an         DET   DT  det      10 O
    apology    apology    NOUN  NN  dobj     8  O
    .          .          PUNCT .   punct    1  O
"""

def _acts(blank_coder, table):
    result = code_tree(blank_coder, table, date=DATE)
    return [e for e in result.events if e.cameo.startswith(("10", "11"))]


def test_acts_rep62b_a_demand_made_in_a_summons_is_its_own_act_as_an_adverbial_clause(blank_coder):
    events = _acts(blank_coder, SUMMONED_TO_DEMAND)
    assert sorted(e.cameo[:2] for e in events) == ["10", "11"]
    assert all(len(e.mentions) == 1 for e in events)


