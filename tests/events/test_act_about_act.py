"""An act whose noun is about another act takes that act's doer as its target (issue 11, "Targets in oblique
phrases"; ``Participants.others_act``): "demanded an explanation for a raid by X", "lodged a protest over the
detention of its fishermen by X" are aimed at X, as "condemned the killing of aid workers by X" is. Not when
the other act is the doer's own ("apologised for the raid by its soldiers"). The parses are built by hand
(tests.conftest.code_tree): the construction is the point, not the model's reading. The sentences are
synthetic, written for these tests."""

from tests.conftest import code_tree


def _event(result, trigger: str):
    return next(e for e in result.events if trigger in e.trigger.text)


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# synthetic: "Ghana demanded an explanation for a raid by <raider> soldiers."
RAID = """
        Ghana        Ghana        PROPN NNP nsubj    1 B-GPE
        demanded     demand       VERB  VBD ROOT     1 O
        an           an           DET   DT  det      3 O
        explanation  explanation  NOUN  NN  dobj     1 O
        for          for          ADP   IN  prep     3 O
        a            a            DET   DT  det      6 O
        raid         raid         NOUN  NN  pobj     4 O
        by           by           ADP   IN  prep     6 O
        {raider}     {raider}     ADJ   JJ  amod     9 B-NORP
        soldiers     soldier      NOUN  NNS pobj     7 O
        .            .            PUNCT .   punct    1 O
"""


def test_act_about_act_an_explanation_for_a_raid_is_asked_of_its_doer(blank_coder):
    result = code_tree(blank_coder, RAID.format(raider="Togolese"))
    event = _event(result, "demanded")
    assert _countries(event.source) == ["GHA"] and _countries(event.target) == ["TGO"]


def test_act_about_act_a_protest_over_a_detention_goes_to_the_detainer(blank_coder):
    result = code_tree(blank_coder, """
        Peru         Peru         PROPN NNP nsubj    1 B-GPE
        lodged       lodge        VERB  VBD ROOT     1 O
        a            a            DET   DT  det      3 O
        protest      protest      NOUN  NN  dobj     1 O
        over         over         ADP   IN  prep     1 O
        the          the          DET   DT  det      6 O
        detention    detention    NOUN  NN  pobj     4 O
        of           of           ADP   IN  prep     6 O
        truck        truck        NOUN  NN  compound 9 O
        drivers      driver       NOUN  NNS pobj     7 O
        by           by           ADP   IN  prep     6 O
        Bolivian     Bolivian     ADJ   JJ  amod     12 B-NORP
        soldiers     soldier      NOUN  NNS pobj     10 O
        .            .            PUNCT .   punct    1 O
    """)
    event = _event(result, "lodged")
    assert _countries(event.source) == ["PER"] and _countries(event.target) == ["BOL"]


def test_act_about_act_the_doer_s_own_act_is_no_target(blank_coder):
    result = code_tree(blank_coder, RAID.format(raider="Ghanaian"))
    assert _countries(_event(result, "demanded").target) == []


def test_act_about_act_a_verb_s_own_object_is_its_target(blank_coder):
    # "blamed Iran for an attack by the Houthis": whom the verb names is the target, the attack only the reason
    result = code_tree(blank_coder, """
        Israel       Israel       PROPN NNP nsubj    1 B-GPE
        blamed       blame        VERB  VBD ROOT     1 O
        Iran         Iran         PROPN NNP dobj     1 B-GPE
        for          for          ADP   IN  prep     1 O
        an           an           DET   DT  det      5 O
        attack       attack       NOUN  NN  pobj     3 O
        by           by           ADP   IN  prep     5 O
        the          the          DET   DT  det      8 O
        Houthis      Houthis      PROPN NNPS pobj    6 B-ORG
        .            .            PUNCT .   punct    1 O
    """)
    assert _countries(_event(result, "blamed").target) == ["IRN"]
