"""A common noun and the proper name right after it read by the parser as two subjects of one verb ("The opposition
PAICV criticised ...", "The opposition Maldivian Democratic Party (MDP) accused ...": both ``nsubj``), session 64,
h-fd64. ``nlp._named_subjects`` hangs the noun on the name as its compound, so the subject phrase is the name's and
the actors step resolves the name (a known party, or a body named by its text: ``actors/named_bodies.py``, where
"opposition" is a ``body_noun``) instead of the bare "opposition", which gave the country's opposition sector
(``XXXOPP``) where the gold keys the named party. Parses built by hand for the parse repair; the sides through the
model's parse.

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations

import pytest
from tests.conftest import tree

from detente.nlp import _named_subjects

# the parser's misreading: "opposition" and "PUDK" both subjects of "accused"
MISREAD = """
The the DET DT det 1 O
opposition opposition NOUN NN nsubj 3 O
PUDK PUDK PROPN NNP nsubj 3 B-ORG
accused accuse VERB VBD ROOT 3 O
the the DET DT det 5 O
government government NOUN NN dobj 3 O
. . PUNCT . punct 3 O
"""

# two subjects that are not one phrase (a word between them): left as the parser read them
APART = """
The the DET DT det 1 O
opposition opposition NOUN NN nsubj 4 O
, , PUNCT , punct 1 O
PUDK PUDK PROPN NNP nsubj 4 B-ORG
accused accuse VERB VBD ROOT 4 O
the the DET DT det 6 O
government government NOUN NN dobj 4 O
. . PUNCT . punct 4 O
"""

# a lower-case word after the noun: no name
NO_NAME = """
The the DET DT det 1 O
opposition opposition NOUN NN nsubj 3 O
leaders leader NOUN NNS nsubj 3 O
accused accuse VERB VBD ROOT 3 O
the the DET DT det 5 O
government government NOUN NN dobj 3 O
. . PUNCT . punct 3 O
"""


def test_noun_before_a_name_both_subjects_is_the_names_compound(blank_nlp):
    doc = _named_subjects(tree(blank_nlp.language.vocab, MISREAD))
    noun, name, verb = doc[1], doc[2], doc[3]
    assert (noun.dep_, noun.head.i) == ("compound", name.i)
    assert (name.dep_, name.head.i) == ("nsubj", verb.i)
    assert doc[0].head.i == noun.i and name.left_edge.i == 0


@pytest.mark.parametrize("parse", [APART, NO_NAME])
def test_subjects_that_are_not_one_named_phrase_stay(blank_nlp, parse):
    doc = _named_subjects(tree(blank_nlp.language.vocab, parse))
    assert [t.dep_ for t in doc if t.dep_ == "nsubj"] == ["nsubj", "nsubj"]


def _doers(code, text, trigger):
    result = code(text, date="2026-05-05")
    names = {a.id: a.name for a in result.actors}
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return [(p.actor, names.get(p.actor), p.country) for p in event.source]


@pytest.mark.parametrize("text, trigger, name", [
    # the name the parser hangs on "opposition" as its apposition: named_bodies._apposed_name
    ("THIMPHU, May 5 (Reuters) - Bhutan signed a power deal with Nepal on Monday. In Thimphu, the opposition Druk "
     "Tavu Kamba accused the government of selling out.", "accused", "Druk Tavu Kamba"),
    # the name "opposition" is a compound of: named_bodies._name_after_noun
    ("PRAIA, May 5 (Reuters) - Cape Verde signed a fisheries accord with Spain on Monday.\nThe opposition MPD-K "
     "accused the government of hiding the terms of the deal.", "accused", "MPD-K"),
])
def test_opposition_with_a_name_is_the_named_body(code, text, trigger, name):
    doers = _doers(code, text, trigger)
    assert [n for _, n, _ in doers] == [name], doers
    assert all(actor.startswith("body:") for actor, _, _ in doers), doers


def test_bare_opposition_stays_the_countrys_opposition(code):
    doers = _doers(code, "PRAIA, May 5 (Reuters) - Cape Verde signed a fisheries accord with Spain on Monday. The "
                         "opposition criticised the government for signing the accord without a debate.", "criticised")
    assert not any(actor and actor.startswith("body:") for actor, _, _ in doers), doers
