"""Dates of session 47 (h-date47): a bare participle set off by a comma tells more of the clause it hangs on, and
an act told in it with no date of its own takes that clause's date (``DateRules._participle_date``): "Norway imposed
sanctions on Thursday on Russian officials, accusing them of spying" (the accusation is made in the sanctions, on
Thursday, wherever the parser hung the day). An undated clause gives no date, even when a saying after it is dated
(eval/wire/README.md: the saying's day dates no deed it relays), and a "since" bound on the clause dates nothing.
A present participle describing the object of the act's verb tells the object as it was at the act
(``DateRules._object_participles``): a date the parser hung on it ("intercepted a Russian trawler carrying weapons
late Monday, police said Tuesday") is the act's. Sentences written for the tests (synthetic, wire style), parses
built by hand."""

from tests.conftest import code_tree

IMPOSED = """
    Norway     Norway     PROPN NNP nsubj   1 B-GPE
    imposed    impose     VERB  VBD ROOT    1 O
    sanctions  sanction   NOUN  NNS dobj    1 O
    on         on         ADP   IN  prep    2 O
    Thursday   Thursday   PROPN NNP pobj    3 B-DATE
    on         on         ADP   IN  prep    1 O
    Russian    Russian    ADJ   JJ  amod    7 B-NORP
    officials  official   NOUN  NNS pobj    5 O
    ,          ,          PUNCT ,   punct   1 O
    accusing   accuse     VERB  VBG advcl   1 O
    Moscow     Moscow     PROPN NNP dobj    9 B-GPE
    of         of         ADP   IN  prep    9 O
    spying     spy        VERB  VBG pcomp   11 O
    .          .          PUNCT .   punct   1 O
"""

RECALLED = """
    Kenya      Kenya      PROPN NNP nsubj   1 B-GPE
    recalled   recall     VERB  VBD ccomp   13 O
    its        its        PRON  PRP$ poss   3 O
    ambassador ambassador NOUN  NN  dobj    1 O
    ,          ,          PUNCT ,   punct   1 O
    accusing   accuse     VERB  VBG advcl   1 O
    Somalia    Somalia    PROPN NNP dobj    5 B-GPE
    of         of         ADP   IN  prep    5 O
    meddling   meddle     VERB  VBG pcomp   7 O
    ,          ,          PUNCT ,   punct   13 O
    a          a          DET   DT  det     12 O
    government government NOUN  NN  compound 12 O
    spokesman  spokesman  NOUN  NN  nsubj   13 O
    said       say        VERB  VBD ROOT    13 O
    on         on         ADP   IN  prep    13 O
    Monday     Monday     PROPN NNP pobj    14 B-DATE
    .          .          PUNCT .   punct   13 O
"""

KEPT_SINCE = """
    Algeria    Algeria    PROPN NNP nsubj   2 B-GPE
    has        have       AUX   VBZ aux     2 O
    kept       keep       VERB  VBN ROOT    2 O
    its        its        PRON  PRP$ poss   4 O
    border     border     NOUN  NN  dobj    2 O
    closed     close      VERB  VBN oprd    2 O
    since      since      ADP   IN  prep    2 O
    1994       1994       NUM   CD  pobj    6 B-DATE
    ,          ,          PUNCT ,   punct   2 O
    accusing   accuse     VERB  VBG advcl   2 O
    Morocco    Morocco    PROPN NNP dobj    9 B-GPE
    of         of         ADP   IN  prep    9 O
    hostility  hostility  NOUN  NN  pobj    11 O
    .          .          PUNCT .   punct   2 O
"""

CARRYING = """
    Norway      Norway      PROPN NNP nsubj     1 B-GPE
    intercepted intercept   VERB  VBD ccomp     11 O
    a           a           DET   DT  det       4 O
    Russian     Russian     ADJ   JJ  amod      4 B-NORP
    trawler     trawler     NOUN  NN  dobj      1 O
    carrying    carry       VERB  VBG acl       4 O
    weapons     weapon      NOUN  NNS dobj      5 O
    late        late        ADJ   JJ  amod      8 B-DATE
    Monday      Monday      PROPN NNP npadvmod  5 I-DATE
    ,           ,           PUNCT ,   punct     11 O
    police      police      NOUN  NNS nsubj     11 O
    said        say         VERB  VBD ROOT      11 O
    Tuesday     Tuesday     PROPN NNP npadvmod  11 B-DATE
    .           .           PUNCT .   punct     11 O
"""


def _dates(result, word: str) -> list:
    return [e.date.value if e.date else None for e in result.events if word in e.trigger.text]


def test_dates_a_comma_participle_by_the_day_of_the_clause_it_tells_more_of(blank_coder):
    # the day hangs on the object of "imposed sanctions", and still dates the accusation made in them
    dates = _dates(code_tree(blank_coder, IMPOSED, date="2026-06-19"), "accusing")
    assert dates and dates == ["2026-06-18"] * len(dates)


def test_does_not_date_a_comma_participle_of_an_undated_clause_by_a_later_saying(blank_coder):
    dates = _dates(code_tree(blank_coder, RECALLED, date="2026-06-19"), "accusing")
    assert dates and dates == [None] * len(dates)


def test_does_not_date_a_comma_participle_by_a_since_bound_of_its_clause(blank_coder):
    dates = _dates(code_tree(blank_coder, KEPT_SINCE, date="2026-06-19"), "accusing")
    assert dates and dates == [None] * len(dates)


def test_dates_an_act_by_a_day_hung_on_a_participle_describing_its_object(blank_coder):
    dates = _dates(code_tree(blank_coder, CARRYING, date="2026-06-10"), "intercepted")
    assert dates and dates == ["2026-06-08"] * len(dates)
