"""A speech verb the parser reads as a participle after a subject set off by commas (actors/antecedents.py
``_apposed_speaker``, session 48, h-fd48): "The three Baltic states, all members of NATO, announced that they would
..." leaves the sentence with the noun "states" as its root and "announced" as a participle (``acl``) on it or on
its apposition; the pronoun subject of what is announced is that noun, the whole set it names, not a plural named
sentences before.

All sentences are synthetic, written in agency style for these tests; the trees are built by hand (the misparse is
the point, not the model)."""

from __future__ import annotations

from tests.conftest import code_tree

LEAD = """
        Belarusian Belarusian ADJ   JJ  amod    1  B-NORP
        guards     guard      NOUN  NNS nsubj   2  O
        detained   detain     VERB  VBD ROOT    2  O
        two        two        NUM   CD  nummod  5  O
        Lithuanian Lithuanian ADJ   JJ  amod    5  B-NORP
        hunters    hunter     NOUN  NNS dobj    2  O
        .          .          PUNCT .   punct   2  O
"""


def _closing(result):
    return [e for e in result.events if e.trigger.text.startswith("close")]


def test_they_after_a_set_whose_speech_verb_hangs_on_its_apposition_is_the_set(blank_coder):
    result = code_tree(blank_coder, LEAD + """
        The        the        DET   DT  det     10 O
        three      three      NUM   CD  nummod  10 O
        Baltic     baltic     ADJ   JJ  amod    10 B-NORP
        states     state      NOUN  NNS ROOT    10 O
        ,          ,          PUNCT ,   punct   10 O
        all        all        DET   DT  det     13 O
        members    member     NOUN  NNS appos   10 O
        of         of         ADP   IN  prep    13 O
        NATO       NATO       PROPN NNP pobj    14 B-ORG
        ,          ,          PUNCT ,   punct   13 O
        announced  announce   VERB  VBN acl     13 O
        that       that       SCONJ IN  mark    21 O
        they       they       PRON  PRP nsubj   21 O
        would      would      AUX   MD  aux     21 O
        close      close      VERB  VB  ccomp   17 O
        the        the        DET   DT  det     23 O
        border     border     NOUN  NN  dobj    21 O
        .          .          PUNCT .   punct   10 O
    """)
    [event] = _closing(result)
    assert {p.country for p in event.source} == {"EST", "LVA", "LTU"}, event.source

