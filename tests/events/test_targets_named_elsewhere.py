"""Named actors of a sentence that are not the target of its act (issue 11, "false dyads"): the post of
another country's envoy, the parties of an act the object names, the reason an act is done to its
object, where people are sent. The parses are built by hand (tests.conftest.code_tree): the
construction is the point, not the model's reading. The sentences are synthetic, written for these tests."""

from tests.conftest import code_tree


def _event(result, trigger: str):
    return next(e for e in result.events if trigger in e.trigger.text)


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


def test_another_countrys_envoy_post_is_no_target(blank_coder):
    result = code_tree(blank_coder, """
        Kenya       Kenya       PROPN NNP nsubj 1 B-GPE
        summoned    summon      VERB  VBD ROOT  1 O
        Uganda      Uganda      PROPN NNP poss  4 B-GPE
        's          's          PART  POS case  2 O
        ambassador  ambassador  NOUN  NN  dobj  1 O
        to          to          ADP   IN  prep  4 O
        Tanzania    Tanzania    PROPN NNP pobj  5 B-GPE
        .           .           PUNCT .   punct 1 O
    """)
    event = _event(result, "summoned")
    assert _countries(event.source) == ["KEN"] and _countries(event.target) == ["UGA"]


def test_own_envoy_post_stays_the_target(blank_coder):
    result = code_tree(blank_coder, """
        Kenya       Kenya       PROPN NNP nsubj 1 B-GPE
        recalled    recall      VERB  VBD ROOT  1 O
        its         its         PRON  PRP$ poss 3 O
        ambassador  ambassador  NOUN  NN  dobj  1 O
        from        from        ADP   IN  prep  3 O
        Uganda      Uganda      PROPN NNP pobj  4 B-GPE
        .           .           PUNCT .   punct 1 O
    """)
    event = _event(result, "recalled")
    assert _countries(event.target) == ["UGA"]
