"""Rejections told in a relative clause on a noun that sums up an accusation (session 46, h-charge46): "X accuses Y
of ..., a charge Y rejects". The tagger reads the present-tense verb as a plural noun (``nlp._relative_verbs`` hangs
it back as the clause's verb), a present-tense clause on a ``summary_noun`` is no standing description
(``nonevents.generic_relative``), and one the parser hung inside the accusation's "of" phrase is no part of what is
alleged (``nonevents.alleged``). Parses built by hand: the rules, not the model, are the point."""

from __future__ import annotations

from tests.conftest import code_tree, countries_of, tree

from detente.nlp import _relative_verbs

# the tagger's misreading: "rejects" a plural noun, the clause's noun its subject, the verb a conjunct of the root
MISREAD = """
Pakistan Pakistan PROPN NNP nsubj 1 B-GPE
accuses accuse VERB VBZ ROOT 1 O
India India PROPN NNP dobj 1 B-GPE
of of ADP IN prep 1 O
backing back VERB VBG pcomp 3 O
militants militant NOUN NNS dobj 4 O
, , PUNCT , punct 1 O
a a DET DT det 8 O
charge charge NOUN NN nsubj 11 O
New New PROPN NNP compound 10 B-GPE
Delhi Delhi PROPN NNP appos 8 I-GPE
rejects reject NOUN NNS conj 1 O
. . PUNCT . punct 1 O
"""

# a plural noun that does not end its clause: no verb misread
PLURAL = """
Kenya Kenya PROPN NNP nsubj 1 B-GPE
sent send VERB VBD ROOT 1 O
grain grain NOUN NN dobj 1 O
, , PUNCT , punct 2 O
a a DET DT det 5 O
crop crop NOUN NN appos 2 O
Kenya Kenya PROPN NNP compound 7 B-GPE
farmers farmer NOUN NNS appos 5 O
grow grow VERB VBP relcl 7 O
. . PUNCT . punct 1 O
"""

# the parser hangs the noun on the last word of the "of" phrase; the verb read as one
INSIDE = """
Ethiopia Ethiopia PROPN NNP nsubj 1 B-GPE
accuses accuse VERB VBZ ROOT 1 O
Egypt Egypt PROPN NNP dobj 1 B-GPE
of of ADP IN prep 1 O
arming arm VERB VBG pcomp 3 O
rebels rebel NOUN NNS dobj 4 O
near near ADP IN prep 5 O
Gondar Gondar PROPN NNP pobj 6 B-GPE
, , PUNCT , punct 7 O
a a DET DT det 10 O
charge charge NOUN NN appos 7 O
Egypt Egypt PROPN NNP nsubj 12 B-GPE
rejects reject VERB VBZ relcl 10 O
. . PUNCT . punct 1 O
"""


def test_misread_verb_is_hung_on_the_noun(blank_nlp):
    doc = _relative_verbs(tree(blank_nlp.language.vocab, MISREAD))
    verb, noun, subject = doc[11], doc[8], doc[10]
    assert (verb.tag_, verb.dep_, verb.head.i) == ("VBZ", "relcl", noun.i)
    assert (subject.dep_, subject.head.i) == ("nsubj", verb.i)
    assert noun.head.i == 1 and noun.dep_ == "npadvmod"  # where the verb hung: the accusation
    assert doc[9].head.i == subject.i  # "New" on "Delhi"
    assert len(list(doc.sents)) == 1


def test_plural_noun_inside_its_clause_stays(blank_nlp):
    doc = _relative_verbs(tree(blank_nlp.language.vocab, PLURAL))
    assert (doc[7].tag_, doc[7].dep_) == ("NNS", "appos")


def test_rejection_hung_inside_the_accusation_is_an_act_aimed_at_the_accuser(blank_coder):
    result = code_tree(blank_coder, INSIDE)
    rejections = [e for e in result.events if e.plover == "REJECT"]
    assert rejections, [(e.cameo, e.trigger.text) for e in result.events]
    event = rejections[0]
    assert event.trigger.text == "rejects"
    assert countries_of(event.source) == ["EGY"]
    assert countries_of(event.target) == ["ETH"]
    assert event.modality == "asserted" and not event.negated


# a denial joined after its doer's accusation, with no subject of its own
JOINED = """
Russia Russia PROPN NNP poss 3 B-GPE
's 's PART POS case 0 O
foreign foreign ADJ JJ amod 3 O
ministry ministry NOUN NN nsubj 4 O
accused accuse VERB VBD ROOT 4 O
Kazakh Kazakh PROPN NNP compound 6 B-NORP
authorities authority NOUN NNS dobj 4 O
of of ADP IN prep 4 O
staging stage VERB VBG pcomp 7 O
a a DET DT det 11 O
show show NOUN NN compound 11 O
trial trial NOUN NN dobj 8 O
and and CCONJ CC cc 4 O
denied deny VERB VBD conj 4 O
that that SCONJ IN mark 17 O
Moscow Moscow PROPN NNP nsubj 17 B-GPE
had have AUX VBD aux 17 O
recruited recruit VERB VBN ccomp 13 O
anyone anyone PRON NN dobj 17 O
in in ADP IN prep 17 O
Kazakhstan Kazakhstan PROPN NNP pobj 19 B-GPE
. . PUNCT . punct 4 O
"""


def test_denial_joined_after_its_doers_accusation_answers_the_accused(blank_coder):
    result = code_tree(blank_coder, JOINED)
    denials = [e for e in result.events if e.plover == "REJECT" and e.trigger.text == "denied"]
    assert denials, [(e.cameo, e.trigger.text) for e in result.events]
    assert countries_of(denials[0].source) == ["RUS"]
    assert countries_of(denials[0].target) == ["KAZ"]
