"""``events/joined_targets.py``, session 63 (h-rep63): a demand made in the "to" clause of a summons, a call or a
meeting is an act of its own (``act_links.purpose_of``, ``cameo.DEMAND_ROOT``, session 62), so its target must be
its own: when its clause names nobody, it is the one summoned, called or met (the host verb's target), however the
parser hangs the clause (an adverbial clause as well as an open complement).

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rule reads how the "to" clause hangs on the verb, not how the model parses the sentence."""

from tests.conftest import code_tree
from tests.events.test_acts_rep62b import SUMMONED_TO_DEMAND  # "summoned Libya's envoy on Tuesday to demand ..."

DATE = "2026-05-12"

# Kenya's foreign minister telephoned his Ugandan counterpart to demand an explanation (a call, CAMEO 04: no act of
# conflict, yet the one called is whom the demand is made of).
CALLED_TO_DEMAND = """
    Kenya       Kenya       PROPN NNP poss     3  B-GPE
    's          's          PART  POS case     0  O
    foreign     foreign     ADJ   JJ  amod     3  O
    minister    minister    NOUN  NN  nsubj    4  O
    telephoned  telephone   VERB  VBD ROOT     4  O
    his         his         PRON  PRP$ poss    7  O
    Ugandan     Ugandan     ADJ   JJ  amod     7  B-NORP
    counterpart counterpart NOUN  NN  dobj     4  O
    to          to          PART  TO  aux      9  O
    demand      demand      VERB  VB  advcl    4  O
    an          an          DET   DT  det      11 O
    explanation explanation NOUN  NN  dobj     9  O
    .           .           PUNCT .   punct    4  O
"""

def _demand_targets(blank_coder, table: str) -> list[list[str | None]]:
    result = code_tree(blank_coder, table, date=DATE)
    return [sorted(p.country for p in e.target if p.actor is not None) for e in result.events
            if e.cameo.startswith("10")]


def test_joined_targets63_a_demand_made_in_a_summons_is_made_of_the_envoys_state(blank_coder):
    assert _demand_targets(blank_coder, SUMMONED_TO_DEMAND) == [["LBY"]]


def test_joined_targets63_a_demand_made_in_a_call_is_made_of_the_one_called(blank_coder):
    assert _demand_targets(blank_coder, CALLED_TO_DEMAND) == [["UGA"]]



def test_status63_a_demand_made_in_a_summons_or_a_call_told_as_done_is_asserted(blank_coder):
    # the development gold marks such a demand asserted (5 of 5), not intended as a purpose clause is (status.py,
    # cues.tsv summoning)
    for table in (SUMMONED_TO_DEMAND, CALLED_TO_DEMAND):
        result = code_tree(blank_coder, table, date=DATE)
        assert [e.modality for e in result.events if e.cameo.startswith("10")] == ["asserted"], table
