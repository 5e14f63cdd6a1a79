"""``events/coop_targets.py``: an act done to a text a body adopts or signs (``enacted_noun``) takes no story party
as its target (invented items; h-coopfd47)."""

from __future__ import annotations

from tests.conftest import events_with_trigger, tree

from detente.events.coop_targets import _enacts_text

STORY = ("CHISINAU, May 13 (Reuters) - Moldova accused Russia on Tuesday of paying protesters to block roads. "
         "Russia called the charge slander and summoned Moldova's envoy. ")


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_the_object_of_an_approval_is_a_text(blank_nlp, blank_coder):
    doc = tree(blank_nlp.language.vocab, """
        Lawmakers  lawmaker  NOUN  NNS  nsubj  1  O
        approved   approve   VERB  VBD  ROOT   1  O
        the        the       DET   DT   det    3  O
        bill       bill      NOUN  NN   dobj   1  O
        .          .         PUNCT .    punct  1  O
    """)
    assert _enacts_text(doc[1], blank_coder.lexicon)


def test_a_participle_on_a_text_is_done_to_it(blank_nlp, blank_coder):
    doc = tree(blank_nlp.language.vocab, """
        A         a         DET   DT   det    1  O
        decree    decree    NOUN  NN   nsubj  5  O
        signed    sign      VERB  VBN  acl    1  O
        by        by        ADP   IN   agent  2  O
        him       he        PRON  PRP  pobj   3  O
        took      take      VERB  VBD  ROOT   5  O
        effect    effect    NOUN  NN   dobj   5  O
    """)
    assert _enacts_text(doc[2], blank_coder.lexicon)


def test_a_ban_lifted_is_no_text(blank_nlp, blank_coder):
    doc = tree(blank_nlp.language.vocab, """
        Minsk     Minsk     PROPN NNP  nsubj  1  B-GPE
        lifted    lift      VERB  VBD  ROOT   1  O
        the       the       DET   DT   det    3  O
        ban       ban       NOUN  NN   dobj   1  O
    """)
    assert not _enacts_text(doc[1], blank_coder.lexicon)


def test_a_bill_approved_by_a_partys_lawmakers_gets_no_story_party(code):
    result = code(STORY + "Moldovan lawmakers approved a bill on Wednesday that bans foreign money in campaigns.",
                  date="2026-05-13")
    assert events_with_trigger(result, "approved") and _targets(result, "approved") == [], _targets(result, "approved")


def test_an_offer_beside_it_still_gets_the_other_party(code):
    result = code(STORY + "Moldova later offered to fund a joint inquiry into the protests.", date="2026-05-13")
    assert _targets(result, "offered") == ["RUS"], _targets(result, "offered")
