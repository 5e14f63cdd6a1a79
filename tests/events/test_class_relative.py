"""A relative clause on a noun made a class of acts ("every agreement it has signed", "the first such pact Tokyo had
concluded", "the largest package it has offered") tells a record or a kind, no act of the story
(``nonevents.class_relative``, ``class_determiner`` in data/lexicon/words.tsv; issue 11, repeated events)."""

from __future__ import annotations

from tests.conftest import events_of, tree

from detente.events.lexicon import Words
from detente.events.nonevents import class_relative
from detente.parse_view import ParseView

WORDS = Words(class_determiner=frozenset({"every", "any", "all", "each", "such"}))


def _codes(result) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger.text) for e in result.events]


def test_class_relative_reads_the_noun_of_the_clause(blank_nlp) -> None:
    vocab = blank_nlp.language.vocab
    every = ParseView.of(tree(vocab, """
        Peru       Peru       PROPN NNP nsubj 1 B-GPE
        broke      break      VERB  VBD ROOT  1 O
        every      every      DET   DT  det   3 O
        pledge     pledge     NOUN  NN  dobj  1 O
        it         it         PRON  PRP nsubj 6 O
        had        have       AUX   VBD aux   6 O
        made       make       VERB  VBN relcl 3 O
    """))
    assert class_relative(6, every, WORDS) and not class_relative(1, every, WORDS)
    largest = ParseView.of(tree(vocab, """
        the        the        DET   DT  det   2 O
        largest    large      ADJ   JJS amod  2 O
        loan       loan       NOUN  NN  ROOT  2 O
        Japan      Japan      PROPN NNP nsubj 5 B-GPE
        has        have       AUX   VBZ aux   5 O
        offered    offer      VERB  VBN relcl 2 O
    """))
    assert class_relative(5, largest, WORDS)
    one = ParseView.of(tree(vocab, """
        a          a          DET   DT  det   1 O
        deal       deal       NOUN  NN  ROOT  1 O
        Spain      Spain      PROPN NNP nsubj 3 B-GPE
        signed     sign       VERB  VBD relcl 1 O
    """))
    assert not class_relative(3, one, WORDS)  # a relative clause on one thing: an act
    assert not class_relative(3, one, Words())


def test_class_relative_codes_no_second_act(code) -> None:
    # the clause restates the act of the sentence ("the largest loan it has offered") or tells none
    loan = code("TOKYO, Feb 3 (Kyodo) - Japan agreed on Tuesday to lend Sri Lanka 80 billion yen for a port, the "
                "largest package it has offered to a South Asian country.", date="2026-02-03")
    assert not [e for e in loan.events if e.trigger.text.startswith("offered")], _codes(loan)
    assert [e for e in loan.events if e.trigger.text.startswith("agreed")], _codes(loan)
    deal = code("WARSAW, June 9 (Reuters) - Poland and South Korea signed a howitzer contract on Tuesday, the "
                "biggest arms deal Warsaw has signed with an Asian supplier.", date="2026-06-09")
    assert len([e for e in deal.events if e.trigger.text.startswith("signed")]) == 1, _codes(deal)
    proposal = code("CAIRO, May 4 (AFP) - Egypt summoned Ethiopia's ambassador on Monday and said it would reject "
                    "any plan Addis Ababa offered without a binding deal on the dam.", date="2026-05-04")
    assert events_of(proposal, "ACCUSE"), _codes(proposal)
    assert not [e for e in proposal.events if e.trigger.text.startswith("offered")], _codes(proposal)


def test_class_relative_keeps_an_act_on_one_thing(code) -> None:
    # "two drivers its police detained last week": a relative clause on things of the story stays an act
    detained = code("VIENNA, March 2 (dpa) - Austria demanded on Monday that Slovakia free three Austrian hunters "
                    "its police detained last week near Bratislava.", date="2026-03-02")
    assert [e for e in detained.events if e.trigger.text.startswith("detained")], _codes(detained)
