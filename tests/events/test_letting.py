"""Whom an act of letting is for (issue 11, "targets behind let/allow"; ``CodeSideRules._permitted``, words.tsv
``letting_verb``): "agreed to let Kenyan trucks use the port", "refused to let Greek boats enter the bay" are done
for Kenya and to Greece, the ones let; not the doer's own people ("refused to let its own guards leave"), and not
when the verb names its target itself. The parses are built by hand (tests.conftest.code_tree): the construction is
the point, not the model's reading. The sentences are synthetic, written for these tests."""

from tests.conftest import code_tree
from tests.probes import check_limits, check_side_probe, target_counts


def _event(result, trigger: str):
    return next(e for e in result.events if trigger in e.trigger.text)


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# synthetic: "<doer> agreed to let <demonym> trucks use the port."
LET = """
        {doer}       {doer}       PROPN NNP nsubj    1 B-GPE
        {verb}       {lemma}      VERB  VBD ROOT     1 O
        to           to           PART  TO  aux      3 O
        {let}        {let}        VERB  VB  xcomp    1 O
        {demonym}    {demonym}    ADJ   JJ  amod     5 B-NORP
        trucks       truck        NOUN  NNS nsubj    6 O
        use          use          VERB  VB  ccomp    3 O
        the          the          DET   DT  det      8 O
        port         port         NOUN  NN  dobj     6 O
        .            .            PUNCT .   punct    1 O
"""


def test_letting_the_one_let_is_the_target_of_an_agreement(blank_coder):
    result = code_tree(blank_coder, LET.format(doer="Ethiopia", verb="agreed", lemma="agree", let="let",
                                               demonym="Kenyan"))
    event = _event(result, "agreed")
    assert _countries(event.source) == ["ETH"] and _countries(event.target) == ["KEN"]


def test_letting_the_one_not_let_is_the_target_of_a_refusal(blank_coder):
    result = code_tree(blank_coder, LET.format(doer="Turkey", verb="refused", lemma="refuse", let="allow",
                                               demonym="Greek"))
    event = _event(result, "refused")
    assert _countries(event.source) == ["TUR"] and _countries(event.target) == ["GRC"]


def test_letting_the_doer_s_own_people_are_no_target(blank_coder):
    result = code_tree(blank_coder, LET.format(doer="Egypt", verb="agreed", lemma="agree", let="let",
                                               demonym="Egyptian"))
    assert _countries(_event(result, "agreed").target) == []


# The side probe of the class: tests/data/probe_tgt38.jsonl, 27 short synthetic articles (format and counts as
# tests/events/test_probe_tgt36.py), each act annotated by reading before the coder was run; 9 carry "aside": true
# and were not looked at while writing the rule. Guards: the doer's own people (t38-13, t38-25), a body that is no
# actor (t38-17), a target named by the verb itself (t38-14). On main (be627404): working (18) 13 missing; aside (9)
# 8 missing. With _permitted: none missing, none wrong on either (t38-20's key was first written "~XKX", the
# knowledge base's code for Kosovo is KSV: the key is now the name, the reading unchanged).
PROBE = "probe_tgt38.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_letting_probe_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_letting_probe_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)


def test_letting_two_parties_letting_together_let_no_third_party(blank_coder):
    result = code_tree(blank_coder, """
        Guatemala    Guatemala    PROPN NNP nsubj    3 B-GPE
        and          and          CCONJ CC  cc       0 O
        Belize       Belize       PROPN NNP conj     0 B-GPE
        agreed       agree        VERB  VBD ROOT     3 O
        to           to           PART  TO  aux      5 O
        let          let          VERB  VB  xcomp    3 O
        the          the          DET   DT  det      7 O
        ICJ          ICJ          PROPN NNP nsubj    8 B-ORG
        settle       settle       VERB  VB  ccomp    5 O
        the          the          DET   DT  det      10 O
        claim        claim        NOUN  NN  dobj     8 O
        .            .            PUNCT .   punct    3 O
    """)
    event = _event(result, "agreed")
    assert "icj" not in {p.actor for p in event.target}
