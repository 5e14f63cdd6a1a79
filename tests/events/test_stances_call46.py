"""Judgements told with a naming verb, session 46 (issue 11, h-call46): a judging participle hung on an act that is
no word of disapproval (an appeal, a demand, a cut in relations: ``stances.OWN_JUDGMENT_ROOTS``) is a
criticism (111) of its own ("demanded its release, calling the seizure illegal"), while one on a criticism, a protest,
an accusation, a rejection or a denial is that act's words, and one the parser hangs on a clause told inside another
("demanded that X punish the officers who expelled its consul, calling ...") is left alone; a relative clause in the
simple present on a noun summing up an act ("a verdict Athens calls arbitrary") is words said, no standing description
(``nonevents.generic_relative``); and when the latest act before the summing noun is the reaction's own party's, the
nearer clause of another party's is what the noun sums up (``referents._nearer_clause_doers``).

The sentences are synthetic, written for these tests; the parses are built by hand (tests.conftest.code_tree): the
construction is the point, not the model's reading."""

import pytest
from tests.conftest import code_tree


def _criticisms(result, trigger: str | None = None):
    return [e for e in result.events if e.cameo == "111" and (trigger is None or e.trigger.text == trigger)]


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# synthetic: "Turkey seized a Greek boat. Greece <host> its <object>, calling the seizure illegal."
SEIZURE = """
        Turkey       Turkey       PROPN NNP nsubj    1 B-GPE
        seized       seize        VERB  VBD ROOT     1 O
        a            a            DET   DT  det      4 O
        Greek        greek        ADJ   JJ  amod     4 B-NORP
        boat         boat         NOUN  NN  dobj     1 O
        .            .            PUNCT .   punct    1 O
        Greece       Greece       PROPN NNP nsubj    7 B-GPE
        {host}       {lemma}      VERB  VBD ROOT     7 O
        its          its          PRON  PRP$ poss    9 O
        {obj}        {obj}        NOUN  NN  dobj     7 O
        ,            ,            PUNCT ,   punct    7 O
        calling      call         VERB  VBG advcl    7 O
        the          the          DET   DT  det      13 O
        seizure      seizure      NOUN  NN  dobj     11 O
        illegal      illegal      ADJ   JJ  oprd     11 O
        .            .            PUNCT .   punct    7 O
"""


def test_stances_call46_participle_on_a_demand_is_a_criticism_of_its_own(blank_coder):
    result = code_tree(blank_coder, SEIZURE.format(host="demanded", lemma="demand", obj="release"))
    [criticism] = _criticisms(result, "calling")
    assert _countries(criticism.source) == ["GRC"] and _countries(criticism.target) == ["TUR"], criticism
    assert any(e.trigger.text.startswith("demanded") for e in result.events), result.events  # the demand stays


def test_stances_call46_participle_on_a_criticism_is_its_words(blank_coder):
    result = code_tree(blank_coder, SEIZURE.format(host="condemned", lemma="condemn", obj="seizure"))
    assert not _criticisms(result, "calling"), result.events
    assert any(e.trigger.text.startswith("condemned") for e in result.events), result.events


# synthetic: "Greece demanded that Turkey punish the Turkish officers who expelled its consul, calling the expulsion
# illegal.", the participle hung by the parser on the expulsion told in a relative clause inside the demanded clause
INSIDE = """
        Greece       Greece       PROPN NNP nsubj    1 B-GPE
        demanded     demand       VERB  VBD ROOT     1 O
        that         that         SCONJ IN  mark     4 O
        Turkey       Turkey       PROPN NNP nsubj    4 B-GPE
        punish       punish       VERB  VB  ccomp    1 O
        the          the          DET   DT  det      7 O
        Turkish      turkish      ADJ   JJ  amod     7 B-NORP
        officers     officer      NOUN  NNS dobj     4 O
        who          who          PRON  WP  nsubj    9 O
        expelled     expel        VERB  VBD relcl    7 O
        its          its          PRON  PRP$ poss    11 O
        consul       consul       NOUN  NN  dobj     9 O
        ,            ,            PUNCT ,   punct    9 O
        calling      call         VERB  VBG advcl    9 O
        the          the          DET   DT  det      15 O
        expulsion    expulsion    NOUN  NN  dobj     13 O
        illegal      illegal      ADJ   JJ  oprd     13 O
        .            .            PUNCT .   punct    1 O
"""


def test_stances_call46_participle_hung_inside_a_told_clause_is_no_act(blank_coder):
    result = code_tree(blank_coder, INSIDE)
    assert not _criticisms(result, "calling"), result.events


# synthetic: "Turkey jailed a Greek journalist, a verdict Athens {calls} arbitrary."
VERDICT = """
        Turkey       Turkey       PROPN NNP nsubj    1 B-GPE
        jailed       jail         VERB  VBD ROOT     1 O
        a            a            DET   DT  det      4 O
        Greek        greek        ADJ   JJ  amod     4 B-NORP
        journalist   journalist   NOUN  NN  dobj     1 O
        ,            ,            PUNCT ,   punct    1 O
        a            a            DET   DT  det      7 O
        verdict      verdict      NOUN  NN  npadvmod 1 O
        Athens       Athens       PROPN NNP nsubj    9 B-GPE
        {calls}      call         VERB  {tag} relcl    7 O
        {word}       {word}       ADJ   JJ  oprd     9 O
        .            .            PUNCT .   punct    1 O
"""


@pytest.mark.parametrize("calls, tag", [("calls", "VBZ"), ("called", "VBD")])
def test_stances_call46_relative_clause_on_a_verdict_in_any_tense(blank_coder, calls, tag):
    result = code_tree(blank_coder, VERDICT.format(calls=calls, tag=tag, word="arbitrary"))
    [criticism] = _criticisms(result)
    assert _countries(criticism.source) == ["GRC"] and _countries(criticism.target) == ["TUR"], criticism


def test_stances_call46_present_naming_with_no_judgement_is_no_criticism(blank_coder):
    assert not _criticisms(code_tree(blank_coder, VERDICT.format(calls="calls", tag="VBZ", word="final")))


# synthetic: "Greece banned Turkish officials over the sentence a Turkish court gave a Greek journalist, a verdict
# Athens calls arbitrary.": the latest act before the noun is the judge's own (the ban); the court's clause is nearer
SENTENCE = """
        Greece       Greece       PROPN NNP nsubj    1 B-GPE
        banned       ban          VERB  VBD ROOT     1 O
        Turkish      turkish      ADJ   JJ  amod     3 B-NORP
        officials    official     NOUN  NNS dobj     1 O
        over         over         ADP   IN  prep     1 O
        the          the          DET   DT  det      6 O
        sentence     sentence     NOUN  NN  pobj     4 O
        a            a            DET   DT  det      9 O
        Turkish      turkish      ADJ   JJ  amod     9 B-NORP
        court        court        NOUN  NN  nsubj    10 O
        gave         give         VERB  VBD relcl    6 O
        a            a            DET   DT  det      13 O
        Greek        greek        ADJ   JJ  amod     13 B-NORP
        journalist   journalist   NOUN  NN  dobj     10 O
        ,            ,            PUNCT ,   punct    10 O
        a            a            DET   DT  det      16 O
        verdict      verdict      NOUN  NN  dobj     10 O
        Athens       Athens       PROPN NNP nsubj    18 B-GPE
        calls        call         VERB  VBZ relcl    16 O
        arbitrary    arbitrary    ADJ   JJ  oprd     18 O
        .            .            PUNCT .   punct    1 O
"""


def test_stances_call46_summing_noun_after_own_act_takes_the_nearer_clause(blank_coder):
    result = code_tree(blank_coder, SENTENCE)
    [criticism] = _criticisms(result)
    assert _countries(criticism.source) == ["GRC"] and _countries(criticism.target) == ["TUR"], criticism
