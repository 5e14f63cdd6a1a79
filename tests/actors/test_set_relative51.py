"""A pair told of in an object relative clause with no "that" ("under an agreement the two governments signed"),
session 51, h-pron51. The parser often makes the pair the object of the sentence's verb (or an apposition) and the
verb a participle on it: ``nlp._set_relatives`` hangs the verb back on the noun before as its relative clause with
the pair as its subject, so that ``set_parties._anchor`` finds the clause's doer as one of the pair; its partner is
then the one party the doer's verb acts on (``set_parties._acted_on``: "sell wheat to Tajikistan"), not a third state
named since
("through Uzbekistan's railways"). Parses built by hand for the parse repair; the sets through the model's parse.

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations

from tests.conftest import tree

from detente.nlp import _set_relatives

# the parser's misreading: "the two governments" the object of "sell", "signed" a participle on them
MISREAD = """
Kazakhstan Kazakhstan PROPN NNP nsubj 2 B-GPE
will will AUX MD aux 2 O
sell sell VERB VB ROOT 2 O
wheat wheat NOUN NN dobj 2 O
under under ADP IN prep 2 O
a a DET DT det 6 O
deal deal NOUN NN pobj 4 O
the the DET DT det 9 O
two two NUM CD nummod 9 O
governments government NOUN NNS dobj 2 O
signed sign VERB VBN acl 9 O
on on ADP IN prep 10 O
Friday Friday PROPN NNP pobj 11 B-DATE
. . PUNCT . punct 2 O
"""

# a participle with its agent: "the documents signed by the two ministers" stays as the parser read it
AGENT = """
Kenya Kenya PROPN NNP nsubj 1 B-GPE
sent send VERB VBD ROOT 1 O
a a DET DT det 3 O
copy copy NOUN NN dobj 1 O
the the DET DT det 5 O
documents document NOUN NNS dobj 1 O
signed sign VERB VBN acl 5 O
by by ADP IN agent 6 O
ministers minister NOUN NNS pobj 7 O
. . PUNCT . punct 1 O
"""


def test_misread_pair_is_the_subject_of_a_relative_clause_on_the_noun(blank_nlp):
    doc = _set_relatives(tree(blank_nlp.language.vocab, MISREAD))
    verb, noun, pair = doc[10], doc[6], doc[9]
    assert (verb.dep_, verb.head.i) == ("relcl", noun.i)
    assert (pair.dep_, pair.head.i) == ("nsubj", verb.i)
    assert noun.head.i == 4 and doc[7].head.i == pair.i
    assert len(list(doc.sents)) == 1


def test_participle_with_its_agent_stays(blank_nlp):
    doc = _set_relatives(tree(blank_nlp.language.vocab, AGENT))
    assert (doc[6].dep_, doc[6].head.i) == ("acl", 5) and doc[5].dep_ == "dobj"


def _countries(result, trigger: str) -> list[set[str | None]]:
    return [{p.country for p in e.source} for e in result.events if e.trigger.text.startswith(trigger)]


def test_the_pair_is_the_doer_and_the_party_its_verb_acts_on_not_a_transit_state(code):
    result = code("ASTANA, May 8 (TASS) - Kazakhstan will sell wheat to Tajikistan through Uzbekistan's railways "
                  "under a deal the two governments signed on Friday.\n\nThe two leaders also discussed water sharing "
                  "on the Syr Darya.", date="2026-05-08")
    assert _countries(result, "signed") == [{"KAZ", "TJK"}], result.events
    assert _countries(result, "discussed") == [{"KAZ", "TJK"}], result.events


def test_two_presidents_are_the_doer_s_and_the_other_party_s_leaders(code):
    result = code("ASTANA, May 8 (TASS) - Kazakhstan will sell wheat to Tajikistan through Uzbekistan's railways "
                  "under a deal the two presidents signed on Friday during Tajik leader Emomali Rahmon's visit to "
                  "Astana.\n\nThe two leaders also discussed water sharing on the Syr Darya.", date="2026-05-08")
    assert _countries(result, "signed") == [{"KAZ", "TJK"}], result.events
    assert _countries(result, "discussed") == [{"KAZ", "TJK"}], result.events


def test_a_pair_the_doer_names_with_its_partner_is_kept(code):
    # the doer's verb names its partner and no third state: the same pair as before the rule
    result = code("ASHGABAT, March 3 (TASS) - Turkmenistan will supply Kyrgyzstan with electricity through "
                  "Kazakhstan's grid under an agreement the two presidents signed on Thursday during Kyrgyz leader "
                  "Sadyr Japarov's visit.", date="2026-03-03")
    assert _countries(result, "signed") == [{"TKM", "KGZ"}], result.events
