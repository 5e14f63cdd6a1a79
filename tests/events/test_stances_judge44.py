"""Judgements of an accusation (issue 11; session 44, h-judge44; ``StanceRules.judged_charge``): a naming verb that
calls a charge (``accusation_noun``: "the accusation", "the allegations", "the claim") something condemnable rejects
it (CAMEO 120), aimed at the accuser, as the dev gold codes such judgements; calling an act so criticises its doer
(111). The judged noun may be folded by the parser into the phrase of what it is called ("called the allegation
'nonsense'": "allegation" a compound of "nonsense"). A judgement joined to a denial by the same speaker ("denied
spying and called the accusation absurd") stays a criticism: the denial is the rejection.

The sentences are synthetic, written for these tests; the parses are built by hand (tests.conftest.code_tree): the
construction is the point, not the model's reading."""

from tests.conftest import code_tree

ACCUSED = """
        Croatia      Croatia      PROPN NNP nsubj    1 B-GPE
        accused      accuse       VERB  VBD ROOT     1 O
        Serbia       Serbia       PROPN NNP dobj     1 B-GPE
        of           of           ADP   IN  prep     1 O
        spying       spy          VERB  VBG pcomp    3 O
        .            .            PUNCT .   punct    1 O
"""

# synthetic: "Croatia accused Serbia of spying. Serbia's president called the {noun} absurd."
CALLED = ACCUSED + """
        Serbia       Serbia       PROPN NNP poss     8 B-GPE
        's           's           PART  POS case     6 O
        president    president    NOUN  NN  nsubj    9 O
        called       call         VERB  VBD ROOT     9 O
        the          the          DET   DT  det      11 O
        {noun}       {lemma}      NOUN  NN  dobj     9 O
        absurd       absurd       ADJ   JJ  oprd     9 O
        .            .            PUNCT .   punct    9 O
"""

# synthetic: "Croatia accused Serbia of spying. Serbia's president called the allegation nonsense.", parsed as one noun
FOLDED = ACCUSED + """
        Serbia       Serbia       PROPN NNP poss     8 B-GPE
        's           's           PART  POS case     6 O
        president    president    NOUN  NN  nsubj    9 O
        called       call         VERB  VBD ROOT     9 O
        the          the          DET   DT  det      12 O
        allegation   allegation   NOUN  NN  compound 12 O
        nonsense     nonsense     NOUN  NN  dobj     9 O
        .            .            PUNCT .   punct    9 O
"""

# synthetic: "Croatia accused Serbia of spying. Serbia denied spying and called the accusation absurd."
DENIED = ACCUSED + """
        Serbia       Serbia       PROPN NNP nsubj    7 B-GPE
        denied       deny         VERB  VBD ROOT     7 O
        spying       spy          VERB  VBG xcomp    7 O
        and          and          CCONJ CC  cc       8 O
        called       call         VERB  VBD conj     8 O
        the          the          DET   DT  det      12 O
        accusation   accusation   NOUN  NN  dobj     10 O
        absurd       absurd       ADJ   JJ  oprd     10 O
        .            .            PUNCT .   punct    7 O
"""


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


def _called(result):
    return [e for e in result.events if e.trigger.text.startswith("called")]


def test_stances_judge44_judging_an_accusation_rejects_it_toward_the_accuser(blank_coder):
    [event] = _called(code_tree(blank_coder, CALLED.format(noun="accusation", lemma="accusation")))
    assert event.cameo == "120", event
    assert _countries(event.source) == ["SRB"] and _countries(event.target) == ["HRV"], event


def test_stances_judge44_judging_an_act_is_a_criticism(blank_coder):
    [event] = _called(code_tree(blank_coder, CALLED.format(noun="expulsion", lemma="expulsion")))
    assert event.cameo == "111", event


def test_stances_judge44_accusation_folded_into_what_it_is_called(blank_coder):
    [event] = _called(code_tree(blank_coder, FOLDED))
    assert event.cameo == "120", event
    assert _countries(event.source) == ["SRB"] and _countries(event.target) == ["HRV"], event


def test_stances_judge44_judgement_beside_a_denial_stays_a_criticism(blank_coder):
    [event] = _called(code_tree(blank_coder, DENIED))
    assert event.cameo == "111", event
