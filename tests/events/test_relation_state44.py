"""The state of a relationship and the act its "when" clause tells (session 44, h-rel44): "relations had soured in
December, when Ghana closed its border with Togo". A change of relations between named actors told in the past with
a "when" clause that tells the act which made it codes nothing (``nonevents.told_by_its_act``); the act of the
"when" clause, hung on the matrix's date phrase or on its verb, is background when the matrix is a past perfect
dated before the news week (``HistoryRules._when_of_past_perfect``), and takes the matrix's date. Trees built by hand
(invented sentences), so the rule is tested on the parse in question."""

from __future__ import annotations

from tests.conftest import code_tree

PUB = "2026-01-08"  # December of the year before ended eight days earlier: not background by its date alone


def _relcl(aux: bool) -> str:
    """ "Relations (had) soured in December, when Ghana closed its border with Togo." with the "when" clause hung on
    the date noun."""
    had = "had have AUX VBD aux 2 O\n" if aux else ""
    verb = "soured sour VERB VBN ROOT 2 O" if aux else "soured sour VERB VBD ROOT 1 O"
    shift = 0 if aux else -1
    return f"""
Relations relation NOUN NNS nsubj {2 + shift} O
{had}{verb}
in in ADP IN prep {2 + shift} O
December December PROPN NNP pobj {3 + shift} B-DATE
, , PUNCT , punct {4 + shift} O
when when SCONJ WRB advmod {8 + shift} O
Ghana Ghana PROPN NNP nsubj {8 + shift} B-GPE
closed close VERB VBD relcl {4 + shift} O
its its PRON PRP$ poss {10 + shift} O
border border NOUN NN dobj {8 + shift} O
with with ADP IN prep {10 + shift} O
Togo Togo PROPN NNP pobj {11 + shift} B-GPE
. . PUNCT . punct {2 + shift} O
"""


ADVCL = """
Ties tie NOUN NNS nsubj 2 O
had have AUX VBD aux 2 O
cooled cool VERB VBN ROOT 2 O
in in ADP IN prep 2 O
December December PROPN NNP pobj 3 B-DATE
when when SCONJ WRB advmod 7 O
Ghana Ghana PROPN NNP nsubj 7 B-GPE
closed close VERB VBD advcl 2 O
its its PRON PRP$ poss 9 O
border border NOUN NN dobj 7 O
with with ADP IN prep 9 O
Togo Togo PROPN NNP pobj 10 B-GPE
. . PUNCT . punct 2 O
"""

IMPROVED = """
Ghana Ghana PROPN NNP nsubj 1 B-GPE
improved improve VERB VBD ROOT 1 O
relations relation NOUN NNS dobj 1 O
with with ADP IN prep 2 O
Togo Togo PROPN NNP pobj 3 B-GPE
. . PUNCT . punct 1 O
"""


def _only(result, lemma: str):
    events = [e for e in result.events if lemma in e.trigger.text.lower()]
    assert len(events) == 1, [(e.cameo, e.trigger.text) for e in result.events]
    return events[0]


PAIR = """
Relations relation NOUN NNS nsubj 5 O
between between ADP IN prep 0 O
Ghana Ghana PROPN NNP pobj 1 B-GPE
and and CCONJ CC cc 2 O
Togo Togo PROPN NNP conj 2 B-GPE
"""


def _state(verb: str, lemma: str, when: str) -> str:
    """ "Relations between Ghana and Togo <verb> in 2019[, when Ghana closed the border]." with the "when" clause
    on the date (``relcl``), on the verb (``advcl``) or none."""
    head = {"relcl": 7, "advcl": 5}.get(when)
    clause = "" if head is None else f"""
, , PUNCT , punct 7 O
when when SCONJ WRB advmod 11 O
Ghana Ghana PROPN NNP nsubj 11 B-GPE
closed close VERB VBD {when} {head} O
the the DET DT det 13 O
border border NOUN NN dobj 11 O"""
    return f"""{PAIR}{verb} {lemma} VERB VBD ROOT 5 O
in in ADP IN prep 5 O
2019 2019 NUM CD pobj 6 B-DATE{clause}
. . PUNCT . punct 5 O
"""


def test_relation_state_with_its_act_is_no_event(blank_coder):
    for verb, lemma in (("soured", "sour"), ("deteriorated", "deteriorate"), ("warmed", "warm")):
        for when in ("relcl", "advcl"):
            result = code_tree(blank_coder, _state(verb, lemma, when), date=PUB)
            codes = [(e.cameo, e.trigger.text) for e in result.events]
            assert [c for c in codes if c[1] == verb] == [], (verb, when, codes)
            assert [c for c in codes if c[1].startswith("closed")], (verb, when, codes)


def test_relation_state_alone_stays_the_turning_point(blank_coder):
    # control: with no act told, the change is the turning point the relations graph reads (the seed's 2012 break)
    result = code_tree(blank_coder, _state("soured", "sour", ""), date=PUB)
    assert [e.cameo for e in result.events] == ["160"], [(e.cameo, e.trigger.text) for e in result.events]


def test_when_clause_on_the_date_of_a_past_perfect_is_background(blank_coder):
    closed = _only(code_tree(blank_coder, _relcl(aux=True), date=PUB), "closed")
    assert closed.historical is True
    assert closed.date is not None and closed.date.value == "2025-12"
    assert [p.actor for p in closed.target if p.actor] and all(p.country == "TGO" for p in closed.target if p.actor)


def test_when_clause_of_a_simple_past_stays_news(blank_coder):
    # control: the background comes from the past perfect, not from the "when"
    closed = _only(code_tree(blank_coder, _relcl(aux=False), date=PUB), "closed")
    assert closed.historical is False


def test_when_clause_on_a_past_perfect_verb_is_background(blank_coder):
    closed = _only(code_tree(blank_coder, ADVCL, date=PUB), "closed")
    assert closed.historical is True
    assert closed.date is not None and closed.date.value == "2025-12"


def test_relations_as_the_object_still_code(blank_coder):
    # control: improving relations is an act (050); only the relationship as the subject tells a state
    improved = _only(code_tree(blank_coder, IMPROVED, date=PUB), "improved")
    assert improved.cameo == "050"
