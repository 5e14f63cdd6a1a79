"""One event per act, session 61 (h-rep61): a criticism and what it charges, said in one sentence by one subject. A
participle of disapproval (CAMEO 11) with no subject of its own hung on the verb of a criticism or disapproval (110,
111: "criticised the agreement, accusing Lisbon of ...", "denounced the decision, accusing Tbilisi of ...") is what
the criticism charges, as it is for a protest, summons or case (session 38, ``act_links.charge_of``): one act, shown
by the criticism, when the doer is the same (or none) and the targets the same (or one names none). The development
wires count one act each time (three of three in dev 578-857); an accusation hung on another verb ("closed its
border, accusing Kigali of ...", "imposed sanctions, accusing it of ...") stays its own act, as before.

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rule reads where the participle hangs, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-05-12"

# Moscow criticised Tbilisi on Tuesday, accusing Georgia of provoking tension.
SAME_TARGET = """
    Moscow     Moscow     PROPN NNP nsubj    1  B-GPE
    criticised criticise  VERB  VBD ROOT     1  O
    Tbilisi    Tbilisi    PROPN NNP dobj     1  B-GPE
    on         on         ADP   IN  prep     1  O
    Tuesday    Tuesday    PROPN NNP pobj     3  B-DATE
    ,          ,          PUNCT ,   punct    1  O
    accusing   accuse     VERB  VBG advcl    1  O
    Georgia    Georgia    PROPN NNP dobj     6  B-GPE
    of         of         ADP   IN  prep     6  O
    provoking  provoke    VERB  VBG pcomp    8  O
    tension    tension    NOUN  NN  dobj     9  O
    .          .          PUNCT .   punct    1  O
"""

# Moscow denounced the decision on Tuesday, accusing Tbilisi of provoking tension.
NO_TARGET = """
    Moscow     Moscow     PROPN NNP nsubj    1  B-GPE
    denounced  denounce   VERB  VBD ROOT     1  O
    the        the        DET   DT  det      3  O
    decision   decision   NOUN  NN  dobj     1  O
    on         on         ADP   IN  prep     1  O
    Tuesday    Tuesday    PROPN NNP pobj     4  B-DATE
    ,          ,          PUNCT ,   punct    1  O
    accusing   accuse     VERB  VBG advcl    1  O
    Tbilisi    Tbilisi    PROPN NNP dobj     7  B-GPE
    of         of         ADP   IN  prep     7  O
    provoking  provoke    VERB  VBG pcomp    9  O
    tension    tension    NOUN  NN  dobj     10 O
    .          .          PUNCT .   punct    1  O
"""


def _disapprovals(blank_coder, table):
    result = code_tree(blank_coder, table, date=DATE)
    return [e for e in result.events if e.cameo.startswith("11")]


def test_acts_rep61_a_criticism_and_its_participle_of_accusation_are_one_act(blank_coder):
    [criticism] = _disapprovals(blank_coder, SAME_TARGET)
    assert criticism.cameo == "111" and [m.trigger.text for m in criticism.mentions] == ["criticised", "accusing"]
    assert {p.country for p in criticism.target} == {"GEO"}


def test_acts_rep61_a_criticism_of_a_thing_and_the_accusation_it_makes_are_one_act(blank_coder):
    [criticism] = _disapprovals(blank_coder, NO_TARGET)
    assert criticism.cameo == "111" and [m.trigger.text for m in criticism.mentions] == ["denounced", "accusing"]
    assert {p.country for p in criticism.target} == {"GEO"}  # whom it accuses, taken from the participle


# Moscow condemned the decision on Tuesday, saying that Georgia was unsafe.
SAYING = """
    Moscow     Moscow     PROPN NNP nsubj    1  B-GPE
    condemned  condemn    VERB  VBD ROOT     1  O
    the        the        DET   DT  det      3  O
    decision   decision   NOUN  NN  dobj     1  O
    on         on         ADP   IN  prep     1  O
    Tuesday    Tuesday    PROPN NNP pobj     4  B-DATE
    ,          ,          PUNCT ,   punct    1  O
    saying     say        VERB  VBG advcl    1  O
    that       that       SCONJ IN  mark     10 O
    Georgia    Georgia    PROPN NNP nsubj    10 B-GPE
    was        be         AUX   VBD ccomp    7  O
    unsafe     unsafe     ADJ   JJ  acomp    10 O
    .          .          PUNCT .   punct    1  O
"""


def test_acts_rep61_a_criticism_takes_no_side_from_a_participle_of_saying(blank_coder):
    # a guard of the widening (it passes before session 61 too, fails when a criticism hosts any participle): what
    # "saying" tells is said, not charged, so the criticism keeps no target from it and stays apart
    events = _disapprovals(blank_coder, SAYING)
    [criticism] = [e for e in events if e.trigger.text == "condemned"]
    assert "GEO" not in {p.country for p in criticism.target} and len(events) == 2
