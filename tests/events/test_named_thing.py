"""An act done to what a clause names ("condemned what it called Japanese provocations", "rejected what he called
British interference") is aimed at the country a demonym on that thing names, as "rejected British interference"
is (``ParticipantRules.objects``, the ``naming_verb`` clause; issue 11, targets in modifiers of the object noun,
session 38). The doer's own country named so is no target. The parses are built by hand (tests.conftest.code_tree):
the construction is the point, not the model's reading. The sentences are synthetic, written for these tests."""

from tests.conftest import code_tree


def _event(result, trigger: str):
    return next(e for e in result.events if trigger in e.trigger.text)


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# synthetic: "China condemned what it called <demonym> provocations."
CALLED = """
        China        China        PROPN NNP nsubj    1 B-GPE
        condemned    condemn      VERB  VBD ROOT     1 O
        what         what         PRON  WP  dobj     4 O
        it           it           PRON  PRP nsubj    4 O
        called       call         VERB  VBD ccomp    1 O
        {demonym}    {demonym}    ADJ   JJ  amod     6 B-NORP
        provocations provocation  NOUN  NNS oprd     4 O
        .            .            PUNCT .   punct    1 O
"""


def test_named_thing_a_demonym_on_what_is_condemned_names_the_target(blank_coder):
    event = _event(code_tree(blank_coder, CALLED.format(demonym="Japanese")), "condemned")
    assert _countries(event.source) == ["CHN"] and _countries(event.target) == ["JPN"]


def test_named_thing_the_doer_s_own_demonym_is_no_target(blank_coder):
    event = _event(code_tree(blank_coder, CALLED.format(demonym="Chinese")), "condemned")
    assert _countries(event.target) == []
