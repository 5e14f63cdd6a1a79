"""Dates of session 46 (h-date46): the scope of a date that opens a sentence over the clauses joined to its first
clause (``dating.means_of``, ``dating.now_or_since``). A means after "by" on the joined verb ("In March 2025 Somalia
expelled two Kenyan diplomats, and Kenya answered by expelling two Somali ones") is done when that verb is, so it
takes the fronted date as the verb does; a joined clause with a doer of its own in the present perfect ("..., and
Kenya has accused Somalia of arming militias") tells of the time up to now and does not. Sentences written for the
tests (synthetic, wire style), parses built by hand; a dated lead first, as the rule is for a sentence of the body."""

from tests.conftest import code_tree, tree

from detente.events.dating import means_of, now_or_since
from detente.parse_view import ParseView

LEAD = """
    Kenya      Kenya      PROPN NNP nsubj   1 B-GPE
    protested  protest    VERB  VBD ROOT    1 O
    on         on         ADP   IN  prep    1 O
    Wednesday  Wednesday  PROPN NNP pobj    2 B-DATE
    .          .          PUNCT .   punct   1 O
"""

ANSWERED_BY = LEAD + """
    In         in         ADP   IN  prep    9 O
    March      March      PROPN NNP pobj    5 B-DATE
    2025       2025       NUM   CD  nummod  6 I-DATE
    Somalia    Somalia    PROPN NNP nsubj   9 B-GPE
    expelled   expel      VERB  VBD ROOT    9 O
    two        two        NUM   CD  nummod  12 O
    Kenyan     Kenyan     ADJ   JJ  amod    12 B-NORP
    diplomats  diplomat   NOUN  NNS dobj    9 O
    ,          ,          PUNCT ,   punct   9 O
    and        and        CCONJ CC  cc      9 O
    Kenya      Kenya      PROPN NNP nsubj   16 B-GPE
    answered   answer     VERB  VBD conj    9 O
    by         by         ADP   IN  prep    16 O
    expelling  expel      VERB  VBG pcomp   17 O
    two        two        NUM   CD  nummod  21 O
    Somali     Somali     ADJ   JJ  amod    21 B-NORP
    ones       one        NOUN  NNS dobj    18 O
    .          .          PUNCT .   punct   9 O
"""


def _joined(perfect: bool) -> str:
    verb = ("    has        have       AUX   VBZ aux     17 O\n    accused    accuse     VERB  VBN conj    10 O"
            if perfect else
            "    then       then       ADV   RB  advmod  17 O\n    accused    accuse     VERB  VBD conj    10 O")
    return LEAD + f"""
    In         in         ADP   IN  prep    10 O
    March      March      PROPN NNP pobj    5 B-DATE
    2025       2025       NUM   CD  nummod  6 I-DATE
    Somali     Somali     ADJ   JJ  amod    9 B-NORP
    troops     troop      NOUN  NNS nsubj   10 O
    crossed    cross      VERB  VBD ROOT    10 O
    the        the        DET   DT  det     12 O
    border     border     NOUN  NN  dobj    10 O
    ,          ,          PUNCT ,   punct   10 O
    and        and        CCONJ CC  cc      10 O
    Kenya      Kenya      PROPN NNP nsubj   17 B-GPE
{verb}
    Somalia    Somalia    PROPN NNP dobj    17 B-GPE
    of         of         ADP   IN  prep    17 O
    arming     arm        VERB  VBG pcomp   19 O
    militias   militia    NOUN  NNS dobj    20 O
    .          .          PUNCT .   punct   10 O
"""


def _dates(result, word: str) -> list:
    return [e.date.value if e.date else None for e in result.events if word in e.trigger.text]


def test_dates_a_means_after_by_takes_the_fronted_date_of_its_verb(blank_coder):
    dates = _dates(code_tree(blank_coder, ANSWERED_BY, date="2026-05-14"), "expelling")
    assert dates and dates == ["2025-03"] * len(dates)


def test_dates_a_joined_clause_in_the_present_perfect_is_not_of_the_fronted_date(blank_coder):
    dates = _dates(code_tree(blank_coder, _joined(perfect=True), date="2026-05-14"), "accused")
    assert dates and dates == [None] * len(dates)


def test_dates_a_joined_clause_in_the_simple_past_keeps_the_fronted_date(blank_coder):
    # the control: "..., and Kenya then accused Somalia of arming militias" is of March 2025
    dates = _dates(code_tree(blank_coder, _joined(perfect=False), date="2026-05-14"), "accused")
    assert dates and dates == ["2025-03"] * len(dates)


def test_means_of_and_now_or_since_on_the_parse(blank_coder):
    view = ParseView.of(tree(blank_coder.nlp.language.vocab, ANSWERED_BY))
    assert means_of(view, 18) == 16  # "expelling" -> "answered"
    assert means_of(view, 9) == 9  # a verb that is no means is itself
    perfect = ParseView.of(tree(blank_coder.nlp.language.vocab, _joined(perfect=True)))
    past = ParseView.of(tree(blank_coder.nlp.language.vocab, _joined(perfect=False)))
    assert now_or_since(perfect, 17) and not now_or_since(past, 17)
