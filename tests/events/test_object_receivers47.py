"""``events/object_receivers.py``: an aid act with no target takes the receiver named on the thing given, by "for
X('s <noun>)" on a participle or a noun or "to X" on a participle; never from a clause of its own nor from the doer's
own party. Hand-built parses of invented sentences."""

from __future__ import annotations

from tests.conftest import code_tree, events_with_trigger

BUILT_FOR = """
    Japan    Japan   PROPN NNP nsubj 1 B-GPE
    donated  donate  VERB  VBD ROOT  1 O
    two      two     NUM   CD  nummod 3 O
    boats    boat    NOUN  NNS dobj  1 O
    built    build   VERB  VBN acl   3 O
    for      for     ADP   IN  prep  4 O
    Vietnam  Vietnam PROPN NNP poss  8 B-GPE
    's       's      PART  POS case  6 O
    navy     navy    NOUN  NN  pobj  5 O
    .        .       PUNCT .   punct 1 O
"""

FLOWN_TO = """
    France   France   PROPN NNP nsubj 1 B-GPE
    donated  donate   VERB  VBD ROOT  1 O
    medicine medicine NOUN  NN  dobj  1 O
    flown    fly      VERB  VBN acl   2 O
    to       to       ADP   IN  prep  3 O
    Lebanon  Lebanon  PROPN NNP pobj  4 B-GPE
    .        .        PUNCT .   punct 1 O
"""


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_for_another_states_noun_on_a_participle_of_the_gift_names_the_receiver(blank_coder):
    # "Japan donated two boats built for Vietnam's navy.": Vietnam
    assert _targets(code_tree(blank_coder, BUILT_FOR), "donated") == ["VNM"]


def test_to_a_state_on_a_participle_of_the_gift_names_the_receiver(blank_coder):
    # "France donated medicine flown to Lebanon.": Lebanon
    assert _targets(code_tree(blank_coder, FLOWN_TO), "donated") == ["LBN"]


def test_the_doers_own_party_is_no_receiver(blank_coder):
    # "Japan donated two boats built for Japan's navy.": no receiver (the doer's own)
    table = BUILT_FOR.replace("Vietnam  Vietnam", "Japan    Japan  ")
    assert _targets(code_tree(blank_coder, table), "donated") == []


def _phrases(blank_nlp, table: str) -> list[str]:
    """The receiver phrases the rule reads on the gift of the sentence's root verb."""
    from types import SimpleNamespace

    from tests.conftest import tree

    from detente.events.object_receivers import _object_tokens

    doc = tree(blank_nlp.language.vocab, table)
    act = SimpleNamespace(head=next(t for t in doc if t.dep_ == "ROOT"), nominal=False)
    return [t.text for t in _object_tokens(act)]  # type: ignore[arg-type]


def test_the_phrases_read_are_for_on_a_participle_and_to_on_a_participle(blank_nlp):
    assert _phrases(blank_nlp, BUILT_FOR) == ["navy"]
    assert _phrases(blank_nlp, FLOWN_TO) == ["Lebanon"]


def test_a_phrase_in_a_relative_clause_of_the_gift_is_not_read(blank_nlp):
    # "Japan donated two boats that served for Vietnam's navy.": the boats' past, not the receiver
    table = BUILT_FOR.replace("built    build   VERB  VBN acl   3 O", "served   serve   VERB  VBD relcl 3 O")
    assert _phrases(blank_nlp, table) == []


def test_to_on_a_noun_is_not_read(blank_nlp):
    # "France donated medicine to Lebanon" with "to" on the noun: the target rules' work, not this rule's
    table = FLOWN_TO.replace("flown    fly      VERB  VBN acl   2 O", "bound    bound    ADJ   JJ  amod  2 O")
    table = table.replace("to       to       ADP   IN  prep  3 O", "to       to       ADP   IN  prep  2 O")
    assert _phrases(blank_nlp, table) == []
