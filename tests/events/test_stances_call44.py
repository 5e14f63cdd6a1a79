"""Judgements told with a naming verb (issue 11; session 44, h-call44; ``StanceRules.judgment``): a word of
condemnation (``condemning_word``) on the noun an act is called ("called the closure an unjustified act"), the object
of a relative clause with no relative word on the judged noun ("a deployment the government called a provocation",
where the parser takes what the noun is called for the verb's object), and a participle hung on a verb of saying
that is no act ("the ministry said in a note, calling the shooting unacceptable") make a criticism (111) of the
judged act's doer. A participle on an act ("protested to X, calling the drills a provocation") comments on that act,
and naming with no judgement ("called at a port", "called a meeting", "called Armenia a friend") is no criticism.

The sentences are synthetic, written for these tests; the parses of the relative clause and of the participle are
built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading."""

import pytest
from tests.conftest import code_tree


def _criticisms(result):
    return [e for e in result.events if e.cameo == "111"]


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# synthetic: "Turkey sent warships toward Crete, a deployment the Greek government called a provocation."
DEPLOYMENT = """
        Turkey       Turkey       PROPN NNP nsubj    1 B-GPE
        sent         send         VERB  VBD ROOT     1 O
        warships     warship      NOUN  NNS dobj     1 O
        toward       toward       ADP   IN  prep     1 O
        Crete        Crete        PROPN NNP pobj     3 B-GPE
        ,            ,            PUNCT ,   punct    1 O
        a            a            DET   DT  det      7 O
        deployment   deployment   NOUN  NN  appos    2 O
        the          the          DET   DT  det      10 O
        Greek        greek        ADJ   JJ  amod     10 B-NORP
        government   government   NOUN  NN  nsubj    11 O
        called       call         VERB  VBD relcl    7 O
        a            a            DET   DT  det      13 O
        {called}     {called}     NOUN  NN  dobj     11 O
        .            .            PUNCT .   punct    1 O
"""


def test_stances_call44_relative_clause_object_is_what_the_noun_is_called(blank_coder):
    result = code_tree(blank_coder, DEPLOYMENT.format(called="provocation"))
    [criticism] = _criticisms(result)
    assert _countries(criticism.source) == ["GRC"] and _countries(criticism.target) == ["TUR"], criticism
    assert not any("provocation" in p.text for p in criticism.target)  # what it is called is no one


def test_stances_call44_relative_clause_naming_without_judgement_is_no_criticism(blank_coder):
    assert not _criticisms(code_tree(blank_coder, DEPLOYMENT.format(called="precaution")))


# synthetic: "Israeli troops shot an Egyptian soldier. Egypt's ministry <said>, calling the shooting unacceptable."
SAID = """
        Israeli      israeli      ADJ   JJ  amod     1 B-NORP
        troops       troop        NOUN  NNS nsubj    2 O
        shot         shoot        VERB  VBD ROOT     2 O
        an           an           DET   DT  det      5 O
        Egyptian     egyptian     ADJ   JJ  amod     5 B-NORP
        soldier      soldier      NOUN  NN  dobj     2 O
        .            .            PUNCT .   punct    2 O
        Egypt        Egypt        PROPN NNP poss     10 B-GPE
        's           's           PART  POS case     7 O
        foreign      foreign      ADJ   JJ  amod     10 O
        ministry     ministry     NOUN  NN  nsubj    11 O
        {host}       {lemma}      VERB  VBD ROOT     11 O
        {rest}
        ,            ,            PUNCT ,   punct    11 O
        calling      call         VERB  VBG advcl    11 O
        the          the          DET   DT  det      {the} O
        shooting     shooting     NOUN  NN  dobj     {calling} O
        unacceptable unacceptable ADJ   JJ  oprd     {calling} O
        .            .            PUNCT .   punct    11 O
"""


def _said(host: str, lemma: str, rest: list[str]) -> str:
    """The table of SAID with ``host`` for the verb of the second sentence and ``rest`` (three lines) after it."""
    calling = 13 + len(rest)
    return SAID.format(host=host, lemma=lemma, rest="\n        ".join(rest), the=calling + 2, calling=calling)


def test_stances_call44_participle_on_a_verb_of_saying_is_the_act(blank_coder):
    table = _said("said", "say", ["in           in           ADP   IN  prep     11 O",
                                  "a            a            DET   DT  det      14 O",
                                  "statement    statement    NOUN  NN  pobj     12 O"])
    result = code_tree(blank_coder, table)
    [criticism] = _criticisms(result)
    assert criticism.trigger.text == "calling"
    assert _countries(criticism.source) == ["EGY"] and _countries(criticism.target) == ["ISR"], criticism


def test_stances_call44_participle_on_an_act_is_no_act_of_its_own(blank_coder):
    table = _said("protested", "protest", ["to           to           ADP   IN  prep     11 O",
                                           "Israel       Israel       PROPN NNP pobj     12 B-GPE",
                                           "again        again        ADV   RB  advmod   11 O"])
    result = code_tree(blank_coder, table)
    assert not _criticisms(result), result.events
    assert any(e.trigger.text.startswith("protested") for e in result.events), result.events


@pytest.mark.parametrize("text, source, target", [
    ("ATHENS, March 10 (Reuters) - Turkey closed its airspace to Greek military flights on Monday. Greece's foreign "
     "ministry called the closure an unjustified act.", "GRC", "TUR"),
    ("OTTAWA, April 2 (Reuters) - The United States raised tariffs on Canadian steel on Wednesday. Canada's trade "
     "minister called the tariffs \"an illegal and hostile measure\".", "CAN", "USA"),
    ("LIMA, June 3 (Reuters) - Bolivia closed its border with Peru on Tuesday. Peru's foreign ministry described the "
     "closure as a reckless and unfriendly step.", "PER", "BOL"),
    ("RIGA, June 3 (Reuters) - A Belarusian court jailed a Latvian engineer for nine years on Tuesday. Latvia's "
     "foreign ministry called the sentence politically motivated.", "LVA", "BLR"),
])
def test_stances_call44_judging_adjective_on_the_called_noun(code, text, source, target):
    """(and a judging word of session 44: "politically motivated")"""
    result = code(text, date="2026-04-02")
    [criticism] = _criticisms(result)
    assert _countries(criticism.source) == [source] and _countries(criticism.target) == [target], criticism


@pytest.mark.parametrize("text", [
    "PIRAEUS, March 4 (Reuters) - A Russian tanker called at a Greek port on Monday to take on fuel.",
    "TEHRAN, March 4 (Reuters) - Iran called a meeting of Gulf envoys for Thursday.",
    "MOSCOW, March 4 (Reuters) - Russia's foreign minister called Armenia a close friend and partner.",
    "ANKARA, March 4 (Reuters) - Turkey called the new bridge a symbol of friendship with Georgia.",
])
def test_stances_call44_naming_with_no_judgement_is_no_criticism(code, text):
    assert not _criticisms(code(text, date="2026-03-04"))


# synthetic: "Ghana described the expulsions as {judged}.", the "as" phrase hung on the object
AS_ON_OBJECT = """
        Ghana        Ghana        PROPN NNP nsubj    1 B-GPE
        described    describe     VERB  VBD ROOT     1 O
        the          the          DET   DT  det      3 O
        expulsions   expulsion    NOUN  NNS dobj     1 O
        as           as           ADP   IN  prep     3 O
        {judged}     {judged}     ADJ   JJ  amod     4 O
        .            .            PUNCT .   punct    1 O
"""


@pytest.mark.parametrize("judged, criticism", [("hasty", True), ("temporary", False)])
def test_stances_call44_as_phrase_hung_on_the_object(blank_coder, judged, criticism):
    result = code_tree(blank_coder, AS_ON_OBJECT.format(judged=judged))
    assert bool(_criticisms(result)) is criticism, result.events
